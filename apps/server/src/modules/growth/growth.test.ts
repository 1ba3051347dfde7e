import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { createCoupon } from '../../test/kits/promotions.js';
import { newBuyer, order, pay, PRICES, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { productStrengthScores, writeDailyScores } from './index.js';
import { strengthScore, type StrengthInputs } from './strength-score.js';
import { applyChanges } from './what-if.js';

const API = '/api/v1';
let t: TestApp;
let c: Catalog;
let demo: Agent;
let acme: Agent;

interface Detail {
  total: number;
  tier: string;
  dimensions: { dimension: string; score: number }[];
  factors: { factor: string; value: number; normalised: number; applies: boolean }[];
  advice: { code: string; link: string }[];
}

async function subAccount(name: string, permissions: string[]): Promise<Agent> {
  const groupIds: string[] = [];
  if (permissions.length) {
    const g = await demo.post(`${API}/seller/permission-groups`, { name: `g-${name}`, permissions });
    expect(g.statusCode, g.body).toBe(201);
    groupIds.push(g.json<{ id: string }>().id);
  }
  const created = await demo.post(`${API}/seller/sub-accounts`, { name, displayName: name, groupIds });
  expect(created.statusCode, created.body).toBe(201);
  const initial = created.json<{ initialPassword: string }>().initialPassword;
  const a = await t.agent(`${name}@demoisv`, initial);
  expect((await a.post(`${API}/auth/password`, { currentPassword: initial, newPassword: 'Chang3dPass' })).statusCode).toBe(204);
  return a;
}

const buyDownload = (b: Agent) => order(b, { productId: c.download, specId: c.downloadSpec, unit: 'year', duration: 1 });

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  [demo, acme] = await Promise.all([t.agent('demo'), t.agent('acme')]);
  // 测试软件 over the window: buyer A pays twice (the second a 复购), buyer B orders and never pays,
  // A gives the first order 5 分 on every dimension; a product coupon is being issued.
  const a = await newBuyer(t, 'growthA');
  const b = await newBuyer(t, 'growthB');
  const first = await buyDownload(a);
  await pay(a, first.id);
  t.clock.advance(60_000);
  await pay(a, (await buyDownload(a)).id);
  await buyDownload(b);
  await t.deps.outbox.drain();
  const review = await a.post(`${API}/buyer/orders/${first.id}/review`, { quality: 5, attitude: 5, speed: 5, comment: '很好' });
  expect(review.statusCode, review.body).toBe(201);
  await createCoupon(t, demo, { scope: 'products', productIds: [c.download] });
});
afterAll(() => t.close());

const detailOf = async (seller: Agent, id: string) => {
  const res = await seller.get(`${API}/seller/growth/products/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Detail>();
};

describe('商品力 of a product built through real orders, reviews and a coupon (hand-computed)', () => {
  it('gives every factor and dimension as computed by hand, before any sweep (computed on demand)', async () => {
    const d = await detailOf(demo, c.download);
    const v = Object.fromEntries(d.factors.map((f) => [f.factor, f.value]));
    expect(v).toMatchObject({
      payingBuyerRate: 0.5, // 1 paying of 2 ordering buyers
      orderCount: 3,
      paidOrderCount: 2,
      gmvFen: 2 * PRICES.downloadYear,
      renewalRate: 0,
      repurchaseRate: 1 / 3, // A's second order follows a paid one
      quotesSent: 0,
      refundCount: 0,
      refundRate: 0,
      fiveStarOrders: 1,
      hasPromotion: 1,
      hasVideo: 0,
      hasCases: 0,
      detailUv: 0, // traffic seam: zeros until analytics is merged
    });
    expect(d.factors.filter((f) => !f.applies).map((f) => f.factor)).toEqual(['projects', 'projectsCompleted', 'fiveStarProjects']);
    // 交易力 4·0.5 + 6·3/20 + 6·2/20 + 6·0.06 + 0 + 4/3 = 5.1933 of 30; 交付力 7 of 7; 表达力 5·0.1 + 3 = 3.5 of 17
    expect(Object.fromEntries(d.dimensions.map((x) => [x.dimension, x.score]))).toEqual({
      trade: 17.3,
      marketing: 0,
      service: 0,
      delivery: 100,
      expression: 20.6,
    });
    expect(d.total).toBe(17.6); // 15.6933 of 89 points
    expect(d.tier).toBe('ordinary');
    // the weakest: 服务力's 报价单数 (15 of 89 points missing) → 商机
    expect(d.advice[0]).toMatchObject({ code: 'quotes', link: '/seller/leads' });
  });

  it('the daily sweep stores the same figures; a re-run changes nothing', async () => {
    expect(t.deps.scheduler.list().map((s) => s.name)).toContain('growth.score');
    const now = t.clock.now();
    expect(await writeDailyScores(t.deps.db, now)).toBeGreaterThan(0);
    const rowsOf = () =>
      t.deps.db.select().from(productStrengthScores).where(eq(productStrengthScores.sellerId, t.seed.demoSellerId)).orderBy(productStrengthScores.productId);
    const once = await rowsOf();
    await writeDailyScores(t.deps.db, now);
    expect(await rowsOf()).toEqual(once);
    const stored = once.find((r) => r.productId === c.download);
    expect(stored).toMatchObject({ totalTenths: 176, tier: 'ordinary' });
    expect((await detailOf(demo, c.download)).total).toBe(17.6);
  });

  it('lists the listed products with tabs per tier', async () => {
    const res = await demo.get(`${API}/seller/growth/products`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ counts: Record<string, number>; items: { productId: string; tier: string; total: number }[] }>();
    expect(body.items.find((i) => i.productId === c.download)).toMatchObject({ total: 17.6, tier: 'ordinary' });
    expect(body.items.some((i) => i.productId === c.acmeSaas)).toBe(false);
    expect(Object.values(body.counts).reduce((s, n) => s + n, 0)).toBe(body.items.length);
    const potential = (await demo.get(`${API}/seller/growth/products?tier=potential`)).json<{ items: { tier: string }[] }>();
    expect(potential.items.every((i) => i.tier === 'potential')).toBe(true);
  });

  it('what-if: the new score equals the score recomputed from the changed inputs; nothing is stored', async () => {
    const changes = [
      { kind: 'set', factor: 'hasVideo', value: 1 },
      { kind: 'set', factor: 'hasCases', value: 1 },
      { kind: 'add', factor: 'renewalRate', amount: 0.1 },
      { kind: 'add', factor: 'fiveStarOrders', amount: 9 },
    ] as const;
    const res = await demo.post(`${API}/seller/growth/products/${c.download}/what-if`, { changes });
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json<{ before: { total: number }; after: { total: number; tier: string }; delta: number }>();
    const [row] = await t.deps.db.select().from(productStrengthScores).where(eq(productStrengthScores.productId, c.download));
    const expected = strengthScore(applyChanges(row?.inputs as StrengthInputs, changes));
    expect(w.after.total).toBe(expected.total);
    expect(w.after.tier).toBe(expected.tier);
    // + 3 + 3 + 0.4 + 4.5 = 10.9 points of 89 → +12.2
    expect(w.before.total).toBe(17.6);
    expect(w.after.total).toBe(29.9);
    expect(w.delta).toBe(12.3);
    expect((await detailOf(demo, c.download)).total).toBe(17.6);
  });

  it('the benefit matrix follows the guide: 阿里云心选机会 for 超优品 only, 云市场直播权限 for all', async () => {
    const m = (await demo.get(`${API}/seller/growth/benefits`)).json<{ benefit: string; tiers: string[] }[]>();
    expect(m).toHaveLength(14);
    expect(m.find((x) => x.benefit === 'aliyunPick')?.tiers).toEqual(['excellent']);
    expect(m.find((x) => x.benefit === 'liveRights')?.tiers).toHaveLength(4);
  });

  it('the store badge shows only 超优品 / 优品: none for an 普通品', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${API}/store/products/${c.download}/tier` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ tier: null });
  });
});

describe('tenancy and permission', () => {
  it('another seller’s product is a 404; a sub-account without growth.view gets 403, with it 200', async () => {
    expect((await acme.get(`${API}/seller/growth/products/${c.download}`)).statusCode).toBe(404);
    expect(
      (await acme.post(`${API}/seller/growth/products/${c.download}/what-if`, { changes: [{ kind: 'set', factor: 'hasVideo', value: 1 }] })).statusCode,
    ).toBe(404);
    const nobody = await subAccount('growthnobody', []);
    expect((await nobody.get(`${API}/seller/growth/products`)).statusCode).toBe(403);
    expect((await nobody.get(`${API}/seller/growth/products/${c.download}`)).statusCode).toBe(403);
    const viewer = await subAccount('growthviewer', ['growth.view']);
    expect((await viewer.get(`${API}/seller/growth/products/${c.download}`)).statusCode).toBe(200);
  });
});
