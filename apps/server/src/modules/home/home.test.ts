import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../platform/clock.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { addProject, addTasks, publishedTemplate } from '../../test/kits/delivery/views.fixtures.js';
import { PRICES, newBuyer, order, pay, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { instances, orders } from '../orders/index.js';

/*
 * The portals' home pages (issue 11 item 8) on the manual clock. TEST_START is Monday
 * 2026-06-01 10:00 Beijing. Every figure is set up by the same requests a user's clicks send
 * (order, pay, refund, invoice, review); delivery projects come from the view fixtures.
 */

let t: TestApp;
let buyer: Agent;
let demo: Agent;
let acme: Agent;
let c: Catalog;

const month = { unit: 'month', duration: 1 };
const demoOrder = () => order(buyer, { productId: c.saas, specId: c.std, ...month });
async function paidDemo(): Promise<string> {
  const id = (await pay(buyer, (await demoOrder()).id)).id;
  await t.deps.outbox.drain(); // the ledger records the payment, the instance opens
  return id;
}
const home = async (agent: Agent, portal: 'seller' | 'operator' | 'buyer') => {
  const res = await agent.get(`/api/v1/home/${portal}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
async function signInAgain(): Promise<void> {
  [buyer, demo, acme] = await Promise.all([t.agent('buyer'), t.agent('demo'), t.agent('acme')]);
}

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  await signInAgain();
});
afterAll(() => t.close());

describe('seller home', () => {
  let first: string;
  let second: string;

  it('counts today’s orders (placed, paid) and GMV by Beijing day over 30 days (guide: 近30天交易额（GMV）), its own orders only', async () => {
    first = await paidDemo(); // Monday 10:00
    t.clock.advance(DAY); // Tuesday 10:00
    await signInAgain();
    second = await paidDemo();
    await demoOrder(); // placed, not paid
    await pay(buyer, (await order(buyer, { productId: c.acmeSaas, specId: c.acmeSpec, ...month })).id); // Acme's, not Demo's

    const h = await home(demo, 'seller');
    expect(h.today).toBe('2026-06-02');
    expect(h.sales).toMatchObject({ ordersToday: 2, paidToday: 1, gmvTodayFen: PRICES.stdMonth, gmv30dFen: 2 * PRICES.stdMonth });
    expect(h.sales.trend).toHaveLength(30);
    expect(h.sales.trend.at(-1)).toEqual({ day: '2026-06-02', orders: 2, gmvFen: PRICES.stdMonth });
    expect(h.sales.trend.at(-2)).toEqual({ day: '2026-06-01', orders: 1, gmvFen: PRICES.stdMonth });
    expect(h.sales.trend[0].day).toBe('2026-05-04');

    const a = await home(acme, 'seller');
    expect(a.sales).toMatchObject({ ordersToday: 1, paidToday: 1, gmv30dFen: a.sales.gmvTodayFen });
    expect(a.sales.gmvTodayFen).toBeGreaterThan(0);
  });

  it('counts a pending buyer refund; once refunded, GMV drops by the refund on the day it is paid back (guide 7: 交易金额…不包含退款)', async () => {
    const ask = await buyer.post(`/api/v1/buyer/orders/${first}/refunds`, { reason: 'not what I expected' });
    expect(ask.statusCode, ask.body).toBe(201);
    expect((await home(demo, 'seller')).pendingRefunds).toBe(1);

    const approved = await demo.post(`/api/v1/seller/refunds/${ask.json().id}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    const [refundOrder] = await t.deps.db
      .select({ paidFen: orders.paidFen })
      .from(orders)
      .where(and(eq(orders.parentOrderId, first), eq(orders.type, 'refund')));
    const refunded = -(refundOrder?.paidFen ?? 0);
    expect(refunded).toBeGreaterThan(0);

    const h = await home(demo, 'seller');
    expect(h.pendingRefunds).toBe(0);
    expect(h.sales.gmvTodayFen).toBe(PRICES.stdMonth - refunded);
    expect(h.sales.gmv30dFen).toBe(2 * PRICES.stdMonth - refunded);
    // the refund order is not an order placed today
    expect(h.sales.ordersToday).toBe(2);
  });

  it('counts invoice applications to issue and reviews to reply to', async () => {
    const inv = await buyer.post('/api/v1/buyer/invoices', {
      type: 'ordinary',
      title: '某某科技有限公司',
      contactName: '张三',
      contactPhone: '13800000000',
      address: '北京市海淀区 1 号',
      orderIds: [second],
    });
    expect(inv.statusCode, inv.body).toBe(201);
    const review = await buyer.post(`/api/v1/buyer/orders/${second}/review`, { quality: 4, attitude: 5, speed: 5, comment: 'ok' });
    expect(review.statusCode, review.body).toBe(201);

    const h = await home(demo, 'seller');
    expect(h.invoicesToIssue).toBe(1);
    expect(h.reviewsToReply).toBe(1);

    const replied = await demo.post(`/api/v1/seller/reviews/${review.json().id}/reply`, { reply: 'Thank you' });
    expect(replied.statusCode, replied.body).toBe(200);
    expect((await home(demo, 'seller')).reviewsToReply).toBe(0);
    expect((await home(acme, 'seller')).invoicesToIssue).toBe(0);
  });

  it('counts open overdue projects where the seller is vendor or provider, not closed ones nor other sellers’', async () => {
    const tpl = await publishedTemplate(t, t.seed.demoSellerId);
    await addProject(t, { vendorSellerId: t.seed.demoSellerId, providerSellerId: t.seed.demoSellerId, templateId: tpl, overdue: true });
    await addProject(t, { vendorSellerId: t.seed.acmeSellerId, providerSellerId: t.seed.demoSellerId, templateId: tpl, overdue: true, status: 'paused' });
    await addProject(t, { vendorSellerId: t.seed.demoSellerId, providerSellerId: t.seed.demoSellerId, templateId: tpl, overdue: true, status: 'completed' });
    await addProject(t, { vendorSellerId: t.seed.demoSellerId, providerSellerId: t.seed.demoSellerId, templateId: tpl, overdue: false });
    expect((await home(demo, 'seller')).overdueProjects).toBe(2);
    expect((await home(acme, 'seller')).overdueProjects).toBe(1);
  });

  it('splits the days at 00:00 Beijing: a payment at 23:59 counts for that day, not the next', async () => {
    t.clock.set(new Date('2026-06-02T15:59:00.000Z')); // Tuesday 23:59 Beijing
    await signInAgain();
    const tuesday = (await home(demo, 'seller')).sales.trend.at(-1);
    await paidDemo();
    expect((await home(demo, 'seller')).sales.trend.at(-1)).toEqual({
      day: '2026-06-02',
      orders: tuesday.orders + 1,
      gmvFen: tuesday.gmvFen + PRICES.stdMonth,
    });
    t.clock.set(new Date('2026-06-02T16:00:00.000Z')); // Wednesday 00:00 Beijing
    await signInAgain();
    const h = await home(demo, 'seller');
    expect(h.today).toBe('2026-06-03');
    expect(h.sales).toMatchObject({ ordersToday: 0, paidToday: 0, gmvTodayFen: 0 });
    expect(h.sales.trend.at(-2)).toEqual({ day: '2026-06-02', orders: tuesday.orders + 1, gmvFen: tuesday.gmvFen + PRICES.stdMonth });
  });

  it('shows a sub-account only the cards its permissions allow; buyers and operators get 403', async () => {
    const ops = await t.agent('ops@demoisv'); // 订单专员: orders.view + orders.export
    const h = await home(ops, 'seller');
    expect(h.sales).toBeDefined();
    expect(h).not.toHaveProperty('pendingRefunds');
    expect(h).not.toHaveProperty('invoicesToIssue');
    expect(h).not.toHaveProperty('reviewsToReply');
    expect(h).not.toHaveProperty('overdueProjects');

    const admin = await t.agent('admin@demoisv'); // 账号管理员: sub-accounts only
    expect(Object.keys(await home(admin, 'seller'))).toEqual(['today']);

    expect((await buyer.get('/api/v1/home/seller')).statusCode).toBe(403);
    expect((await (await t.agent('operator')).get('/api/v1/home/seller')).statusCode).toBe(403);
    expect((await t.anonymous().get('/api/v1/home/seller')).statusCode).toBe(401);
  });
});

describe('operator home', () => {
  it('counts the review queues and platform totals across sellers; sellers and buyers get 403', async () => {
    const operator = await t.agent('operator');
    const h = await home(operator, 'operator');
    expect(h.queues).toMatchObject({ refundReviews: 0, priceFlags: 0, overdueProjects: 2 });
    expect(h.totals.sellers).toBeGreaterThanOrEqual(2);
    expect(h.totals.buyers).toBeGreaterThanOrEqual(1);
    // all sellers' GMV today (Wednesday): nothing yet
    expect(h.sales.gmvTodayFen).toBe(0);
    expect(h.sales.trend.at(-2).gmvFen).toBeGreaterThan(0);

    await paidDemo();
    expect((await home(operator, 'operator')).sales).toMatchObject({ ordersToday: 1, paidToday: 1, gmvTodayFen: PRICES.stdMonth });

    expect((await demo.get('/api/v1/home/operator')).statusCode).toBe(403);
    expect((await buyer.get('/api/v1/home/operator')).statusCode).toBe(403);
  });
});

describe('buyer home', () => {
  it('counts orders to pay, running instances expiring within 7 days, and projects waiting on the buyer', async () => {
    const fresh = await newBuyer(t, 'home-buyer');
    const me = (await fresh.get('/api/v1/auth/me')).json();
    expect(await home(fresh, 'buyer')).toMatchObject({ ordersToPay: 0, activeInstances: 0, expiringInstances: 0, requirementsToFill: 0, draftsToConfirm: 0 });

    await order(fresh, { productId: c.saas, specId: c.std, ...month });
    const tpl = await publishedTemplate(t, t.seed.demoSellerId);
    const needsForm = await addProject(t, { vendorSellerId: t.seed.demoSellerId, providerSellerId: t.seed.demoSellerId, templateId: tpl, buyerId: me.id });
    await addTasks(t, needsForm.id, [{ nodeId: 'req', status: 'open', side: 'customer' }]);
    const needsConfirm = await addProject(t, { vendorSellerId: t.seed.demoSellerId, providerSellerId: t.seed.demoSellerId, templateId: tpl, buyerId: me.id });
    await addTasks(t, needsConfirm.id, [{ nodeId: 'chk', status: 'open', side: 'customer' }]);
    const providerWork = await addProject(t, { vendorSellerId: t.seed.demoSellerId, providerSellerId: t.seed.demoSellerId, templateId: tpl, buyerId: me.id });
    await addTasks(t, providerWork.id, [{ nodeId: 'work', status: 'open', side: 'provider' }]);

    const h = await home(fresh, 'buyer');
    // the fixture's three projects each hold an in-service instance without an expiry
    expect(h).toMatchObject({ ordersToPay: 1, activeInstances: 3, expiringInstances: 0, requirementsToFill: 1, draftsToConfirm: 1 });
    expect((await demo.get('/api/v1/home/buyer')).statusCode).toBe(403);
  });

  it('an instance counts as expiring when it ends within 7 days, not 8', async () => {
    const mine = await newBuyer(t, 'home-expiry');
    const me = (await mine.get('/api/v1/auth/me')).json();
    const tpl = await publishedTemplate(t, t.seed.demoSellerId);
    const p = await addProject(t, { vendorSellerId: t.seed.demoSellerId, providerSellerId: t.seed.demoSellerId, templateId: tpl, buyerId: me.id });
    const now = t.clock.now().getTime();
    // the test stands in for the renewal clock: the fixture's instance ends 8 days from now
    await t.deps.db
      .update(instances)
      .set({ expiresAt: new Date(now + 8 * DAY) })
      .where(eq(instances.id, p.instanceId));
    expect(await home(mine, 'buyer')).toMatchObject({ activeInstances: 1, expiringInstances: 0 });
    await t.deps.db
      .update(instances)
      .set({ expiresAt: new Date(now + 7 * DAY - HOUR) })
      .where(eq(instances.id, p.instanceId));
    expect(await home(mine, 'buyer')).toMatchObject({ activeInstances: 1, expiringInstances: 1 });
  });
});
