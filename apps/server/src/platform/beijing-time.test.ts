import { describe, expect, it } from 'vitest';
import { beijingMonth, beijingMonthStart, beijingStamp, beijingWall, fromBeijingWall } from './beijing-time.js';

describe('Beijing time', () => {
  it('reads an instant on the Beijing wall clock, eight hours ahead of UTC all year', () => {
    expect(beijingWall(new Date('2026-01-15T16:30:00Z')).toISOString()).toBe('2026-01-16T00:30:00.000Z');
    expect(beijingWall(new Date('2026-07-15T16:30:00Z')).toISOString()).toBe('2026-07-16T00:30:00.000Z');
  });

  it('turns a Beijing wall-clock time back into its instant, letting months overflow into the next year', () => {
    expect(fromBeijingWall(2026, 0, 1).toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(fromBeijingWall(2026, 12, 1, 9).toISOString()).toBe('2027-01-01T01:00:00.000Z');
  });

  it('starts a month at 00:00 on the 1st in Beijing, which is the afternoon before in UTC', () => {
    expect(beijingMonthStart(new Date('2026-06-30T16:00:00Z')).toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(beijingMonthStart(new Date('2026-06-30T15:59:59Z')).toISOString()).toBe('2026-05-31T16:00:00.000Z');
    expect(beijingMonth(new Date('2026-06-30T16:00:00Z'))).toBe('2026-07');
  });

  it('stamps file names in Beijing time', () => {
    expect(beijingStamp(new Date('2026-06-30T16:04:05Z'))).toBe('20260701-000405');
  });
});
