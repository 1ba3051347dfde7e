import { describe, expect, it } from 'vitest';
import { WORKING_DAY_MS, calendarTimeLeft, workingTimeLeft } from './due-time';

describe('working time left', () => {
  it('says working days with one decimal from one day on', () => {
    expect(workingTimeLeft(1.5 * WORKING_DAY_MS)).toEqual({ days: 1.5 });
    expect(workingTimeLeft(WORKING_DAY_MS)).toEqual({ days: 1 });
    expect(workingTimeLeft(14 * WORKING_DAY_MS + 60_000)).toEqual({ days: 14 });
  });

  it('says working hours, rounded up, below one day', () => {
    expect(workingTimeLeft(0.5 * WORKING_DAY_MS)).toEqual({ hours: 5 });
    expect(workingTimeLeft(60_000)).toEqual({ hours: 1 });
    expect(workingTimeLeft(0)).toEqual({ hours: 0 });
  });
});

describe('calendar time left', () => {
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;

  it('says whole days from one day on', () => {
    expect(calendarTimeLeft(180 * DAY - 60_000)).toEqual({ days: 180 });
    expect(calendarTimeLeft(12 * DAY + 3 * HOUR)).toEqual({ days: 12 });
    expect(calendarTimeLeft(DAY)).toEqual({ days: 1 });
  });

  it('says hours, rounded up, below one day', () => {
    expect(calendarTimeLeft(4.5 * HOUR)).toEqual({ hours: 5 });
    expect(calendarTimeLeft(60_000)).toEqual({ hours: 1 });
    expect(calendarTimeLeft(0)).toEqual({ hours: 0 });
  });
});
