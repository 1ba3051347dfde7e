import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, MINUTE } from '../../platform/clock.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { NOTIFICATION_TOPIC } from '../notifications/index.js';
import { orders } from '../orders/index.js';
import { PRICES, eventsOf, newBuyer, order, pay, seedTestCatalog, type Catalog, type OrderReply } from '../../test/kits/orders.js';

let t: TestApp;
let buyer: Agent;
let demo: Agent;
let operator: Agent;
let c: Catalog;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  buyer = await t.agent('buyer');
  demo = await t.agent('demo');
  operator = await t.agent('operator');
});
afterAll(() => t.close());

/** Sessions expire as the clock moves days ahead: sign in again. */
async function advance(ms: number): Promise<void> {
  t.clock.advance(ms);
  [buyer, demo, operator] = await Promise.all([t.agent('buyer'), t.agent('demo'), t.agent('operator')]);
}

async function paidOrder(b: Agent = buyer): Promise<OrderReply> {
  const o = await order(b, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
  const paid = await pay(b, o.id);
  await t.deps.outbox.drain(); // the ledger records the payment
  return paid;
}
const ask = (b: Agent, orderId: string, reason = 'not what I expected') => b.post(`/api/v1/buyer/orders/${orderId}/refunds`, { reason });
const setWindow = (refundWindowDays: number, autoApproveDays = 3) =>
  operator.request('PUT', '/api/v1/operator/aftersales-settings', { refundWindowDays, autoApproveDays });

describe('after-sales settings', () => {
  it('start at a 5-day window and a 3-day auto-approval, and accept only 0–30 and 1–15 days', async () => {
    const res = await operator.get('/api/v1/operator/aftersales-settings');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ refundWindowDays: 5, autoApproveDays: 3 });
    expect((await setWindow(31)).statusCode).toBe(400);
    expect((await setWindow(5, 0)).statusCode).toBe(400);
    expect((await setWindow(5, 16)).statusCode).toBe(400);
    const saved = await setWindow(7, 4);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await operator.get('/api/v1/operator/aftersales-settings')).json()).toEqual({ refundWindowDays: 7, autoApproveDays: 4 });
    expect((await setWindow(5, 3)).statusCode).toBe(200);
  });
});

describe('settlement after the refund window', () => {
  it('waits for the operator’s window, not a fixed 5 days', async () => {
    expect((await setWindow(7)).statusCode).toBe(200);
    const o = await paidOrder();
    const settledAt = async () => (await t.deps.db.select({ at: orders.settledAt }).from(orders).where(eq(orders.id, o.id)))[0]?.at ?? null;
    await advance(6 * DAY);
    await t.deps.scheduler.runDue();
    expect(await settledAt()).toBeNull();
    await advance(DAY + 10 * MINUTE);
    await t.deps.scheduler.runDue();
    expect(await settledAt()).toEqual(t.clock.now());
    expect((await setWindow(5)).statusCode).toBe(200);
  });
});

describe('a buyer asking for a refund', () => {
  it('opens a full refund under seller review, due in 3 days, and tells the seller by e-mail and SMS', async () => {
    const o = await paidOrder();
    const res = await ask(buyer, o.id, 'wrong edition');
    expect(res.statusCode, res.body).toBe(201);
    const now = t.clock.now();
    expect(res.json()).toMatchObject({
      origin: 'buyer',
      orderId: o.id,
      kind: 'full',
      amountFen: PRICES.stdMonth,
      release: 'now',
      status: 'reviewing',
      reason: 'wrong edition',
      createdAt: now.toISOString(),
      dueAt: new Date(now.getTime() + 3 * DAY).toISOString(),
      decidedAt: null,
    });
    expect(res.json().instanceId).toBe(o.instances[0]?.id);

    const notices = (await eventsOf(t, NOTIFICATION_TOPIC)).filter(
      (e) => e.template === 'aftersales.refund_requested' && e.link === `/seller/refunds/${res.json().id}`,
    );
    expect(notices).toEqual([
      expect.objectContaining({ userId: t.seed.demoMainId, channels: ['email', 'sms'], params: { productName: '测试 SaaS', amount: '100.00' } }),
    ]);

    const list = (await demo.get('/api/v1/seller/refunds?status=reviewing&origin=buyer')).json();
    const row = list.items.find((r: { id: string }) => r.id === res.json().id);
    expect(row).toMatchObject({ productName: '测试 SaaS', buyerUid: expect.any(Number), createdAt: now.toISOString(), decidedAt: null, status: 'reviewing' });
    expect((await demo.get(`/api/v1/seller/refunds/${res.json().id}`)).json()).toEqual(row);
    const mine = (await buyer.get('/api/v1/buyer/refunds')).json();
    expect(mine.items.map((r: { id: string }) => r.id)).toContain(res.json().id);
  });

  it('refuses a second request while one is open', async () => {
    const o = await paidOrder();
    expect((await ask(buyer, o.id)).statusCode).toBe(201);
    const again = await ask(buyer, o.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('refund_pending');
  });

  it('opens one refund when two requests race (the open-refund index decides)', async () => {
    const o = await paidOrder();
    const both = await Promise.all([ask(buyer, o.id), ask(buyer, o.id)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.statusCode === 409)?.json().code).toBe('refund_pending');
  });

  it('refuses an unpaid order, and answers 404 for another buyer’s order', async () => {
    const unpaid = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    expect((await ask(buyer, unpaid.id)).json().code).toBe('order_not_refundable');
    const o = await paidOrder();
    const stranger = await newBuyer(t, 'rf-stranger');
    expect((await ask(stranger, o.id)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/buyer/refunds')).json().items).toEqual([]);
  });

  it('refuses a request after the window, and follows the operator’s window change', async () => {
    const o = await paidOrder();
    await advance(5 * DAY + MINUTE);
    const late = await ask(buyer, o.id);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'refund_window_closed', refundWindowDays: 5 });

    expect((await setWindow(10)).statusCode).toBe(200);
    expect((await ask(buyer, o.id)).statusCode).toBe(201);

    const fresh = await paidOrder();
    expect((await setWindow(0)).statusCode).toBe(200);
    await advance(MINUTE);
    expect((await ask(buyer, fresh.id)).json().code).toBe('refund_window_closed');
    expect((await setWindow(5)).statusCode).toBe(200);
  });
});

describe('the seller deciding', () => {
  it('rejects with a reason; the buyer hears why and the refund is final', async () => {
    const o = await paidOrder();
    const r = (await ask(buyer, o.id)).json();
    expect((await demo.post(`/api/v1/seller/refunds/${r.id}/reject`, { reason: '' })).statusCode).toBe(400);
    const res = await demo.post(`/api/v1/seller/refunds/${r.id}/reject`, { reason: 'service already delivered' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', rejectReason: 'service already delivered', decidedAt: t.clock.now().toISOString() });
    const notices = (await eventsOf(t, NOTIFICATION_TOPIC)).filter((e) => e.template === 'aftersales.refund_rejected' && e.userId === t.seed.buyerId);
    expect(notices).toContainEqual(expect.objectContaining({ params: { productName: '测试 SaaS', reason: 'service already delivered' } }));
    expect((await demo.post(`/api/v1/seller/refunds/${r.id}/approve`)).json().code).toBe('refund_already_decided');
    const [row] = await t.deps.db.select({ status: orders.status }).from(orders).where(eq(orders.id, o.id));
    expect(row?.status).toBe('paid');
    // a rejected request no longer blocks a new one
    expect((await ask(buyer, o.id)).statusCode).toBe(201);
  });

  it('answers 404 to another seller for the refund and the instance, and 403 without the permission', async () => {
    const o = await paidOrder();
    const r = (await ask(buyer, o.id)).json();
    const acme = await t.agent('acme');
    expect((await acme.get(`/api/v1/seller/refunds/${r.id}`)).statusCode).toBe(404);
    expect((await acme.post(`/api/v1/seller/refunds/${r.id}/approve`)).statusCode).toBe(404);
    expect((await acme.post(`/api/v1/seller/refunds/${r.id}/reject`, { reason: 'no' })).statusCode).toBe(404);
    const instanceId = o.instances[0]?.id ?? '';
    expect((await acme.post(`/api/v1/seller/instances/${instanceId}/refunds`, { kind: 'full', release: 'now', reason: 'agreed' })).statusCode).toBe(404);
    expect((await acme.get('/api/v1/seller/refunds')).json().items).toEqual([]);
    const ops = await t.agent('ops@demoisv');
    expect((await ops.get('/api/v1/seller/refunds')).statusCode).toBe(403);
    expect((await ops.post(`/api/v1/seller/refunds/${r.id}/approve`)).statusCode).toBe(403);
  });
});
