import type { AnalyticsPeriod, AnalyticsRange } from '@cloudmart/contracts';
import { beijingDate, fromBeijingWall } from '../../platform/beijing-time.js';
import { DAY } from '../../platform/clock.js';

/** A report's period as instants: Beijing days [from, to), and the previous period of the same kind (环比). */
export interface PeriodWindow {
  period: AnalyticsPeriod;
  from: Date;
  to: Date;
  previousFrom: Date;
  previousTo: Date;
}

/**
 * The day, the week (Monday to Sunday) or the calendar month holding the Beijing day `date`
 * ('YYYY-MM-DD'), and the one before it: yesterday, last week, last month.
 */
export function periodWindow(period: AnalyticsPeriod, date: string): PeriodWindow {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (period === 'day') {
    const from = fromBeijingWall(y, m - 1, d);
    return { period, from, to: new Date(from.getTime() + DAY), previousFrom: new Date(from.getTime() - DAY), previousTo: from };
  }
  if (period === 'week') {
    const dow = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday 0
    const from = fromBeijingWall(y, m - 1, d - dow);
    return { period, from, to: new Date(from.getTime() + 7 * DAY), previousFrom: new Date(from.getTime() - 7 * DAY), previousTo: from };
  }
  const from = fromBeijingWall(y, m - 1, 1);
  return { period, from, to: fromBeijingWall(y, m, 1), previousFrom: fromBeijingWall(y, m - 2, 1), previousTo: from };
}

export function rangeOf(w: PeriodWindow): AnalyticsRange {
  return {
    period: w.period,
    from: beijingDate(w.from),
    to: beijingDate(new Date(w.to.getTime() - DAY)),
    previousFrom: beijingDate(w.previousFrom),
    previousTo: beijingDate(new Date(w.previousTo.getTime() - DAY)),
  };
}

/** The trend's buckets: each hour of a day, each day of a week or month (Beijing). */
export function bucketsOf(w: PeriodWindow): { start: Date; label: string }[] {
  const step = w.period === 'day' ? DAY / 24 : DAY;
  const out: { start: Date; label: string }[] = [];
  for (let t = w.from.getTime(); t < w.to.getTime(); t += step) {
    const start = new Date(t);
    const label = w.period === 'day' ? String(out.length).padStart(2, '0') : beijingDate(start);
    out.push({ start, label });
  }
  return out;
}
