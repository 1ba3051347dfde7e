import { describe, expect, it } from 'vitest';
import { waitedKey, waitedParts } from './queue-format';

describe('waiting time display', () => {
  it('splits milliseconds into days, hours and minutes, rounding down', () => {
    expect(waitedParts(((2 * 24 + 3) * 60 + 59) * 60_000 + 59_999)).toEqual({ days: 2, hours: 3, minutes: 59 });
    expect(waitedParts(59_999)).toEqual({ days: 0, hours: 0, minutes: 0 });
    expect(waitedParts(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('names the two largest units that matter', () => {
    expect(waitedKey({ days: 1, hours: 0, minutes: 5 })).toBe('daysHours');
    expect(waitedKey({ days: 0, hours: 2, minutes: 0 })).toBe('hoursMinutes');
    expect(waitedKey({ days: 0, hours: 0, minutes: 7 })).toBe('minutes');
  });
});
