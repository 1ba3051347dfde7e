import type { DurationUnit } from '@cloudmart/contracts';
import { beijingWall, fromBeijingWall } from '../../platform/beijing-time.js';
import { DAY } from '../../platform/clock.js';
import { DomainError } from '../../platform/errors.js';

/**
 * Order amounts and periods.
 *
 * - Amount: list price = the spec's price for the chosen duration × quantity. The paid
 *   amount starts equal to it (discounts and price changes adjust paidFen later).
 * - Periods are calendar periods in Beijing time (UTC+8, no DST): one month after 31 Jan is
 *   28/29 Feb (clamped to the month's last day); a year is twelve months; a day is 24 h.
 *
 * Upgrade proration (spec change keeps the expiry):
 *
 *   charge = max(0, round_half_up((M_new − M_old) × remainingDays / 30))   in fen
 *
 * where M is a spec's monthly-equivalent price (its price for one month, or its one-year
 * price ÷ 12 when it has no monthly price; kept as an exact fraction, never rounded early),
 * and remainingDays counts whole days to the expiry, a started day counting as one
 * (ceil((expiresAt − now) / 24 h)), never below 0. A downgrade costs 0 and refunds nothing.
 */

export function orderAmountFen(priceFen: number, quantity: number): number {
  if (!Number.isSafeInteger(priceFen) || priceFen < 0) throw new DomainError('validation_failed', 'price must be a non-negative integer of fen');
  if (!Number.isInteger(quantity) || quantity < 1) throw new DomainError('validation_failed', 'quantity must be at least 1');
  return priceFen * quantity;
}

/** `from` plus n units, calendar-aware in Beijing time. */
export function addDuration(from: Date, unit: DurationUnit, n: number): Date {
  if (unit === 'day') return new Date(from.getTime() + n * DAY);
  const months = unit === 'year' ? n * 12 : n;
  const local = beijingWall(from);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(local.getUTCDate(), lastDay);
  return fromBeijingWall(y, m, day, local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds(), local.getUTCMilliseconds());
}

/** A renewal extends from the later of the current expiry and now, so lapsed days are not sold twice. */
export function renewedExpiry(expiresAt: Date | null, now: Date, unit: DurationUnit, n: number): Date {
  const base = expiresAt && expiresAt.getTime() > now.getTime() ? expiresAt : now;
  return addDuration(base, unit, n);
}

/** priceFen for `months` months; the fraction priceFen / months is the monthly equivalent. */
export interface MonthlyPrice {
  priceFen: number;
  months: number;
}

export function monthlyPriceOf(priceFen: number, unit: 'month' | 'year', duration: number): MonthlyPrice {
  return { priceFen, months: unit === 'year' ? duration * 12 : duration };
}

export function remainingDays(expiresAt: Date, now: Date): number {
  const ms = expiresAt.getTime() - now.getTime();
  return ms <= 0 ? 0 : Math.ceil(ms / DAY);
}

/** round_half_up(num / den) for den > 0, in integers (no floating-point drift). */
function divideHalfUp(num: number, den: number): number {
  return Math.floor((2 * num + den) / (2 * den));
}

export function upgradeChargeFen(from: MonthlyPrice, to: MonthlyPrice, days: number): number {
  // (to.price/to.months − from.price/from.months) × days / 30, as one fraction
  const num = (to.priceFen * from.months - from.priceFen * to.months) * days;
  const den = to.months * from.months * 30;
  if (num <= 0) return 0;
  return divideHalfUp(num, den);
}
