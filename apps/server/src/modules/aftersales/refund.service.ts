import type { BuyerRefundBody, Refund, RefundOrigin, RefundStatus, SellerRefundBody } from '@cloudmart/contracts';
import { and, eq } from 'drizzle-orm';
import { DAY } from '../../platform/clock.js';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { requestNotification } from '../notifications/index.js';
import { instances, orders } from '../orders/index.js';
import { orderInstances } from '../orders/index.js';
import { refunds } from './aftersales.tables.js';
import { formatYuan } from '../../platform/money.js';
import { approveRefund } from './refund.approve.js';
import { paidOrdersOfInstance, REFUNDABLE_TYPES, refundableBalanceOf } from './refund-balance.js';
import { splitRefund } from './refund-split.js';
import { loadRefund, type RefundScope } from './refund.queries.js';
import { assertRefundMove, initialRefundStatus } from './refund-status.js';
import { getSettings } from './settings.service.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';

type D = Pick<Deps, 'db' | 'clock'>;

const pending = () => new DomainError('refund_pending', 'a refund for this order is already waiting for a decision');

/** Inserts a refund; the partial unique index keeps one open refund per order, even under a race. */
async function insertRefund(tx: Db, values: typeof refunds.$inferInsert): Promise<void> {
  try {
    await tx.insert(refunds).values(values);
  } catch (err) {
    if (isUniqueViolation(err)) throw pending();
    throw err;
  }
}

async function sellerMainOf(tx: Db, sellerId: string): Promise<string | null> {
  const [u] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.sellerId, sellerId), eq(users.isMain, true)));
  return u?.id ?? null;
}

/**
 * DOMAIN 2.5: within the no-reason window after payment, the buyer asks for the whole
 * order back. The seller decides; left undecided, the sweep approves it at dueAt.
 */
export async function requestBuyerRefund(deps: D, buyerId: string, orderId: string, body: BuyerRefundBody): Promise<Refund> {
  const now = deps.clock.now();
  const id = newId('rfd', now);
  await deps.db.transaction(async (tx) => {
    const [o] = await tx
      .select({
        sellerId: orders.sellerId,
        type: orders.type,
        status: orders.status,
        paidFen: orders.paidFen,
        paidAt: orders.paidAt,
        productName: orders.productName,
        targetInstanceId: orders.targetInstanceId,
      })
      .from(orders)
      .where(and(eq(orders.id, orderId), eq(orders.buyerId, buyerId)))
      .for('update');
    if (!o) throw notFound('order');
    if (o.status === 'refunded') throw new DomainError('order_not_refundable', 'the order is already refunded');
    const typeOk = (REFUNDABLE_TYPES as readonly string[]).includes(o.type);
    if (o.status !== 'paid' || !typeOk || o.paidFen <= 0 || !o.paidAt) {
      throw new DomainError('order_not_refundable', `a ${o.status} ${o.type} order of ${o.paidFen} fen cannot be refunded`);
    }
    const settings = await getSettings(tx, now);
    const closesAt = new Date(o.paidAt.getTime() + settings.refundWindowDays * DAY);
    if (now.getTime() > closesAt.getTime()) {
      throw new DomainError('refund_window_closed', `the ${settings.refundWindowDays}-day refund window closed at ${closesAt.toISOString()}`, {
        closesAt: closesAt.toISOString(),
        refundWindowDays: settings.refundWindowDays,
      });
    }
    if ((await refundableBalanceOf(tx, orderId, o.paidFen)) < o.paidFen) {
      throw new DomainError('order_not_refundable', 'part of the order was refunded already; ask the seller');
    }
    const linked = o.targetInstanceId
      ? [o.targetInstanceId]
      : (await tx.select({ id: orderInstances.instanceId }).from(orderInstances).where(eq(orderInstances.orderId, orderId))).map((r) => r.id);
    await insertRefund(tx, {
      id,
      origin: 'buyer',
      orderId,
      // several instances (quantity > 1): none named here; approval releases all of the order's
      instanceId: linked.length === 1 ? (linked[0] ?? null) : null,
      sellerId: o.sellerId,
      buyerId,
      kind: 'full',
      amountFen: o.paidFen,
      release: 'now',
      reason: body.reason,
      status: initialRefundStatus.buyer,
      dueAt: new Date(now.getTime() + settings.autoApproveDays * DAY),
      createdAt: now,
    });
    const main = await sellerMainOf(tx, o.sellerId);
    if (main) {
      await requestNotification(tx, now, {
        userId: main,
        template: 'aftersales.refund_requested',
        params: { productName: o.productName, amount: formatYuan(o.paidFen) },
        link: `/seller/refunds/${id}`,
        channels: ['email', 'sms'],
      });
    }
  });
  return loadRefund(deps.db, { buyerId }, id);
}

/**
 * DOMAIN 2.5: after agreeing with the buyer, the seller refunds an instance, wholly or in
 * part, outside any window; an operator reviews it. Guide "退款金额 (总额…余额…)": the amount
 * may reach the balance left over all the instance's paid orders (new, renewals, upgrades);
 * approval splits it over them newest first (refund-split.ts). The refund is filed against
 * the newest order that still has money on it, so one open refund per instance at a time.
 */
export async function requestSellerRefund(deps: D, sellerId: string, instanceId: string, body: SellerRefundBody): Promise<Refund> {
  const now = deps.clock.now();
  const id = newId('rfd', now);
  await deps.db.transaction(async (tx) => {
    const [inst] = await tx
      .select({ id: instances.id, buyerId: instances.buyerId })
      .from(instances)
      .where(and(eq(instances.id, instanceId), eq(instances.sellerId, sellerId)));
    if (!inst) throw notFound('instance');
    const paid = await paidOrdersOfInstance(tx, instanceId, true);
    if (paid.length === 0) throw new DomainError('order_not_refundable', 'the instance has no paid order to refund');
    const anchor = paid.find((o) => o.balanceFen > 0);
    const balance = paid.reduce((s, o) => s + Math.max(0, o.balanceFen), 0);
    if (!anchor || balance <= 0) throw new DomainError('order_not_refundable', 'nothing is left to refund on the instance');
    const amountFen = body.kind === 'full' ? balance : (body.amountFen ?? 0);
    if (body.kind === 'full' && body.amountFen !== undefined && body.amountFen !== balance) {
      throw new DomainError('refund_exceeds_balance', `a full refund is the whole balance of ${balance} fen`, { refundableFen: balance });
    }
    // refuses more than the balance with refund_exceeds_balance (and its refundableFen)
    splitRefund(paid, amountFen);
    await insertRefund(tx, {
      id,
      origin: 'seller',
      orderId: anchor.orderId,
      instanceId,
      sellerId,
      buyerId: inst.buyerId,
      kind: body.kind,
      amountFen,
      release: body.release,
      keepReason: body.release === 'keep' ? (body.keepReason ?? null) : null,
      reason: body.reason,
      status: initialRefundStatus.seller,
      createdAt: now,
    });
  });
  return loadRefund(deps.db, { sellerId }, id);
}

/** Who decides which refunds: sellers their buyers' requests, operators the sellers' refunds. */
const deciderOf: Readonly<Record<'seller' | 'operator', { origin: RefundOrigin; from: RefundStatus }>> = {
  seller: { origin: 'buyer', from: 'reviewing' },
  operator: { origin: 'seller', from: 'operator_review' },
};

async function lockDecidable(tx: Db, refundId: string, decider: 'seller' | 'operator', sellerId: string | null, to: RefundStatus) {
  const [r] = await tx
    .select({ origin: refunds.origin, status: refunds.status, buyerId: refunds.buyerId, orderId: refunds.orderId })
    .from(refunds)
    .where(and(eq(refunds.id, refundId), sellerId ? eq(refunds.sellerId, sellerId) : undefined))
    .for('update');
  if (!r) throw notFound('refund');
  const { origin } = deciderOf[decider];
  if (r.origin !== origin)
    throw new DomainError('refund_wrong_decider', `a ${r.origin}-initiated refund is not decided by the ${decider}`, { origin: r.origin });
  assertRefundMove(r.status, to);
  return r;
}

/**
 * Approve. A racing approval (a second click, the sweep) finds the refund decided and
 * changes nothing; the caller gets the refund as it stands.
 */
export async function approve(deps: D, decider: 'seller' | 'operator', userId: string, refundId: string, sellerId: string | null): Promise<Refund> {
  const now = deps.clock.now();
  const scope: RefundScope = sellerId ? { sellerId } : { origin: deciderOf[decider].origin };
  const r = await loadRefund(deps.db, scope, refundId);
  if (r.origin !== deciderOf[decider].origin)
    throw new DomainError('refund_wrong_decider', `a ${r.origin}-initiated refund is not decided by the ${decider}`, { origin: r.origin });
  if (r.status !== 'refunded') assertRefundMove(r.status, 'refunded');
  await deps.db.transaction((tx) => approveRefund(tx, refundId, [deciderOf[decider].from], userId, now));
  const after = await loadRefund(deps.db, scope, refundId);
  // a rejection that won the race leaves nothing to approve
  if (after.status !== 'refunded') assertRefundMove(after.status, 'refunded');
  return after;
}

/** Reject with a reason; the buyer hears why. */
export async function reject(
  deps: D,
  decider: 'seller' | 'operator',
  userId: string,
  refundId: string,
  sellerId: string | null,
  reason: string,
): Promise<Refund> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const r = await lockDecidable(tx, refundId, decider, sellerId, 'rejected');
    const [o] = await tx.select({ productName: orders.productName }).from(orders).where(eq(orders.id, r.orderId));
    await tx.update(refunds).set({ status: 'rejected', rejectReason: reason, decidedBy: userId, decidedAt: now }).where(eq(refunds.id, refundId));
    await requestNotification(tx, now, {
      userId: r.buyerId,
      template: 'aftersales.refund_rejected',
      params: { productName: o?.productName ?? '', reason },
      link: '/buyer/refunds',
    });
  });
  return loadRefund(deps.db, sellerId ? { sellerId } : { origin: deciderOf[decider].origin }, refundId);
}
