const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A working day is 09:00–17:30 Beijing time (the server's work calendar). */
export const WORKING_DAY_MS = 8.5 * HOUR;

/**
 * How to say the working time the server counted to a due time (its calendar knows the
 * holidays and make-up workdays): whole working days with one decimal from one day on,
 * else working hours, rounded up.
 */
export function workingTimeLeft(ms: number): { days: number } | { hours: number } {
  const days = Math.round((ms / WORKING_DAY_MS) * 10) / 10;
  if (days >= 1) return { days };
  return { hours: Math.max(0, Math.ceil(ms / HOUR)) };
}

/**
 * How to say plain (calendar) time left, as the warranty step counts it: whole days from one
 * day on, else hours, rounded up.
 */
export function calendarTimeLeft(ms: number): { days: number } | { hours: number } {
  if (ms >= DAY) return { days: Math.round(ms / DAY) };
  return { hours: Math.max(0, Math.ceil(ms / HOUR)) };
}
