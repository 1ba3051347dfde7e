import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { NOTIFICATION_TOPIC } from '../notifications/index.js';
import { markInstanceOpened } from './index.js';
import { INSTANCE_IN_SERVICE, INSTANCE_PROVISION, ORDER_PAID } from './orders.events.js';
import { instances, orders, payments } from './orders.tables.js';
import { payOrder, sandboxOf } from './payment.service.js';
import type { PaymentProvider } from './payments/provider.js';
import { PRICES, eventsOf, newBuyer, order, pay, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';

let t: TestApp;
let buyer: Agent;
let c: Catalog;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  buyer = await t.agent('buyer');
});
afterAll(() => t.close());

const CALLBACK = '/api/v1/payments/sandbox/callback';

/** A pending payment and the callback the sandbox would send for it. */
async function pendingPayment(body: Record<string, unknown>) {
  const o = await order(buyer, body);
  const p = (await buyer.post(`/api/v1/buyer/orders/${o.id}/pay`)).json();
  const [row] = await t.deps.db.select({ providerRef: payments.providerRef }).from(payments).where(eq(payments.id, p.paymentId));
  const callback = { providerRef: row?.providerRef ?? '', orderId: o.id, amountFen: o.paidFen, status: 'succeeded' as const };
  return { order: o, payment: p, callback, signed: sandboxOf(t.deps).signCallback(callback) };
}

async function instancesOfOrder(orderId: string) {
  return (await buyer.get(`/api/v1/buyer/orders/${orderId}`)).json().instances as { id: string; status: string }[];
}

describe('paying an order', () => {
  it('creates one pending payment and returns it again on a second click', async () => {
    const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    const first = await buyer.post(`/api/v1/buyer/orders/${o.id}/pay`);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'pending', amountFen: PRICES.stdMonth, payUrl: `/store/pay/${o.id}` });
    const again = (await buyer.post(`/api/v1/buyer/orders/${o.id}/pay`)).json();
    expect(again.paymentId).toBe(first.json().paymentId);
    const detail = (await buyer.get(`/api/v1/buyer/orders/${o.id}`)).json();
    expect(detail.payment).toMatchObject({ id: again.paymentId, status: 'pending', provider: 'sandbox' });
  });

  it('shares one pending payment between concurrent clicks', async () => {
    const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    const replies = await Promise.all([1, 2, 3].map(() => buyer.post(`/api/v1/buyer/orders/${o.id}/pay`)));
    expect(replies.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(new Set(replies.map((r) => r.json().paymentId)).size).toBe(1);
    const pending = await t.deps.db.select({ id: payments.id }).from(payments).where(eq(payments.orderId, o.id));
    expect(pending).toHaveLength(1);
  });

  // Clicks that wait on each other's lock: the pending payment is read after the lock (it was read
  // in the locking statement, whose snapshot predates the wait: eight clicks, eight payments)
  it('shares one pending payment between clicks that queue on the order lock', async () => {
    for (let round = 0; round < 3; round++) {
      const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
      const replies = await Promise.all(Array.from({ length: 8 }, () => payOrder(t.deps, t.seed.buyerId, o.id)));
      expect(new Set(replies.map((r) => r.paymentId)).size).toBe(1);
      expect(await t.deps.db.select({ id: payments.id }).from(payments).where(eq(payments.orderId, o.id))).toHaveLength(1);
    }
  });

  it('calls the payment provider outside any transaction, so the order is not held while it answers', async () => {
    const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    const sandbox = sandboxOf(t.deps);
    let probed = false;
    const probing: PaymentProvider = {
      ...sandbox,
      // a cashier that does I/O (this one works on the database meanwhile): not a local one
      local: false,
      async createPayment(req) {
        // other work on the order's row goes on meanwhile: PostgreSQL refuses NOWAIT while a
        // transaction holds the row; PGlite's one connection would wait for that transaction
        const lock = t.deps.db.transaction((tx) => tx.select({ id: orders.id }).from(orders).where(eq(orders.id, req.orderId)).for('update', { noWait: true }));
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('the provider was called inside a transaction holding the order')), 2_000);
        });
        await Promise.race([lock, late]).finally(() => clearTimeout(timer));
        probed = true;
        return sandbox.createPayment(req);
      },
    };
    const reply = await payOrder(t.deps, t.seed.buyerId, o.id, probing);
    expect(probed).toBe(true);
    expect(reply).toMatchObject({ status: 'pending', amountFen: PRICES.stdMonth });
    const [row] = await t.deps.db.select({ status: payments.status }).from(payments).where(eq(payments.id, reply.paymentId));
    expect(row?.status).toBe('pending');
  });

  it('lets only the owning buyer complete a sandbox payment', async () => {
    const { payment } = await pendingPayment({ productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    const stranger = await newBuyer(t, 'stranger');
    expect((await stranger.post(`/api/v1/payments/sandbox/${payment.paymentId}/complete`)).statusCode).toBe(404);
  });

  // 3: the prepared statement's largest quantity; 4: built on the spot (instances.service.ts)
  it.each([3, 4])('pays a SaaS order of quantity %i: as many opening instances, each provisioned, and one order.paid', async (n) => {
    const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1, quantity: n });
    const paid = await pay(buyer, o.id);
    expect(paid.status).toBe('paid');
    expect(paid.instances).toHaveLength(n);
    expect(paid.instances.every((i) => i.status === 'opening' && i.expiresAt === null)).toBe(true);
    const created = (await eventsOf(t, INSTANCE_PROVISION)).filter((e) => e.orderId === o.id);
    expect(created.map((e) => e.action)).toEqual(Array.from({ length: n }, () => 'createInstance'));
    expect(created.map((e) => e.instanceId).sort()).toEqual(paid.instances.map((i) => i.id).sort());
    const paidEvents = (await eventsOf(t, ORDER_PAID)).filter((e) => e.orderId === o.id);
    expect(paidEvents).toEqual([
      expect.objectContaining({ type: 'new', amountFen: n * PRICES.stdMonth, sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId, productId: c.saas }),
    ]);
  });

  it('opens a SaaS instance when the SPI answers, starting its term then, once', async () => {
    const o = await pay(buyer, (await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 })).id);
    const instanceId = o.instances[0]?.id ?? '';
    const at = new Date(t.clock.now().getTime() + 60_000);
    const opened = await t.deps.db.transaction((tx) =>
      markInstanceOpened(tx, { instanceId, externalId: 'isv-1', appInfo: { frontEndUrl: 'https://app.example' }, at }),
    );
    expect(opened).toBe(true);
    const again = await t.deps.db.transaction((tx) =>
      markInstanceOpened(tx, { instanceId, externalId: 'isv-2', appInfo: {}, at: new Date(at.getTime() + 1000) }),
    );
    expect(again).toBe(false);
    const detail = (await buyer.get(`/api/v1/buyer/instances/${instanceId}`)).json();
    expect(detail).toMatchObject({
      status: 'opened',
      openedAt: at.toISOString(),
      expiresAt: '2026-07-01T02:01:00.000Z',
      appInfo: { frontEndUrl: 'https://app.example' },
    });
  });

  it('puts a service instance in service at once with its expiry and tells the delivery center', async () => {
    const o = await pay(buyer, (await order(buyer, { productId: c.service, specId: c.serviceSpec, unit: 'month', duration: 1 })).id);
    expect(o.instances).toEqual([expect.objectContaining({ status: 'in_service', expiresAt: '2026-07-01T02:00:00.000Z' })]);
    expect((await eventsOf(t, INSTANCE_IN_SERVICE)).filter((e) => e.orderId === o.id)).toEqual([
      { instanceId: o.instances[0]?.id, orderId: o.id, productId: c.service, sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId },
    ]);
  });

  it('opens a download instance at once with its expiry and no SPI call', async () => {
    const o = await pay(buyer, (await order(buyer, { productId: c.download, specId: c.downloadSpec, unit: 'year', duration: 1 })).id);
    expect(o.instances).toEqual([expect.objectContaining({ status: 'opened', expiresAt: '2027-06-01T02:00:00.000Z' })]);
    expect((await eventsOf(t, INSTANCE_PROVISION)).some((e) => e.orderId === o.id)).toBe(false);
  });
});

describe('payment callbacks', () => {
  it('ignores a replayed callback: no second transition, instance or event', async () => {
    const { order: o, signed } = await pendingPayment({ productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    const first = await t.anonymous().post(CALLBACK, signed.body, signed.headers);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ received: true, changed: true });
    const replay = await t.anonymous().post(CALLBACK, signed.body, signed.headers);
    expect(replay.json()).toEqual({ received: true, changed: false });
    expect(await instancesOfOrder(o.id)).toHaveLength(1);
    expect((await eventsOf(t, ORDER_PAID)).filter((e) => e.orderId === o.id)).toHaveLength(1);
  });

  it('makes exactly one paid transition from concurrent callbacks', async () => {
    const { order: o, signed } = await pendingPayment({ productId: c.saas, specId: c.std, unit: 'month', duration: 1, quantity: 2 });
    const replies = await Promise.all([1, 2, 3, 4].map(() => t.anonymous().post(CALLBACK, signed.body, signed.headers)));
    expect(replies.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(replies.filter((r) => r.json().changed)).toHaveLength(1);
    expect(await instancesOfOrder(o.id)).toHaveLength(2);
    expect((await eventsOf(t, ORDER_PAID)).filter((e) => e.orderId === o.id)).toHaveLength(1);
    const rows = await t.deps.db.select({ id: instances.id }).from(instances).where(eq(instances.productName, '测试 SaaS'));
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a wrong signature and a wrong amount, changing nothing', async () => {
    const { order: o, callback, signed } = await pendingPayment({ productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    const forged = await t.anonymous().post(CALLBACK, signed.body, { 'x-sandbox-signature': 'ab'.repeat(32) });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().code).toBe('invalid_signature');
    const unsigned = await t.anonymous().post(CALLBACK, signed.body);
    expect(unsigned.json().code).toBe('invalid_signature');
    // a correctly signed callback for less money is still refused
    const cheap = sandboxOf(t.deps).signCallback({ ...callback, amountFen: callback.amountFen - 1 });
    const short = await t.anonymous().post(CALLBACK, cheap.body, cheap.headers);
    expect(short.statusCode).toBe(400);
    expect(short.json().code).toBe('amount_mismatch');
    // tampering with the signed body breaks the signature
    const tampered = await t.anonymous().post(CALLBACK, { ...signed.body, amountFen: 1 }, signed.headers);
    expect(tampered.json().code).toBe('invalid_signature');
    expect((await buyer.get(`/api/v1/buyer/orders/${o.id}`)).json().status).toBe('unpaid');
    // the refused callback claimed the pending payment in the statement that read it; the refusal
    // rolled that back, so the genuine callback still pays
    const genuine = await t.anonymous().post(CALLBACK, signed.body, signed.headers);
    expect(genuine.json().changed).toBe(true);
    expect((await buyer.get(`/api/v1/buyer/orders/${o.id}`)).json().status).toBe('paid');
  });

  it('records a failed payment and lets the buyer start again', async () => {
    const { order: o, payment, callback } = await pendingPayment({ productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    const failed = sandboxOf(t.deps).signCallback({ ...callback, status: 'failed' });
    expect((await t.anonymous().post(CALLBACK, failed.body, failed.headers)).json().changed).toBe(true);
    const detail = (await buyer.get(`/api/v1/buyer/orders/${o.id}`)).json();
    expect(detail).toMatchObject({ status: 'unpaid', payment: { id: payment.paymentId, status: 'failed', payUrl: null } });
    const retry = (await buyer.post(`/api/v1/buyer/orders/${o.id}/pay`)).json();
    expect(retry.paymentId).not.toBe(payment.paymentId);
  });

  it('returns a payment that arrives after its order was voided, tells the buyer, and books nothing', async () => {
    const { order: o, payment, signed } = await pendingPayment({ productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    await t.deps.db.update(orders).set({ status: 'voided', voidedAt: t.clock.now() }).where(eq(orders.id, o.id));
    const paidBefore = (await eventsOf(t, ORDER_PAID)).length;

    const res = await t.anonymous().post(CALLBACK, signed.body, signed.headers);
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await t.deps.db.select({ status: payments.status }).from(payments).where(eq(payments.id, payment.paymentId));
    expect(row?.status).toBe('refunded');
    expect((await buyer.get(`/api/v1/buyer/orders/${o.id}`)).json()).toMatchObject({ status: 'voided', instances: [] });
    expect(await eventsOf(t, ORDER_PAID)).toHaveLength(paidBefore);
    const told = (await eventsOf(t, NOTIFICATION_TOPIC)).filter((n) => n.template === 'orders.payment_returned');
    expect(told).toEqual([expect.objectContaining({ userId: t.seed.buyerId, link: `/buyer/orders/${o.id}` })]);

    // the replay finds nothing pending: no second return
    expect((await t.anonymous().post(CALLBACK, signed.body, signed.headers)).json().changed).toBe(false);
    expect((await eventsOf(t, NOTIFICATION_TOPIC)).filter((n) => n.template === 'orders.payment_returned')).toHaveLength(1);
  });
});
