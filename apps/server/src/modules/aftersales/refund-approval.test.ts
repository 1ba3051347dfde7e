import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../platform/clock.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { ledgerSumFen, ledgerTxns, txnsOf } from '../../test/kits/ledger.js';
import { NOTIFICATION_TOPIC } from '../notifications/index.js';
import { instances, orders, payments } from '../orders/index.js';
import { PRICES, eventsOf, newKey, order, pay, seedTestCatalog, type Catalog, type OrderReply } from '../../test/kits/orders.js';
import { refunds } from './aftersales.tables.js';

let t: TestApp;
let buyer: Agent;
let demo: Agent;
let operator: Agent;
let c: Catalog;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  await signIn();
});
afterAll(() => t.close());

async function signIn(): Promise<void> {
  [buyer, demo, operator] = await Promise.all([t.agent('buyer'), t.agent('demo'), t.agent('operator')]);
}

/** Move the clock and run every due sweep (sessions expire over days: sign in again). */
async function advanceAndSweep(ms: number): Promise<void> {
  t.clock.advance(ms);
  await t.deps.scheduler.runDue();
  await signIn();
}

async function paidOrder(): Promise<OrderReply & { instanceId: string }> {
  const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
  const paid = await pay(buyer, o.id);
  await t.deps.outbox.drain(); // the ledger records the payment
  return { ...paid, instanceId: paid.instances[0]?.id ?? '' };
}

async function ask(orderId: string): Promise<{ id: string }> {
  const res = await buyer.post(`/api/v1/buyer/orders/${orderId}/refunds`, { reason: 'not needed' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const sellerRefund = (instanceId: string, body: Record<string, unknown>) =>
  demo.post(`/api/v1/seller/instances/${instanceId}/refunds`, { release: 'now', reason: 'agreed with the buyer', ...body });

async function orderStatus(id: string) {
  const [o] = await t.deps.db.select({ status: orders.status, settledAt: orders.settledAt }).from(orders).where(eq(orders.id, id));
  return o;
}

async function instanceStatus(id: string) {
  const [i] = await t.deps.db.select({ status: instances.status }).from(instances).where(eq(instances.id, id));
  return i?.status;
}

async function refundOrdersOf(orderId: string) {
  return t.deps.db
    .select({
      id: orders.id,
      type: orders.type,
      status: orders.status,
      paidFen: orders.paidFen,
      listPriceFen: orders.listPriceFen,
      sellerId: orders.sellerId,
      buyerId: orders.buyerId,
      productName: orders.productName,
    })
    .from(orders)
    .where(eq(orders.parentOrderId, orderId));
}

/** ledger transactions of the refund orders of one order, by kind */
async function postingsOf(orderId: string) {
  const ids = (await refundOrdersOf(orderId)).map((r) => r.id);
  if (ids.length === 0) return [];
  return t.deps.db
    .select({ kind: ledgerTxns.kind, orderId: ledgerTxns.orderId })
    .from(ledgerTxns)
    .where(and(inArray(ledgerTxns.orderId, ids), inArray(ledgerTxns.kind, ['refund', 'clawback'])));
}

describe('approving a buyer refund', () => {
  it('creates the negative refund order, refunds the original, releases the instance, posts the ledger once and tells the buyer', async () => {
    const o = await paidOrder();
    const r = await ask(o.id);
    const res = await demo.post(`/api/v1/seller/refunds/${r.id}/approve`);
    expect(res.statusCode, res.body).toBe(200);
    const now = t.clock.now().toISOString();
    expect(res.json()).toMatchObject({ status: 'refunded', decidedAt: now, refundOrderId: expect.any(String) });

    const [ro, ...more] = await refundOrdersOf(o.id);
    expect(more).toEqual([]);
    expect(ro).toEqual({
      id: res.json().refundOrderId,
      type: 'refund',
      status: 'paid',
      paidFen: -PRICES.stdMonth,
      listPriceFen: -PRICES.stdMonth,
      sellerId: t.seed.demoSellerId,
      buyerId: t.seed.buyerId,
      productName: '测试 SaaS',
    });
    expect((await orderStatus(o.id))?.status).toBe('refunded');
    expect(await instanceStatus(o.instanceId)).toBe('closed');
    expect(await postingsOf(o.id)).toEqual([{ kind: 'refund', orderId: ro?.id }]);
    const pays = await t.deps.db
      .select({ provider: payments.provider, providerRef: payments.providerRef, status: payments.status, amountFen: payments.amountFen })
      .from(payments)
      .where(eq(payments.orderId, ro?.id ?? ''));
    expect(pays).toEqual([{ provider: 'sandbox', providerRef: `refund_${r.id}`, status: 'refunded', amountFen: -PRICES.stdMonth }]);
    const notices = (await eventsOf(t, NOTIFICATION_TOPIC)).filter((e) => e.template === 'aftersales.refund_approved');
    expect(notices).toContainEqual(expect.objectContaining({ userId: t.seed.buyerId, params: { productName: '测试 SaaS', amount: '100.00' } }));
    // the order is refunded: nothing more to ask for
    expect((await buyer.post(`/api/v1/buyer/orders/${o.id}/refunds`, { reason: 'again' })).json().code).toBe('order_not_refundable');
  });

  it('refunds once when two approvals race', async () => {
    for (let i = 0; i < 3; i++) {
      const o = await paidOrder();
      const r = await ask(o.id);
      const both = await Promise.all([demo.post(`/api/v1/seller/refunds/${r.id}/approve`), demo.post(`/api/v1/seller/refunds/${r.id}/approve`)]);
      expect(both.map((x) => x.statusCode)).toEqual([200, 200]);
      expect(await refundOrdersOf(o.id)).toHaveLength(1);
      expect(await postingsOf(o.id)).toHaveLength(1);
    }
  });

  it('refunds once when the seller approves as the sweep does', async () => {
    const o = await paidOrder();
    const r = await ask(o.id);
    t.clock.advance(3 * DAY);
    await signIn();
    const [res] = await Promise.all([demo.post(`/api/v1/seller/refunds/${r.id}/approve`), t.deps.scheduler.runDue()]);
    expect(res.statusCode, res.body).toBe(200);
    expect(await refundOrdersOf(o.id)).toHaveLength(1);
    expect(await postingsOf(o.id)).toHaveLength(1);
  });
});

describe('the auto-approve sweep', () => {
  it('approves an undecided buyer refund at exactly 3 days, not at 2 days 23 hours', async () => {
    const o = await paidOrder();
    const r = await ask(o.id);
    await advanceAndSweep(2 * DAY + 23 * HOUR);
    expect((await demo.get(`/api/v1/seller/refunds/${r.id}`)).json().status).toBe('reviewing');
    expect(await refundOrdersOf(o.id)).toEqual([]);

    await advanceAndSweep(HOUR);
    const done = (await demo.get(`/api/v1/seller/refunds/${r.id}`)).json();
    expect(done).toMatchObject({ status: 'refunded', decidedAt: t.clock.now().toISOString() });
    const [row] = await t.deps.db.select({ decidedBy: refunds.decidedBy }).from(refunds).where(eq(refunds.id, r.id));
    expect(row?.decidedBy).toBeNull();
    expect((await orderStatus(o.id))?.status).toBe('refunded');
    expect(await postingsOf(o.id)).toHaveLength(1);
  });

  it('skips a refund whose approval fails, approves the rest, and leaves the failed one for the next run', async () => {
    const broken = await paidOrder();
    const fine = await paidOrder();
    const rb = await ask(broken.id);
    const rf = await ask(fine.id);
    // more than the seller holds for the order: the ledger refuses the posting
    await t.deps.db
      .update(refunds)
      .set({ amountFen: PRICES.stdMonth * 2 })
      .where(eq(refunds.id, rb.id));
    await advanceAndSweep(3 * DAY);
    expect((await demo.get(`/api/v1/seller/refunds/${rf.id}`)).json().status).toBe('refunded');
    expect((await demo.get(`/api/v1/seller/refunds/${rb.id}`)).json()).toMatchObject({ status: 'reviewing', refundOrderId: null });
    expect(await refundOrdersOf(broken.id)).toEqual([]);
    expect((await orderStatus(broken.id))?.status).toBe('paid');
  });
});

describe('a seller-initiated refund', () => {
  it('goes to operator review, cannot exceed the balance, and keeps the instance when asked', async () => {
    const o = await paidOrder();
    expect((await sellerRefund(o.instanceId, { kind: 'remaining' })).statusCode).toBe(400);
    expect((await sellerRefund(o.instanceId, { kind: 'remaining', amountFen: 0 })).statusCode).toBe(400);
    expect((await sellerRefund(o.instanceId, { kind: 'remaining', amountFen: 100, release: 'keep' })).statusCode).toBe(400);
    const over = await sellerRefund(o.instanceId, { kind: 'remaining', amountFen: PRICES.stdMonth + 1 });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'refund_exceeds_balance', refundableFen: PRICES.stdMonth });

    const part = await sellerRefund(o.instanceId, { kind: 'remaining', amountFen: 3_000, release: 'keep', keepReason: 'buyer keeps using it' });
    expect(part.statusCode, part.body).toBe(201);
    expect(part.json()).toMatchObject({ origin: 'seller', status: 'operator_review', orderId: o.id, instanceId: o.instanceId, amountFen: 3_000, dueAt: null });
    // sellers decide only their buyers' requests
    expect((await demo.post(`/api/v1/seller/refunds/${part.json().id}/approve`)).json().code).toBe('refund_wrong_decider');
    const queue = (await operator.get('/api/v1/operator/refunds?status=operator_review')).json();
    expect(queue.items.map((x: { id: string }) => x.id)).toContain(part.json().id);
    const ok = await operator.post(`/api/v1/operator/refunds/${part.json().id}/approve`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await orderStatus(o.id))?.status).toBe('paid');
    expect(await instanceStatus(o.instanceId)).not.toBe('closed');

    const over2 = await sellerRefund(o.instanceId, { kind: 'remaining', amountFen: 7_001 });
    expect(over2.json()).toMatchObject({ code: 'refund_exceeds_balance', refundableFen: 7_000 });
    const rest = await sellerRefund(o.instanceId, { kind: 'full' });
    expect(rest.json()).toMatchObject({ kind: 'full', amountFen: 7_000 });
    expect((await operator.post(`/api/v1/operator/refunds/${rest.json().id}/approve`)).statusCode).toBe(200);
    expect((await orderStatus(o.id))?.status).toBe('refunded');
    expect(await instanceStatus(o.instanceId)).toBe('closed');
    expect((await postingsOf(o.id)).map((p) => p.kind)).toEqual(['refund', 'refund']);
  });

  it('is rejected by an operator with a reason the buyer hears', async () => {
    const o = await paidOrder();
    const r = (await sellerRefund(o.instanceId, { kind: 'full' })).json();
    const res = await operator.post(`/api/v1/operator/refunds/${r.id}/reject`, { reason: 'no agreement on file' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', rejectReason: 'no agreement on file' });
    expect(await refundOrdersOf(o.id)).toEqual([]);
    const notices = (await eventsOf(t, NOTIFICATION_TOPIC)).filter((e) => e.template === 'aftersales.refund_rejected');
    expect(notices).toContainEqual(expect.objectContaining({ userId: t.seed.buyerId, params: { productName: '测试 SaaS', reason: 'no agreement on file' } }));
  });

  it('after settlement posts a clawback instead of a refund', async () => {
    const o = await paidOrder();
    await advanceAndSweep(6 * DAY);
    expect((await orderStatus(o.id))?.settledAt).not.toBeNull();
    const r = (await sellerRefund(o.instanceId, { kind: 'full' })).json();
    expect(r.amountFen).toBe(PRICES.stdMonth);
    expect((await operator.post(`/api/v1/operator/refunds/${r.id}/approve`)).statusCode).toBe(200);
    expect((await postingsOf(o.id)).map((p) => p.kind)).toEqual(['clawback']);
    expect((await orderStatus(o.id))?.status).toBe('refunded');
  });
});

describe('guide 2.5 "退款金额 (总额: ¥ 0.10, 余额: ¥ 0.10)": a seller refund reaches every paid order of the instance', () => {
  /** A download instance (open at once) bought for a year and renewed for another: two paid orders. */
  async function renewedInstance() {
    const first = await pay(buyer, (await order(buyer, { productId: c.download, specId: c.downloadSpec, unit: 'year', duration: 1 })).id);
    const instanceId = first.instances[0]?.id ?? '';
    const renewal = await buyer.post(`/api/v1/buyer/instances/${instanceId}/renew`, { unit: 'year', duration: 1 }, { 'idempotency-key': newKey() });
    expect(renewal.statusCode, renewal.body).toBe(201);
    const second = await pay(buyer, renewal.json().id);
    await t.deps.outbox.drain();
    return { instanceId, newOrder: first.id, renewOrder: second.id };
  }
  const balanceOf = async (instanceId: string) => (await demo.get(`/api/v1/seller/instances/${instanceId}/refund-balance`)).json();

  it('shows 总额 and 余额 over both orders, refunds across them newest first, and refuses more than the balance', async () => {
    const { instanceId, newOrder, renewOrder } = await renewedInstance();
    const year = PRICES.downloadYear;
    expect(await balanceOf(instanceId)).toEqual({
      instanceId,
      totalFen: 2 * year,
      balanceFen: 2 * year,
      orders: [
        { orderId: renewOrder, paidFen: year, balanceFen: year },
        { orderId: newOrder, paidFen: year, balanceFen: year },
      ],
    });

    // more than the latest order alone: the renewal is used up first, the rest comes from the new order
    const across = await sellerRefund(instanceId, { kind: 'remaining', amountFen: year + 10_000, release: 'keep', keepReason: 'partial service' });
    expect(across.statusCode, across.body).toBe(201);
    expect(across.json()).toMatchObject({ orderId: renewOrder, amountFen: year + 10_000 });
    expect((await operator.post(`/api/v1/operator/refunds/${across.json().id}/approve`)).statusCode).toBe(200);

    expect((await refundOrdersOf(renewOrder)).map((r) => r.paidFen)).toEqual([-year]);
    expect((await refundOrdersOf(newOrder)).map((r) => r.paidFen)).toEqual([-10_000]);
    expect((await orderStatus(renewOrder))?.status).toBe('refunded');
    expect((await orderStatus(newOrder))?.status).toBe('paid');
    expect(await instanceStatus(instanceId)).toBe('opened');
    // each share is reversed in the ledger against its own order, and the ledger still sums to zero
    const [toRenew] = await refundOrdersOf(renewOrder);
    const [toNew] = await refundOrdersOf(newOrder);
    expect(await txnsOf(t.deps.db, toRenew?.id ?? '')).toEqual([`refund:buyer_funds:${year}`, `refund:seller_frozen:${-year}`]);
    expect(await txnsOf(t.deps.db, toNew?.id ?? '')).toEqual(['refund:buyer_funds:10000', 'refund:seller_frozen:-10000']);
    expect(await ledgerSumFen(t.deps.db)).toBe(0);
    expect(await balanceOf(instanceId)).toMatchObject({ totalFen: 2 * year, balanceFen: year - 10_000 });

    // above the balance: refused with the specific code naming what is left
    const over = await sellerRefund(instanceId, { kind: 'remaining', amountFen: year - 10_000 + 1 });
    expect([over.statusCode, over.json().code, over.json().refundableFen]).toEqual([409, 'refund_exceeds_balance', year - 10_000]);
    const rest = await sellerRefund(instanceId, { kind: 'full' });
    expect(rest.json()).toMatchObject({ orderId: newOrder, kind: 'full', amountFen: year - 10_000 });
    expect((await operator.post(`/api/v1/operator/refunds/${rest.json().id}/approve`)).statusCode).toBe(200);
    expect((await orderStatus(newOrder))?.status).toBe('refunded');
    expect(await instanceStatus(instanceId)).toBe('closed');
    expect(await balanceOf(instanceId)).toMatchObject({ totalFen: 2 * year, balanceFen: 0 });
    expect((await sellerRefund(instanceId, { kind: 'full' })).json().code).toBe('order_not_refundable');
    expect(await ledgerSumFen(t.deps.db)).toBe(0);
  });

  it('answers 404 for another seller’s instance', async () => {
    const { instanceId } = await renewedInstance();
    const acme = await t.agent('acme');
    expect((await acme.get(`/api/v1/seller/instances/${instanceId}/refund-balance`)).statusCode).toBe(404);
    expect((await acme.post(`/api/v1/seller/instances/${instanceId}/refunds`, { kind: 'full', release: 'now', reason: 'x' })).statusCode).toBe(404);
  });
});
