import type { InstanceOrder, InstanceSummary } from '@cloudmart/contracts';
import { asc, desc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { instances, orderInstances, orders } from './orders.tables.js';

/** Read shapes shared by the buyer and seller views of orders and instances. */

export const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

/** Instances an order created or acted on, oldest first. */
export async function instancesOfOrder(db: Db, orderId: string): Promise<InstanceSummary[]> {
  const rows = await db
    .select({
      id: instances.id,
      status: instances.status,
      specName: instances.specName,
      trial: instances.trial,
      openedAt: instances.openedAt,
      expiresAt: instances.expiresAt,
    })
    .from(orderInstances)
    .innerJoin(instances, eq(instances.id, orderInstances.instanceId))
    .where(eq(orderInstances.orderId, orderId))
    .orderBy(asc(instances.createdAt), asc(instances.id));
  return rows.map((r) => ({ ...r, trial: r.trial === 'yes', openedAt: iso(r.openedAt), expiresAt: iso(r.expiresAt) }));
}

/**
 * Every order of an instance, newest first: the ones linked on payment plus unpaid or voided
 * renewals/upgrades that only name it as their target.
 */
export async function ordersOfInstance(db: Db, instanceId: string): Promise<InstanceOrder[]> {
  const linked = db.select({ id: orderInstances.orderId }).from(orderInstances).where(eq(orderInstances.instanceId, instanceId));
  const rows = await db
    .select({
      id: orders.id,
      orderNo: orders.orderNo,
      type: orders.type,
      status: orders.status,
      specName: orders.specName,
      durationUnit: orders.durationUnit,
      duration: orders.duration,
      paidFen: orders.paidFen,
      createdAt: orders.createdAt,
      paidAt: orders.paidAt,
    })
    .from(orders)
    .where(or(inArray(orders.id, linked), eq(orders.targetInstanceId, instanceId)))
    .orderBy(desc(orders.createdAt), desc(orders.id));
  return rows.map((r) => ({ ...r, orderNo: String(r.orderNo), createdAt: r.createdAt.toISOString(), paidAt: iso(r.paidAt) }));
}
