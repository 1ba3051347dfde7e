/*
 * Working-day arithmetic for delivery timeouts (DOMAIN 5: "timeouts are in working days with
 * one decimal, using the preset holiday calendar"). Pure: the calendar is passed in.
 *
 * The model:
 * - Everything is Beijing time (UTC+8, no daylight saving), whatever the server's time zone.
 * - A working day is a Monday–Friday that is not stored as a `holiday`, or a Saturday/Sunday
 *   stored as a `workday` (调休上班). Dates are 'YYYY-MM-DD' Beijing dates.
 * - The working window is 09:00–17:30 Beijing: 8.5 hours make ONE working day, and fractions
 *   count inside the window (0.5 day = 4.25 working hours; 0.1 day = 51 minutes).
 * - Time before 09:00 counts from 09:00; time after 17:30, or on a non-working day, counts from
 *   the next working day's 09:00.
 * - A due time that lands exactly on 17:30 stays 17:30 of that day ("a working day ends at
 *   17:30"), it does not roll to the next morning.
 * - Adding zero (or a negative amount) returns the start unchanged, even outside the window.
 */

import { BEIJING_OFFSET_MS, beijingWall } from '../../../platform/beijing-time.js';
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
export function beijingDay(at: Date): string {
  return dayKey(beijingMidnight(at.getTime()));
}

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

/** The due time `days` working days (one decimal) after `start`. */
export function addWorkingDays(cal: CalendarExceptions, start: Date, days: number): Date {
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`addWorkingDays: ${days} is not a number of days ≥ 0`);
  // tenths of a day are whole milliseconds (3,060,000), so no floating drift
  return addWorkingMs(cal, start, Math.round(days * 10) * (WORKING_DAY_MS / 10));
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
