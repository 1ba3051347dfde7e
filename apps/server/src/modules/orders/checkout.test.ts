import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../platform/clock.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { PRICES, newBuyer, newKey, order, pay, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { addCoupon, addDiscount, giveCoupon, holdingOf } from '../../test/kits/promotion-rows.js';
import { users } from '../accounts/index.js';
import { markInstanceOpened, orders } from './index.js';

let t: TestApp;
let buyer: Agent;
let buyerId: string;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  buyer = await t.agent('buyer');
  buyerId = t.seed.buyerId;
});
afterAll(() => t.close());

const now = () => t.clock.now();
const catalog = (): Promise<Catalog> => seedTestCatalog(t.deps.db, now(), t.seed);
const seller = () => t.seed.demoSellerId;
const open = (instanceId: string) =>
  t.deps.db.transaction((tx) => markInstanceOpened(tx, { instanceId, externalId: `isv-${instanceId}`, appInfo: { url: 'https://x.example' }, at: now() }));

async function userIdOf(loginName: string): Promise<string> {
  const [u] = await t.deps.db.select({ id: users.id }).from(users).where(eq(users.loginName, loginName));
  if (!u) throw new Error(loginName);
  return u.id;
}

describe('placing with promotions', () => {
  it('applies the best discount and stores the breakdown', async () => {
    const c = await catalog();
    const small = await addDiscount(t.deps.db, now(), { sellerId: seller(), productId: c.saas, specIds: [c.std], amountOffFen: 1_000, name: '立减10元' });
    const best = await addDiscount(t.deps.db, now(), { sellerId: seller(), productId: c.saas, specIds: [c.std], rateTenths: 80, name: '八折' });
    expect(small).not.toBe(best);
    const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1, quantity: 2 });
    expect(o).toMatchObject({
      listPriceFen: 2 * PRICES.stdMonth,
      discountId: best,
      discountName: '八折',
      discountFen: 2 * PRICES.stdMonth * 0.2,
      couponId: null,
      couponFen: 0,
      paidFen: 2 * PRICES.stdMonth * 0.8,
      status: 'unpaid',
    });
    // a prepublished discount and another spec's do not apply
    await addDiscount(t.deps.db, now(), { sellerId: seller(), productId: c.saas, specIds: [c.pro], rateTenths: 10 });
    await addDiscount(t.deps.db, now(), { sellerId: seller(), productId: c.saas, specIds: [c.std], rateTenths: 10, publishStatus: 'prepublished' });
    const again = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    expect(again).toMatchObject({ discountId: best, paidFen: PRICES.stdMonth * 0.8 });
    // the payment asks for the paid amount
    const p = await buyer.post(`/api/v1/buyer/orders/${again.id}/pay`);
    expect(p.json().amountFen).toBe(PRICES.stdMonth * 0.8);
  });

  it('uses the coupon the buyer names, after the discount, and marks it used', async () => {
    const c = await catalog();
    await addDiscount(t.deps.db, now(), { sellerId: seller(), productId: c.saas, specIds: [c.std], amountOffFen: 2_000 });
    const coupon = await addCoupon(t.deps.db, now(), { sellerId: seller(), reduceFen: 3_000, thresholdFen: 8_000, name: '满80减30' });
    const holding = await giveCoupon(t.deps.db, now(), coupon, buyerId);
    const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1, couponHoldingId: holding });
    expect(o).toMatchObject({ listPriceFen: 10_000, discountFen: 2_000, couponId: coupon, couponName: '满80减30', couponFen: 3_000, paidFen: 5_000 });
    const h = await holdingOf(t.deps.db, holding);
    expect(h?.orderId).toBe(o.id);
    expect(h?.usedAt?.toISOString()).toBe(now().toISOString());
    // no coupon named: none used, even though the buyer holds one that fits
    const other = await giveCoupon(t.deps.db, now(), coupon, buyerId);
    const plain = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    expect(plain).toMatchObject({ couponId: null, couponFen: 0, paidFen: 8_000 });
    expect((await holdingOf(t.deps.db, other))?.orderId).toBeNull();
  });

  it('returns the first order for a retried key, and refuses the key with another coupon choice', async () => {
    const c = await catalog();
    const coupon = await addCoupon(t.deps.db, now(), { sellerId: seller(), reduceFen: 1_000 });
    const holding = await giveCoupon(t.deps.db, now(), coupon, buyerId);
    const key = newKey();
    const body = { productId: c.saas, specId: c.std, unit: 'month', duration: 1, couponHoldingId: holding };
    const first = await buyer.post('/api/v1/buyer/orders', body, { 'idempotency-key': key });
    const again = await buyer.post('/api/v1/buyer/orders', body, { 'idempotency-key': key });
    expect(first.statusCode, first.body).toBe(201);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const clash = await buyer.post('/api/v1/buyer/orders', { ...body, couponHoldingId: null }, { 'idempotency-key': key });
    expect(clash.json().code).toBe('idempotency_conflict');
  });

  it('refuses a coupon that does not fit with coupon_not_applicable and places nothing', async () => {
    const c = await catalog();
    const renewOnly = await giveCoupon(
      t.deps.db,
      now(),
      await addCoupon(t.deps.db, now(), { sellerId: seller(), reduceFen: 500, scenarios: ['renew'] }),
      buyerId,
    );
    const otherProduct = await giveCoupon(
      t.deps.db,
      now(),
      await addCoupon(t.deps.db, now(), { sellerId: seller(), reduceFen: 500, productIds: [c.download] }),
      buyerId,
    );
    const tooHigh = await giveCoupon(
      t.deps.db,
      now(),
      await addCoupon(t.deps.db, now(), { sellerId: seller(), reduceFen: 500, thresholdFen: 20_000 }),
      buyerId,
    );
    const acme = await giveCoupon(t.deps.db, now(), await addCoupon(t.deps.db, now(), { sellerId: t.seed.acmeSellerId, reduceFen: 500 }), buyerId);
    const someoneElses = await giveCoupon(
      t.deps.db,
      now(),
      await addCoupon(t.deps.db, now(), { sellerId: seller(), reduceFen: 500 }),
      await userIdOf('otherbuyer').catch(async () => {
        await newBuyer(t, 'otherbuyer');
        return userIdOf('otherbuyer');
      }),
    );
    for (const h of [renewOnly, otherProduct, tooHigh, acme, someoneElses]) {
      const res = await buyer.post(
        '/api/v1/buyer/orders',
        { productId: c.saas, specId: c.std, unit: 'month', duration: 1, couponHoldingId: h },
        { 'idempotency-key': newKey() },
      );
      expect(res.statusCode, h).toBe(409);
      expect(res.json().code).toBe('coupon_not_applicable');
    }
    // trials take no promotions
    const trial = await buyer.post('/api/v1/buyer/orders', { productId: c.saas, specId: c.trial, couponHoldingId: renewOnly }, { 'idempotency-key': newKey() });
    expect(trial.json().code).toBe('coupon_not_applicable');
    const placed = await t.deps.db
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.buyerId, buyerId), eq(orders.productId, c.saas)));
    expect(placed).toEqual([]);
  });

  it('gives one of two racing orders the coupon; the other is refused and leaves no order', async () => {
    const c = await catalog();
    const holding = await giveCoupon(t.deps.db, now(), await addCoupon(t.deps.db, now(), { sellerId: seller(), reduceFen: 1_000 }), buyerId);
    const body = { productId: c.saas, specId: c.std, unit: 'month', duration: 1, couponHoldingId: holding };
    const raced = await Promise.all([1, 2].map(() => buyer.post('/api/v1/buyer/orders', body, { 'idempotency-key': newKey() })));
    expect(raced.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const lost = raced.find((r) => r.statusCode === 409);
    // whether it lost at pricing (the winner had committed) or at redeeming (both priced first), it is told the coupon is spent
    expect(lost?.json().code).toBe('coupon_unavailable');
    const placed = await t.deps.db
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.buyerId, buyerId), eq(orders.productId, c.saas)));
    expect(placed.map((o) => o.id)).toEqual([raced.find((r) => r.statusCode === 201)?.json().id]);
    // once used, the next order is refused at pricing, as a spent coupon
    const late = await buyer.post('/api/v1/buyer/orders', body, { 'idempotency-key': newKey() });
    expect(late.json().code).toBe('coupon_unavailable');
  });

  it('pays a fully discounted order at once', async () => {
    const c = await catalog();
    await addDiscount(t.deps.db, now(), { sellerId: seller(), productId: c.saas, specIds: [c.std], amountOffFen: 9_000 });
    const holding = await giveCoupon(
      t.deps.db,
      now(),
      await addCoupon(t.deps.db, now(), { sellerId: seller(), reduceFen: 2_000, thresholdFen: 2_000 }),
      buyerId,
    );
    // the coupon's threshold is judged after the discount: 1 000 left is below 2 000
    const refused = await buyer.post(
      '/api/v1/buyer/orders',
      { productId: c.saas, specId: c.std, unit: 'month', duration: 1, couponHoldingId: holding },
      { 'idempotency-key': newKey() },
    );
    expect(refused.json().code).toBe('coupon_not_applicable');
    const percent = await giveCoupon(
      t.deps.db,
      now(),
      await addCoupon(t.deps.db, now(), { sellerId: seller(), reduceFen: 1_000, thresholdFen: 1_000 }),
      buyerId,
    );
    const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1, couponHoldingId: percent });
    expect(o).toMatchObject({ listPriceFen: 10_000, discountFen: 9_000, couponFen: 1_000, paidFen: 0, status: 'paid' });
    expect(o.instances).toHaveLength(1);
  });

  it('gives the coupon back when the 7-day sweep voids the unpaid order', async () => {
    const c = await catalog();
    const holding = await giveCoupon(
      t.deps.db,
      now(),
      await addCoupon(t.deps.db, now(), { sellerId: seller(), reduceFen: 1_000, validTo: new Date(now().getTime() + 60 * DAY) }),
      buyerId,
    );
    const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1, couponHoldingId: holding });
    expect((await holdingOf(t.deps.db, holding))?.orderId).toBe(o.id);
    t.clock.advance(7 * DAY);
    await t.deps.scheduler.runDue();
    buyer = await t.agent('buyer');
    expect((await buyer.get(`/api/v1/buyer/orders/${o.id}`)).json().status).toBe('voided');
    const h = await holdingOf(t.deps.db, holding);
    expect(h?.orderId).toBeNull();
    expect(h?.usedAt).toBeNull();
    // and it can be used again
    const next = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1, couponHoldingId: holding });
    expect(next.paidFen).toBe(9_000);
  });
});

describe('renewals, upgrades and conversions', () => {
  it('price renewals and upgrades with the discounts of their scenario', async () => {
    const c = await catalog();
    const paid = await pay(buyer, (await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 })).id);
    const inst = paid.instances[0]?.id ?? '';
    await open(inst);
    await addDiscount(t.deps.db, now(), {
      sellerId: seller(),
      productId: c.saas,
      specIds: [c.std, c.pro],
      rateTenths: 50,
      conditions: { scenarios: ['new'] },
      name: '新购五折',
    });
    const renewD = await addDiscount(t.deps.db, now(), {
      sellerId: seller(),
      productId: c.saas,
      specIds: [c.std],
      rateTenths: 90,
      conditions: { scenarios: ['renew'] },
      name: '续费九折',
    });
    const upD = await addDiscount(t.deps.db, now(), {
      sellerId: seller(),
      productId: c.saas,
      specIds: [c.pro],
      amountOffFen: 1_000,
      conditions: { scenarios: ['upgrade'] },
      name: '升级减10',
    });
    const renewCoupon = await giveCoupon(
      t.deps.db,
      now(),
      await addCoupon(t.deps.db, now(), { sellerId: seller(), reduceFen: 500, scenarios: ['renew'] }),
      buyerId,
    );

    const renew = await buyer.post(`/api/v1/buyer/instances/${inst}/renew`, { unit: 'year', duration: 1, couponHoldingId: renewCoupon });
    expect(renew.statusCode, renew.body).toBe(201);
    expect(renew.json()).toMatchObject({
      type: 'renew',
      listPriceFen: PRICES.stdYear,
      discountId: renewD,
      discountFen: PRICES.stdYear / 10,
      couponFen: 500,
      paidFen: PRICES.stdYear * 0.9 - 500,
    });

    const quote = await buyer.post('/api/v1/buyer/checkout/quote', { type: 'upgrade', instanceId: inst, specId: c.pro, couponHoldingId: null });
    expect(quote.statusCode, quote.body).toBe(200);
    const up = await buyer.post(`/api/v1/buyer/instances/${inst}/upgrade`, { specId: c.pro });
    expect(up.statusCode, up.body).toBe(201);
    const charge = up.json().listPriceFen as number;
    expect(charge).toBeGreaterThan(1_000);
    expect(up.json()).toMatchObject({ type: 'upgrade', quantity: 1, discountId: upD, discountFen: 1_000, paidFen: charge - 1_000 });
    expect(quote.json()).toMatchObject({ listPriceFen: charge, paidFen: charge - 1_000, discount: { id: upD }, coupon: null });
  });

  it('prices a trial conversion as a new purchase', async () => {
    const c = await catalog();
    const trial = await order(buyer, { productId: c.saas, specId: c.trial });
    const inst = trial.instances[0]?.id ?? '';
    await open(inst);
    const d = await addDiscount(t.deps.db, now(), {
      sellerId: seller(),
      productId: c.saas,
      specIds: [c.std],
      rateTenths: 50,
      conditions: { scenarios: ['new'] },
    });
    const res = await buyer.post(`/api/v1/buyer/instances/${inst}/convert`, { specId: c.std, unit: 'month', duration: 1 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ type: 'trial_to_paid', discountId: d, paidFen: PRICES.stdMonth / 2 });
  });
});

describe('POST /buyer/checkout/quote', () => {
  it('quotes what placement then stores, preselecting the best coupon unless told', async () => {
    const c = await catalog();
    await addDiscount(t.deps.db, now(), { sellerId: seller(), productId: c.saas, specIds: [c.std], rateTenths: 90 });
    const small = await giveCoupon(t.deps.db, now(), await addCoupon(t.deps.db, now(), { sellerId: seller(), reduceFen: 1_000 }), buyerId);
    const big = await giveCoupon(t.deps.db, now(), await addCoupon(t.deps.db, now(), { sellerId: seller(), rateTenths: 80, name: '八折券' }), buyerId);
    const base = { type: 'new', productId: c.saas, specId: c.std, unit: 'year', duration: 1, quantity: 2 };
    const best = (await buyer.post('/api/v1/buyer/checkout/quote', base)).json();
    expect(best).toMatchObject({
      listPriceFen: 200_000,
      discount: { amountFen: 20_000 },
      coupon: { holdingId: big, amountFen: 36_000 },
      paidFen: 144_000,
      stacking: 'best_discount_then_one_coupon',
    });
    const listed = best.coupons.map((x: { holdingId: string }) => x.holdingId);
    expect(listed[0]).toBe(big);
    expect(listed).toContain(small);
    const none = (await buyer.post('/api/v1/buyer/checkout/quote', { ...base, couponHoldingId: null })).json();
    expect(none).toMatchObject({ coupon: null, paidFen: 180_000 });
    const named = (await buyer.post('/api/v1/buyer/checkout/quote', { ...base, couponHoldingId: small })).json();
    expect(named).toMatchObject({ coupon: { holdingId: small, amountFen: 1_000 }, paidFen: 179_000 });
    const placed = await order(buyer, { productId: c.saas, specId: c.std, unit: 'year', duration: 1, quantity: 2, couponHoldingId: small });
    expect({ listPriceFen: placed.listPriceFen, paidFen: placed.paidFen }).toEqual({ listPriceFen: named.listPriceFen, paidFen: named.paidFen });
  });

  it('404s on another buyer’s instance and quotes a trial at zero', async () => {
    const c = await catalog();
    const other = await newBuyer(t, `q${Date.now().toString(36)}`);
    const trial = await order(other, { productId: c.saas, specId: c.trial });
    const res = await buyer.post('/api/v1/buyer/checkout/quote', { type: 'renew', instanceId: trial.instances[0]?.id, unit: 'month', duration: 1 });
    expect(res.statusCode).toBe(404);
    const free = await buyer.post('/api/v1/buyer/checkout/quote', { type: 'new', productId: c.saas, specId: c.trial });
    expect(free.json()).toMatchObject({ listPriceFen: 0, paidFen: 0, coupons: [] });
  });
});

describe('the seller’s views of a promoted order', () => {
  it('show the breakdown in the detail and the CSV export, after the existing columns', async () => {
    const c = await catalog();
    await addDiscount(t.deps.db, now(), { sellerId: seller(), productId: c.saas, specIds: [c.std], amountOffFen: 1_200, name: '开业立减' });
    const holding = await giveCoupon(t.deps.db, now(), await addCoupon(t.deps.db, now(), { sellerId: seller(), reduceFen: 800, name: '店铺券' }), buyerId);
    const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1, couponHoldingId: holding });
    const demo = await t.agent('demo');
    const detail = (await demo.get(`/api/v1/seller/orders/${o.id}`)).json();
    expect(detail).toMatchObject({ listPriceFen: 10_000, discountName: '开业立减', discountFen: 1_200, couponName: '店铺券', couponFen: 800, paidFen: 8_000 });
    const csv = (await demo.get('/api/v1/seller/orders/export.csv?status=unpaid')).body.trim().split('\r\n');
    expect(csv[0]).toBe(
      'order_no,product_code,product_name,spec,type,status,list_price,paid_amount,buyer_uid,created_at,paid_at,discount_name,discount_amount,coupon_name,coupon_amount,distribution_rate_pct,source,lead_id,proposal_id',
    );
    const row = csv.find((l) => l.startsWith(`${detail.orderNo},`));
    expect(row?.split(',').slice(-8)).toEqual(['开业立减', '12.00', '店铺券', '8.00', '', 'online_store', '', '']);
  });
});
