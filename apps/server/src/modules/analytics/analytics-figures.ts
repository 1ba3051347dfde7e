import type { Metric } from '@cloudmart/contracts';

/** a / b, null when b is 0 (a rate or an average with nothing to divide by) */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** The sum of the terms that exist, null when none does (人均浏览量 and 平均停留时间 add per-page figures). */
export function sumOf(terms: (number | null)[]): number | null {
  const present = terms.filter((t): t is number => t !== null);
  return present.length === 0 ? null : present.reduce((s, t) => s + t, 0);
}

/** The mean of the terms that exist, null when none does. */
export function meanOf(terms: (number | null)[]): number | null {
  const present = terms.filter((t): t is number => t !== null);
  return present.length === 0 ? null : present.reduce((s, t) => s + t, 0) / present.length;
}

/** A figure with the previous period's and the change (环比) = (value − previous) / previous. */
export function metric(value: number | null, previous: number | null): Metric {
  const change = value === null || previous === null || previous === 0 ? null : (value - previous) / previous;
  return { value, previous, change };
}

/** milliseconds to seconds, for stays */
export function seconds(ms: number | null): number | null {
  return ms === null ? null : ms / 1000;
}
