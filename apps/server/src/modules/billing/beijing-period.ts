import { beijingMonth, fromBeijingWall } from '../../platform/beijing-time.js';

/** Billing periods are calendar months in Beijing time, written YYYY-MM. */
export function periodOf(at: Date): string {
  return beijingMonth(at);
}

function parse(period: string): { y: number; m: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) throw new Error(`not a period: ${period}`);
  return { y: Number(match[1]), m: Number(match[2]) };
}

/** The instant the period starts: 00:00 on the 1st in Beijing. */
export function periodStart(period: string): Date {
  const { y, m } = parse(period);
  return fromBeijingWall(y, m - 1);
}

export function shiftPeriod(period: string, months: number): string {
  const { y, m } = parse(period);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** [start, end) of the period as UTC instants */
export function periodBounds(period: string): { start: Date; end: Date } {
  return { start: periodStart(period), end: periodStart(shiftPeriod(period, 1)) };
}

/** The `count` most recent periods that have fully ended at `now`, newest first. */
export function endedPeriods(now: Date, count: number): string[] {
  const current = periodOf(now);
  return Array.from({ length: count }, (_, i) => shiftPeriod(current, -(i + 1)));
}
