import type { DayTaskCounts, EmployeeWorkbench, RankingEntry } from '@cloudmart/contracts';
import { and, asc, count, countDistinct, desc, eq, exists, gt, gte, inArray, isNotNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import { users } from '../../accounts/index.js';
import { products } from '../../catalog/index.js';
import { reviews } from '../../reviews/index.js';
import { avatarUrl } from '../staff/index.js';
import { dayRange, monthIndexIn, monthRange, type Range } from '../calendar/index.js';
import { deliveryAssignments, deliveryDepartments, deliveryEmployees, deliveryProjects, deliveryTasks } from '../delivery.tables.js';
import { workbenchProductIds } from './workbench-products.service.js';
import { groupBy, nodeNamesOf, percentOf, round1, toWorkbenchReview, workbenchReviewColumns } from './workbench-figures.js';
import { HOUR } from '../../../platform/clock.js';

/*
 * 我的工作台 (guide 5.5.5): the caller's own figures. "Operated" = the caller holds or held an
 * assignment on the project in its current run (a provider change starts a new run, and the
 * project then belongs to the new provider's people).
 */

const TOP = 5;
const PRODUCT_TABS = 50;

interface Me {
  userId: string;
  sellerId: string;
}

const within = (col: PgColumn, r: Range) => and(gte(col, r.start), lt(col, r.end));

/** The caller operated the project (in its current run). */
function operatedBy(db: Db, userId: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(deliveryAssignments)
      .where(
        and(eq(deliveryAssignments.projectId, deliveryProjects.id), eq(deliveryAssignments.run, deliveryProjects.run), eq(deliveryAssignments.userId, userId)),
      ),
  );
}

async function profile(db: Db, me: Me): Promise<EmployeeWorkbench['me']> {
  const [row] = await db
    .select({
      userId: deliveryEmployees.userId,
      displayName: users.displayName,
      departmentName: deliveryDepartments.name,
      avatarFileId: deliveryEmployees.avatarFileId,
    })
    .from(deliveryEmployees)
    .innerJoin(users, eq(users.id, deliveryEmployees.userId))
    .leftJoin(deliveryDepartments, eq(deliveryDepartments.id, deliveryEmployees.departmentId))
    .where(and(eq(deliveryEmployees.userId, me.userId), eq(deliveryEmployees.providerSellerId, me.sellerId)));
  if (!row) throw notFound('employee profile');
  return { ...row, avatarUrl: row.avatarFileId ? avatarUrl(row.avatarFileId) : null };
}

interface DayTask {
  productId: string;
  productName: string;
  templateId: string;
  nodeId: string;
  status: string;
  attempt: number;
  enteredAt: Date;
  dueAt: Date | null;
  doneAt: Date | null;
}

const inDay = (at: Date | null, day: Range) => at !== null && at >= day.start && at < day.end;

/** One task's part in the day's counts (see dayTaskCountsSchema). */
export function dayCounts(tasks: readonly DayTask[], day: Range): DayTaskCounts {
  const c = { due: 0, done: 0, rejected: 0, pending: 0 };
  for (const x of tasks) {
    const due = inDay(x.dueAt, day);
    if (due) c.due++;
    if (due && (x.status === 'open' || x.status === 'waiting')) c.pending++;
    if (x.status === 'done' && inDay(x.doneAt, day)) c.done++;
    if (x.attempt > 1 && inDay(x.enteredAt, day)) c.rejected++;
  }
  return c;
}

async function dayTasks(db: Db, me: Me, day: Range): Promise<DayTask[]> {
  const t = deliveryTasks;
  return db
    .select({
      productId: deliveryProjects.productId,
      productName: deliveryProjects.productName,
      templateId: deliveryProjects.templateId,
      nodeId: t.nodeId,
      status: t.status,
      attempt: t.attempt,
      enteredAt: t.enteredAt,
      dueAt: t.dueAt,
      doneAt: t.doneAt,
    })
    .from(t)
    .innerJoin(deliveryProjects, eq(deliveryProjects.id, t.projectId))
    .where(
      and(
        eq(t.assigneeId, me.userId),
        eq(t.side, 'provider'),
        or(within(t.dueAt, day), within(t.doneAt, day), and(gt(t.attempt, 1), within(t.enteredAt, day))),
      ),
    );
}

/**
 * 产品页签: the products the provider configured for the workbench (guide 5.4.10), in its order,
 * else every product the caller has tasks for.
 */
async function productTabs(db: Db, me: Me, tasks: readonly DayTask[], day: Range): Promise<EmployeeWorkbench['products']> {
  const byProduct = groupBy(tasks, (x) => x.productId);
  const configured = await workbenchProductIds(db, me.sellerId);
  if (configured.length) {
    const named = await db.select({ id: products.id, name: products.name }).from(products).where(inArray(products.id, configured));
    const names = new Map(named.map((r) => [r.id, r.name]));
    return configured.map((productId) => ({ productId, productName: names.get(productId) ?? productId, ...dayCounts(byProduct.get(productId) ?? [], day) }));
  }
  const products_ = await db
    .select({ productId: deliveryProjects.productId, productName: sql<string>`min(${deliveryProjects.productName})` })
    .from(deliveryTasks)
    .innerJoin(deliveryProjects, eq(deliveryProjects.id, deliveryTasks.projectId))
    .where(and(eq(deliveryTasks.assigneeId, me.userId), eq(deliveryTasks.side, 'provider')))
    .groupBy(deliveryProjects.productId)
    .orderBy(asc(deliveryProjects.productId))
    .limit(PRODUCT_TABS);
  return products_.map((p) => ({ ...p, ...dayCounts(byProduct.get(p.productId) ?? [], day) }));
}

async function nodeRows(db: Db, tasks: readonly DayTask[], day: Range): Promise<EmployeeWorkbench['nodes']> {
  const names = await nodeNamesOf(
    db,
    tasks.map((x) => x.templateId),
  );
  const named = tasks.map((x) => ({ ...x, nodeName: names.get(`${x.templateId}:${x.nodeId}`) ?? x.nodeId }));
  return [...groupBy(named, (x) => `${x.nodeId}\u0000${x.nodeName}`).values()].flatMap((rows) => {
    const first = rows[0];
    return first ? [{ nodeId: first.nodeId, nodeName: first.nodeName, ...dayCounts(rows, day) }] : [];
  });
}

/** Completed projects of the caller's provider that the caller operated, completed in `r`. */
async function deliveredIn(db: Db, me: Me, r: Range): Promise<{ createdAt: Date; completedAt: Date | null }[]> {
  return db
    .select({ createdAt: deliveryProjects.createdAt, completedAt: deliveryProjects.completedAt })
    .from(deliveryProjects)
    .where(
      and(
        eq(deliveryProjects.providerSellerId, me.sellerId),
        eq(deliveryProjects.status, 'completed'),
        gte(deliveryProjects.completedAt, r.start),
        lt(deliveryProjects.completedAt, r.end),
        operatedBy(db, me.userId),
      ),
    );
}

async function monthFigures(db: Db, me: Me, date: string): Promise<EmployeeWorkbench['month']> {
  const month = monthRange(date);
  const done = await deliveredIn(db, me, month);
  const hours = done.flatMap((p) => (p.completedAt ? [(p.completedAt.getTime() - p.createdAt.getTime()) / HOUR] : []));
  const [good] = await db
    .select({ n: count() })
    .from(reviews)
    .innerJoin(deliveryProjects, eq(deliveryProjects.orderId, reviews.orderId))
    .where(
      and(
        eq(deliveryProjects.providerSellerId, me.sellerId),
        operatedBy(db, me.userId),
        eq(reviews.isDefault, false),
        eq(reviews.quality, 5),
        eq(reviews.attitude, 5),
        eq(reviews.speed, 5),
        gte(reviews.createdAt, month.start),
        lt(reviews.createdAt, month.end),
      ),
    );
  const [timely] = await db
    .select({ withDue: count(), onTime: sql<number>`count(*) filter (where ${deliveryTasks.doneAt} <= ${deliveryTasks.dueAt})`.mapWith(Number) })
    .from(deliveryTasks)
    .where(
      and(
        eq(deliveryTasks.assigneeId, me.userId),
        eq(deliveryTasks.side, 'provider'),
        eq(deliveryTasks.status, 'done'),
        isNotNull(deliveryTasks.dueAt),
        gte(deliveryTasks.doneAt, month.start),
        lt(deliveryTasks.doneAt, month.end),
      ),
    );
  return {
    month: month.month,
    delivered: done.length,
    goodReviews: good?.n ?? 0,
    averageDeliveryHours: hours.length ? round1(hours.reduce((s, h) => s + h, 0) / hours.length) : null,
    onTimeRate: percentOf(timely?.onTime ?? 0, timely?.withDue ?? 0),
  };
}

async function yearFigures(db: Db, me: Me, date: string): Promise<EmployeeWorkbench['year']> {
  const year = Number(date.slice(0, 4));
  const rows = await deliveredIn(db, me, { start: monthRange(`${year}-01-01`).start, end: monthRange(`${year}-12-01`).end });
  const monthly = Array.from({ length: 12 }, () => 0);
  for (const r of rows) {
    const i = r.completedAt ? monthIndexIn(year, r.completedAt) : -1;
    if (i >= 0) monthly[i] = (monthly[i] ?? 0) + 1;
  }
  const [all] = await db
    .select({ n: count() })
    .from(deliveryProjects)
    .where(and(eq(deliveryProjects.providerSellerId, me.sellerId), eq(deliveryProjects.status, 'completed'), operatedBy(db, me.userId)));
  return { year, monthly, total: rows.length, allTime: all?.n ?? 0 };
}

/** Places with ties: everyone with the same count shares the place after those with more. */
export function rank(rows: readonly { userId: string; displayName: string; delivered: number }[]): RankingEntry[] {
  const sorted = [...rows].sort((a, b) => b.delivered - a.delivered || a.displayName.localeCompare(b.displayName) || a.userId.localeCompare(b.userId));
  return sorted.map((r) => ({ ...r, place: 1 + sorted.filter((o) => o.delivered > r.delivered).length }));
}

async function ranking(db: Db, me: Me, date: string): Promise<EmployeeWorkbench['ranking']> {
  const month = monthRange(date);
  const staff = await db
    .select({ userId: deliveryEmployees.userId, displayName: users.displayName })
    .from(deliveryEmployees)
    .innerJoin(users, eq(users.id, deliveryEmployees.userId))
    .where(and(eq(deliveryEmployees.providerSellerId, me.sellerId), ne(users.status, 'deleted')));
  const counts = await db
    .select({ userId: deliveryAssignments.userId, n: countDistinct(deliveryProjects.id) })
    .from(deliveryAssignments)
    .innerJoin(deliveryProjects, and(eq(deliveryProjects.id, deliveryAssignments.projectId), eq(deliveryProjects.run, deliveryAssignments.run)))
    .where(
      and(
        eq(deliveryProjects.providerSellerId, me.sellerId),
        eq(deliveryProjects.status, 'completed'),
        gte(deliveryProjects.completedAt, month.start),
        lt(deliveryProjects.completedAt, month.end),
      ),
    )
    .groupBy(deliveryAssignments.userId);
  const byUser = new Map(counts.map((c) => [c.userId, Number(c.n)]));
  const ranked = rank(staff.map((s) => ({ ...s, delivered: byUser.get(s.userId) ?? 0 })));
  const mine = ranked.find((r) => r.userId === me.userId);
  return { month: month.month, place: mine?.place ?? ranked.length, of: ranked.length, top: ranked.slice(0, TOP) };
}

async function lastReviews(db: Db, me: Me): Promise<EmployeeWorkbench['reviews']> {
  const rows = await db
    .select(workbenchReviewColumns)
    .from(reviews)
    .innerJoin(deliveryProjects, eq(deliveryProjects.orderId, reviews.orderId))
    .where(and(eq(deliveryProjects.providerSellerId, me.sellerId), operatedBy(db, me.userId), eq(reviews.isDefault, false)))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(4);
  return rows.map(toWorkbenchReview);
}

export interface EmployeeWorkbenchInput {
  userId: string;
  sellerId: string;
  date: string;
  productId: string | null;
  /** YYYY-MM of the monthly figures and of the ranking (each area switches on its own); default: the date's */
  month?: string | undefined;
  rankingMonth?: string | undefined;
}

export async function employeeWorkbench(db: Db, q: EmployeeWorkbenchInput): Promise<EmployeeWorkbench> {
  const me: Me = { userId: q.userId, sellerId: q.sellerId };
  const who = await profile(db, me);
  const day = dayRange(q.date);
  const all = await dayTasks(db, me, day);
  const chosen = q.productId ? all.filter((x) => x.productId === q.productId) : all;
  return {
    date: q.date,
    productId: q.productId,
    me: who,
    tasks: dayCounts(chosen, day),
    nodes: await nodeRows(db, chosen, day),
    products: await productTabs(db, me, all, day),
    month: await monthFigures(db, me, q.month ? `${q.month}-01` : q.date),
    year: await yearFigures(db, me, q.date),
    ranking: await ranking(db, me, q.rankingMonth ? `${q.rankingMonth}-01` : q.date),
    reviews: await lastReviews(db, me),
  };
}
