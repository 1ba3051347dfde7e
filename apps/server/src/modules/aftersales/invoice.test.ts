import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { NOTIFICATION_TOPIC } from '../notifications/index.js';
import { orders } from '../orders/index.js';
import { PRICES, eventsOf, newBuyer, order, pay, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';

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

const month = { unit: 'month', duration: 1 };
async function paidOrder(agent: Agent = buyer, spec: 'std' | 'pro' | 'acme' = 'std'): Promise<string> {
  const body = spec === 'acme' ? { productId: c.acmeSaas, specId: c.acmeSpec, ...month } : { productId: c.saas, specId: c[spec], ...month };
  const o = await order(agent, body);
  await pay(agent, o.id);
  return o.id;
}

const contact = { contactName: '张三', contactPhone: '13800000000', address: '北京市海淀区 1 号' };
const ordinary = (orderIds: string[]) => ({ type: 'ordinary', title: '某某科技有限公司', ...contact, orderIds });
const special = { bank: '工商银行', account: '6222000000000000', regAddress: '北京市朝阳区 2 号', regPhone: '010-88888888' };

async function apply(orderIds: string[], agent: Agent = buyer) {
  const res = await agent.post('/api/v1/buyer/invoices', ordinary(orderIds));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('applying for an invoice', () => {
  it("invoices the cash paid for the buyer's paid orders of one seller and tells the seller", async () => {
    const a = await paidOrder();
    const b = await paidOrder(buyer, 'pro');
    const inv = await apply([a, b]);
    expect(inv).toMatchObject({
      status: 'applied',
      type: 'ordinary',
      sellerId: t.seed.demoSellerId,
      amountFen: PRICES.stdMonth + PRICES.proMonth,
      issuedAt: null,
    });
    expect(inv.orders.map((o: { orderId: string; cashFen: number }) => [o.orderId, o.cashFen]).sort()).toEqual(
      [
        [a, PRICES.stdMonth],
        [b, PRICES.proMonth],
      ].sort(),
    );
    const notices = (await eventsOf(t, NOTIFICATION_TOPIC)).filter(
      (e) => e.template === 'aftersales.invoice_applied' && e.link === `/seller/invoices/${inv.id}`,
    );
    expect(notices).toEqual([expect.objectContaining({ userId: t.seed.demoMainId })]);

    expect((await buyer.get(`/api/v1/buyer/invoices/${inv.id}`)).json()).toEqual(inv);
    expect((await buyer.get('/api/v1/buyer/invoices')).json().items.map((i: { id: string }) => i.id)).toContain(inv.id);
    const listed = (await demo.get('/api/v1/seller/invoices?status=applied&type=ordinary')).json().items.find((i: { id: string }) => i.id === inv.id);
    expect(listed).toMatchObject({
      contactName: '张三',
      contactPhone: '13800000000',
      amountFen: inv.amountFen,
      status: 'applied',
      createdAt: inv.createdAt,
      issuedAt: null,
    });
    expect(typeof listed.buyerUid).toBe('number');
    expect((await demo.get(`/api/v1/seller/invoices/${inv.id}`)).json().orders).toHaveLength(2);
    expect((await demo.get('/api/v1/seller/invoices?status=issued')).json().items.some((i: { id: string }) => i.id === inv.id)).toBe(false);
  });

  it('needs a tax number and bank details for a special invoice', async () => {
    const a = await paidOrder();
    const bare = await buyer.post('/api/v1/buyer/invoices', { ...ordinary([a]), type: 'special' });
    expect(bare.statusCode).toBe(400);
    const full = await buyer.post('/api/v1/buyer/invoices', { ...ordinary([a]), type: 'special', taxNo: '91110000000000000X', details: special });
    expect(full.statusCode, full.body).toBe(201);
    expect(full.json()).toMatchObject({ type: 'special', taxNo: '91110000000000000X', details: special });
  });

  it('refuses unpaid and refunded orders', async () => {
    const unpaid = await order(buyer, { productId: c.saas, specId: c.std, ...month });
    const res = await buyer.post('/api/v1/buyer/invoices', ordinary([unpaid.id]));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'order_not_invoiceable', orderIds: [unpaid.id] });
    const refunded = await paidOrder();
    await t.deps.db.update(orders).set({ status: 'refunded' }).where(eq(orders.id, refunded));
    expect((await buyer.post('/api/v1/buyer/invoices', ordinary([refunded]))).json().code).toBe('order_not_invoiceable');
  });

  it('refuses orders of two sellers on one invoice', async () => {
    const res = await buyer.post('/api/v1/buyer/invoices', ordinary([await paidOrder(), await paidOrder(buyer, 'acme')]));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invoice_mixed_sellers');
  });

  it("answers 404 for another buyer's order or invoice", async () => {
    const mine = await paidOrder();
    const inv = await apply([await paidOrder()]);
    const stranger = await newBuyer(t, 'inv-stranger');
    expect((await stranger.post('/api/v1/buyer/invoices', ordinary([mine]))).statusCode).toBe(404);
    expect((await stranger.get(`/api/v1/buyer/invoices/${inv.id}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/buyer/invoices')).json().total).toBe(0);
  });

  it('puts an order on one active invoice only, and again after a rejection', async () => {
    const a = await paidOrder();
    const first = await apply([a]);
    const twice = await buyer.post('/api/v1/buyer/invoices', ordinary([a, await paidOrder()]));
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'order_already_invoiced', orderIds: [a] });

    const rejected = await demo.post(`/api/v1/seller/invoices/${first.id}/reject`, { reason: 'wrong title' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: 'wrong title' });
    const again = await apply([a]);
    expect(again.id).not.toBe(first.id);
    expect(
      (await demo.post(`/api/v1/seller/invoices/${first.id}/issue`, { invoiceNo: '1', carrier: 'SF', trackingNo: '1', postage: 'prepaid' })).json().code,
    ).toBe('invoice_already_decided');
  });

  it('lets only one of two concurrent applications take an order', async () => {
    const a = await paidOrder();
    const replies = await Promise.all([1, 2].map(() => buyer.post('/api/v1/buyer/invoices', ordinary([a]))));
    expect(replies.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(replies.find((r) => r.statusCode === 409)?.json().code).toBe('order_already_invoiced');
  });
});

describe('issuing an invoice', () => {
  const mailing = { invoiceNo: '04400000001', carrier: '顺丰', trackingNo: 'SF1234567890' };

  it('refuses cash on delivery over ¥200: the seller pays that postage', async () => {
    const inv = await apply([await paidOrder(buyer, 'pro')]);
    expect(inv.amountFen).toBeGreaterThan(20_000);
    const cod = await demo.post(`/api/v1/seller/invoices/${inv.id}/issue`, { ...mailing, postage: 'cash_on_delivery' });
    expect(cod.statusCode).toBe(409);
    expect(cod.json().code).toBe('postage_must_be_prepaid');

    const issued = await demo.post(`/api/v1/seller/invoices/${inv.id}/issue`, { ...mailing, postage: 'prepaid' });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'issued', ...mailing, postage: 'prepaid', issuedAt: t.clock.now().toISOString() });
    const notices = (await eventsOf(t, NOTIFICATION_TOPIC)).filter((e) => e.template === 'aftersales.invoice_issued' && e.link === `/buyer/invoices/${inv.id}`);
    expect(notices).toEqual([expect.objectContaining({ userId: t.seed.buyerId, params: { invoiceId: inv.id, carrier: '顺丰', trackingNo: 'SF1234567890' } })]);
    expect((await demo.post(`/api/v1/seller/invoices/${inv.id}/reject`, { reason: 'late' })).json().code).toBe('invoice_already_decided');
  });

  it('allows cash on delivery up to ¥200', async () => {
    const inv = await apply([await paidOrder()]);
    expect(inv.amountFen).toBeLessThanOrEqual(20_000);
    const res = await demo.post(`/api/v1/seller/invoices/${inv.id}/issue`, { ...mailing, postage: 'cash_on_delivery' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().postage).toBe('cash_on_delivery');
  });

  it('answers 404 to another seller and 403 without invoices.manage', async () => {
    const inv = await apply([await paidOrder()]);
    const acme = await t.agent('acme');
    expect((await acme.get(`/api/v1/seller/invoices/${inv.id}`)).statusCode).toBe(404);
    expect((await acme.post(`/api/v1/seller/invoices/${inv.id}/issue`, { ...mailing, postage: 'prepaid' })).statusCode).toBe(404);
    expect((await acme.post(`/api/v1/seller/invoices/${inv.id}/reject`, { reason: 'no' })).statusCode).toBe(404);
    expect((await acme.get('/api/v1/seller/invoices')).json().items.some((i: { id: string }) => i.id === inv.id)).toBe(false);
    const ops = await t.agent('ops@demoisv');
    expect((await ops.get('/api/v1/seller/invoices')).statusCode).toBe(403);
    expect((await demo.get(`/api/v1/seller/invoices/${inv.id}`)).json().status).toBe('applied');
  });
});
