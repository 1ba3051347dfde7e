import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { orders, payments } from './orders.tables.js';

/**
 * Reprice an unpaid order in the caller's transaction (DOMAIN 2.6): its pending payments fail
 * (the buyer's next "pay" starts one for the new amount), then the amount changes only while
 * the order is still unpaid and still at `fromFen`. Returns false when that conditional update
 * matched nothing (paid, voided or repriced meanwhile); the caller refuses and rolls back.
 *
 * Lock order is payments, then the order, the same as the payment callback, so a change racing
 * a callback ends with one winner instead of a deadlock.
 */
export async function repriceUnpaid(tx: Db, orderId: string, fromFen: number, toFen: number): Promise<boolean> {
  await tx
    .update(payments)
    .set({ status: 'failed' })
    .where(and(eq(payments.orderId, orderId), eq(payments.status, 'pending')));
  const [changed] = await tx
    .update(orders)
    .set({ paidFen: toFen })
    .where(and(eq(orders.id, orderId), eq(orders.status, 'unpaid'), eq(orders.paidFen, fromFen)))
    .returning({ id: orders.id });
  return changed !== undefined;
}
