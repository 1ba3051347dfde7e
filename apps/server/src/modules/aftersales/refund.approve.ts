import type { RefundStatus } from '@cloudmart/contracts';
import { and, eq, inArray, lte, ne, sum } from 'drizzle-orm';
import { MINUTE } from '../../platform/clock.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Sweep } from '../../platform/scheduler.js';
import { eachItem } from '../../platform/sweep-items.js';
import { postClawback, postRefund } from '../ledger/index.js';
import { requestNotification } from '../notifications/index.js';
import { createRefundOrder, markOrderRefunded, orderInstances, orders, recordRefundPayment, releaseInstance } from '../orders/index.js';
import { refunds } from './aftersales.tables.js';
import { formatYuan } from '../../platform/money.js';
import { canMoveRefund } from './refund-status.js';

/** What is still refundable on an order: what was paid less the refunds already paid back. */
export async function refundableBalanceOf(tx: Db, orderId: string, paidFen: number, exceptRefundId?: string): Promise<number> {
  const [r] = await tx
    .select({ fen: sum(refunds.amountFen).mapWith(Number) })
    .from(refunds)
    .where(and(eq(refunds.orderId, orderId), eq(refunds.status, 'refunded'), exceptRefundId ? ne(refunds.id, exceptRefundId) : undefined));
  return paidFen - (r?.fen ?? 0);
}

/** The instances a refund releases: its own, else every instance the refunded order opened or acted on. */
async function instancesToRelease(tx: Db, instanceId: string | null, orderId: string, targetInstanceId: string | null): Promise<string[]> {
  if (instanceId) return [instanceId];
  if (targetInstanceId) return [targetInstanceId];
  const rows = await tx.select({ id: orderInstances.instanceId }).from(orderInstances).where(eq(orderInstances.orderId, orderId));
  return rows.map((r) => r.id);
}

/**
 * Approve a refund, inside the caller's transaction: the seller's approval, an operator's
 * approval and the auto-approve sweep all come through here. The conditional update is
 * the guard: of two approvals racing, the second finds the refund no longer open and
 * does nothing, so the money goes back once. Returns whether this call refunded.
 *
 * One transaction holds the whole effect: the negative `refund` order (it must exist,
 * with parentOrderId, before the ledger posting), the original order turning `refunded`
 * when nothing is left on it, the ledger (frozen funds before settlement, a clawback
 * after), the instance release and the sandbox payment record. The buyer hears of it
 * through the outbox.
 */
export async function approveRefund(tx: Db, refundId: string, from: readonly RefundStatus[], decidedBy: string | null, now: Date): Promise<boolean> {
  const open = from.filter((s) => canMoveRefund(s, 'refunded'));
  const [r] = await tx
    .update(refunds)
    .set({ status: 'refunded', decidedBy, decidedAt: now })
    .where(and(eq(refunds.id, refundId), inArray(refunds.status, open)))
    .returning({ orderId: refunds.orderId, instanceId: refunds.instanceId, amountFen: refunds.amountFen, release: refunds.release });
  if (!r) return false;

  const [o] = await tx
    .select({
      id: orders.id,
      sellerId: orders.sellerId,
      buyerId: orders.buyerId,
      productId: orders.productId,
      specId: orders.specId,
      productCode: orders.productCode,
      productName: orders.productName,
      specName: orders.specName,
      quantity: orders.quantity,
      targetInstanceId: orders.targetInstanceId,
      paidFen: orders.paidFen,
      settledAt: orders.settledAt,
    })
    .from(orders)
    .where(eq(orders.id, r.orderId))
    .for('update');
  if (!o) throw notFound('order');

  const refundOrderId = await createRefundOrder(tx, { parent: o, instanceId: r.instanceId, amountFen: r.amountFen, at: now });
  await tx.update(refunds).set({ refundOrderId }).where(eq(refunds.id, refundId));

  // nothing left on the order once this refund is paid: it becomes refunded (DOMAIN 2.5)
  if ((await refundableBalanceOf(tx, o.id, o.paidFen)) <= 0) await markOrderRefunded(tx, o.id);

  const posting = { refundOrderId, amountFen: r.amountFen, at: now };
  if (o.settledAt === null) await postRefund(tx, posting);
  else await postClawback(tx, posting);

  if (r.release === 'now') {
    for (const id of await instancesToRelease(tx, r.instanceId, o.id, o.targetInstanceId)) await releaseInstance(tx, id, now);
  }

  await recordRefundPayment(tx, { refundOrderId, providerRef: `refund_${refundId}`, amountFen: r.amountFen, at: now });

  await requestNotification(tx, now, {
    userId: o.buyerId,
    template: 'aftersales.refund_approved',
    params: { productName: o.productName, amount: formatYuan(r.amountFen) },
    link: `/buyer/refunds`,
  });
  return true;
}

/**
 * DOMAIN 2.5: a buyer's refund the seller leaves undecided is approved when it falls due.
 * Each approval is one item of the batch: one that fails (say the ledger has not yet recorded
 * the payment) is rolled back alone, filed and retried on the next run.
 */
export const autoApproveSweep: Sweep = {
  name: 'aftersales.auto-approve',
  intervalMs: 10 * MINUTE,
  async run(ctx) {
    const due = await ctx.tx
      .select({ id: refunds.id })
      .from(refunds)
      .where(and(eq(refunds.origin, 'buyer'), eq(refunds.status, 'reviewing'), lte(refunds.dueAt, ctx.now)));
    const { done } = await eachItem(
      ctx,
      due,
      (d) => d.id,
      (sp, d) => approveRefund(sp, d.id, ['reviewing'], null, ctx.now),
    );
    return done;
  },
};
