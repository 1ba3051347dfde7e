// The prepared placement INSERT must write exactly what the INSERT built per call writes: every
// column, the defaults included, read back from the table.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { insertPlacedOrder } from './new-order-insert.js';
import { orders } from './orders.tables.js';

let t: TestApp;
let c: Catalog;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
});
afterAll(() => t.close());

const row = (id: string) => ({
  id,
  createdAt: t.clock.now(),
  status: 'unpaid' as const,
  sellerId: t.seed.demoSellerId,
  productId: c.saas,
  productCode: 'code',
  productName: '测试 SaaS',
  specId: c.std,
  specName: '标准版',
  remark: '尽快',
  showContact: 'yes' as const,
  buyerId: t.seed.buyerId,
  idempotencyKey: `key-${id}`,
  type: 'new' as const,
  targetInstanceId: null,
  quantity: 2,
  durationUnit: 'month' as const,
  duration: 1,
  couponHoldingId: null,
  listPriceFen: 20_000,
  paidFen: 16_000,
  discountId: null,
  discountName: '八折',
  discountFen: 4_000,
  couponId: null,
  couponName: null,
  couponFen: 0,
});

describe('the prepared placement insert', () => {
  it('writes every column as the insert built per call does, and takes a key once', async () => {
    const prepared = await insertPlacedOrder(t.deps.db, row('ord_prepared'));
    // one more column (a reseller's) than the prepared statement names: built per call
    const built = await insertPlacedOrder(t.deps.db, { ...row('ord_built'), resellerId: null });
    const strip = <T extends { id: string; orderNo: number | string }>({ id: _i, orderNo: _n, ...rest }: T) => rest;
    expect(prepared && built && strip(prepared)).toEqual(built && strip(built));
    const stored = await t.deps.db
      .select()
      .from(orders)
      .where(inArray(orders.id, ['ord_prepared', 'ord_built']))
      .orderBy(orders.id);
    const [b, p] = stored.map(({ id: _i, orderNo: _n, idempotencyKey: _k, ...rest }) => rest);
    expect(p).toEqual(b);
    expect(p).toMatchObject({ source: 'online_store', resellerId: null, createdAt: t.clock.now(), discountName: '八折' });
    expect(await insertPlacedOrder(t.deps.db, { ...row('ord_again'), idempotencyKey: 'key-ord_prepared' })).toBeUndefined();
    expect(await t.deps.db.select({ id: orders.id }).from(orders).where(eq(orders.id, 'ord_again'))).toEqual([]);
  });
});
