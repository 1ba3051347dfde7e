import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { eventsOf, newBuyer, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import {
  API,
  HOUR,
  DAY,
  claimedCountOf,
  createCoupon as create,
  holdingsOf as holdings,
  isoFrom,
  couponBody as bodyOf,
  uidOf,
  type CouponReply,
} from '../../test/kits/promotions.js';
import { NOTIFICATION_TOPIC } from '../notifications/index.js';
import { redeemCoupon } from './index.js';

let t: TestApp;
let c: Catalog;
let demo: Agent;
let acme: Agent;
let buyer: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  [demo, acme, buyer] = await Promise.all([t.agent('demo'), t.agent('acme'), t.agent('buyer')]);
});
afterAll(() => t.close());

const iso = (ms: number) => isoFrom(t, ms);
const couponBody = (over: Record<string, unknown> = {}) => bodyOf(t, over);
const createCoupon = (over: Record<string, unknown> = {}) => create(t, demo, over);
const holdingsOf = (id: string) => holdings(t, id);
const claimedCount = (id: string) => claimedCountOf(t, id);

describe('publishing and managing coupons (guide 2.10)', () => {
  it('creates a coupon for the seller’s own products only', async () => {
    const ok = await createCoupon({ scope: 'products', productIds: [c.saas, c.download] });
    expect(ok).toMatchObject({ status: 'normal', claimedCount: 0, usedCount: 0, expiredCount: 0 });
    expect(ok.products.map((p) => p.name).sort()).toEqual(['测试 SaaS', '测试软件'].sort());
    const foreign = await demo.post(`${API}/seller/coupons`, couponBody({ scope: 'products', productIds: [c.acmeSaas] }));
    expect(foreign.statusCode).toBe(404);
    const foreignPurchased = await demo.post(`${API}/seller/coupons`, couponBody({ purchasedProductIds: [c.acmeSaas] }));
    expect(foreignPurchased.statusCode).toBe(404);
    const noProducts = await demo.post(`${API}/seller/coupons`, couponBody({ scope: 'products', productIds: [] }));
    expect(noProducts.statusCode).toBe(400);
  });

  it('voids once; another seller’s coupon is not found; sub-accounts without 营销 permissions are refused', async () => {
    const cp = await createCoupon();
    expect((await acme.get(`${API}/seller/coupons/${cp.id}`)).statusCode).toBe(404);
    expect((await acme.post(`${API}/seller/coupons/${cp.id}/void`)).statusCode).toBe(404);
    expect((await acme.get(`${API}/seller/coupons/${cp.id}/holders`)).statusCode).toBe(404);
    expect((await acme.post(`${API}/seller/coupons/${cp.id}/send`, { buyerUids: [1] })).statusCode).toBe(404);
    const ops = await t.agent('ops@demoisv');
    expect((await ops.get(`${API}/seller/coupons`)).statusCode).toBe(403);
    expect((await ops.post(`${API}/seller/coupons/${cp.id}/void`)).statusCode).toBe(403);
    const voided = await demo.post(`${API}/seller/coupons/${cp.id}/void`);
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json()).toMatchObject({ status: 'voided' });
    const again = await demo.post(`${API}/seller/coupons/${cp.id}/void`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('coupon_already_voided');
    const claim = await buyer.post(`${API}/buyer/coupons/${cp.id}/claim`);
    expect(claim.statusCode).toBe(409);
    expect(claim.json().code).toBe('coupon_voided');
    expect((await demo.get(`${API}/seller/coupons?status=voided`)).json().items.map((x: CouponReply) => x.id)).toContain(cp.id);
  });
});

describe('claiming (领取)', () => {
  it('never issues more than the issue count: 200 concurrent claims on 10 coupons make exactly 10 holdings', async () => {
    const cp = await createCoupon({ issueCount: 10, perUserLimit: 100 });
    const agents = await Promise.all(Array.from({ length: 10 }, (_, i) => newBuyer(t, `racer${i}`)));
    const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => (agents[i % agents.length] as Agent).post(`${API}/buyer/coupons/${cp.id}/claim`)));
    const codes = replies.map((r) => (r.statusCode === 201 ? 'ok' : r.json<{ code: string }>().code));
    expect(codes.filter((x) => x === 'ok')).toHaveLength(10);
    expect(new Set(codes.filter((x) => x !== 'ok'))).toEqual(new Set(['coupon_sold_out']));
    expect(await holdingsOf(cp.id)).toHaveLength(10);
    expect(await claimedCount(cp.id)).toBe(10);
    const detail = (await demo.get(`${API}/seller/coupons/${cp.id}`)).json<CouponReply>();
    expect(detail.claimedCount).toBe(10);
  });

  it('holds 领取限制 under concurrency: one buyer, 20 concurrent claims, limit 2 → 2', async () => {
    const cp = await createCoupon({ issueCount: 100, perUserLimit: 2 });
    const solo = await newBuyer(t, 'solo');
    const replies = await Promise.all(Array.from({ length: 20 }, () => solo.post(`${API}/buyer/coupons/${cp.id}/claim`)));
    expect(replies.filter((r) => r.statusCode === 201)).toHaveLength(2);
    expect(new Set(replies.filter((r) => r.statusCode !== 201).map((r) => r.json().code))).toEqual(new Set(['coupon_claim_limit']));
    const rows = await holdingsOf(cp.id);
    expect(rows.map((h) => h.seq).sort()).toEqual([1, 2]);
    expect(await claimedCount(cp.id)).toBe(2);
  });

  it('refuses outside 发放时间 and for grant-only coupons, and tells the buyer by SMS and inbox on a claim', async () => {
    const later = await createCoupon({ issueFrom: iso(DAY), issueTo: iso(2 * DAY) });
    const r1 = await buyer.post(`${API}/buyer/coupons/${later.id}/claim`);
    expect(r1.statusCode).toBe(409);
    expect(r1.json().code).toBe('coupon_not_issuing');
    const granted = await createCoupon({ purchasedProductIds: [c.download] });
    const r2 = await buyer.post(`${API}/buyer/coupons/${granted.id}/claim`);
    expect(r2.json().code).toBe('coupon_grant_only');
    const cp = await createCoupon({ name: '指定商品券', scope: 'products', productIds: [c.saas] });
    const ok = await buyer.post(`${API}/buyer/coupons/${cp.id}/claim`);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ couponId: cp.id, source: 'claim', status: 'usable', sellerName: expect.any(String) });
    const notices = (await eventsOf(t, NOTIFICATION_TOPIC)).filter((e) => (e.params as Record<string, unknown>).couponName === '指定商品券');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ template: 'promotions.coupon_received', channels: ['sms'], params: { productNames: '测试 SaaS' } });
    expect((await buyer.post(`${API}/buyer/coupons/${cp.id}/claim`)).json().code).toBe('coupon_claim_limit');
  });

  it('shows shop coupons on the product page and the shop with remaining, held and claimable', async () => {
    const shown = await createCoupon({ name: '店铺展示券', issueCount: 5 });
    const hidden = await createCoupon({ name: '不展示', showInShop: false });
    const other = await createCoupon({ name: '其他商品', scope: 'products', productIds: [c.download] });
    await buyer.post(`${API}/buyer/coupons/${shown.id}/claim`);
    const offers = (await buyer.get(`${API}/store/products/${c.saas}/offers`)).json<{
      coupons: { id: string; held: number; claimable: boolean; reason: string | null; remaining: number }[];
      stacking: string;
    }>();
    expect(offers.stacking).toBe('best_discount_then_one_coupon');
    const ids = offers.coupons.map((x) => x.id);
    expect(ids).toContain(shown.id);
    expect(ids).not.toContain(hidden.id);
    expect(ids).not.toContain(other.id);
    expect(offers.coupons.find((x) => x.id === shown.id)).toMatchObject({ held: 1, claimable: false, reason: 'coupon_claim_limit', remaining: 4 });
    const anon = (await t.anonymous().get(`${API}/store/products/${c.saas}/offers`)).json<{ coupons: { id: string; held: number; claimable: boolean }[] }>();
    expect(anon.coupons.find((x) => x.id === shown.id)).toMatchObject({ held: 0, claimable: true });
    const shop = await t.anonymous().get(`${API}/store/shops/demoisv/coupons`);
    expect(shop.statusCode, shop.body).toBe(200);
    const shopIds = shop.json<{ items: { id: string }[] }>().items.map((x) => x.id);
    expect(shopIds).toEqual(expect.arrayContaining([shown.id, other.id]));
    expect(shopIds).not.toContain(hidden.id);
    expect((await t.anonymous().get(`${API}/store/shops/no-such-shop/coupons`)).statusCode).toBe(404);
  });
});

describe('sending, holders and 我的优惠券', () => {
  it('sends to buyers by UID within the issue count and each limit, listing who was refused and why', async () => {
    const cp = await createCoupon({ issueCount: 2, perUserLimit: 1 });
    const [a, b, d] = await Promise.all([newBuyer(t, 'sendA'), newBuyer(t, 'sendB'), newBuyer(t, 'sendC')]);
    const [ua, ub, ud] = await Promise.all([uidOf(a), uidOf(b), uidOf(d)]);
    const first = await demo.post(`${API}/seller/coupons/${cp.id}/send`, { buyerUids: [ua, 99_999_999] });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ sent: [ua], refused: [{ buyerUid: 99_999_999, code: 'not_found' }] });
    const second = await demo.post(`${API}/seller/coupons/${cp.id}/send`, { buyerUids: [ua, ub, ud] });
    expect(second.json()).toEqual({
      sent: [ub],
      refused: [
        { buyerUid: ua, code: 'coupon_claim_limit' },
        { buyerUid: ud, code: 'coupon_sold_out' },
      ],
    });
    const holders = await demo.get(`${API}/seller/coupons/${cp.id}/holders`);
    expect(holders.statusCode, holders.body).toBe(200);
    expect(holders.json().total).toBe(2);
    expect(
      holders
        .json()
        .items.map((h: { buyerUid: number }) => h.buyerUid)
        .sort(),
    ).toEqual([ua, ub].sort());
    expect(holders.json().items[0]).toMatchObject({ source: 'sent', status: 'usable', buyerName: expect.stringMatching(/^send/) });
  });

  it('sorts the buyer’s holdings into usable, used and expired (voided or past 使用期限)', async () => {
    const tabs = await newBuyer(t, 'tabs');
    const usable = await createCoupon({ name: '可用' });
    const used = await createCoupon({ name: '已用' });
    const voided = await createCoupon({ name: '作废' });
    const short = await createCoupon({ name: '短期', issueTo: iso(HOUR), validTo: iso(HOUR) });
    for (const cp of [usable, used, voided, short]) expect((await tabs.post(`${API}/buyer/coupons/${cp.id}/claim`)).statusCode).toBe(201);
    const [usedHolding] = await holdingsOf(used.id);
    await t.deps.db.transaction((tx) => redeemCoupon(tx, usedHolding?.id ?? '', usedHolding?.buyerId ?? '', 'ord_test', t.clock.now()));
    await demo.post(`${API}/seller/coupons/${voided.id}/void`);
    const tab = async (status: string) =>
      (await tabs.get(`${API}/buyer/coupons?status=${status}`))
        .json<{ items: { couponId: string; status: string }[] }>()
        .items.map((x) => x.couponId)
        .sort();
    expect(await tab('usable')).toEqual([usable.id, short.id].sort());
    expect(await tab('used')).toEqual([used.id]);
    expect(await tab('expired')).toEqual([voided.id]);
    t.clock.advance(HOUR);
    try {
      expect(await tab('usable')).toEqual([usable.id]);
      expect(await tab('expired')).toEqual([voided.id, short.id].sort());
      const detail = (await demo.get(`${API}/seller/coupons/${short.id}`)).json<CouponReply>();
      expect(detail).toMatchObject({ status: 'expired', claimedCount: 1, usedCount: 0, expiredCount: 1 });
      expect((await demo.get(`${API}/seller/coupons/${used.id}`)).json<CouponReply>()).toMatchObject({ usedCount: 1, expiredCount: 0 });
    } finally {
      t.clock.advance(-HOUR);
    }
  });
});
