import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  productTypes,
  type AnalyticsOverview,
  type AnalyticsProducts,
  type AnalyticsTrade,
  type AnalyticsTraffic,
  type ProductType,
} from '@cloudmart/contracts';
import { fromBeijingWall } from '../../platform/beijing-time.js';
import { MINUTE } from '../../platform/clock.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { newBuyer, order, pay, PRICES, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { products } from '../catalog/index.js';
import { orders } from '../orders/index.js';
import { analyticsEvents, productTrafficBetween, runRollup } from './index.js';

const API = '/api/v1';
const UA = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36' };

let t: TestApp;
let c: Catalog;
let demo: Agent;
let acme: Agent;

/** 2026-06-01 (a Monday) and 2026-06-02 in Beijing */
const DAY1 = '2026-06-01';
const DAY2 = '2026-06-02';
const at = (day: string, h: number, m = 0) => {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  return fromBeijingWall(y, mo - 1, d, h, m);
};

type Ev = { viewId: string; type: 'view' | 'leave'; page: 'product' | 'shop' | 'order'; productId?: string; sellerId?: string; dwellMs?: number };
async function track(agent: Agent, sessionId: string, events: Ev[], headers: Record<string, string> = UA) {
  return agent.post(`${API}/track`, { sessionId, events }, headers);
}
async function tracked(agent: Agent, sessionId: string, events: Ev[]) {
  const res = await track(agent, sessionId, events);
  expect(res.statusCode, res.body).toBe(204);
}
const view = (viewId: string, page: Ev['page'], id: string): Ev =>
  page === 'shop' ? { viewId, type: 'view', page, sellerId: id } : { viewId, type: 'view', page, productId: id };
const leave = (viewId: string, page: Ev['page'], id: string, dwellMs: number): Ev => ({ ...view(viewId, page, id), type: 'leave', dwellMs });

async function report<T>(agent: Agent, kind: string, query: string): Promise<T> {
  const res = await agent.get(`${API}/seller/analytics/${kind}?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

let refundFen = 0;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false, env: { ANALYTICS_TRACK_PER_MINUTE: '30' } });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  t.clock.set(at(DAY1, 10));
  const [va, vb, vd] = [t.anonymous(), t.anonymous(), t.anonymous()];
  const buyerC = await newBuyer(t, 'anaBuyerC');
  const buyerE = await newBuyer(t, 'anaBuyerE');
  const buyerF = await newBuyer(t, 'anaBuyerF');
  demo = await t.agent('demo');

  // visitor A: two product pages (saas 30 s, service 10 s), and acme's product (acme's figures)
  await tracked(va, 'sessA-0001', [view('vA-00001', 'product', c.saas)]);
  t.clock.advance(MINUTE);
  await tracked(va, 'sessA-0001', [leave('vA-00001', 'product', c.saas, 30_000), view('vA-00002', 'product', c.service)]);
  await tracked(va, 'sessA-0001', [leave('vA-00002', 'product', c.service, 10_000), view('vA-00003', 'product', c.acmeSaas)]);
  // visitor B: one view of saas, 20 s, then gone: a bounce; the 'leave' is sent twice (max dwell counts once)
  await tracked(vb, 'sessB-0001', [view('vB-00001', 'product', c.saas)]);
  await tracked(vb, 'sessB-0001', [leave('vB-00001', 'product', c.saas, 20_000), leave('vB-00001', 'product', c.saas, 20_000)]);
  // buyer C, signed in: shop page 5 s, saas 40 s, the order page 8 s; then buys saas 标准版
  await tracked(buyerC, 'sessC-0001', [view('vC-00001', 'shop', t.seed.demoSellerId)]);
  // the store's shop page names its seller by the shop code (/store/shops/demoisv): the same seller
  await tracked(buyerC, 'sessC-0001', [leave('vC-00001', 'shop', 'demoisv', 5_000), view('vC-00002', 'product', c.saas)]);
  await tracked(buyerC, 'sessC-0001', [
    leave('vC-00002', 'product', c.saas, 40_000),
    view('vC-00003', 'order', c.saas),
    leave('vC-00003', 'order', c.saas, 8_000),
  ]);
  const oc = await order(buyerC, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
  await pay(buyerC, oc.id);
  // buyer E buys 高级版, asks for a refund and the seller approves at once: it must leave GMV
  const oe = await order(buyerE, { productId: c.saas, specId: c.pro, unit: 'month', duration: 1 });
  await pay(buyerE, oe.id);
  await t.deps.outbox.drain();
  t.clock.advance(MINUTE);
  const r = await buyerE.post(`${API}/buyer/orders/${oe.id}/refunds`, { reason: 'not needed' });
  expect(r.statusCode, r.body).toBe(201);
  const ok = await demo.post(`${API}/seller/refunds/${r.json<{ id: string }>().id}/approve`);
  expect(ok.statusCode, ok.body).toBe(200);
  const [ro] = await t.deps.db.select({ paidFen: orders.paidFen }).from(orders).where(eq(orders.parentOrderId, oe.id));
  refundFen = -(ro?.paidFen ?? 0);
  // buyer F places an order and does not pay
  await order(buyerF, { productId: c.service, specId: c.serviceSpec, unit: 'month', duration: 1 });

  // visitor D across midnight: download at 23:59 (60 s), again at 00:01 the next day (15 s), one session
  t.clock.set(at(DAY1, 23, 59));
  await tracked(vd, 'sessD-0001', [view('vD-00001', 'product', c.download), leave('vD-00001', 'product', c.download, 60_000)]);
  // the rollup at this moment sees D's session as a bounce …
  await runRollup(t.deps.db, t.clock.now());
  t.clock.set(at(DAY2, 0, 1));
  await tracked(vd, 'sessD-0001', [view('vD-00002', 'product', c.download), leave('vD-00002', 'product', c.download, 15_000)]);
  // … and the next run, seeing its second view, no longer
  await runRollup(t.deps.db, t.clock.now());
  demo = await t.agent('demo');
  acme = await t.agent('acme');
}, 60_000);
afterAll(() => t.close());

describe('总览 for one day (guide 7 查看数据总览), hand-computed', () => {
  it('gives every figure as the guide defines it', async () => {
    expect(refundFen).toBe(PRICES.proMonth);
    const o = await report<AnalyticsOverview>(demo, 'overview', `period=day&date=${DAY1}`);
    expect(o.range).toEqual({ period: 'day', from: DAY1, to: DAY1, previousFrom: '2026-05-31', previousTo: '2026-05-31' });
    // 访客数 = product pages' UV (saas 3, service 1, download 1) + shop page UV 1
    expect(o.traffic.visitors.value).toBe(6);
    // 浏览量 = product PV 5 + shop PV 1 (the order page is not in it)
    expect(o.traffic.views.value).toBe(6);
    // 人均浏览量 = 5/5 + 1/1
    expect(o.traffic.pvPerVisitor.value).toBe(2);
    // 平均停留时间 = product stay 160 s / UV 5 + order 8 s / 1 + shop 5 s / 1
    expect(o.traffic.avgStaySeconds.value).toBeCloseTo(45, 6);
    expect(o.products.visitors.value).toBe(5);
    expect(o.products.views.value).toBe(5);
    expect(o.products.pvPerVisitor.value).toBe(1);
    // 商品跳出率: saas landed twice, one bounce (B) → 0.5; download landed once, D came back → 0; mean 0.25
    expect(o.products.bounceRate.value).toBe(0.25);
    // 下单买家数 3 (C, E, F), 支付买家数 2 (C, E), visitors 6
    expect(o.trade.orderConversion.value).toBe(0.5);
    expect(o.trade.payConversion.value).toBeCloseTo(2 / 6, 9);
    expect(o.trade.orderToPayConversion.value).toBeCloseTo(2 / 3, 9);
    // 交易金额 (不包含退款): C's 100.00 + E's 250.00 − E's refund
    expect(o.trade.gmvFen.value).toBe(PRICES.stdMonth + PRICES.proMonth - refundFen);
    expect(o.trade.gmvFen.value).toBe(PRICES.stdMonth);
    // nothing the day before: no change rate
    expect(o.traffic.visitors).toEqual({ value: 6, previous: 0, change: null });
    expect(o.topByVisitors.map((p) => [p.productId, p.value])).toEqual([
      [c.saas, 3],
      ...[
        [c.download, 1],
        [c.service, 1],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ]);
    expect(o.topByOrders.map((p) => [p.productId, p.value])).toEqual([
      [c.saas, 2],
      [c.service, 1],
    ]);
    // the hourly trend: 10:00 has A, B, C on products (5 product UVs) and C on the shop; 23:00 has D
    expect(o.trend).toHaveLength(24);
    expect(o.trend[10]).toMatchObject({ bucket: '10', visitors: 5, views: 5, orderingBuyers: 3, payingBuyers: 2, gmvFen: PRICES.stdMonth });
    expect(o.trend[23]).toMatchObject({ visitors: 1, views: 1 });
  });

  it('counts a visitor across midnight once on each day, and the period change against the day before', async () => {
    const o = await report<AnalyticsOverview>(demo, 'overview', `period=day&date=${DAY2}`);
    expect(o.traffic.visitors).toEqual({ value: 1, previous: 6, change: (1 - 6) / 6 });
    expect(o.products.bounceRate.value).toBeNull(); // no session landed on day 2
    const w = await report<AnalyticsOverview>(demo, 'overview', `period=week&date=${DAY2}`);
    expect(w.range).toMatchObject({ from: DAY1, to: '2026-06-07', previousFrom: '2026-05-25', previousTo: '2026-05-31' });
    expect(w.traffic.visitors.value).toBe(7);
    expect(w.trend.map((p) => p.visitors)).toEqual([6, 1, 0, 0, 0, 0, 0]);
    const m = await report<AnalyticsOverview>(demo, 'overview', `period=month&date=${DAY1}`);
    expect(m.range).toMatchObject({ from: DAY1, to: '2026-06-30', previousFrom: '2026-05-01', previousTo: '2026-05-31' });
    expect(m.trend).toHaveLength(30);
  });
});

describe('交易, 流量, 商品', () => {
  it('交易: GMV, refunds, cash vs voucher, composition and per category', async () => {
    const r = await report<AnalyticsTrade>(demo, 'trade', `period=day&date=${DAY1}`);
    expect(r.finance.gmvFen.value).toBe(PRICES.stdMonth);
    expect(r.finance.refundAppliedFen.value).toBe(refundFen);
    expect(r.finance).toMatchObject({ cashIncomeFen: PRICES.stdMonth + PRICES.proMonth, voucherIncomeFen: 0, cashShare: 1, voucherShare: 0 });
    expect(r.composition).toMatchObject({ purchaseOrders: 2, refundOrders: 1, purchaseShare: 2 / 3, refundShare: 1 / 3 });
    expect(r.composition.categories).toHaveLength(1);
    // the category's product UV is 5: 3 ordering, 2 paying
    expect(r.composition.categories[0]).toMatchObject({
      paidFen: PRICES.stdMonth + PRICES.proMonth,
      payingBuyers: 2,
      orderConversion: 3 / 5,
      payConversion: 2 / 5,
    });
    expect(r.overview.orderingBuyers.value).toBe(3);
    expect(r.overview.orderAmountFen.value).toBe(PRICES.stdMonth + PRICES.proMonth + PRICES.serviceMonth);
    expect(r.overview.payingBuyers.value).toBe(2);
    expect(r.overview.paidFen.value).toBe(PRICES.stdMonth + PRICES.proMonth);
    expect(r.trend[10]).toMatchObject({
      perCustomerFen: (PRICES.stdMonth + PRICES.proMonth) / 2,
      orderConversion: 3 / 5,
      payConversion: 2 / 5,
      orderToPayConversion: 2 / 3,
    });
  });

  it('流量: bounce over the pages landed on, stay per product page and shop', async () => {
    const r = await report<AnalyticsTraffic>(demo, 'traffic', `period=day&date=${DAY1}`);
    expect(r.overview.visitors.value).toBe(6);
    expect(r.overview.views.value).toBe(6);
    // (product pages 0.25 + shop page 0/1) / the 2 kinds landed on (no session landed on an order page)
    expect(r.overview.bounceRate.value).toBe(0.125);
    expect(r.overview.pvPerVisitor.value).toBe(2);
    // ((saas 90/3 + service 10/1 + download 60/1) / 3 products + shop 5/1) / 2
    expect(r.overview.avgStaySeconds.value).toBeCloseTo((100 / 3 + 5) / 2, 6);
    expect(r.trend[10]).toMatchObject({ productVisitors: 4, productViews: 4, visitedProducts: 2 });
  });

  it('商品: overview, per product and per category', async () => {
    const r = await report<AnalyticsProducts>(demo, 'products', `period=day&date=${DAY1}`);
    expect(r.overview.visitors.value).toBe(5);
    expect(r.overview.views.value).toBe(5);
    expect(r.overview.visitedProducts.value).toBe(3);
    expect(r.overview.avgStaySeconds.value).toBeCloseTo(100 / 3, 6);
    expect(r.overview.bounceRate.value).toBe(0.25);
    const saas = r.rows.items.find((x) => x.productId === c.saas);
    expect(saas).toMatchObject({
      views: 3,
      visitors: 3,
      avgStaySeconds: 30,
      orderAmountFen: PRICES.stdMonth + PRICES.proMonth,
      paidFen: PRICES.stdMonth + PRICES.proMonth,
      orderingBuyers: 2,
      payingBuyers: 2,
    });
    expect(r.rows.items[0]?.productId).toBe(c.saas);
    // the demo seller's seeded products sit in other categories, without traffic
    expect(r.categories.find((x) => x.categoryId === saas?.categoryId)).toMatchObject({
      products: 4,
      visitors: 5,
      views: 5,
      bounceRate: 0.25,
      payingBuyers: 2,
    });
  });

  it('productTrafficBetween: per product over days, signed-in viewers as visitors', async () => {
    const rows = await productTrafficBetween(t.deps.db, t.seed.demoSellerId, DAY1, DAY2);
    const by = new Map(rows.map((r) => [r.productId, r]));
    expect(by.get(c.saas)).toEqual({ productId: c.saas, uv: 3, pv: 3, visitors: 1, avgStaySeconds: 30 });
    expect(by.get(c.download)).toEqual({ productId: c.download, uv: 2, pv: 2, visitors: 0, avgStaySeconds: 37.5 });
  });
});

describe('the rollup', () => {
  it('changes no row when run again', async () => {
    expect(await runRollup(t.deps.db, t.clock.now())).toBe(0);
    await t.deps.scheduler.runDue();
    expect(await runRollup(t.deps.db, t.clock.now())).toBe(0);
  });
});

describe('POST /track', () => {
  const stored = async () => (await t.deps.db.select({ n: count() }).from(analyticsEvents))[0]?.n ?? 0;

  it('sets the cm_vid cookie, accepts text/plain and drops unknown products', async () => {
    const a = t.anonymous();
    const before = await stored();
    const res = await a.request(
      'POST',
      `${API}/track`,
      JSON.stringify({ sessionId: 'sessT-0001', events: [view('vT-00001', 'product', c.saas), view('vT-00002', 'product', 'prd_nope')] }),
      {
        ...UA,
        'content-type': 'text/plain;charset=UTF-8',
      },
    );
    expect(res.statusCode, res.body).toBe(204);
    expect(a.cookies.get('cm_vid')).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(await stored()).toBe(before + 1);
    const [row] = await t.deps.db.select().from(analyticsEvents).where(eq(analyticsEvents.viewId, 'vT-00001'));
    expect(row).toMatchObject({ visitorId: a.cookies.get('cm_vid'), sellerId: t.seed.demoSellerId, accountId: null });
  });

  it('answers bots 204 and stores nothing', async () => {
    const before = await stored();
    for (const ua of ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'curl/8.0', '']) {
      const res = await track(t.anonymous(), 'sessBot-01', [view('vBot-0001', 'product', c.saas)], { 'user-agent': ua });
      expect(res.statusCode).toBe(204);
    }
    expect(await stored()).toBe(before);
  });

  it('refuses an oversize body (413), bad JSON and bad batches (400)', async () => {
    const a = t.anonymous();
    const big = JSON.stringify({ sessionId: 'sessBig-01', events: [view('vBig-0001', 'product', c.saas)], pad: 'x'.repeat(17 * 1024) });
    expect((await a.request('POST', `${API}/track`, big, { ...UA, 'content-type': 'application/json' })).statusCode).toBe(413);
    expect((await a.request('POST', `${API}/track`, '{not json', { ...UA, 'content-type': 'text/plain' })).statusCode).toBe(400);
    expect((await track(a, 'sessBad-01', [])).statusCode).toBe(400);
    expect((await track(a, 'x', [view('vBad-0001', 'product', c.saas)])).statusCode).toBe(400);
    const tooMany = Array.from({ length: 51 }, (_, i) => view(`vMany-${String(i).padStart(4, '0')}`, 'product', c.saas));
    expect((await track(a, 'sessMany-1', tooMany)).statusCode).toBe(400);
    expect((await track(a, 'sessBad-02', [{ ...leave('vBad-0002', 'product', c.saas, -1) }])).statusCode).toBe(400);
  });

  it('rate-limits a visitor (429 rate_limited)', async () => {
    const a = t.anonymous();
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) codes.push((await track(a, 'sessRate-1', [view(`vRate-${String(i).padStart(4, '0')}`, 'product', c.saas)])).statusCode);
    expect(codes.slice(0, 30).every((s) => s === 204)).toBe(true);
    const last = await track(a, 'sessRate-1', [view('vRate-9999', 'product', c.saas)]);
    expect(last.statusCode).toBe(429);
    expect(last.json()).toMatchObject({ code: 'rate_limited' });
    t.clock.advance(MINUTE);
    expect((await track(a, 'sessRate-1', [view('vRate-8888', 'product', c.saas)])).statusCode).toBe(204);
  });
});

describe('tenancy and permissions', () => {
  it('shows a seller only its own products’ traffic', async () => {
    const o = await report<AnalyticsOverview>(acme, 'overview', `period=day&date=${DAY1}`);
    expect(o.products.visitors.value).toBe(1);
    expect(o.topByVisitors.map((p) => p.productId)).toEqual([c.acmeSaas]);
    const p = await report<AnalyticsProducts>(acme, 'products', `period=day&date=${DAY1}`);
    expect(p.rows.items.some((x) => x.productId === c.saas)).toBe(false);
  });

  it('needs analytics.view: a sub-account without it gets 403, with it 200; a buyer 403', async () => {
    async function sub(name: string, permissions: string[]): Promise<Agent> {
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
    const without = await sub('anaNo', ['orders.view']);
    const withIt = await sub('anaYes', ['analytics.view']);
    for (const kind of ['overview', 'trade', 'traffic', 'products']) {
      const res = await without.get(`${API}/seller/analytics/${kind}?period=day&date=${DAY1}`);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'permission_denied' });
      expect((await withIt.get(`${API}/seller/analytics/${kind}?period=day&date=${DAY1}`)).statusCode).toBe(200);
    }
    expect((await without.post(`${API}/seller/analytics/exports`, { report: 'overview', period: 'day', date: DAY1 })).statusCode).toBe(403);
    const buyer = await t.agent('buyer');
    expect((await buyer.get(`${API}/seller/analytics/overview`)).statusCode).toBe(403);
  });
});

describe('CSV export through 我的下载', () => {
  it('builds the overview as a download', async () => {
    const res = await demo.post(`${API}/seller/analytics/exports`, { report: 'overview', period: 'day', date: DAY1 });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ kind: 'analytics.report', status: 'pending' });
    await t.deps.outbox.drain();
    const list = await demo.get(`${API}/downloads`);
    const d = list.json<{ items: { id: string; status: string; rows: number | null }[] }>().items.find((x) => x.id === res.json<{ id: string }>().id);
    expect(d?.status).toBe('ready');
    const file = await demo.get(`${API}/downloads/${d?.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain('traffic,visitors,,6,0,');
    expect(file.body).toContain(`trade,gmvFen,,${PRICES.stdMonth},0,`);
  });
});

describe('retention (ANALYTICS_RAW_RETENTION_DAYS, default 90)', () => {
  it('deletes raw events and hourly rollups past the retention and keeps the daily rollups', async () => {
    const { sweepRetention } = await import('./analytics-rollup.js');
    const before = (await t.deps.db.select({ n: count() }).from(analyticsEvents))[0]?.n ?? 0;
    expect(before).toBeGreaterThan(0);
    expect(await sweepRetention(t.deps.db, at('2026-08-30', 12), 90)).toBe(0); // 90 days after DAY1: all kept
    expect(await sweepRetention(t.deps.db, at('2026-09-01', 12), 90)).toBeGreaterThan(0);
    expect((await t.deps.db.select({ n: count() }).from(analyticsEvents))[0]?.n).toBe(0);
    const rows = await productTrafficBetween(t.deps.db, t.seed.demoSellerId, DAY1, DAY2);
    expect(rows.find((r) => r.productId === c.saas)?.pv).toBe(3);
  });
});

/*
 * Runs last: its second day's raw events come after the retention sweep above, which expects
 * every raw event up to then to be gone. The first day is read from the daily rollups, which stay.
 */
describe('商品类目明细：以商品类目为维度，汇总了各类商品的商品数、访客数、浏览量、平均跳出率、下单金额、支付金额和支付买家数', () => {
  /** the demo seller's products per type besides our test catalogue's (the catalogue seed's, no traffic or orders) */
  async function seededOfType(type: ProductType): Promise<number> {
    const ours = [c.saas, c.service, c.api, c.download];
    const rows = await t.deps.db
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.sellerId, t.seed.demoSellerId), eq(products.type, type)));
    return rows.filter((r) => !ours.includes(r.id)).length;
  }

  it('gives each product type of the seller its figures for the first day', async () => {
    const r = await report<AnalyticsProducts>(demo, 'products', `period=day&date=${DAY1}`);
    expect(r.productTypes.map((x) => x.productType)).toEqual(productTypes.filter((k) => r.productTypes.some((x) => x.productType === k)));
    const row = (k: ProductType) => r.productTypes.find((x) => x.productType === k);
    // saas: A, B and C viewed it (3 UV, 3 PV); sessions landed on it twice (A, B), B bounced: 0.5.
    // C's 标准版 and E's 高级版 were placed and paid; E's later refund is a refund order, not a
    // payment, and does not take E's payment back out of 支付金额 (as in 商品明细 and 类目明细)
    expect(row('saas')).toEqual({
      productType: 'saas',
      products: 1 + (await seededOfType('saas')),
      visitors: 3,
      views: 3,
      bounceRate: 0.5,
      orderAmountFen: PRICES.stdMonth + PRICES.proMonth,
      paidFen: PRICES.stdMonth + PRICES.proMonth,
      payingBuyers: 2,
    });
    // service: A viewed it after landing on saas (no landing: no bounce rate); F placed an order, unpaid
    expect(row('service')).toEqual({
      productType: 'service',
      products: 1 + (await seededOfType('service')),
      visitors: 1,
      views: 1,
      bounceRate: null,
      orderAmountFen: PRICES.serviceMonth,
      paidFen: 0,
      payingBuyers: 0,
    });
    // download: D landed at 23:59 and came back after midnight in the same session: no bounce
    expect(row('download')).toEqual({
      productType: 'download',
      products: 1 + (await seededOfType('download')),
      visitors: 1,
      views: 1,
      bounceRate: 0,
      orderAmountFen: 0,
      paidFen: 0,
      payingBuyers: 0,
    });
    expect(row('api')).toEqual({
      productType: 'api',
      products: 1 + (await seededOfType('api')),
      visitors: 0,
      views: 0,
      bounceRate: null,
      orderAmountFen: 0,
      paidFen: 0,
      payingBuyers: 0,
    });
    // a type the seller has no product of has no row
    for (const x of r.productTypes) expect(x.products).toBeGreaterThan(0);
    // the other seller's products are not in it: acme's saas had a view that day
    const a = await report<AnalyticsProducts>(acme, 'products', `period=day&date=${DAY1}`);
    expect(a.productTypes.find((x) => x.productType === 'saas')).toMatchObject({ visitors: 1, views: 1 });
  });

  it('narrows 商品明细 by the search box but keeps 类目明细 and 商品类目明细 over every product', async () => {
    const all = await report<AnalyticsProducts>(demo, 'products', `period=day&date=${DAY1}`);
    const saasName = all.rows.items.find((x) => x.productId === c.saas)?.title ?? '';
    expect(saasName).not.toBe('');
    const found = await report<AnalyticsProducts>(demo, 'products', `period=day&date=${DAY1}&q=${encodeURIComponent(saasName)}&pageSize=100`);
    expect(found.rows.items.map((x) => x.productId)).toContain(c.saas);
    expect(found.rows.total).toBeLessThan(all.rows.total);
    expect(found.categories).toEqual(all.categories);
    expect(found.productTypes).toEqual(all.productTypes);
  });

  it('counts a buyer paying for two products of one type once, and takes 平均跳出率 as the mean over its products', async () => {
    const DAY = '2026-06-10';
    t.clock.set(at(DAY, 10));
    const { websiteBuild } = t.seed.catalog.products;
    const { siteCorporate } = t.seed.catalog.specs;
    const [v, w, x] = [t.anonymous(), t.anonymous(), t.anonymous()];
    // V lands on 网站建设服务 and goes on to our service; X lands on 网站建设服务 and leaves; W lands on our service and leaves
    await tracked(v, 'sessV-0001', [view('vV-00001', 'product', websiteBuild), leave('vV-00001', 'product', websiteBuild, 12_000)]);
    await tracked(v, 'sessV-0001', [view('vV-00002', 'product', c.service), leave('vV-00002', 'product', c.service, 6_000)]);
    await tracked(x, 'sessX-0001', [view('vX-00001', 'product', websiteBuild), leave('vX-00001', 'product', websiteBuild, 3_000)]);
    await tracked(w, 'sessW-0001', [view('vW-00001', 'product', c.service), leave('vW-00001', 'product', c.service, 4_000)]);
    // G pays for both service products; H pays for our saas and leaves an order of 网站建设服务 unpaid
    const g = await newBuyer(t, 'anaBuyerG');
    const h = await newBuyer(t, 'anaBuyerH');
    const g1 = await pay(g, (await order(g, { productId: c.service, specId: c.serviceSpec, unit: 'month', duration: 1 })).id);
    const g2 = await pay(g, (await order(g, { productId: websiteBuild, specId: siteCorporate, unit: 'year', duration: 1 })).id);
    const h1 = await pay(h, (await order(h, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 })).id);
    const h2 = await order(h, { productId: websiteBuild, specId: siteCorporate, unit: 'year', duration: 1 });
    expect([g1.status, g2.status, h1.status, h2.status]).toEqual(['paid', 'paid', 'paid', 'unpaid']);
    await t.deps.outbox.drain();
    t.clock.advance(5 * MINUTE);
    await runRollup(t.deps.db, t.clock.now());

    const seller = await t.agent('demo');
    const r = await report<AnalyticsProducts>(seller, 'products', `period=day&date=${DAY}`);
    const perProduct = new Map(r.rows.items.map((p) => [p.productId, p]));
    // each service product has one paying buyer (G), the type has one as well, not two
    expect(perProduct.get(c.service)?.payingBuyers).toBe(1);
    expect(perProduct.get(websiteBuild)?.payingBuyers).toBe(1);
    expect(r.productTypes.find((k) => k.productType === 'service')).toEqual({
      productType: 'service',
      products: 1 + (await seededOfType('service')),
      // 网站建设服务: V and X; our service: V and W — V counts on each product page
      visitors: 4,
      views: 4,
      // 网站建设服务 1 bounce in 2 landings, our service 1 in 1: (0.5 + 1) / 2, not 2 / 3 pooled
      bounceRate: 0.75,
      orderAmountFen: PRICES.serviceMonth + 2 * g2.paidFen,
      paidFen: PRICES.serviceMonth + g2.paidFen,
      payingBuyers: 1,
    });
    expect(g1.paidFen).toBe(PRICES.serviceMonth);
    expect(h2.paidFen).toBe(g2.paidFen);
    expect(r.productTypes.find((k) => k.productType === 'saas')).toEqual({
      productType: 'saas',
      products: 1 + (await seededOfType('saas')),
      visitors: 0,
      views: 0,
      bounceRate: null,
      orderAmountFen: PRICES.stdMonth,
      paidFen: PRICES.stdMonth,
      payingBuyers: 1,
    });

    // the CSV export carries the rows, one line per figure
    const res = await seller.post(`${API}/seller/analytics/exports`, { report: 'products', period: 'day', date: DAY });
    expect(res.statusCode, res.body).toBe(202);
    await t.deps.outbox.drain();
    const file = await seller.get(`${API}/downloads/${res.json<{ id: string }>().id}/file`);
    expect(file.statusCode, file.body).toBe(200);
    expect(file.body).toContain('product_type,payingBuyers,service,1,,');
    expect(file.body).toContain('product_type,bounceRate,service,0.75,,');
    expect(file.body).toContain(`product_type,paidFen,saas,${PRICES.stdMonth},,`);
  });
});
