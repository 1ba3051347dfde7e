import { describe, expect, it } from 'vitest';
import { endedPeriods, periodBounds, periodOf, shiftPeriod } from './beijing-period.js';

describe('Beijing billing periods', () => {
  it('puts an instant in the month it is in Beijing (UTC+8)', () => {
    expect(periodOf(new Date('2026-06-30T15:59:59.999Z'))).toBe('2026-06');
    expect(periodOf(new Date('2026-06-30T16:00:00.000Z'))).toBe('2026-07');
    expect(periodOf(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01');
  });

  it('bounds a period by midnight Beijing on the 1st', () => {
    expect(periodBounds('2026-06')).toEqual({ start: new Date('2026-05-31T16:00:00.000Z'), end: new Date('2026-06-30T16:00:00.000Z') });
    expect(periodBounds('2026-12').end).toEqual(new Date('2026-12-31T16:00:00.000Z'));
  });

  it('lists the months that have fully ended, newest first, across a year boundary', () => {
    expect(endedPeriods(new Date('2026-06-30T15:59:59Z'), 2)).toEqual(['2026-05', '2026-04']);
    expect(endedPeriods(new Date('2026-06-30T16:00:00Z'), 2)).toEqual(['2026-06', '2026-05']);
    expect(shiftPeriod('2027-01', -1)).toBe('2026-12');
  });
});
