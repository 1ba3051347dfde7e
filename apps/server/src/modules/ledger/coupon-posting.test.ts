import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { txnsOf } from '../../test/kits/ledger.js';
import { PRICES, order, pay, seedTestCatalog } from '../../test/kits/orders.js';
import { addCoupon, addDiscount, giveCoupon } from '../../test/kits/promotion-rows.js';
import { financeSummary } from './ledger.reports.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
});
afterAll(() => t.close());

describe('payment posting of a promoted order', () => {
  it('posts exactly the cash paid (after the discount and the coupon), and the ledger sums to zero', async () => {
    const now = t.clock.now();
    const buyer = await t.agent('buyer');
    const c = await seedTestCatalog(t.deps.db, now, t.seed);
    await addDiscount(t.deps.db, now, { sellerId: t.seed.demoSellerId, productId: c.saas, specIds: [c.std], rateTenths: 85 });
    const holding = await giveCoupon(
      t.deps.db,
      now,
      await addCoupon(t.deps.db, now, { sellerId: t.seed.demoSellerId, reduceFen: 1_000, thresholdFen: 5_000 }),
      t.seed.buyerId,
    );
    const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'year', duration: 1, couponHoldingId: holding });
    const paidFen = PRICES.stdYear * 0.85 - 1_000;
    expect(o).toMatchObject({ listPriceFen: PRICES.stdYear, paidFen });
    await pay(buyer, o.id);
    await t.deps.outbox.drain();
    expect(await txnsOf(t.deps.db, o.id)).toEqual([`payment:buyer_funds:${-paidFen}`, `payment:seller_frozen:${paidFen}`]);
    expect((await financeSummary(t.deps)).globalSumFen).toBe(0);
  });
});
