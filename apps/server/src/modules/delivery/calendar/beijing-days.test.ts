import { describe, expect, it } from 'vitest';
import { dayRange, monthIndexIn, monthRange, shiftDay } from './beijing-days.js';
import { beijingDay } from './work-calendar.js';

describe('Beijing days and months', () => {
  it('starts a Beijing day at 16:00 UTC the day before', () => {
    expect(dayRange('2026-06-01')).toEqual({ start: new Date('2026-05-31T16:00:00Z'), end: new Date('2026-06-01T16:00:00Z') });
  });

  it('puts 23:59 Beijing on the same date and 00:00 Beijing on the next one', () => {
    expect(beijingDay(new Date('2026-06-01T15:59:59Z'))).toBe('2026-06-01');
    expect(beijingDay(new Date('2026-06-01T16:00:00Z'))).toBe('2026-06-02');
  });

  it('shifts dates across month and year ends', () => {
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('gives the month of a date, and the month before across a year end', () => {
    expect(monthRange('2026-06-15')).toEqual({ month: '2026-06', start: new Date('2026-05-31T16:00:00Z'), end: new Date('2026-06-30T16:00:00Z') });
    expect(monthRange('2026-01-10', -1)).toEqual({ month: '2025-12', start: new Date('2025-11-30T16:00:00Z'), end: new Date('2025-12-31T16:00:00Z') });
  });

  it('finds the Beijing month of an instant within a year', () => {
    expect(monthIndexIn(2026, new Date('2026-01-31T16:30:00Z'))).toBe(1); // 1 Feb 00:30 Beijing
    expect(monthIndexIn(2026, new Date('2025-12-31T15:00:00Z'))).toBe(-1);
  });
});
