import type { CalendarDay, CalendarDayBody, HolidayGroup, HolidayYear, OperatorCalendar } from '@cloudmart/contracts';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import type { Deps } from '../../../platform/module.js';
import { DomainError } from '../../../platform/errors.js';
import { users } from '../../accounts/index.js';
import { workCalendarDays } from '../delivery.tables.js';
import { beijingDay, calendarFromDays, type CalendarExceptions } from './work-calendar.js';
import { DAY } from '../../../platform/clock.js';

type DayKind = 'holiday' | 'workday';
interface DayRow {
  day: string;
  kind: DayKind;
  name: string;
}

/**
 * The holidays and make-up workdays every timeout is counted on. Read whole on each call (a
 * few hundred rows) rather than cached, so an operator's edit applies to the next due time
 * computed on any process.
 */
export async function loadCalendar(db: Db): Promise<CalendarExceptions> {
  return calendarFromDays(await db.select({ day: workCalendarDays.day, kind: workCalendarDays.kind }).from(workCalendarDays));
}

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY;
/** Same-named holidays this close together are one holiday (an operator adding a day after it). */
const SAME_NAME_GAP_DAYS = 7;
/** A make-up workday belongs to the same-named holiday at most this far away. */
const WORKDAY_REACH_DAYS = 45;

interface Group {
  names: Map<string, number>;
  holidays: string[];
  workdays: string[];
}

function groupName(g: Group, fallback: string): string {
  const names = [...g.names].sort((a, b) => b[1] - a[1]).map(([n]) => n);
  return names.length ? names.join('、') : fallback;
}

function distance(g: Group, day: string): number {
  const first = g.holidays[0];
  const last = g.holidays[g.holidays.length - 1];
  if (!first || !last) return Infinity;
  const d = dayNumber(day);
  return Math.max(0, dayNumber(first) - d, d - dayNumber(last));
}

/**
 * The holiday view (节假日, 放假日期, 调休上班日期, 放假天数) from calendar rows: a run of
 * consecutive holidays is one holiday even under two names (2025: 国庆节 with 中秋 inside it);
 * each make-up workday joins the nearest holiday of its name. A group belongs to the year of its
 * last day off (a New Year holiday starting on 30 December is next year's).
 */
export function holidayGroups(rows: readonly DayRow[]): Array<HolidayGroup & { year: number }> {
  const sorted = [...rows].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const groups: Group[] = [];
  let current: Group | undefined;
  let lastName = '';
  for (const r of sorted) {
    if (r.kind !== 'holiday') continue;
    const prev = current?.holidays[current.holidays.length - 1];
    const gap = prev ? dayNumber(r.day) - dayNumber(prev) : Infinity;
    if (!current || !(gap <= 1 || (r.name === lastName && gap <= SAME_NAME_GAP_DAYS))) {
      current = { names: new Map(), holidays: [], workdays: [] };
      groups.push(current);
    }
    current.holidays.push(r.day);
    current.names.set(r.name, (current.names.get(r.name) ?? 0) + 1);
    lastName = r.name;
  }
  const loose = new Map<string, Group>();
  for (const r of sorted) {
    if (r.kind !== 'workday') continue;
    let best: Group | undefined;
    for (const g of groups) {
      if (!g.names.has(r.name) || distance(g, r.day) > WORKDAY_REACH_DAYS) continue;
      if (!best || distance(g, r.day) < distance(best, r.day)) best = g;
    }
    if (!best) {
      // a make-up workday with no holiday of its name nearby still shows, on its own row
      const key = `${r.day.slice(0, 4)}|${r.name}`;
      best = loose.get(key) ?? { names: new Map(), holidays: [], workdays: [] };
      if (!loose.has(key)) loose.set(key, best);
      best.names.set(r.name, 0);
    }
    best.workdays.push(r.day);
  }
  return [...groups, ...loose.values()]
    .map((g) => {
      const anchor = g.holidays[g.holidays.length - 1] ?? g.workdays[0] ?? '';
      return { year: Number(anchor.slice(0, 4)), name: groupName(g, ''), holidays: g.holidays, workdays: g.workdays, daysOff: g.holidays.length };
    })
    .sort((a, b) => ((a.holidays[0] ?? a.workdays[0] ?? '') < (b.holidays[0] ?? b.workdays[0] ?? '') ? -1 : 1));
}

const storedDay = {
  day: workCalendarDays.day,
  kind: workCalendarDays.kind,
  name: workCalendarDays.name,
  source: workCalendarDays.source,
  updatedAt: workCalendarDays.updatedAt,
  updatedBy: users.displayName,
};

async function allDays(db: Db) {
  return db.select(storedDay).from(workCalendarDays).leftJoin(users, eq(users.id, workCalendarDays.updatedBy)).orderBy(asc(workCalendarDays.day));
}

type StoredDay = Awaited<ReturnType<typeof allDays>>[number];
const toDay = (r: StoredDay): CalendarDay => ({ ...r, updatedAt: r.updatedAt.toISOString() });

function yearView(rows: readonly StoredDay[], year: number): HolidayYear {
  const years = [...new Set(rows.map((r) => Number(r.day.slice(0, 4))))].sort((a, b) => a - b);
  const groups = holidayGroups(rows)
    .filter((g) => g.year === year)
    .map(({ name, holidays, workdays, daysOff }) => ({ name, holidays, workdays, daysOff }));
  return { year, years, groups };
}

const yearOrCurrent = (deps: Pick<Deps, 'clock'>, year: number | undefined): number => year ?? Number(beijingDay(deps.clock.now()).slice(0, 4));

/** The read-only holiday view vendors and providers see (节假日设置). */
export async function holidayYear(deps: Pick<Deps, 'db' | 'clock'>, year?: number): Promise<HolidayYear> {
  return yearView(await allDays(deps.db), yearOrCurrent(deps, year));
}

/** The operator's view: the grouped holidays plus every stored day of the year, to edit. */
export async function operatorCalendar(deps: Pick<Deps, 'db' | 'clock'>, year?: number): Promise<OperatorCalendar> {
  const y = yearOrCurrent(deps, year);
  const rows = await allDays(deps.db);
  return { ...yearView(rows, y), days: rows.filter((r) => r.day.startsWith(`${y}-`)).map(toDay) };
}

/** Make one day a holiday or a make-up workday. Replaces a preset day; it then stays the operator's. */
export async function setCalendarDay(deps: Pick<Deps, 'db' | 'clock'>, day: string, body: CalendarDayBody, operatorId: string): Promise<CalendarDay> {
  const values = { kind: body.kind, name: body.name, source: 'operator' as const, updatedAt: deps.clock.now(), updatedBy: operatorId };
  await deps.db
    .insert(workCalendarDays)
    .values({ day, ...values })
    .onConflictDoUpdate({ target: workCalendarDays.day, set: values });
  const [row] = await deps.db
    .select(storedDay)
    .from(workCalendarDays)
    .leftJoin(users, eq(users.id, workCalendarDays.updatedBy))
    .where(eq(workCalendarDays.day, day));
  if (!row) throw new DomainError('conflict', 'calendar day not saved');
  return toDay(row);
}

/** Remove a stored day: it falls back to the plain rule (Monday–Friday work, weekends off). */
export async function deleteCalendarDay(deps: Pick<Deps, 'db'>, day: string): Promise<void> {
  const gone = await deps.db.delete(workCalendarDays).where(eq(workCalendarDays.day, day)).returning({ day: workCalendarDays.day });
  if (gone.length === 0) throw new DomainError('not_found', `no calendar entry for ${day}`);
}
