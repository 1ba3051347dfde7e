import { orderStatuses, type PaymentStatus, type PayReply, type SandboxCompleteReply } from '@cloudmart/contracts';
import { and, desc, eq, getTableColumns, inArray, ne, sql } from 'drizzle-orm';
import { preparedFor } from '../../platform/db/prepared.js';
import { timestamptzPlaceholder } from '../../platform/db/timestamptz.js';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { formatYuan } from '../../platform/money.js';
import type { Deps } from '../../platform/module.js';
import { requestNotification } from '../notifications/index.js';
import { releaseCouponOfOrder } from '../promotions/index.js';
import { instanceAccepts, type InstanceAction } from './instance-status.js';
import { canMoveOrder } from './order-status.js';
import { emitOrderVoided } from './order-voided.js';
import { productTypeOfOrderRow } from './catalog-port.js';
import { applyPaidOrder } from './instances.service.js';
import { ORDER_PAID, type OrderPaid } from './orders.events.js';
import { instances, orders, payments } from './orders.tables.js';
import type { CallbackHeaders, PaymentProvider } from './payments/provider.js';
import { sandboxProvider, type SandboxProvider } from './payments/sandbox.js';

type D = Pick<Deps, 'db' | 'clock' | 'config' | 'log'>;

export function sandboxOf(deps: Pick<Deps, 'config'>): SandboxProvider {
  return sandboxProvider(deps.config.sessionSecret);
}

/** The only provider so far; a real cashier plugs in here behind the same interface. */
export function providerOf(deps: Pick<Deps, 'config'>): PaymentProvider {
  return sandboxOf(deps);
}

export interface PaidOutcome {
  /** this call moved the order from unpaid to paid */
  paid: boolean;
  /** its instance effects were applied (false: the target instance no longer accepts it) */
  applied: boolean;
}

const payable = orderStatuses.filter((s) => canMoveOrder(s, 'paid'));

// every paid order runs it, inside the callback's transaction: prepared (prepared.ts)
const markPaidQuery = preparedFor((db) =>
  db
    .update(orders)
    .set({ status: 'paid', paidAt: timestamptzPlaceholder('at') })
    .where(and(eq(orders.id, sql.placeholder('orderId')), inArray(orders.status, payable), ne(orders.type, 'refund')))
    .returning({ ...getTableColumns(orders), productType: productTypeOfOrderRow(orders.productId) })
    .prepare('mark_order_paid'),
);

/**
 * Unpaid → paid exactly once, whoever gets here first: the update is conditional on the
 * status, so racing callbacks (or a callback racing a retry) produce one transition, one set
 * of instances and one ORDER_PAID event. Runs in the caller's transaction.
 */
export async function markOrderPaid(tx: Db, orderId: string, at: Date): Promise<PaidOutcome> {
  const [paid] = await markPaidQuery(tx).execute({ orderId, at: at.toISOString() });
  if (!paid) return { paid: false, applied: false };
  const { productType, ...order } = paid;
  // refund orders are excluded above; the check narrows the type for the event payload
  if (order.type === 'refund') return { paid: false, applied: false };
  const payload: OrderPaid = {
    orderId: order.id,
    sellerId: order.sellerId,
    buyerId: order.buyerId,
    productId: order.productId ?? '',
    type: order.type,
    amountFen: order.paidFen,
    paidAt: at.toISOString(),
    proposalId: order.proposalId,
  };
  // the instance effects and their events, then ORDER_PAID
  const applied = await applyPaidOrder(tx, order, productType, at, { topic: ORDER_PAID, payload });
  return { paid: true, applied };
}

const targetAction = { renew: 'renew', upgrade: 'upgrade', trial_to_paid: 'convert' } as const satisfies Partial<Record<string, InstanceAction>>;

/** Whether the instance a renew, upgrade or trial-to-paid order acts on still accepts it (true for other orders). */
async function targetAccepts(db: Db, order: { type: string; targetInstanceId: string | null }): Promise<boolean> {
  const action = order.type in targetAction ? targetAction[order.type as keyof typeof targetAction] : null;
  if (!action || !order.targetInstanceId) return true;
  const [inst] = await db.select({ status: instances.status }).from(instances).where(eq(instances.id, order.targetInstanceId));
  return inst !== undefined && instanceAccepts(action, inst.status);
}

/** Refuse to take money for an order its instance can no longer accept (closed meanwhile). */
async function assertTargetAccepts(db: Db, order: { type: string; targetInstanceId: string | null }): Promise<void> {
  if (!(await targetAccepts(db, order))) throw new DomainError('instance_action_unavailable', `the instance no longer accepts this ${order.type} order`);
}

const voidable = orderStatuses.filter((s) => canMoveOrder(s, 'voided'));

interface ArrivedPayment {
  id: string;
  orderId: string;
  orderNo: number | string;
  buyerId: string;
  productName: string;
  amountFen: number;
}

/**
 * Money that arrived for an order that can no longer take it (voided meanwhile, or its
 * instance closed): it never reached the seller's books, so it goes straight back to the
 * buyer, who is told.
 */
async function returnPayment(tx: Db, now: Date, p: ArrivedPayment): Promise<void> {
  await tx.update(payments).set({ status: 'refunded' }).where(eq(payments.id, p.id));
  await requestNotification(tx, now, {
    userId: p.buyerId,
    template: 'orders.payment_returned',
    params: { orderNo: String(p.orderNo), productName: p.productName, amount: formatYuan(p.amountFen) },
    link: `/buyer/orders/${p.orderId}`,
  });
}

interface Payable {
  id: string;
  paidFen: number;
  productName: string;
}

// paying runs these on every click: prepared statements (platform/db/prepared.ts)
const payableOrderQuery = preparedFor((db) =>
  db
    .select({
      id: orders.id,
      status: orders.status,
      paidFen: orders.paidFen,
      type: orders.type,
      targetInstanceId: orders.targetInstanceId,
      productName: orders.productName,
    })
    .from(orders)
    .where(and(eq(orders.id, sql.placeholder('orderId')), eq(orders.buyerId, sql.placeholder('buyerId'))))
    .for('update')
    .prepare('payable_order'),
);

const latestPendingQuery = preparedFor((db) =>
  db
    .select({ id: payments.id, providerRef: payments.providerRef, amountFen: payments.amountFen })
    .from(payments)
    .where(and(eq(payments.orderId, sql.placeholder('orderId')), eq(payments.provider, sql.placeholder('provider')), eq(payments.status, 'pending')))
    .orderBy(desc(payments.createdAt))
    .limit(1)
    .prepare('latest_pending_payment'),
);

/**
 * The order, locked for the rest of the caller's transaction (concurrent "pay" clicks queue
 * here), if it may still be paid; and its latest pending payment with this provider, read after
 * the lock in a statement of its own: a statement sees the database as it was when the statement
 * began, before it waited for the lock, so a payment that the click ahead recorded meanwhile is
 * seen only by a later statement (read in the same statement as the lock, every waiting click
 * recorded a payment of its own: eight concurrent clicks, eight pending payments).
 */
async function lockPayable(tx: Db, provider: PaymentProvider, buyerId: string, orderId: string) {
  const [order] = await payableOrderQuery(tx).execute({ orderId, buyerId });
  if (!order) throw notFound('order');
  if (!canMoveOrder(order.status, 'paid')) throw new DomainError('order_not_payable', `the order is ${order.status}`, { orderStatus: order.status });
  await assertTargetAccepts(tx, order);
  const [pending] = await latestPendingQuery(tx).execute({ orderId: order.id, provider: provider.name });
  // a pending payment for another amount is dead: the price changed since (only unpaid orders can be repriced)
  const reply: PayReply | null =
    pending && pending.amountFen === order.paidFen
      ? {
          paymentId: pending.id,
          payUrl: provider.payUrlFor({ paymentId: pending.id, orderId: order.id, providerRef: pending.providerRef }),
          amountFen: pending.amountFen,
          status: 'pending',
        }
      : null;
  return { order, stale: reply ? null : (pending ?? null), reply };
}

const insertPendingPayment = preparedFor((db) =>
  db
    .insert(payments)
    .values({
      id: sql.placeholder('id'),
      orderId: sql.placeholder('orderId'),
      provider: sql.placeholder('provider'),
      providerRef: sql.placeholder('providerRef'),
      amountFen: sql.placeholder('amountFen'),
      status: 'pending',
      createdAt: sql.placeholder('createdAt'),
    })
    .prepare('insert_pending_payment'),
);

/** payOrder for a provider without I/O: check, reuse or record in one transaction (the order stays locked throughout). */
async function payLocally(deps: D, buyerId: string, orderId: string, provider: PaymentProvider): Promise<PayReply> {
  return deps.db.transaction(async (tx): Promise<PayReply> => {
    const { order, stale, reply } = await lockPayable(tx, provider, buyerId, orderId);
    if (reply) return reply;
    const now = deps.clock.now();
    const paymentId = newId('pay', now);
    const created = await provider.createPayment({ paymentId, orderId: order.id, amountFen: order.paidFen, subject: order.productName });
    if (stale) await tx.update(payments).set({ status: 'failed' }).where(eq(payments.id, stale.id));
    await insertPendingPayment(tx).execute({
      id: paymentId,
      orderId: order.id,
      provider: provider.name,
      providerRef: created.providerRef,
      amountFen: order.paidFen,
      createdAt: now,
    });
    return { paymentId, payUrl: created.payUrl, amountFen: order.paidFen, status: 'pending' };
  });
}

/** A reprice racing a click three times in a row is not worth a fourth try. */
const PAY_ATTEMPTS = 3;

/**
 * Start (or resume) paying an unpaid order of this buyer. The provider is called between two
 * transactions, never inside one, so a slow cashier holds no lock and no connection: the first
 * transaction checks the order and reuses a pending payment for its amount; the second records
 * the provider's payment unless a concurrent click recorded one first (that one is returned, so
 * clicks still share one pending payment) or the order was repriced meanwhile (then again).
 */
export async function payOrder(deps: D, buyerId: string, orderId: string, provider: PaymentProvider = providerOf(deps)): Promise<PayReply> {
  if (provider.local) return payLocally(deps, buyerId, orderId, provider);
  for (let attempt = 0; attempt < PAY_ATTEMPTS; attempt++) {
    const planned = await deps.db.transaction(async (tx): Promise<PayReply | Payable> => {
      const { order, reply } = await lockPayable(tx, provider, buyerId, orderId);
      return reply ?? { id: order.id, paidFen: order.paidFen, productName: order.productName };
    });
    if ('paymentId' in planned) return planned;

    const now = deps.clock.now();
    const paymentId = newId('pay', now);
    const created = await provider.createPayment({ paymentId, orderId: planned.id, amountFen: planned.paidFen, subject: planned.productName });

    const recorded = await deps.db.transaction(async (tx): Promise<PayReply | null> => {
      const { order, stale, reply } = await lockPayable(tx, provider, buyerId, orderId);
      if (reply) return reply;
      if (order.paidFen !== planned.paidFen) return null;
      if (stale) await tx.update(payments).set({ status: 'failed' }).where(eq(payments.id, stale.id));
      await tx.insert(payments).values({
        id: paymentId,
        orderId: order.id,
        provider: provider.name,
        providerRef: created.providerRef,
        amountFen: order.paidFen,
        status: 'pending',
        createdAt: now,
      });
      return { paymentId, payUrl: created.payUrl, amountFen: order.paidFen, status: 'pending' };
    });
    if (recorded) return recorded;
  }
  throw new DomainError('conflict', 'the order was repriced meanwhile; reload it');
}

/** A callback's payment with what its order says, as the claim returns it and a replay reads it. */
const callbackColumns = {
  id: payments.id,
  orderId: payments.orderId,
  amountFen: payments.amountFen,
  orderPaidFen: orders.paidFen,
  orderNo: orders.orderNo,
  buyerId: orders.buyerId,
  productName: orders.productName,
  type: orders.type,
  targetInstanceId: orders.targetInstanceId,
};

// every callback runs it first: prepared (prepared.ts)
const claimPaymentQuery = preparedFor((db) =>
  db
    .update(payments)
    .set({ status: sql<PaymentStatus>`${sql.placeholder('next')}`, confirmedAt: timestamptzPlaceholder('now') })
    .from(orders)
    .where(
      and(
        eq(payments.provider, sql.placeholder('provider')),
        eq(payments.providerRef, sql.placeholder('providerRef')),
        eq(orders.id, payments.orderId),
        eq(payments.status, 'pending'),
      ),
    )
    .returning(callbackColumns)
    .prepare('claim_payment'),
);

/**
 * A provider's callback: authenticated by the provider, then applied once. A replay finds
 * the payment no longer pending and changes nothing; the amount must be the order's.
 */
export async function handlePaymentCallback(
  deps: D,
  provider: PaymentProvider,
  headers: CallbackHeaders,
  body: unknown,
): Promise<{ changed: boolean; /** set when this call paid the order */ paid?: true }> {
  const cb = provider.verifyCallback(headers, body);
  const now = deps.clock.now();
  const next: 'succeeded' | 'failed' = cb.status === 'succeeded' ? 'succeeded' : 'failed';
  const ofThisCallback = and(eq(payments.provider, provider.name), eq(payments.providerRef, cb.providerRef));
  return deps.db.transaction(async (tx) => {
    // The pending payment is claimed and read with its order in one statement (it was a read
    // and then an update); a callback that does not match it throws below, which rolls the claim
    // back. Only when nothing pending matched is it read again, to tell a replay from a stranger.
    const [claimed] = await claimPaymentQuery(tx).execute({ provider: provider.name, providerRef: cb.providerRef, next, now: now.toISOString() });
    const [p] = claimed ? [claimed] : await tx.select(callbackColumns).from(payments).innerJoin(orders, eq(orders.id, payments.orderId)).where(ofThisCallback);
    if (!p) throw notFound('payment');
    if (p.orderId !== cb.orderId) throw new DomainError('invalid_signature', 'the callback names another order');
    if (cb.amountFen !== p.amountFen || cb.amountFen !== p.orderPaidFen) {
      throw new DomainError('amount_mismatch', `paid ${cb.amountFen} fen, the order asks ${p.orderPaidFen}`);
    }
    if (!claimed || next === 'failed') return { changed: Boolean(claimed) };
    // a renewal (or upgrade) whose instance closed while the buyer was paying: void it, return the money and the coupon
    if (!(await targetAccepts(tx, p))) {
      const voided = await tx
        .update(orders)
        .set({ status: 'voided', voidedAt: now })
        .where(and(eq(orders.id, p.orderId), inArray(orders.status, voidable)))
        .returning({ id: orders.id, sellerId: orders.sellerId, buyerId: orders.buyerId, proposalId: orders.proposalId });
      for (const o of voided) {
        await releaseCouponOfOrder(tx, o.id);
        await emitOrderVoided(tx, now, o);
      }
      await returnPayment(tx, now, p);
      deps.log.warn({ orderId: p.orderId, paymentId: p.id }, 'payment arrived for an order whose instance closed; order voided, payment returned');
      return { changed: true };
    }
    const outcome = await markOrderPaid(tx, p.orderId, now);
    if (!outcome.paid) {
      await returnPayment(tx, now, p);
      deps.log.warn({ orderId: p.orderId, paymentId: p.id }, 'payment arrived for an order that is no longer unpaid; returned to the buyer');
      return { changed: true };
    }
    if (!outcome.applied) deps.log.warn({ orderId: p.orderId }, 'paid order could not act on its instance (closed in the same instant); it must be refunded');
    return { changed: true, paid: true };
  });
}

const buyerPaymentQuery = preparedFor((db) =>
  db
    .select({
      providerRef: payments.providerRef,
      orderId: payments.orderId,
      amountFen: payments.amountFen,
      status: payments.status,
      provider: payments.provider,
      orderStatus: orders.status,
    })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(and(eq(payments.id, sql.placeholder('paymentId')), eq(orders.buyerId, sql.placeholder('buyerId'))))
    .prepare('buyer_payment'),
);

/** Sandbox only: the buyer "pays" at the sandbox cashier, which then calls back like a real one. */
export async function completeSandboxPayment(deps: D, buyerId: string, paymentId: string): Promise<SandboxCompleteReply> {
  const sandbox = sandboxOf(deps);
  const read = async () => {
    const [p] = await buyerPaymentQuery(deps.db).execute({ paymentId, buyerId });
    if (!p || p.provider !== sandbox.name) throw notFound('payment');
    return p;
  };
  const p = await read();
  if (p.status === 'pending') {
    const signed = sandbox.signCallback({ providerRef: p.providerRef, orderId: p.orderId, amountFen: p.amountFen, status: 'succeeded' });
    const done = await handlePaymentCallback(deps, sandbox, signed.headers, signed.body);
    // this call paid it: nothing left to read back
    if (done.paid) return { orderId: p.orderId, orderStatus: 'paid', paymentStatus: 'succeeded' };
  }
  const after = await read();
  return { orderId: after.orderId, orderStatus: after.orderStatus, paymentStatus: after.status };
}
