import { z } from 'zod';

/** A Beijing calendar date, 'YYYY-MM-DD', that exists (no 2026-02-30). */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real date');

export const calendarDayKinds = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];

export const calendarYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const calendarDayParams = z.object({ day: calendarDay });

/** Operator edit of one day: a holiday (day off) or a make-up workday (调休上班). */
export const calendarDayBody = z.object({ kind: z.enum(calendarDayKinds), name: z.string().trim().min(1).max(64) });
export type CalendarDayBody = z.infer<typeof calendarDayBody>;

export const calendarDaySchema = z.object({
  day: z.string(),
  kind: z.enum(calendarDayKinds),
  name: z.string(),
  source: z.enum(['preset', 'operator']),
  updatedAt: z.string(),
  /** the operator who last set the day (display name); null for preset days */
  updatedBy: z.string().nullable(),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

/** One row of the holiday view (节假日设置): 节假日, 放假日期, 调休上班日期, 放假天数. */
export const holidayGroupSchema = z.object({
  name: z.string(),
  holidays: z.array(z.string()),
  workdays: z.array(z.string()),
  daysOff: z.number().int(),
});
export type HolidayGroup = z.infer<typeof holidayGroupSchema>;

export const holidayYearSchema = z.object({
  year: z.number().int(),
  /** years that hold at least one calendar row, for a year picker */
  years: z.array(z.number().int()),
  groups: z.array(holidayGroupSchema),
});
export type HolidayYear = z.infer<typeof holidayYearSchema>;

export const operatorCalendarSchema = holidayYearSchema.extend({ days: z.array(calendarDaySchema) });
export type OperatorCalendar = z.infer<typeof operatorCalendarSchema>;
