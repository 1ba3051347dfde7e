import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { PRICES, order, pay, seedTestCatalog } from '../../test/kits/orders.js';
import { addCoupon, addDiscount, giveCoupon, holdingOf } from '../../test/kits/promotion-rows.js';

let t: TestApp;
let buyer: Agent;
let demo: Agent;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  buyer = await t.agent('buyer');
  demo = await t.agent('demo');
});
afterAll(() => t.close());

describe('refunding an order paid partly by discount and coupon', () => {
  it('repays at most the cash paid (paidFen, not the list price) and keeps the coupon spent', async () => {
    const now = t.clock.now();
    const c = await seedTestCatalog(t.deps.db, now, t.seed);
    await addDiscount(t.deps.db, now, { sellerId: t.seed.demoSellerId, productId: c.saas, specIds: [c.std], amountOffFen: 1_500 });
    const holding = await giveCoupon(t.deps.db, now, await addCoupon(t.deps.db, now, { sellerId: t.seed.demoSellerId, reduceFen: 2_500 }), t.seed.buyerId);
    const placed = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1, couponHoldingId: holding });
    const cash = PRICES.stdMonth - 1_500 - 2_500;
    expect(placed.paidFen).toBe(cash);
    const paid = await pay(buyer, placed.id);
    await t.deps.outbox.drain();
    const res = await buyer.post(`/api/v1/buyer/orders/${paid.id}/refunds`, { reason: 'not needed' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'full', amountFen: cash });
    const approved = await demo.post(`/api/v1/seller/refunds/${res.json().id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    await t.deps.outbox.drain();
    const after = (await buyer.get(`/api/v1/buyer/orders/${paid.id}`)).json();
    expect(after.status).toBe('refunded');
    // the coupon is not given back on a refund
    expect((await holdingOf(t.deps.db, holding))?.orderId).toBe(paid.id);
  });
});
