import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { PRICES, newBuyer, order, pay, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';

let t: TestApp;
let buyer: Agent;
let demo: Agent;
let c: Catalog;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  buyer = await newBuyer(t, 'invoiceable_buyer');
  demo = await t.agent('demo');
});
afterAll(() => t.close());

const month = { unit: 'month', duration: 1 };
const contact = { contactName: '张三', contactPhone: '13800000000', address: '北京市海淀区 1 号' };
const ids = async (): Promise<string[]> => {
  const res = await buyer.get('/api/v1/buyer/invoiceable-orders');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().map((o: { orderId: string }) => o.orderId);
};

describe('the orders a buyer can invoice', () => {
  it('lists paid orders with their seller and cash, and drops those on an active invoice or with an open refund', async () => {
    const unpaid = await order(buyer, { productId: c.saas, specId: c.std, ...month });
    const a = await order(buyer, { productId: c.saas, specId: c.std, ...month });
    await pay(buyer, a.id);
    const b = await order(buyer, { productId: c.acmeSaas, specId: c.acmeSpec, ...month });
    await pay(buyer, b.id);
    const r = await order(buyer, { productId: c.saas, specId: c.pro, ...month });
    await pay(buyer, r.id);

    const listed = (await buyer.get('/api/v1/buyer/invoiceable-orders')).json();
    expect(listed.map((o: { orderId: string }) => o.orderId).sort()).toEqual([a.id, b.id, r.id].sort());
    expect(listed.find((o: { orderId: string }) => o.orderId === a.id)).toMatchObject({
      sellerId: t.seed.demoSellerId,
      paidFen: PRICES.stdMonth,
      cashFen: PRICES.stdMonth,
    });
    expect(listed.find((o: { orderId: string }) => o.orderId === b.id).sellerId).toBe(t.seed.acmeSellerId);
    expect(await ids()).not.toContain(unpaid.id);

    expect((await buyer.post(`/api/v1/buyer/orders/${r.id}/refunds`, { reason: 'changed my mind' })).statusCode).toBe(201);
    expect((await buyer.post('/api/v1/buyer/invoices', { type: 'ordinary', title: '某某公司', ...contact, orderIds: [a.id] })).statusCode).toBe(201);
    expect(await ids()).toEqual([b.id]);
  });

  it('is the buyer’s own and buyers only', async () => {
    const stranger = await newBuyer(t, 'invoiceable_stranger');
    expect((await stranger.get('/api/v1/buyer/invoiceable-orders')).json()).toEqual([]);
    expect((await demo.get('/api/v1/buyer/invoiceable-orders')).statusCode).toBe(403);
  });
});

describe('the refund policy a buyer reads', () => {
  it('tells the no-reason window and the auto-approve delay', async () => {
    const res = await buyer.get('/api/v1/buyer/refund-policy');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ refundWindowDays: 5, autoApproveDays: 3 });
  });
});
