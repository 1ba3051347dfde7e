/*
 * Working-day arithmetic for delivery timeouts (DOMAIN 5: "timeouts are in working days with
 * one decimal, using the preset holiday calendar"). Pure: the calendar is passed in.
 *
 * The model:
 * - Everything is Beijing time (UTC+8, no daylight saving), whatever the server's time zone.
 * - A working day is a Monday–Friday that is not stored as a `holiday`, or a Saturday/Sunday
 *   stored as a `workday` (调休上班). Dates are 'YYYY-MM-DD' Beijing dates.
 * - Deadlines are dates, and a day's tasks are due at 17:30 (guide 5.4: "今日（当天17:30前）
 *   需要完成的任务数", "若今日任务在当天的17:30仍未完成，则项目进入超时状态"). So a task's due
 *   instant is always 17:30 Beijing of its due working day, and overdue state changes only
 *   at 17:30 boundaries.
 * - The day a task starts on (its day 1): the day it arrives, when that is a working day and
 *   it arrives before 17:30; otherwise the next working day (arriving at 17:30 or later, or on
 *   a day off, it is tomorrow's task).
 * - A timeout of t working days (one decimal, guide: "精确到小数点后1位"; "流程模板中的过期时间
 *   均是以工作日为单位") is due at 17:30 of working day number ceil(t) counted from the start
 *   day: 0.5 and 1 → 17:30 of the start day; 1.5 and 2 → 17:30 of the next working day. The
 *   guide's unit is the working day and its only deadline instant is 17:30, so a fraction of
 *   a day still claims the whole day it reaches into; rounding down would make a 0.5-day task
 *   due before it could start.
 * - Adding zero days returns the start unchanged (no timeout).
 *
 * "Time left" and pause/resume use working time: the 09:00–17:30 windows (8.5 hours make one
 * working day), counted by `workingMsBetween`. Resuming with the working time a pause froze
 * (`dueAfterWorkingMs`) lands in some working day's window and is due at that day's 17:30, so
 * a pause and an immediate resume give back the same due instant, and the due instant stays
 * on a 17:30 boundary.
 */

import { BEIJING_OFFSET_MS, beijingDate, beijingWall } from '../../../platform/beijing-time.js';
import { DAY, HOUR } from '../../../platform/clock.js';

export interface CalendarExceptions {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

const OPEN_MS = 9 * HOUR;
const CLOSE_MS = 17.5 * HOUR;

/** One working day: 09:00–17:30. */
export const WORKING_DAY_MS = CLOSE_MS - OPEN_MS;

/** A calendar where every day off in a row beyond this is taken for a broken calendar, not a holiday. */
const MAX_DAYS_WITHOUT_WORK = 3 * 366;

export const emptyCalendar: CalendarExceptions = { holidays: new Set(), workdays: new Set() };

/** Build the lookup sets from stored calendar rows. */
export function calendarFromDays(rows: Iterable<{ day: string; kind: 'holiday' | 'workday' }>): CalendarExceptions {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const r of rows) (r.kind === 'holiday' ? holidays : workdays).add(r.day);
  return { holidays, workdays };
}

/** Beijing midnight of the day holding instant `t`, as UTC ms. */
function beijingMidnight(t: number): number {
  return Math.floor((t + BEIJING_OFFSET_MS) / DAY) * DAY - BEIJING_OFFSET_MS;
}

function dayKey(midnight: number): string {
  return beijingWall(new Date(midnight)).toISOString().slice(0, 10);
}

/** The Beijing calendar date ('YYYY-MM-DD') of an instant. */
export const beijingDay = beijingDate;

export function isWorkingDay(cal: CalendarExceptions, day: string): boolean {
  if (cal.workdays.has(day)) return true;
  if (cal.holidays.has(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Working windows [open, close) in UTC ms, from the Beijing day holding `from` onwards. */
function* workingWindows(cal: CalendarExceptions, from: number): Generator<readonly [number, number]> {
  let idle = 0;
  for (let midnight = beijingMidnight(from); ; midnight += DAY) {
    if (isWorkingDay(cal, dayKey(midnight))) {
      idle = 0;
      yield [midnight + OPEN_MS, midnight + CLOSE_MS];
    } else if (++idle > MAX_DAYS_WITHOUT_WORK) {
      throw new Error(`work calendar: no working day in the ${MAX_DAYS_WITHOUT_WORK} days after ${dayKey(midnight - idle * DAY)}`);
    }
  }
}

/** The instant `ms` working milliseconds after `start`. */
export function addWorkingMs(cal: CalendarExceptions, start: Date, ms: number): Date {
  if (!Number.isFinite(ms)) throw new RangeError(`addWorkingMs: ${ms} is not a duration`);
  if (ms <= 0) return new Date(start.getTime());
  const t0 = start.getTime();
  let left = ms;
  for (const [open, close] of workingWindows(cal, t0)) {
    const from = Math.max(open, t0);
    if (from >= close) continue;
    // `<=` keeps a due time of exactly 17:30 on that day
    if (left <= close - from) return new Date(from + left);
    left -= close - from;
  }
  throw new Error('unreachable: workingWindows never ends normally');
}

/** 17:30 Beijing of a working day ('YYYY-MM-DD'): when that day's tasks are due. */
export function closeOfDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET_MS + CLOSE_MS);
}

/** The working day `n` working days after `day` (n = 0: the first working day on or after `day`). */
export function workingDayAfter(cal: CalendarExceptions, day: string, n: number): string {
  let left = n;
  for (const [open] of workingWindows(cal, Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET_MS)) {
    if (left-- === 0) return dayKey(open - OPEN_MS);
  }
  throw new Error('unreachable: workingWindows never ends normally');
}

/** The working day a task arriving at `at` starts on: that day before 17:30, else the next working day. */
export function startDayOf(cal: CalendarExceptions, at: Date): string {
  const t = at.getTime();
  const midnight = beijingMidnight(t);
  return workingDayAfter(cal, dayKey(t < midnight + CLOSE_MS ? midnight : midnight + DAY), 0);
}

/**
 * The due instant of a timeout of `days` working days (one decimal) for a task arriving at
 * `start`: 17:30 of working day ceil(days) counted from its start day (see the header).
 */
export function addWorkingDays(cal: CalendarExceptions, start: Date, days: number): Date {
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`addWorkingDays: ${days} is not a number of days ≥ 0`);
  // one decimal: 0.14 is 0.1; tenths are integers, so ceil sees no floating drift
  const tenths = Math.round(days * 10);
  if (tenths === 0) return new Date(start.getTime());
  return closeOfDay(workingDayAfter(cal, startDayOf(cal, start), Math.ceil(tenths / 10) - 1));
}

/**
 * The due instant for a task resumed at `start` with `ms` working time left: 17:30 of the
 * working day where that much working time runs out (the same instant when nothing changed).
 */
export function dueAfterWorkingMs(cal: CalendarExceptions, start: Date, ms: number): Date {
  if (ms <= 0) return new Date(start.getTime());
  return closeOfDay(beijingDay(addWorkingMs(cal, start, ms)));
}

/** Working milliseconds in [from, to); 0 when `to` is not after `from`. */
export function workingMsBetween(cal: CalendarExceptions, from: Date, to: Date): number {
  const f = from.getTime();
  const t = to.getTime();
  if (!(t > f)) return 0;
  let sum = 0;
  for (let midnight = beijingMidnight(f); midnight + OPEN_MS < t; midnight += DAY) {
    if (!isWorkingDay(cal, dayKey(midnight))) continue;
    sum += Math.max(0, Math.min(midnight + CLOSE_MS, t) - Math.max(midnight + OPEN_MS, f));
  }
  return sum;
}

/** Working days in [from, to), rounded to one decimal (for "x working days left/overdue"). */
export function workingDaysBetween(cal: CalendarExceptions, from: Date, to: Date): number {
  return Math.round((workingMsBetween(cal, from, to) / WORKING_DAY_MS) * 10) / 10;
}
