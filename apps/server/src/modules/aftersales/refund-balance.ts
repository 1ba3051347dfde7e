import type { InstanceRefundBalance } from '@cloudmart/contracts';
import { and, desc, eq, inArray, isNotNull, sql, sum } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { instances, orderInstances, orders } from '../orders/index.js';
import type { OrderBalance } from './refund-split.js';

/** Orders that carry money for a term of service; trials are free and refunds are refunds. */
export const REFUNDABLE_TYPES = ['new', 'renew', 'upgrade', 'trial_to_paid'] as const;

/**
 * What has been paid back on each order: the (negative) refund orders whose parent it is.
 * Refund orders are written in the transaction that approves a refund, so this is what the
 * approved refunds took from each order, however a refund was split over an instance's orders.
 */
export async function refundedOfOrders(tx: Db, orderIds: readonly string[]): Promise<Map<string, number>> {
  if (orderIds.length === 0) return new Map();
  const rows = await tx
    .select({ orderId: orders.parentOrderId, fen: sum(orders.paidFen).mapWith(Number) })
    .from(orders)
    .where(and(eq(orders.type, 'refund'), inArray(orders.parentOrderId, [...orderIds])))
    .groupBy(orders.parentOrderId);
  return new Map(rows.flatMap((r) => (r.orderId ? [[r.orderId, -r.fen] as const] : [])));
}

/** What is still refundable on one order: what was paid less what refunds already paid back. */
export async function refundableBalanceOf(tx: Db, orderId: string, paidFen: number): Promise<number> {
  return paidFen - ((await refundedOfOrders(tx, [orderId])).get(orderId) ?? 0);
}

export interface PaidOrderBalance extends OrderBalance {
  paidFen: number;
  status: 'paid' | 'refunded';
}

/**
 * The instance's paid orders (new, renewals, upgrades, conversion), newest paid first, each
 * with what is left on it. With `lock` the paid ones are locked for the caller's transaction,
 * so two refunds of the same instance serialise.
 */
export async function paidOrdersOfInstance(tx: Db, instanceId: string, lock = false): Promise<PaidOrderBalance[]> {
  const q = tx
    .select({ id: orders.id, paidFen: orders.paidFen, status: orders.status })
    .from(orders)
    .innerJoin(orderInstances, eq(orderInstances.orderId, orders.id))
    .where(
      and(
        eq(orderInstances.instanceId, instanceId),
        inArray(orders.status, ['paid', 'refunded']),
        inArray(orders.type, [...REFUNDABLE_TYPES]),
        isNotNull(orders.paidAt),
        sql`${orders.paidFen} > 0`,
      ),
    )
    .orderBy(desc(orders.paidAt), desc(orders.orderNo));
  const rows = lock ? await q.for('update', { of: orders }) : await q;
  const refunded = await refundedOfOrders(
    tx,
    rows.map((r) => r.id),
  );
  return rows.flatMap((r) =>
    r.status === 'paid' || r.status === 'refunded'
      ? [{ orderId: r.id, paidFen: r.paidFen, status: r.status, balanceFen: r.status === 'paid' ? r.paidFen - (refunded.get(r.id) ?? 0) : 0 }]
      : [],
  );
}

/** 总额 and 余额 of guide 2.5's refund form, for one of the seller's instances. */
export async function instanceRefundBalance(tx: Db, sellerId: string, instanceId: string): Promise<InstanceRefundBalance> {
  const [inst] = await tx
    .select({ id: instances.id })
    .from(instances)
    .where(and(eq(instances.id, instanceId), eq(instances.sellerId, sellerId)));
  if (!inst) throw notFound('instance');
  const paid = await paidOrdersOfInstance(tx, instanceId);
  return {
    instanceId,
    totalFen: paid.reduce((s, o) => s + o.paidFen, 0),
    balanceFen: paid.reduce((s, o) => s + Math.max(0, o.balanceFen), 0),
    orders: paid.map((o) => ({ orderId: o.orderId, paidFen: o.paidFen, balanceFen: Math.max(0, o.balanceFen) })),
  };
}
