import type { DurationUnit, PurchaseUnit, SpecPrice, StoreSpec } from '@cloudmart/contracts';
import type { TFunction } from 'i18next';

/** A price row's key for radio values and URLs: `month:1`, `year:1`. */
export function periodKey(p: { unit: PurchaseUnit; duration: number }): string {
  return `${p.unit}:${p.duration}`;
}

export function parsePeriod(key: string | null): { unit: PurchaseUnit; duration: number } | null {
  if (!key) return null;
  const [unit, n] = key.split(':');
  const duration = Number(n);
  if ((unit !== 'month' && unit !== 'year') || !Number.isInteger(duration) || duration < 1) return null;
  return { unit, duration };
}

/** Months before years, shorter first. */
export function sortedPrices(prices: readonly SpecPrice[]): SpecPrice[] {
  const months = (p: SpecPrice) => (p.unit === 'year' ? p.duration * 12 : p.duration);
  return [...prices].sort((a, b) => months(a) - months(b));
}

export function priceOf(spec: StoreSpec, unit: PurchaseUnit | undefined, duration: number | undefined): SpecPrice | undefined {
  return spec.prices.find((p) => p.unit === unit && p.duration === duration);
}

export function lowestPrice(spec: StoreSpec): number | null {
  return spec.prices.length ? Math.min(...spec.prices.map((p) => p.priceFen)) : null;
}

/** "1 个月" / "1 month" / "2 years" / "14 天". */
export function durationLabel(t: TFunction, unit: DurationUnit, count: number): string {
  const one = count === 1;
  switch (unit) {
    case 'month':
      return t(one ? 'store.period.monthOne' : 'store.period.months', { count });
    case 'year':
      return t(one ? 'store.period.yearOne' : 'store.period.years', { count });
    case 'day':
      return t(one ? 'store.period.dayOne' : 'store.period.days', { count });
  }
}

/** What the spec needs chosen besides itself: a period (prepaid), nothing (trial, postpaid). */
export function needsPeriod(spec: StoreSpec): boolean {
  return !spec.isTrial && spec.prices.length > 0;
}

/** The spec that a product page selects first: the first paid one, else the first. */
export function defaultSpec(specs: readonly StoreSpec[]): StoreSpec | undefined {
  return specs.find((s) => !s.isTrial) ?? specs[0];
}
