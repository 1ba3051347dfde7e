import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { NOTIFICATION_TOPIC } from '../notifications/index.js';
import { orders, payments } from '../orders/index.js';
import { PRICES, eventsOf, newBuyer, order, pay, sandboxOf, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { priceChanges } from './aftersales.tables.js';

let t: TestApp;
let buyer: Agent;
let demo: Agent;
let c: Catalog;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  buyer = await t.agent('buyer');
  demo = await t.agent('demo');
});
afterAll(() => t.close());

const unpaid = () => order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
const reprice = (agent: Agent, orderId: string, newPriceFen: number, reason = 'agreed discount') =>
  agent.post(`/api/v1/seller/orders/${orderId}/price`, { newPriceFen, reason });

async function orderRow(id: string) {
  const [o] = await t.deps.db.select({ status: orders.status, paidFen: orders.paidFen }).from(orders).where(eq(orders.id, id));
  return o;
}

async function paymentsOf(orderId: string) {
  return t.deps.db
    .select({ id: payments.id, status: payments.status, amountFen: payments.amountFen, providerRef: payments.providerRef })
    .from(payments)
    .where(eq(payments.orderId, orderId));
}

describe('changing the price of an order', () => {
  it('reprices an unpaid order and audits old, new, reason, who and when', async () => {
    const o = await unpaid();
    const res = await reprice(demo, o.id, 8_000, 'loyal customer');
    expect(res.statusCode, res.body).toBe(201);
    const change = {
      orderId: o.id,
      oldFen: PRICES.stdMonth,
      newFen: 8_000,
      reason: 'loyal customer',
      flagged: false,
      flagStatus: 'none',
      createdAt: t.clock.now().toISOString(),
    };
    expect(res.json()).toMatchObject({ ...change, changedBy: t.seed.demoMainId });
    expect((await orderRow(o.id))?.paidFen).toBe(8_000);

    const audit = await demo.get(`/api/v1/seller/orders/${o.id}/price-changes`);
    expect(audit.statusCode).toBe(200);
    expect(audit.json()).toEqual([res.json()]);
    const seen = (await buyer.get(`/api/v1/buyer/orders/${o.id}/price-changes`)).json();
    expect(seen).toEqual([expect.objectContaining(change)]);
    expect(seen[0]).not.toHaveProperty('changedBy');

    const notices = (await eventsOf(t, NOTIFICATION_TOPIC)).filter((e) => e.template === 'aftersales.price_changed' && e.link === `/buyer/orders/${o.id}`);
    expect(notices).toEqual([
      expect.objectContaining({ userId: t.seed.buyerId, params: expect.objectContaining({ oldAmount: '100.00', newAmount: '80.00' }) }),
    ]);
  });

  it('refuses to reprice a paid or voided order', async () => {
    const paid = await unpaid();
    await pay(buyer, paid.id);
    const res = await reprice(demo, paid.id, 1);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('order_not_repriceable');
    expect((await orderRow(paid.id))?.paidFen).toBe(PRICES.stdMonth);

    const voided = await unpaid();
    await t.deps.db.update(orders).set({ status: 'voided', voidedAt: t.clock.now() }).where(eq(orders.id, voided.id));
    expect((await reprice(demo, voided.id, 1)).json().code).toBe('order_not_repriceable');
    expect(await t.deps.db.select({ id: priceChanges.id }).from(priceChanges).where(eq(priceChanges.orderId, paid.id))).toEqual([]);
  });

  it('requires a reason and a non-negative whole amount', async () => {
    const o = await unpaid();
    expect((await reprice(demo, o.id, 100, '')).statusCode).toBe(400);
    expect((await reprice(demo, o.id, -1)).statusCode).toBe(400);
    expect((await reprice(demo, o.id, 1.5)).statusCode).toBe(400);
    expect((await reprice(demo, o.id, 100, 'x'.repeat(201))).statusCode).toBe(400);
  });

  it("answers 404 for another seller's order and another buyer's order", async () => {
    const o = await unpaid();
    const acme = await t.agent('acme');
    expect((await reprice(acme, o.id, 1)).statusCode).toBe(404);
    expect((await acme.get(`/api/v1/seller/orders/${o.id}/price-changes`)).statusCode).toBe(404);
    const stranger = await newBuyer(t, 'pc-stranger');
    expect((await stranger.get(`/api/v1/buyer/orders/${o.id}/price-changes`)).statusCode).toBe(404);
    expect((await orderRow(o.id))?.paidFen).toBe(PRICES.stdMonth);
  });

  it("makes the buyer's next pay use the new amount", async () => {
    const o = await unpaid();
    const first = (await buyer.post(`/api/v1/buyer/orders/${o.id}/pay`)).json();
    expect(first.amountFen).toBe(PRICES.stdMonth);
    expect((await reprice(demo, o.id, 6_600)).statusCode).toBe(201);
    expect(await paymentsOf(o.id)).toEqual([expect.objectContaining({ id: first.paymentId, status: 'failed' })]);
    // the old cashier page is dead: completing it changes nothing
    const stale = await buyer.post(`/api/v1/payments/sandbox/${first.paymentId}/complete`);
    expect(stale.json()).toMatchObject({ orderStatus: 'unpaid', paymentStatus: 'failed' });

    const again = (await buyer.post(`/api/v1/buyer/orders/${o.id}/pay`)).json();
    expect(again).toMatchObject({ amountFen: 6_600, status: 'pending' });
    expect(again.paymentId).not.toBe(first.paymentId);
    const paid = await pay(buyer, o.id);
    expect(paid).toMatchObject({ status: 'paid', paidFen: 6_600 });
  });
});

describe('a price change racing the payment callback', () => {
  async function pendingCallback() {
    const o = await unpaid();
    const p = (await buyer.post(`/api/v1/buyer/orders/${o.id}/pay`)).json();
    const [row] = await paymentsOf(o.id);
    const signed = sandboxOf(t.deps).signCallback({ providerRef: row?.providerRef ?? '', orderId: o.id, amountFen: PRICES.stdMonth, status: 'succeeded' });
    const callback = () => t.anonymous().post('/api/v1/payments/sandbox/callback', signed.body, signed.headers);
    return { o, paymentId: p.paymentId as string, callback };
  }

  it('refuses the change once the callback has paid the order', async () => {
    const { o, callback } = await pendingCallback();
    expect((await callback()).json()).toMatchObject({ changed: true });
    expect((await reprice(demo, o.id, 1)).json().code).toBe('order_not_repriceable');
    expect(await orderRow(o.id)).toEqual({ status: 'paid', paidFen: PRICES.stdMonth });
  });

  it('refuses the old callback once the change has failed its payment', async () => {
    const { o, callback } = await pendingCallback();
    expect((await reprice(demo, o.id, 1)).statusCode).toBe(201);
    const late = await callback();
    expect(late.statusCode).toBe(400);
    expect(await orderRow(o.id)).toEqual({ status: 'unpaid', paidFen: 1 });
  });

  it('leaves a consistent order when both run at once', async () => {
    for (let i = 0; i < 5; i++) {
      const { o, paymentId, callback } = await pendingCallback();
      const [change] = await Promise.all([reprice(demo, o.id, 1), callback()]);
      const after = await orderRow(o.id);
      const audit = await t.deps.db.select({ id: priceChanges.id }).from(priceChanges).where(eq(priceChanges.orderId, o.id));
      const [payment] = (await paymentsOf(o.id)).filter((p) => p.id === paymentId);
      if (after?.status === 'paid') {
        // the payment won: the price the buyer paid stands and no change was recorded
        expect(change.statusCode).toBe(409);
        expect(after.paidFen).toBe(PRICES.stdMonth);
        expect(audit).toHaveLength(0);
        expect(payment?.status).toBe('succeeded');
      } else {
        // the change won: the old payment is dead and the order waits for the new amount
        expect(change.statusCode).toBe(201);
        expect(after).toEqual({ status: 'unpaid', paidFen: 1 });
        expect(audit).toHaveLength(1);
        expect(payment?.status).toBe('failed');
      }
    }
  });
});

describe('zero-price changes', () => {
  it('are flagged and wait in the operator queue until cleared or confirmed', async () => {
    const o = await unpaid();
    const res = await reprice(demo, o.id, 0, 'paid by bank transfer');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ newFen: 0, flagged: true, flagStatus: 'pending' });

    const operator = await t.agent('operator');
    const queue = (await operator.get('/api/v1/operator/price-flags')).json();
    const item = queue.items.find((f: { id: string }) => f.id === res.json().id);
    expect(item).toMatchObject({
      orderId: o.id,
      oldFen: PRICES.stdMonth,
      newFen: 0,
      orderStatus: 'unpaid',
      sellerId: t.seed.demoSellerId,
      reason: 'paid by bank transfer',
    });

    const cleared = await operator.post(`/api/v1/operator/price-flags/${item.id}/clear`, { note: 'contract on file' });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json().flagStatus).toBe('cleared');
    expect((await operator.post(`/api/v1/operator/price-flags/${item.id}/confirm`, {})).json().code).toBe('price_flag_already_handled');
    const pending = (await operator.get('/api/v1/operator/price-flags?status=pending')).json();
    expect(pending.items.some((f: { id: string }) => f.id === item.id)).toBe(false);
    const done = (await operator.get('/api/v1/operator/price-flags?status=cleared')).json();
    expect(done.items.some((f: { id: string }) => f.id === item.id)).toBe(true);
  });

  it('a non-zero change never reaches the operators', async () => {
    const o = await unpaid();
    const res = (await reprice(demo, o.id, 9_000)).json();
    const operator = await t.agent('operator');
    expect((await operator.post(`/api/v1/operator/price-flags/${res.id}/confirm`, {})).json().code).toBe('price_flag_already_handled');
  });
});
