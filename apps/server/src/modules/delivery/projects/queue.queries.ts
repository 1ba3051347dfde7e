import { and, asc, count, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { rowsOf } from '../../../platform/scheduler.js';
import { users } from '../../accounts/index.js';
import { deliveryProjects, deliveryTasks } from '../delivery.tables.js';
import { canWorkNow, liveLoadJoin } from '../engine/index.js';

/*
 * The read side of 排队情况. Both lists take the rows their sweep takes, in the sweep's
 * order (delivery.jobs.ts drainProviderQueue / drainAssignQueue), narrowed to one seller:
 * what the vendor or provider sees here is exactly what the next retry will try, in turn.
 */

const p = deliveryProjects;
const tk = deliveryTasks;

/** Projects of the vendor's products queued for a provider. */
export const queuedWhere = (vendorSellerId: string): SQL | undefined => and(eq(p.vendorSellerId, vendorSellerId), eq(p.status, 'queued'));

/** The provider's assign-order tasks waiting for an employee (running projects: the sweep skips paused ones). */
export const waitingWhere = (providerSellerId: string): SQL | undefined =>
  and(eq(tk.status, 'waiting'), isNotNull(tk.role), eq(p.status, 'running'), eq(p.providerSellerId, providerSellerId));

export const queuedOrder = [asc(p.queuedAt), asc(p.id)];
export const waitingOrder = [asc(tk.enteredAt), asc(p.createdAt), asc(tk.id)];

export async function countQueued(db: Db, vendorSellerId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(p).where(queuedWhere(vendorSellerId));
  return Number(r?.n ?? 0);
}

/**
 * One page of queued projects, oldest first, with each one's place in its product's queue.
 * The window runs over every queued row of the vendor before LIMIT applies, so the place
 * is the same on every page.
 */
export async function queuedProjectRows(db: Db, vendorSellerId: string, limit: number, offset: number) {
  return db
    .select({
      id: p.id,
      orderNo: p.orderNo,
      productId: p.productId,
      productName: p.productName,
      queuedAt: p.queuedAt,
      createdAt: p.createdAt,
      customerId: p.buyerId,
      customerUid: users.uid,
      customerName: users.displayName,
      place: sql<number>`row_number() over (partition by ${p.productId} order by ${p.queuedAt} asc, ${p.id} asc)`.mapWith(Number),
    })
    .from(p)
    .leftJoin(users, eq(users.id, p.buyerId))
    .where(queuedWhere(vendorSellerId))
    .orderBy(...queuedOrder)
    .limit(limit)
    .offset(offset);
}

/** Products with queued projects and how many each, most queued first (at most `limit`). */
export async function queuedProducts(db: Db, vendorSellerId: string, limit: number) {
  return db
    .select({ productId: p.productId, productName: sql<string>`max(${p.productName})`, queued: count() })
    .from(p)
    .where(queuedWhere(vendorSellerId))
    .groupBy(p.productId)
    .orderBy(desc(count()), asc(p.productId))
    .limit(limit);
}

export async function countWaiting(db: Db, providerSellerId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(tk).innerJoin(p, eq(p.id, tk.projectId)).where(waitingWhere(providerSellerId));
  return Number(r?.n ?? 0);
}

/** One page of waiting tasks, oldest first. */
export async function waitingTaskRows(db: Db, providerSellerId: string, limit: number, offset: number) {
  return db
    .select({
      taskId: tk.id,
      projectId: p.id,
      orderNo: p.orderNo,
      productName: p.productName,
      templateId: p.templateId,
      nodeId: tk.nodeId,
      role: tk.role,
      enteredAt: tk.enteredAt,
    })
    .from(tk)
    .innerJoin(p, eq(p.id, tk.projectId))
    .where(waitingWhere(providerSellerId))
    .orderBy(...waitingOrder)
    .limit(limit)
    .offset(offset);
}

/** Waiting tasks per role (every page). */
export async function waitingByRole(db: Db, providerSellerId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ role: tk.role, n: count() })
    .from(tk)
    .innerJoin(p, eq(p.id, tk.projectId))
    .where(waitingWhere(providerSellerId))
    .groupBy(tk.role);
  return new Map(rows.flatMap((r) => (r.role ? [[r.role, Number(r.n)] as const] : [])));
}

/** Per role, the provider's employees holding it and those who may be given work now (the assigner's own rule). */
export async function employeesByRole(
  db: Db,
  providerSellerId: string,
  roles: readonly string[],
  now: Date,
): Promise<Map<string, { employees: number; available: number }>> {
  if (roles.length === 0) return new Map();
  const result = await db.execute(sql`select r.role as "role", count(*)::int as "employees",
      (count(*) filter (where ${canWorkNow(now)}))::int as "available"
    from delivery_employees e
    cross join lateral jsonb_array_elements_text(e.roles) as r(role)
    ${liveLoadJoin}
    where e.provider_seller_id = ${providerSellerId}
      and r.role in (${sql.join(
        roles.map((r) => sql`${r}`),
        sql`, `,
      )})
    group by r.role`);
  return new Map(
    rowsOf<{ role: string; employees: number; available: number }>(result).map((r) => [
      r.role,
      { employees: Number(r.employees), available: Number(r.available) },
    ]),
  );
}

/** Ids of the vendor's queued projects in sweep order (for 立即重试). */
export async function queuedProjectIds(db: Db, vendorSellerId: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: p.id })
    .from(p)
    .where(queuedWhere(vendorSellerId))
    .orderBy(...queuedOrder)
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Project ids of the provider's waiting tasks in sweep order (for 立即重试). */
export async function waitingProjectIds(db: Db, providerSellerId: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: p.id })
    .from(tk)
    .innerJoin(p, eq(p.id, tk.projectId))
    .where(waitingWhere(providerSellerId))
    .orderBy(...waitingOrder)
    .limit(limit);
  return rows.map((r) => r.id);
}
