import { describe, expect, it } from 'vitest';
import { addDuration, monthlyPriceOf, orderAmountFen, remainingDays, renewedExpiry, upgradeChargeFen } from './pricing.js';

const at = (s: string) => new Date(s);

describe('order amount', () => {
  it('is the price times the quantity', () => {
    expect(orderAmountFen(99_900, 3)).toBe(299_700);
    expect(orderAmountFen(0, 1)).toBe(0);
  });
  it('refuses fractional fen and a zero quantity', () => {
    expect(() => orderAmountFen(1.5, 1)).toThrow();
    expect(() => orderAmountFen(100, 0)).toThrow();
  });
});

describe('periods', () => {
  it('adds calendar months in Beijing time, clamped to the month end', () => {
    // 31 Jan 10:00 Beijing + 1 month = 28 Feb 10:00 Beijing (2026 is not a leap year)
    expect(addDuration(at('2026-01-31T02:00:00Z'), 'month', 1).toISOString()).toBe('2026-02-28T02:00:00.000Z');
    // 1 Mar 01:00 Beijing is still 28 Feb in UTC: the Beijing date decides
    expect(addDuration(at('2026-02-28T17:00:00Z'), 'month', 1).toISOString()).toBe('2026-03-31T17:00:00.000Z');
    expect(addDuration(at('2026-06-01T02:00:00Z'), 'year', 1).toISOString()).toBe('2027-06-01T02:00:00.000Z');
    expect(addDuration(at('2026-06-01T02:00:00Z'), 'day', 14).toISOString()).toBe('2026-06-15T02:00:00.000Z');
  });
  it('renews from the later of expiry and now', () => {
    const now = at('2026-06-01T00:00:00Z');
    expect(renewedExpiry(at('2026-06-10T00:00:00Z'), now, 'month', 1).toISOString()).toBe('2026-07-10T00:00:00.000Z');
    expect(renewedExpiry(at('2026-05-20T00:00:00Z'), now, 'month', 1).toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(renewedExpiry(null, now, 'day', 3).toISOString()).toBe('2026-06-04T00:00:00.000Z');
  });
});

describe('upgrade proration', () => {
  const std = monthlyPriceOf(10_000, 'month', 1); // 100.00 a month
  const pro = monthlyPriceOf(25_000, 'month', 1); // 250.00 a month

  it('charges the monthly difference for the remaining days over 30', () => {
    expect(upgradeChargeFen(std, pro, 30)).toBe(15_000);
    expect(upgradeChargeFen(std, pro, 15)).toBe(7_500);
  });

  it('rounds half up to the fen', () => {
    // 1 fen a month more for 15 days = 0.5 fen → 1
    expect(upgradeChargeFen(monthlyPriceOf(100, 'month', 1), monthlyPriceOf(101, 'month', 1), 15)).toBe(1);
    // 0.4666… fen → 0
    expect(upgradeChargeFen(monthlyPriceOf(100, 'month', 1), monthlyPriceOf(101, 'month', 1), 14)).toBe(0);
    // 10 fen × 1/30 = 0.333… → 0; × 5/30 = 1.666… → 2
    expect(upgradeChargeFen(monthlyPriceOf(0, 'month', 1), monthlyPriceOf(10, 'month', 1), 5)).toBe(2);
  });

  it('uses the yearly price over twelve months without rounding it first', () => {
    // 1000.00 a year = 83.333… a month; against 100.00 a month: 16.666… × 30/30 = 1666.67 → 1667 fen
    expect(upgradeChargeFen(monthlyPriceOf(100_000, 'year', 1), std, 30)).toBe(1_667);
  });

  it('charges nothing for a downgrade, an equal price or no time left', () => {
    expect(upgradeChargeFen(pro, std, 30)).toBe(0);
    expect(upgradeChargeFen(std, std, 30)).toBe(0);
    expect(upgradeChargeFen(std, pro, 0)).toBe(0);
  });

  it('counts a started day as a whole day', () => {
    const now = at('2026-06-01T00:00:00Z');
    expect(remainingDays(at('2026-06-11T00:00:00Z'), now)).toBe(10);
    expect(remainingDays(at('2026-06-11T00:00:01Z'), now)).toBe(11);
    expect(remainingDays(at('2026-05-31T00:00:00Z'), now)).toBe(0);
  });
});
