// Issue 17 item 10: a placement reads the product, spec and price and the product's discounts from
// what the process keeps between requests (platform/db/kept-reads.ts). A price, a listing or a
// discount changed a moment ago must still decide the very next placement: these tests fail on a
// cache that the database's change announcements (migration 0020) do not empty.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR } from '../../platform/clock.js';
import { keptReads } from '../../platform/db/kept-reads.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { PRICES, order, newKey, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { addDiscount } from '../../test/kits/promotion-rows.js';

let t: TestApp;
let buyer: Agent;
let c: Catalog;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  buyer = await t.agent('buyer');
});
afterAll(() => t.close());

const now = () => t.clock.now();
const monthly = () => ({ productId: c.saas, specId: c.std, unit: 'month', duration: 1 });

describe('placement from reads kept between requests', () => {
  beforeAll(async () => {
    c = await seedTestCatalog(t.deps.db, now(), t.seed);
  });

  it('keeps the purchase terms and the discounts after a placement', async () => {
    await order(buyer, monthly());
    expect(keptReads(t.deps, 'catalog.purchase', 'catalog').size).toBeGreaterThan(0);
    expect(keptReads(t.deps, 'promotions.product-discounts', 'discounts').get(c.saas)).toEqual([]);
  });

  it('prices the very next placement at a price changed a moment ago', async () => {
    expect((await order(buyer, monthly())).listPriceFen).toBe(PRICES.stdMonth);
    await t.deps.db.execute(sql`update spec_prices set price_fen = ${PRICES.stdMonth + 100} where spec_id = ${c.std} and unit = 'month' and duration = 1`);
    expect((await order(buyer, monthly())).listPriceFen).toBe(PRICES.stdMonth + 100);
    await t.deps.db.execute(sql`update spec_prices set price_fen = ${PRICES.stdMonth} where spec_id = ${c.std} and unit = 'month' and duration = 1`);
  });

  it('applies a discount added a moment ago, and judges its window on the clock at every placement', async () => {
    expect(await order(buyer, monthly())).toMatchObject({ discountId: null });
    const id = await addDiscount(t.deps.db, now(), {
      sellerId: t.seed.demoSellerId,
      productId: c.saas,
      specIds: [c.std],
      rateTenths: 80,
      endsAt: new Date(now().getTime() + HOUR),
    });
    expect(await order(buyer, monthly())).toMatchObject({ discountId: id, paidFen: PRICES.stdMonth * 0.8 });
    // nothing was written: the discount is kept, and its end on the clock still stops it
    t.clock.advance(HOUR);
    expect(await order(buyer, monthly())).toMatchObject({ discountId: null });
  });

  it('refuses the very next placement of a product delisted a moment ago', async () => {
    await order(buyer, monthly());
    await t.deps.db.execute(sql`update products set status = 'delisted' where id = ${c.saas}`);
    const res = await buyer.post('/api/v1/buyer/orders', monthly(), { 'idempotency-key': newKey() });
    expect(res.statusCode).toBe(409);
    await t.deps.db.execute(sql`update products set status = 'listed' where id = ${c.saas}`);
    expect((await buyer.post('/api/v1/buyer/orders', monthly(), { 'idempotency-key': newKey() })).statusCode).toBe(201);
  });
});
