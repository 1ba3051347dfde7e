import { describe, expect, it } from 'vitest';
import { presetCalendarDays } from './calendar-seed.js';
import {
  WORKING_DAY_MS,
  addWorkingDays,
  addWorkingMs,
  beijingDay,
  closeOfDay,
  dueAfterWorkingMs,
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

// Guide 5.4: "若今日任务在当天的17:30仍未完成，则项目进入超时状态" — a task is due at 17:30 of its due working day.
describe('addWorkingDays: due at 17:30 of working day ceil(t) from the start day', () => {
  it('makes a 1-day task arriving Tuesday 10:00 due Tuesday 17:30 (not Wednesday 10:00)', () => {
    expect(addWorkingDays(cal, bj('2026-06-02 10:00'), 1)).toEqual(bj('2026-06-02 17:30'));
    expect(addWorkingDays(cal, bj('2026-06-02 10:00'), 2)).toEqual(bj('2026-06-03 17:30'));
  });

  it('rounds a fractional timeout up to the working day it reaches into', () => {
    expect(addWorkingDays(cal, bj('2026-06-02 10:00'), 0.5)).toEqual(bj('2026-06-02 17:30'));
    expect(addWorkingDays(cal, bj('2026-06-02 10:00'), 0.1)).toEqual(bj('2026-06-02 17:30'));
    expect(addWorkingDays(cal, bj('2026-06-02 10:00'), 1.5)).toEqual(bj('2026-06-03 17:30'));
    expect(addWorkingDays(cal, bj('2026-06-02 10:00'), 2.1)).toEqual(bj('2026-06-04 17:30'));
  });

  it('counts a task arriving just before 17:30 as today’s, at or after 17:30 as the next working day’s', () => {
    const before = new Date(bj('2026-06-02 17:30').getTime() - 1000); // 17:29:59
    const after = new Date(bj('2026-06-02 17:30').getTime() + 1000); // 17:30:01
    for (const [days, today, tomorrow] of [
      [0.5, '2026-06-02 17:30', '2026-06-03 17:30'],
      [1, '2026-06-02 17:30', '2026-06-03 17:30'],
      [1.5, '2026-06-03 17:30', '2026-06-04 17:30'],
      [2, '2026-06-03 17:30', '2026-06-04 17:30'],
    ] as const) {
      expect(addWorkingDays(cal, before, days), `${days} before`).toEqual(bj(today));
      expect(addWorkingDays(cal, bj('2026-06-02 17:30'), days), `${days} at`).toEqual(bj(tomorrow));
      expect(addWorkingDays(cal, after, days), `${days} after`).toEqual(bj(tomorrow));
    }
  });

  it('counts a start before 09:00 as that day', () => {
    expect(addWorkingDays(cal, bj('2026-06-03 07:00'), 0.1)).toEqual(bj('2026-06-03 17:30'));
  });

  it('carries over a weekend', () => {
    expect(addWorkingDays(cal, bj('2026-06-05 10:00'), 1)).toEqual(bj('2026-06-05 17:30')); // Friday
    expect(addWorkingDays(cal, bj('2026-06-05 10:00'), 1.5)).toEqual(bj('2026-06-08 17:30')); // Monday
    expect(addWorkingDays(cal, bj('2026-06-05 17:29'), 2)).toEqual(bj('2026-06-08 17:30'));
    expect(addWorkingDays(cal, bj('2026-06-05 17:31'), 0.5)).toEqual(bj('2026-06-08 17:30'));
    expect(addWorkingDays(cal, bj('2026-06-07 12:00'), 2)).toEqual(bj('2026-06-09 17:30')); // from Sunday: Monday is day 1
  });

  it('skips the National Day week and counts its make-up workdays', () => {
    expect(addWorkingDays(cal, bj('2026-09-30 10:00'), 1)).toEqual(bj('2026-09-30 17:30'));
    expect(addWorkingDays(cal, bj('2026-09-30 10:00'), 1.5)).toEqual(bj('2026-10-08 17:30'));
    expect(addWorkingDays(cal, bj('2026-09-30 17:29'), 0.5)).toEqual(bj('2026-09-30 17:30'));
    expect(addWorkingDays(cal, bj('2026-09-30 17:30'), 0.5)).toEqual(bj('2026-10-08 17:30'));
    expect(addWorkingDays(cal, bj('2026-10-03 12:00'), 1)).toEqual(bj('2026-10-08 17:30')); // arriving in the holiday
    expect(addWorkingDays(cal, bj('2026-09-30 10:00'), 4)).toEqual(bj('2026-10-10 17:30')); // Saturday 10 Oct is 调休上班
    expect(addWorkingDays(cal, bj('2026-09-19 10:00'), 1)).toEqual(bj('2026-09-20 17:30')); // Sunday 20 Sep is 调休上班
    expect(addWorkingDays(cal, bj('2026-02-13 10:00'), 2)).toEqual(bj('2026-02-14 17:30')); // Saturday before Spring Festival
  });

  it('returns the start for zero days, even outside the window', () => {
    expect(addWorkingDays(cal, bj('2026-10-03 20:00'), 0)).toEqual(bj('2026-10-03 20:00'));
  });

  it('uses one decimal: 1.04 days is 1 day, 1.06 is 1.1', () => {
    expect(addWorkingDays(cal, bj('2026-06-03 09:00'), 1.04)).toEqual(bj('2026-06-03 17:30'));
    expect(addWorkingDays(cal, bj('2026-06-03 09:00'), 1.06)).toEqual(bj('2026-06-04 17:30'));
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

describe('dueAfterWorkingMs (resume after a pause)', () => {
  it('is due at 17:30 of the working day the time left runs out in', () => {
    // 15 working hours from Friday 10:00: 7.5 h on Friday, 7.5 h into Monday → Monday 17:30
    expect(dueAfterWorkingMs(cal, bj('2026-06-05 10:00'), 15 * HOUR)).toEqual(bj('2026-06-08 17:30'));
    expect(dueAfterWorkingMs(cal, bj('2026-09-30 17:00'), 1 * HOUR)).toEqual(bj('2026-10-08 17:30'));
    expect(dueAfterWorkingMs(cal, bj('2026-09-30 17:00'), 0)).toEqual(bj('2026-09-30 17:00'));
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
      // every timeout is due at 17:30 of a working day, and a pause with an immediate resume keeps it
      const days = Math.round(random() * 100) / 10;
      const dueAt = addWorkingDays(cal, start, days);
      if (days > 0) {
        expect(dueAt).toEqual(closeOfDay(beijingDay(dueAt)));
        expect(isWorkingDay(cal, beijingDay(dueAt))).toBe(true);
        expect(dueAfterWorkingMs(cal, start, workingMsBetween(cal, start, dueAt))).toEqual(dueAt);
      }
    }
  });
});
