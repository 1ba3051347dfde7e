import { beijingWall, fromBeijingWall } from '../../../platform/beijing-time.js';
import { DAY } from '../../../platform/clock.js';

/*
 * Beijing (UTC+8, no daylight saving) days and months as UTC instant ranges [start, end), for
 * the workbench figures. Dates are 'YYYY-MM-DD', months 'YYYY-MM'. Fixed-offset arithmetic
 * keeps this independent of the server's and the database's time zone.
 */

export interface Range {
  start: Date;
  end: Date;
}

function parts(day: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`not a date: ${day}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** The Beijing day `day` as [00:00, next 00:00). */
export function dayRange(day: string): Range {
  const { y, m, d } = parts(day);
  const start = fromBeijingWall(y, m - 1, d);
  return { start, end: new Date(start.getTime() + DAY) };
}

/** The date `days` after (or before, when negative) `day`. */
export function shiftDay(day: string, days: number): string {
  const { y, m, d } = parts(day);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The Beijing month holding `day`, `months` later (or earlier), as [1st 00:00, next 1st 00:00) with its 'YYYY-MM'. */
export function monthRange(day: string, months = 0): Range & { month: string } {
  const { y, m } = parts(day);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  return {
    month: first.toISOString().slice(0, 7),
    start: fromBeijingWall(first.getUTCFullYear(), first.getUTCMonth()),
    end: fromBeijingWall(first.getUTCFullYear(), first.getUTCMonth() + 1),
  };
}

/** Which month of `year` (0–11) holds instant `at` in Beijing, or -1 when another year. */
export function monthIndexIn(year: number, at: Date): number {
  const local = beijingWall(at);
  return local.getUTCFullYear() === year ? local.getUTCMonth() : -1;
}
