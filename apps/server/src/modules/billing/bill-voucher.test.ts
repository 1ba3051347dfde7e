import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../platform/clock.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { API, newMeteringKey, push, seedApiInstance, seedPostpaid, type Postpaid } from '../../test/kits/billing.js';
import { ledgerSumFen, txnsOf } from '../../test/kits/ledger.js';
import { addCoupon, giveCoupon, holdingOf } from '../../test/kits/promotion-rows.js';

let t: TestApp;
let p: Postpaid;

const JUNE_START = new Date('2026-06-01T02:00:00.000Z');
const JULY = new Date('2026-06-30T17:00:00.000Z'); // 01:00 on 1 July in Beijing: June's bill is out

const buyer = () => t.agent('buyer');

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  t.clock.set(JUNE_START);
  const demo = await t.agent('demo');
  p = await seedPostpaid(t, t.seed.demoSellerId);
  const key = await newMeteringKey(demo, p.productId);
  const inst = await seedApiInstance(t, p, t.seed.demoSellerId, t.seed.buyerId);
  const res = await push(t, {
    code: p.code,
    key,
    records: [
      { recordId: 'r1', instanceId: inst, dimension: 'calls', quantity: 1000, usedAt: '2026-06-01T01:00:00Z' },
      { recordId: 'r2', instanceId: inst, dimension: 'storage_gb', quantity: 2, usedAt: '2026-06-01T01:00:00Z' },
    ],
  });
  expect(res.statusCode, res.body).toBe(200);
  t.clock.set(JULY);
  await t.deps.scheduler.runDue();
});
afterAll(() => t.close());

describe('paying a postpaid bill with a coupon (是否使用代金券)', () => {
  it('refuses a coupon that does not fit a bill, uses one that does, and the ledger posts the cash part', async () => {
    const now = t.clock.now();
    const validTo = new Date(now.getTime() + 30 * DAY);
    const b = await buyer();
    const [bill] = (await b.get(`${API}/buyer/bills`)).json().items;
    expect(bill).toMatchObject({ amountFen: 170, status: 'unpaid' });
    const newOnly = await giveCoupon(
      t.deps.db,
      now,
      await addCoupon(t.deps.db, now, { sellerId: t.seed.demoSellerId, reduceFen: 100, scenarios: ['new'], validTo }),
      t.seed.buyerId,
    );
    const acme = await giveCoupon(t.deps.db, now, await addCoupon(t.deps.db, now, { sellerId: t.seed.acmeSellerId, reduceFen: 100, validTo }), t.seed.buyerId);
    const tooHigh = await giveCoupon(
      t.deps.db,
      now,
      await addCoupon(t.deps.db, now, { sellerId: t.seed.demoSellerId, reduceFen: 100, thresholdFen: 500, validTo }),
      t.seed.buyerId,
    );
    for (const h of [newOnly, acme, tooHigh]) {
      const res = await b.post(`${API}/buyer/bills/${bill.id}/pay`, { couponHoldingId: h });
      expect([res.statusCode, res.json().code], h).toEqual([409, 'coupon_not_applicable']);
    }
    const fits = await giveCoupon(
      t.deps.db,
      now,
      await addCoupon(t.deps.db, now, {
        sellerId: t.seed.demoSellerId,
        reduceFen: 100,
        thresholdFen: 150,
        scenarios: ['renew'],
        productIds: [p.productId],
        validTo,
      }),
      t.seed.buyerId,
    );
    const paid = await b.post(`${API}/buyer/bills/${bill.id}/pay`, { couponHoldingId: fits });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({ status: 'paid', amountFen: 170, paidFen: 70, voucherFen: 100, voucherUsed: true });
    const h = await holdingOf(t.deps.db, fits);
    expect(h).toMatchObject({ billId: bill.id, orderId: null });
    expect(h?.usedAt?.toISOString()).toBe(now.toISOString());
    // 10 % commission on the cash paid: 7 fen to the platform, 63 to the seller
    expect(await txnsOf(t.deps.db, bill.id)).toEqual(['bill_payment:buyer_funds:-70', 'bill_payment:platform_revenue:7', 'bill_payment:seller_available:63']);
    expect(await ledgerSumFen(t.deps.db)).toBe(0);
  });
});
