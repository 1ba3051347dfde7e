import type { RefundStatus } from '@cloudmart/contracts';
import { and, eq, inArray, lte } from 'drizzle-orm';
import { MINUTE } from '../../platform/clock.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Sweep } from '../../platform/scheduler.js';
import { eachItem } from '../../platform/sweep-items.js';
import { postClawback, postRefund } from '../ledger/index.js';
import { requestNotification } from '../notifications/index.js';
import { createRefundOrder, markOrderRefunded, orderInstances, orders, recordRefundPayment, releaseInstance, type RefundedOrder } from '../orders/index.js';
import { refunds } from './aftersales.tables.js';
import { formatYuan } from '../../platform/money.js';
import { canMoveRefund } from './refund-status.js';
import { paidOrdersOfInstance, refundableBalanceOf } from './refund-balance.js';
import { splitRefund, type RefundPart } from './refund-split.js';

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
    .returning({ orderId: refunds.orderId, origin: refunds.origin, instanceId: refunds.instanceId, amountFen: refunds.amountFen, release: refunds.release });
  if (!r) return false;

  // a seller refund of an instance reaches all its paid orders, newest first; a buyer's is its one order
  const parts: RefundPart[] =
    r.origin === 'seller' && r.instanceId
      ? splitRefund(await paidOrdersOfInstance(tx, r.instanceId, true), r.amountFen)
      : [{ orderId: r.orderId, amountFen: r.amountFen }];

  let anchor: RefundedOrder | null = null;
  for (const [i, part] of parts.entries()) {
    const o = await refundOrderPart(tx, refundId, r.instanceId, part, i, now);
    if (i === 0) await tx.update(refunds).set({ refundOrderId: o.refundOrderId }).where(eq(refunds.id, refundId));
    if (o.order.id === r.orderId) anchor = o.order;
  }

  if (r.release === 'now') {
    const target = anchor?.targetInstanceId ?? null;
    for (const id of await instancesToRelease(tx, r.instanceId, r.orderId, target)) await releaseInstance(tx, id, now);
  }

  const [o] = await tx.select({ buyerId: orders.buyerId, productName: orders.productName }).from(orders).where(eq(orders.id, r.orderId));
  if (!o) throw notFound('order');
  await requestNotification(tx, now, {
    userId: o.buyerId,
    template: 'aftersales.refund_approved',
    params: { productName: o.productName, amount: formatYuan(r.amountFen) },
    link: `/buyer/refunds`,
  });
  return true;
}

/**
 * One order's share of an approved refund: the negative `refund` order (it must exist, with
 * parentOrderId, before the ledger posting), the order turning `refunded` when nothing is left
 * on it, the ledger (frozen funds before the order settled, a clawback after) and the sandbox
 * payment record (one per refund order; the first keeps the refund's own reference).
 */
async function refundOrderPart(
  tx: Db,
  refundId: string,
  instanceId: string | null,
  part: RefundPart,
  index: number,
  now: Date,
): Promise<{ order: RefundedOrder; refundOrderId: string }> {
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
    .where(eq(orders.id, part.orderId))
    .for('update');
  if (!o) throw notFound('order');

  const refundOrderId = await createRefundOrder(tx, { parent: o, instanceId, amountFen: part.amountFen, at: now });
  // nothing left on the order once this refund is paid: it becomes refunded (DOMAIN 2.5)
  if ((await refundableBalanceOf(tx, o.id, o.paidFen)) <= 0) await markOrderRefunded(tx, o.id);

  const posting = { refundOrderId, amountFen: part.amountFen, at: now };
  if (o.settledAt === null) await postRefund(tx, posting);
  else await postClawback(tx, posting);

  const providerRef = index === 0 ? `refund_${refundId}` : `refund_${refundId}_${index + 1}`;
  await recordRefundPayment(tx, { refundOrderId, providerRef, amountFen: part.amountFen, at: now });
  return { order: o, refundOrderId };
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
