import type { DepartmentTaskFigures, ProviderWorkbench, TaskFigures, WorkbenchProjectLink } from '@cloudmart/contracts';
import { and, asc, count, desc, eq, exists, gt, gte, inArray, isNotNull, lt, lte, ne, not, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import { users } from '../../accounts/index.js';
import { reviews } from '../../reviews/index.js';
import { dayRange, monthRange, shiftDay } from '../calendar/index.js';
import { deliveryAssignments, deliveryDepartments, deliveryEmployees, deliveryLeaves, deliveryProjects, deliveryTasks } from '../delivery.tables.js';
import { departmentBranch } from '../staff/index.js';
import { employeeLoads } from '../engine/index.js';
import { groupBy, nodeNamesOf, percentOf, toWorkbenchReview, workbenchReviewColumns } from './workbench-figures.js';

/*
 * 管理工作台 (guide 5.4.9): one provider's figures for one Beijing date. Every query is
 * filtered by the provider (delivery_projects.provider_seller_id = the caller's seller); tasks
 * count for the project's current run only, so a provider that handed a project over stops
 * counting it and the new one does not inherit the old run.
 */

const LIST_LIMIT = 10;

const ofProvider = (sellerId: string) => eq(deliveryProjects.providerSellerId, sellerId);
const n = (cond: SQL | undefined) => sql<number>`count(*) filter (where ${cond ?? sql`true`})`.mapWith(Number);

interface DueTask {
  status: string;
  dueAt: Date | null;
  doneAt: Date | null;
  departmentId: string | null;
}

/** due / done / rate / early over a set of tasks due on the day. */
export function taskFigures(tasks: readonly DueTask[]): TaskFigures {
  const done = tasks.filter((x) => x.status === 'done');
  const doneEarly = done.filter((x) => x.doneAt !== null && x.dueAt !== null && x.doneAt < x.dueAt).length;
  return { due: tasks.length, done: done.length, completionRate: percentOf(done.length, tasks.length), doneEarly };
}

async function departmentNames(db: Db, sellerId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: deliveryDepartments.id, name: deliveryDepartments.name })
    .from(deliveryDepartments)
    .where(eq(deliveryDepartments.providerSellerId, sellerId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function dueTasks(db: Db, sellerId: string, date: string, branch: readonly string[] | null): Promise<DueTask[]> {
  const day = dayRange(date);
  return db
    .select({ status: deliveryTasks.status, dueAt: deliveryTasks.dueAt, doneAt: deliveryTasks.doneAt, departmentId: deliveryEmployees.departmentId })
    .from(deliveryTasks)
    .innerJoin(deliveryProjects, and(eq(deliveryProjects.id, deliveryTasks.projectId), eq(deliveryProjects.run, deliveryTasks.run)))
    .leftJoin(deliveryEmployees, eq(deliveryEmployees.userId, deliveryTasks.assigneeId))
    .where(
      and(
        ofProvider(sellerId),
        eq(deliveryTasks.side, 'provider'),
        ne(deliveryTasks.status, 'cancelled'),
        gte(deliveryTasks.dueAt, day.start),
        lt(deliveryTasks.dueAt, day.end),
        branch ? inArray(deliveryEmployees.departmentId, [...branch]) : undefined,
      ),
    );
}

function perDepartment(tasks: readonly DueTask[], names: ReadonlyMap<string, string>): DepartmentTaskFigures[] {
  return [...groupBy(tasks, (x) => x.departmentId).entries()]
    .map(([departmentId, rows]) => ({ departmentId, departmentName: departmentId ? (names.get(departmentId) ?? null) : null, ...taskFigures(rows) }))
    .sort((a, b) => b.due - a.due || (a.departmentName ?? '\uffff').localeCompare(b.departmentName ?? '\uffff'));
}

async function delivered(db: Db, sellerId: string, date: string): Promise<ProviderWorkbench['delivered']> {
  const today = dayRange(date);
  const yesterday = dayRange(shiftDay(date, -1));
  const month = monthRange(date);
  const lastMonth = monthRange(date, -1);
  const at = deliveryProjects.completedAt;
  const within = (r: { start: Date; end: Date }) => and(gte(at, r.start), lt(at, r.end));
  const [row] = await db
    .select({ today: n(within(today)), yesterday: n(within(yesterday)), thisMonth: n(within(month)), lastMonth: n(within(lastMonth)) })
    .from(deliveryProjects)
    .where(and(ofProvider(sellerId), eq(deliveryProjects.status, 'completed'), gte(at, lastMonth.start)));
  return row ?? { today: 0, yesterday: 0, thisMonth: 0, lastMonth: 0 };
}

/** Waiting tasks at an assign node (the assign-provider node has no role; an assign node always has one). */
async function unassigned(db: Db, sellerId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(deliveryTasks)
    .innerJoin(deliveryProjects, eq(deliveryProjects.id, deliveryTasks.projectId))
    .where(and(ofProvider(sellerId), eq(deliveryTasks.status, 'waiting'), eq(deliveryTasks.side, 'system'), isNotNull(deliveryTasks.role)));
  return row?.n ?? 0;
}

async function capacity(db: Db, sellerId: string, now: Date): Promise<ProviderWorkbench['capacity']> {
  const onLeave = exists(
    db
      .select({ one: sql`1` })
      .from(deliveryLeaves)
      .where(and(eq(deliveryLeaves.userId, deliveryEmployees.userId), lte(deliveryLeaves.startsAt, now), gt(deliveryLeaves.endsAt, now))),
  );
  const taking = await db
    .select({ userId: deliveryEmployees.userId, maxOpen: deliveryEmployees.maxOpen })
    .from(deliveryEmployees)
    .innerJoin(users, eq(users.id, deliveryEmployees.userId))
    .where(and(eq(deliveryEmployees.providerSellerId, sellerId), ne(users.status, 'deleted'), eq(deliveryEmployees.accepting, true), not(onLeave)));
  const loads = await employeeLoads(
    db,
    taking.map((e) => e.userId),
  );
  const total = taking.reduce((s, e) => s + e.maxOpen, 0);
  const open = [...loads.values()].reduce((s, v) => s + v, 0);
  return { employees: taking.length, total, open, remaining: Math.max(0, total - open) };
}

/**
 * 被驳回项目 (guide 5.4.9): "进行中的项目在任一节点被客户侧驳回过，该项目则被认为是被驳回项目" — a project still in
 * progress (running or paused) with a rejection by the customer in its current run; a provider-side
 * reviewer's rejection or a finished project does not count. The share is of all the provider's
 * projects ("被驳回项目占总项目数的百分比").
 */
async function rejected(db: Db, sellerId: string, names: ReadonlyMap<string, string>): Promise<ProviderWorkbench['rejected']> {
  const [all] = await db.select({ n: count() }).from(deliveryProjects).where(ofProvider(sellerId));
  const rows = await db
    .select({ projectId: deliveryTasks.projectId, assigneeId: deliveryTasks.assigneeId })
    .from(deliveryTasks)
    .innerJoin(deliveryProjects, and(eq(deliveryProjects.id, deliveryTasks.projectId), eq(deliveryProjects.run, deliveryTasks.run)))
    .where(
      and(
        ofProvider(sellerId),
        inArray(deliveryProjects.status, ['running', 'paused']),
        eq(deliveryTasks.side, 'customer'),
        eq(deliveryTasks.status, 'rejected'),
      ),
    )
    .orderBy(asc(deliveryTasks.doneAt), asc(deliveryTasks.id));
  // the latest rejection of each project decides whose department it counts for
  const latest = new Map(rows.map((r) => [r.projectId, r.assigneeId]));
  const staff = await db
    .select({ userId: deliveryEmployees.userId, departmentId: deliveryEmployees.departmentId })
    .from(deliveryEmployees)
    .where(eq(deliveryEmployees.providerSellerId, sellerId));
  const departmentOf = new Map(staff.map((s) => [s.userId, s.departmentId]));
  const operators = new Map<string, string>();
  if (latest.size) {
    const assigned = await db
      .select({ projectId: deliveryAssignments.projectId, userId: deliveryAssignments.userId })
      .from(deliveryAssignments)
      .where(inArray(deliveryAssignments.projectId, [...latest.keys()]))
      .orderBy(asc(deliveryAssignments.assignedAt), asc(deliveryAssignments.id));
    for (const a of assigned) operators.set(a.projectId, a.userId);
  }
  const perDept = new Map<string | null, number>();
  for (const [projectId, assigneeId] of latest) {
    const who = assigneeId && departmentOf.has(assigneeId) ? assigneeId : operators.get(projectId);
    const dept = who ? (departmentOf.get(who) ?? null) : null;
    perDept.set(dept, (perDept.get(dept) ?? 0) + 1);
  }
  const total = all?.n ?? 0;
  return {
    projects: latest.size,
    total,
    percent: percentOf(latest.size, total),
    perDepartment: [...perDept.entries()]
      .map(([departmentId, projects]) => ({ departmentId, departmentName: departmentId ? (names.get(departmentId) ?? null) : null, projects }))
      .sort((a, b) => b.projects - a.projects || (a.departmentName ?? '\uffff').localeCompare(b.departmentName ?? '\uffff')),
  };
}

const linkColumns = {
  id: deliveryProjects.id,
  orderNo: deliveryProjects.orderNo,
  productName: deliveryProjects.productName,
  currentNodeId: deliveryProjects.currentNodeId,
  templateId: deliveryProjects.templateId,
};

async function projectLinks(db: Db, kind: 'overdue' | 'paused', sellerId: string): Promise<{ total: number; items: WorkbenchProjectLink[] }> {
  const where =
    kind === 'overdue'
      ? and(ofProvider(sellerId), eq(deliveryProjects.status, 'running'), eq(deliveryProjects.overdue, true))
      : and(ofProvider(sellerId), eq(deliveryProjects.status, 'paused'));
  const [counted] = await db.select({ n: count() }).from(deliveryProjects).where(where);
  const since =
    kind === 'overdue' ? sql<Date | null>`coalesce(${deliveryTasks.overdueAt}, ${deliveryTasks.dueAt})` : sql<Date | null>`${deliveryProjects.pausedAt}`;
  const rows = await db
    .select({ ...linkColumns, since: since.mapWith(deliveryTasks.dueAt) })
    .from(deliveryProjects)
    .leftJoin(deliveryTasks, and(eq(deliveryTasks.projectId, deliveryProjects.id), inArray(deliveryTasks.status, ['waiting', 'open'])))
    .where(where)
    .orderBy(sql`${since} asc nulls last`, asc(deliveryProjects.id))
    .limit(LIST_LIMIT);
  const nodeNames = await nodeNamesOf(
    db,
    rows.map((r) => r.templateId),
  );
  return {
    total: counted?.n ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      orderNo: r.orderNo,
      productName: r.productName,
      currentNodeId: r.currentNodeId,
      currentNodeName: r.currentNodeId ? (nodeNames.get(`${r.templateId}:${r.currentNodeId}`) ?? null) : null,
      since: r.since ? r.since.toISOString() : null,
    })),
  };
}

async function badReviews(db: Db, sellerId: string): Promise<ProviderWorkbench['badReviews']> {
  const where = and(ofProvider(sellerId), eq(reviews.isDefault, false), sql`${reviews.quality} + ${reviews.attitude} + ${reviews.speed} < 15`);
  const [counted] = await db.select({ n: count() }).from(reviews).innerJoin(deliveryProjects, eq(deliveryProjects.orderId, reviews.orderId)).where(where);
  const rows = await db
    .select(workbenchReviewColumns)
    .from(reviews)
    .innerJoin(deliveryProjects, eq(deliveryProjects.orderId, reviews.orderId))
    .where(where)
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(LIST_LIMIT);
  return { total: counted?.n ?? 0, items: rows.map(toWorkbenchReview) };
}

export interface ProviderWorkbenchInput {
  sellerId: string;
  date: string;
  departmentId: string | null;
  now: Date;
}

export async function providerWorkbench(db: Db, q: ProviderWorkbenchInput): Promise<ProviderWorkbench> {
  const names = await departmentNames(db, q.sellerId);
  if (q.departmentId && !names.has(q.departmentId)) throw notFound('department');
  const branch = q.departmentId ? await departmentBranch(db, q.sellerId, q.departmentId) : null;
  const tasks = await dueTasks(db, q.sellerId, q.date, branch);
  return {
    date: q.date,
    departmentId: q.departmentId,
    tasks: taskFigures(tasks),
    perDepartment: perDepartment(tasks, names),
    delivered: await delivered(db, q.sellerId, q.date),
    unassigned: await unassigned(db, q.sellerId),
    capacity: await capacity(db, q.sellerId, q.now),
    rejected: await rejected(db, q.sellerId, names),
    overdue: await projectLinks(db, 'overdue', q.sellerId),
    paused: await projectLinks(db, 'paused', q.sellerId),
    badReviews: await badReviews(db, q.sellerId),
  };
}
