import { describe, expect, it } from 'vitest';
import { presetCalendarDays } from './calendar-seed.js';
import {
  WORKING_DAY_MS,
  addWorkingDays,
  addWorkingMs,
  beijingDay,
  calendarFromDays,
  emptyCalendar,
  isWorkingDay,
  workingDaysBetween,
  workingMsBetween,
} from './work-calendar.js';

/** the preset calendar from chinese-days, as seeded */
const cal = calendarFromDays(presetCalendarDays());
/** a Beijing wall-clock time */
const bj = (s: string): Date => new Date(`${s.replace(' ', 'T')}:00+08:00`);
const HOUR = 3_600_000;

describe('working days', () => {
  it('know the 2026 National Day and Mid-autumn arrangement', () => {
    expect(isWorkingDay(cal, '2026-09-30')).toBe(true);
    for (const d of ['2026-09-25', '2026-10-01', '2026-10-05', '2026-10-07']) expect(isWorkingDay(cal, d)).toBe(false);
    expect(isWorkingDay(cal, '2026-09-20')).toBe(true); // Sunday, make-up workday
    expect(isWorkingDay(cal, '2026-10-10')).toBe(true); // Saturday, make-up workday
    expect(isWorkingDay(cal, '2026-10-11')).toBe(false); // plain Sunday
    expect(isWorkingDay(cal, '2026-10-08')).toBe(true);
  });

  it('follow Monday–Friday on an empty calendar', () => {
    expect(isWorkingDay(emptyCalendar, '2026-10-01')).toBe(true);
    expect(isWorkingDay(emptyCalendar, '2026-10-03')).toBe(false);
  });

  it('use the Beijing date, whatever the instant', () => {
    expect(beijingDay(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
    expect(beijingDay(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
  });
});

describe('addWorkingDays', () => {
  it('skips the National Day week: 1.5 days from 30 Sep 10:00 is 8 Oct 14:15', () => {
    // 7.5 h on 30 Sep, then 5.25 h from 09:00 on 8 Oct
    expect(addWorkingDays(cal, bj('2026-09-30 10:00'), 1.5)).toEqual(bj('2026-10-08 14:15'));
  });

  it('counts the Saturday make-up workday of 10 Oct', () => {
    expect(addWorkingDays(cal, bj('2026-10-09 17:00'), 1)).toEqual(bj('2026-10-10 17:00'));
    expect(addWorkingDays(cal, bj('2026-02-13 10:00'), 1)).toEqual(bj('2026-02-14 10:00')); // before Spring Festival
  });

  it('carries a Friday into Monday', () => {
    expect(addWorkingDays(cal, bj('2026-06-05 10:00'), 1)).toEqual(bj('2026-06-08 10:00'));
  });

  it('carries half a day from 15:00 to 10:45 of the next working day', () => {
    expect(addWorkingDays(cal, bj('2026-06-02 15:00'), 0.5)).toEqual(bj('2026-06-03 10:45'));
  });

  it('counts a start after 17:30 from the next working day 09:00', () => {
    expect(addWorkingDays(cal, bj('2026-06-02 20:00'), 0.5)).toEqual(bj('2026-06-03 13:15'));
    expect(addWorkingDays(cal, bj('2026-06-02 17:30'), 0.1)).toEqual(bj('2026-06-03 09:51'));
  });

  it('counts a start before 09:00 from 09:00', () => {
    expect(addWorkingDays(cal, bj('2026-06-03 07:00'), 0.1)).toEqual(bj('2026-06-03 09:51'));
  });

  it('counts a start on a Sunday from Monday 09:00', () => {
    expect(addWorkingDays(cal, bj('2026-06-07 12:00'), 2)).toEqual(bj('2026-06-09 17:30'));
  });

  it('keeps a due time that lands on 17:30 at 17:30 of that day', () => {
    expect(addWorkingDays(cal, bj('2026-06-08 09:00'), 1)).toEqual(bj('2026-06-08 17:30'));
    expect(addWorkingDays(cal, bj('2026-09-30 13:15'), 0.5)).toEqual(bj('2026-09-30 17:30'));
  });

  it('returns the start for zero days, even outside the window', () => {
    expect(addWorkingDays(cal, bj('2026-10-03 20:00'), 0)).toEqual(bj('2026-10-03 20:00'));
  });

  it('uses one decimal: 0.14 day is 0.1 day', () => {
    expect(addWorkingDays(cal, bj('2026-06-03 09:00'), 0.14)).toEqual(bj('2026-06-03 09:51'));
  });

  it('refuses a negative number of days', () => {
    expect(() => addWorkingDays(cal, bj('2026-06-03 09:00'), -1)).toThrow(RangeError);
  });

  it('stops on a calendar without working days instead of looping', () => {
    const holidays = new Set<string>();
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2030, 0, 1); t += 24 * HOUR) holidays.add(new Date(t).toISOString().slice(0, 10));
    expect(() => addWorkingDays({ holidays, workdays: new Set() }, bj('2026-01-01 10:00'), 1)).toThrow(/no working day/);
  });
});

describe('workingMsBetween', () => {
  it('is zero when the end is not after the start', () => {
    expect(workingMsBetween(cal, bj('2026-06-03 12:00'), bj('2026-06-03 12:00'))).toBe(0);
    expect(workingMsBetween(cal, bj('2026-06-03 12:00'), bj('2026-06-02 12:00'))).toBe(0);
  });

  it('counts only the window of working days', () => {
    expect(workingMsBetween(cal, bj('2026-09-30 10:00'), bj('2026-10-08 14:15'))).toBe(12.75 * HOUR);
    expect(workingMsBetween(cal, bj('2026-10-01 00:00'), bj('2026-10-07 23:59'))).toBe(0);
    expect(workingDaysBetween(cal, bj('2026-06-05 10:00'), bj('2026-06-08 10:00'))).toBe(1);
  });

  it('is the inverse of addWorkingMs over random starts and durations', () => {
    // mulberry32: a seeded generator, so a failure reproduces
    let seed = 20260930;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const yearStart = bj('2026-01-01 00:00').getTime();
    for (let i = 0; i < 400; i++) {
      const start = new Date(yearStart + Math.floor(random() * 365 * 24 * 60) * 60_000);
      const ms = Math.floor(random() * 20 * WORKING_DAY_MS);
      const due = addWorkingMs(cal, start, ms);
      expect(workingMsBetween(cal, start, due)).toBe(ms);
      if (ms > 0) {
        expect(isWorkingDay(cal, beijingDay(due))).toBe(true);
        const clock = new Date(due.getTime() + 8 * HOUR).toISOString().slice(11, 16);
        expect(clock > '09:00' && clock <= '17:30').toBe(true);
      }
      const days = Math.round(random() * 100) / 10;
      expect(workingDaysBetween(cal, start, addWorkingDays(cal, start, days))).toBe(days);
    }
  });
});
