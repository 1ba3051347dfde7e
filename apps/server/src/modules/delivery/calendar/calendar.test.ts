import type { HolidayYear, OperatorCalendar } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { ensureCalendarSeeded, presetCalendarDays } from './calendar-seed.js';
import { holidayGroups, loadCalendar } from './calendar.service.js';
import { workCalendarDays } from '../delivery.tables.js';
import { addWorkingDays } from './work-calendar.js';

const API = '/api/v1';
const bj = (s: string): Date => new Date(`${s.replace(' ', 'T')}:00+08:00`);

describe('preset calendar', () => {
  it('takes 2024 on from chinese-days, weekend days inside a holiday included', () => {
    const days = presetCalendarDays();
    expect(days[0]?.day).toBe('2024-01-01');
    const byDay = new Map(days.map((d) => [d.day, d]));
    expect(byDay.get('2026-10-03')).toEqual({ day: '2026-10-03', kind: 'holiday', name: '国庆节' });
    expect(byDay.get('2026-09-20')).toEqual({ day: '2026-09-20', kind: 'workday', name: '国庆节' });
    expect(byDay.get('2026-09-25')?.name).toBe('中秋');
    expect(byDay.has('2026-10-08')).toBe(false);
  });

  it('groups a run of days off as one holiday, and each make-up workday with its holiday', () => {
    const groups = holidayGroups(presetCalendarDays());
    const of = (year: number) => groups.filter((g) => g.year === year);
    expect(of(2026).map((g) => g.name)).toEqual(['元旦', '春节', '清明', '劳动节', '端午', '中秋', '国庆节']);
    expect(of(2026).find((g) => g.name === '国庆节')).toMatchObject({ workdays: ['2026-09-20', '2026-10-10'], daysOff: 7 });
    expect(of(2026).find((g) => g.name === '中秋')).toMatchObject({ holidays: ['2026-09-25', '2026-09-26', '2026-09-27'], workdays: [] });
    // 2025: Mid-autumn (6 Oct) falls inside the National Day week
    expect(of(2025).find((g) => g.name.startsWith('国庆节'))).toMatchObject({ name: '国庆节、中秋', daysOff: 8, workdays: ['2025-09-28', '2025-10-11'] });
  });

  it('joins an operator day to the same-named holiday a few days before it', () => {
    const rows = [
      { day: '2026-10-06', kind: 'holiday' as const, name: '国庆节' },
      { day: '2026-10-07', kind: 'holiday' as const, name: '国庆节' },
      { day: '2026-10-09', kind: 'holiday' as const, name: '国庆节' },
      { day: '2026-12-26', kind: 'workday' as const, name: '公司年会' },
    ];
    expect(holidayGroups(rows)).toEqual([
      { year: 2026, name: '国庆节', holidays: ['2026-10-06', '2026-10-07', '2026-10-09'], workdays: [], daysOff: 3 },
      { year: 2026, name: '公司年会', holidays: [], workdays: ['2026-12-26'], daysOff: 0 },
    ]);
  });
});

describe('holiday calendar', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seedOrders: false });
  });
  afterAll(async () => t.close());

  it('is seeded at start and shown to every seller account, sub-accounts included', async () => {
    for (const login of ['demo', 'ops@demoisv']) {
      const res = await (await t.agent(login)).get(`${API}/delivery/holidays?year=2026`);
      expect(res.statusCode).toBe(200);
      const view = res.json<HolidayYear>();
      expect(view.years).toEqual(expect.arrayContaining([2024, 2025, 2026]));
      expect(view.groups.find((g) => g.name === '国庆节')).toEqual({
        name: '国庆节',
        holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
        workdays: ['2026-09-20', '2026-10-10'],
        daysOff: 7,
      });
    }
  });

  it('defaults to the current Beijing year', async () => {
    const res = await (await t.agent('demo')).get(`${API}/delivery/holidays`);
    expect(res.json<HolidayYear>().year).toBe(2026);
  });

  // guide 5.4 "若今日任务在当天的17:30仍未完成，则项目进入超时状态": due times are 17:30 of a working day
  it('lets an operator make a day a holiday, which moves due times', async () => {
    const start = bj('2026-09-30 10:00');
    expect(addWorkingDays(await loadCalendar(t.deps.db), start, 1.5)).toEqual(bj('2026-10-08 17:30'));
    const op = await t.agent('operator');
    const put = await op.put(`${API}/operator/delivery/calendar/2026-10-08`, { kind: 'holiday', name: '国庆节' });
    expect(put.statusCode).toBe(200);
    const me = (await op.get(`${API}/auth/me`)).json<{ displayName: string }>();
    expect(put.json()).toMatchObject({ day: '2026-10-08', kind: 'holiday', name: '国庆节', source: 'operator', updatedBy: me.displayName });
    expect(addWorkingDays(await loadCalendar(t.deps.db), start, 1.5)).toEqual(bj('2026-10-09 17:30'));

    const view = (await op.get(`${API}/operator/delivery/calendar?year=2026`)).json<OperatorCalendar>();
    expect(view.groups.find((g) => g.name === '国庆节')?.daysOff).toBe(8);
    expect(view.days.find((d) => d.day === '2026-10-08')).toMatchObject({ kind: 'holiday', source: 'operator', updatedBy: me.displayName });
    expect(view.days.find((d) => d.day === '2026-10-01')).toMatchObject({ source: 'preset', updatedBy: null });
    expect(view.days.every((d) => d.day.startsWith('2026-'))).toBe(true);

    expect((await op.delete(`${API}/operator/delivery/calendar/2026-10-08`)).statusCode).toBe(204);
    expect(addWorkingDays(await loadCalendar(t.deps.db), start, 1.5)).toEqual(bj('2026-10-08 17:30'));
    expect((await op.delete(`${API}/operator/delivery/calendar/2026-10-08`)).json()).toMatchObject({ code: 'not_found' });
  });

  it('lets an operator turn a preset holiday into a make-up workday', async () => {
    const op = await t.agent('operator');
    expect((await op.put(`${API}/operator/delivery/calendar/2026-10-02`, { kind: 'workday', name: '调休' })).statusCode).toBe(200);
    const due = addWorkingDays(await loadCalendar(t.deps.db), bj('2026-09-30 10:00'), 1.5);
    expect(due).toEqual(bj('2026-10-02 17:30'));
  });

  it('re-seeding keeps operator edits and deletions', async () => {
    const op = await t.agent('operator');
    expect((await op.delete(`${API}/operator/delivery/calendar/2026-10-05`)).statusCode).toBe(204);
    await ensureCalendarSeeded(t.deps);
    const rows = await t.deps.db.select().from(workCalendarDays).where(eq(workCalendarDays.day, '2026-10-02'));
    expect(rows[0]).toMatchObject({ kind: 'workday', source: 'operator' });
    expect(await t.deps.db.select().from(workCalendarDays).where(eq(workCalendarDays.day, '2026-10-05'))).toEqual([]);
  });

  it('refuses calendar edits from sellers', async () => {
    const demo = await t.agent('demo');
    expect((await demo.put(`${API}/operator/delivery/calendar/2026-10-09`, { kind: 'holiday', name: 'x' })).statusCode).toBe(403);
    expect((await demo.delete(`${API}/operator/delivery/calendar/2026-10-01`)).statusCode).toBe(403);
    expect((await demo.get(`${API}/operator/delivery/calendar`)).statusCode).toBe(403);
  });

  it('refuses a day that is not a real date', async () => {
    const op = await t.agent('operator');
    for (const day of ['2026-02-30', '2026-13-01', '20261001', 'tomorrow']) {
      const res = await op.put(`${API}/operator/delivery/calendar/${day}`, { kind: 'holiday', name: '节日' });
      expect(res.statusCode, day).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed' });
    }
    const res = await op.put(`${API}/operator/delivery/calendar/2026-10-09`, { kind: 'vacation', name: '节日' });
    expect(res.json()).toMatchObject({ code: 'validation_failed' });
  });
});
