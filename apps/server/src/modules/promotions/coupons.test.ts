import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { eventsOf, newBuyer, order, pay, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { NOTIFICATION_TOPIC } from '../notifications/index.js';
import { couponHoldings, coupons, redeemCoupon } from './index.js';

const API = '/api/v1';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

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

const iso = (ms: number) => new Date(t.clock.now().getTime() + ms).toISOString();

function couponBody(over: Record<string, unknown> = {}) {
  return {
    name: '满100减10',
    scope: 'shop',
    kind: 'threshold',
    reduceFen: 1_000,
    thresholdFen: 10_000,
    perUserLimit: 1,
    issueFrom: iso(-HOUR),
    issueTo: iso(10 * DAY),
    validFrom: iso(-HOUR),
    validTo: iso(30 * DAY),
    issueCount: 10,
    scenarios: ['new', 'renew', 'upgrade'],
    showInShop: true,
    ...over,
  };
}

interface CouponReply {
  id: string;
  status: string;
  claimedCount: number;
  usedCount: number;
  expiredCount: number;
  products: { id: string; name: string }[];
}

async function createCoupon(over: Record<string, unknown> = {}): Promise<CouponReply> {
  const res = await demo.post(`${API}/seller/coupons`, couponBody(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function uidOf(agent: Agent): Promise<number> {
  return (await agent.get(`${API}/auth/me`)).json<{ uid: number }>().uid;
}

async function holdingsOf(couponId: string) {
  return t.deps.db.select().from(couponHoldings).where(eq(couponHoldings.couponId, couponId));
}

async function claimedCount(couponId: string): Promise<number> {
  const [row] = await t.deps.db.select({ n: coupons.claimedCount }).from(coupons).where(eq(coupons.id, couponId));
  return row?.n ?? -1;
}

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

describe('grants to buyers of 已购商品 (guide 2.10 已购商品范围 / 已购商品时间)', () => {
  async function buyDownloadAt(agent: Agent, at: number) {
    t.clock.set(new Date(at));
    const o = await order(agent, { productId: c.download, specId: c.downloadSpec, unit: 'year', duration: 1 });
    return pay(agent, o.id);
  }

  it('grants past buyers paid inside the window only: just before, at and after its edges', async () => {
    const base = t.clock.now().getTime();
    const from = base + HOUR;
    const to = base + 3 * HOUR;
    const [before, atStart, beforeEnd, atEnd] = await Promise.all(['gBefore', 'gStart', 'gBeforeEnd', 'gEnd'].map((n) => newBuyer(t, n)));
    await buyDownloadAt(before as Agent, from - 1);
    await buyDownloadAt(atStart as Agent, from);
    await buyDownloadAt(beforeEnd as Agent, to - 1);
    await buyDownloadAt(atEnd as Agent, to);
    t.clock.set(new Date(to + HOUR));
    await t.deps.outbox.drain();
    const cp = await createCoupon({
      name: '老客回馈',
      purchasedProductIds: [c.download],
      purchasedFrom: new Date(from).toISOString(),
      purchasedTo: new Date(to).toISOString(),
    });
    await t.deps.outbox.drain();
    const uids = await Promise.all([before, atStart, beforeEnd, atEnd].map((a) => uidOf(a as Agent)));
    const holders = (await demo.get(`${API}/seller/coupons/${cp.id}/holders`)).json<{ items: { buyerUid: number; source: string }[] }>().items;
    expect(holders.map((h) => h.buyerUid).sort()).toEqual([uids[1], uids[2]].sort());
    expect(holders.every((h) => h.source === 'grant')).toBe(true);
    // the job running again grants nothing twice
    const { grantToPastBuyers } = await import('./coupon-grants.js');
    expect(await grantToPastBuyers(t.deps, cp.id)).toBe(0);
    expect(await claimedCount(cp.id)).toBe(2);
    const notices = (await eventsOf(t, NOTIFICATION_TOPIC)).filter((e) => (e.params as Record<string, unknown>).couponName === '老客回馈');
    expect(notices).toHaveLength(2);
  });

  it('grants as orders are paid, once per order, never beyond 领取限制 or the issue count, silently', async () => {
    const now = t.clock.now().getTime();
    const cp = await createCoupon({
      name: '买即送',
      perUserLimit: 1,
      issueCount: 2,
      purchasedProductIds: [c.download],
      purchasedFrom: new Date(now).toISOString(),
    });
    await t.deps.outbox.drain();
    expect(await holdingsOf(cp.id)).toHaveLength(0); // earlier buyers are outside 已购商品时间
    const [x, y, z] = await Promise.all(['paidX', 'paidY', 'paidZ'].map((n) => newBuyer(t, n)));
    await buyDownloadAt(x as Agent, now + 1_000);
    await buyDownloadAt(x as Agent, now + 2_000);
    await t.deps.outbox.drain();
    expect((await holdingsOf(cp.id)).map((h) => h.source)).toEqual(['grant']);
    await buyDownloadAt(y as Agent, now + 3_000);
    await buyDownloadAt(z as Agent, now + 4_000);
    await t.deps.outbox.drain();
    const rows = await holdingsOf(cp.id);
    expect(rows).toHaveLength(2);
    expect(await claimedCount(cp.id)).toBe(2);
    expect(new Set(rows.map((r) => r.grantOrderId)).size).toBe(2);
    const mine = (await (x as Agent).get(`${API}/buyer/coupons`)).json<{ items: { couponId: string; source: string }[] }>().items;
    expect(mine.filter((h) => h.couponId === cp.id)).toEqual([expect.objectContaining({ source: 'grant' })]);
  });
});
