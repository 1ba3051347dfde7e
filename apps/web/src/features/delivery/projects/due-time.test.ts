import { describe, expect, it } from 'vitest';
import { WORKING_DAY_MS, workingTimeLeft } from './due-time';

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
