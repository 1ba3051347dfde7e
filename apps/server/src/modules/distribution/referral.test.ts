import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../platform/clock.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { insertRefundOrder, ledgerSumFen, txnsOf } from '../../test/kits/ledger.js';
import { newBuyer, order, pay, PRICES, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { postClawback, postRefund } from '../ledger/index.js';
import { orders } from '../orders/index.js';

const API = '/api/v1';
let t: TestApp;
let c: Catalog;
let demo: Agent;
let ops: Agent;
let buyer: Agent;
let reseller: Agent;
let code: string;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  [demo, ops, buyer] = await Promise.all([t.agent('demo'), t.agent('ops@demoisv'), t.agent('buyer')]);
  reseller = await newBuyer(t, 'rsl-xinghe');
  for (const [productId, ratePct] of [
    [c.saas, 30],
    [c.service, 40],
  ] as const) {
    const res = await demo.post(`${API}/seller/distribution/products/${productId}`, { ratePct, acknowledged: true });
    expect(res.statusCode, res.body).toBe(200);
  }
  const joined = await reseller.post(`${API}/reseller/join`, { displayName: '星河分销', acceptAgreement: true });
  expect(joined.statusCode, joined.body).toBe(200);
  code = joined.json<{ code: string }>().code;
});
afterAll(() => t.close());

const stdOrder = (extra: Record<string, unknown> = {}) => ({ productId: c.saas, specId: c.std, unit: 'month', duration: 1, ...extra });
const sellerRow = async (id: string) =>
  (await demo.get(`${API}/seller/orders?pageSize=100`)).json<{ items: { id: string; distributionRatePct: number | null }[] }>().items.find((o) => o.id === id);
const detail = async (id: string) => (await demo.get(`${API}/seller/orders/${id}`)).json<{ reseller: Record<string, unknown> | null }>();
/** Past the refund window: the settlement sweep runs; sessions idle that long log in again. */
const settleAll = async () => {
  t.clock.advance(6 * DAY);
  await t.deps.scheduler.runDue();
  [demo, ops, buyer, reseller] = await Promise.all([t.agent('demo'), t.agent('ops@demoisv'), t.agent('buyer'), t.agent('rsl-xinghe', 'Passw0rdX')]);
};

describe('the reseller programme (guide 2.2 转售分销合作伙伴)', () => {
  it('a buyer joins once and gets a code; a second join is already_reseller', async () => {
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    const again = await reseller.post(`${API}/reseller/join`, { displayName: '星河分销', acceptAgreement: true });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_reseller');
    const profile = (await reseller.get(`${API}/reseller/profile`)).json();
    expect(profile).toMatchObject({ joined: true, code, displayName: '星河分销', balanceFen: 0 });
  });

  it('before joining: the profile says so and the console routes answer not_a_reseller', async () => {
    expect((await buyer.get(`${API}/reseller/profile`)).json()).toMatchObject({ joined: false, code: null, balanceFen: 0 });
    for (const path of ['/reseller/products', '/reseller/orders', '/reseller/statements', '/reseller/statements/2026-06.csv']) {
      const res = await buyer.get(`${API}${path}`);
      expect(res.statusCode, path).toBe(409);
      expect(res.json().code).toBe('not_a_reseller');
    }
  });

  it('refuses bad input (400) and other account kinds (403) on the reseller routes', async () => {
    expect((await buyer.post(`${API}/reseller/join`, { displayName: 'x', acceptAgreement: true })).statusCode).toBe(400);
    expect((await buyer.post(`${API}/reseller/join`, { displayName: 'ab\u0000c', acceptAgreement: true })).statusCode).toBe(400);
    expect((await buyer.post(`${API}/reseller/join`, { displayName: '星河分销', acceptAgreement: false })).statusCode).toBe(400);
    expect((await reseller.get(`${API}/reseller/orders?month=2026-6`)).statusCode).toBe(400);
    expect((await reseller.get(`${API}/reseller/statements/2026-13.csv`)).statusCode).toBe(400);
    expect((await reseller.get(`${API}/reseller/products?q=${'x'.repeat(61)}`)).statusCode).toBe(400);
    expect((await demo.get(`${API}/reseller/profile`)).statusCode).toBe(403);
    expect((await demo.get(`${API}/operator/finance/resellers`)).statusCode).toBe(403);
    expect((await reseller.get(`${API}/operator/finance/resellers`)).statusCode).toBe(403);
  });

  it('the library lists every product in distribution with the reseller’s link to the store page (guide 2.3 "流入所有分销商的库内")', async () => {
    const lib = (await reseller.get(`${API}/reseller/products`)).json<{ items: Record<string, unknown>[]; total: number }>();
    expect(lib.total).toBe(2);
    const saas = lib.items.find((p) => p.productId === c.saas);
    expect(saas).toMatchObject({ productName: '测试 SaaS', ratePct: 30, fromPriceFen: PRICES.stdMonth, sellerName: expect.any(String) });
    expect(saas?.referralPath).toMatch(new RegExp(`^/store/products/cmapp-t[a-z0-9]+\\?ref=${code}$`));
    const found = (await reseller.get(`${API}/reseller/products?q=${encodeURIComponent('服务')}`)).json<{ items: { productId: string }[] }>();
    expect(found.items.map((p) => p.productId)).toEqual([c.service]);
  });
});

describe('referral orders (guide 2.3 分销订单)', () => {
  let referred: string;
  let ordinary: string;

  it('a new purchase through the link is a distribution order at the product’s rate; ordinary traffic is not', async () => {
    referred = (await pay(buyer, (await order(buyer, stdOrder({ referralCode: code.toLowerCase() }))).id)).id;
    ordinary = (await pay(buyer, (await order(buyer, stdOrder())).id)).id;
    expect((await sellerRow(referred))?.distributionRatePct).toBe(30);
    expect((await sellerRow(ordinary))?.distributionRatePct).toBeNull();
    expect((await detail(referred)).reseller).toEqual({
      resellerCode: code,
      displayName: '星河分销',
      ratePct: 30,
      commissionFen: 3_000,
      commissionStatus: 'pending',
    });
    expect((await detail(ordinary)).reseller).toBeNull();
  });

  it('the buyer never sees the reseller', async () => {
    const mine = (await buyer.get(`${API}/buyer/orders/${referred}`)).json<Record<string, unknown>>();
    expect(JSON.stringify(mine)).not.toContain(code);
    expect(Object.keys(mine).filter((k) => /resell|distribution/i.test(k))).toEqual([]);
  });

  it('an unknown code, a product not in distribution and the reseller’s own link all make an ordinary order (never refused)', async () => {
    const unknown = await order(buyer, stdOrder({ referralCode: 'ZZZZ9999' }));
    const notIn = await order(buyer, { productId: c.acmeSaas, specId: c.acmeSpec, unit: 'month', duration: 1, referralCode: code });
    const self = await order(reseller, stdOrder({ referralCode: code }));
    const rows = await t.deps.db.select({ id: orders.id, r: orders.resellerId, p: orders.distributionRatePct }).from(orders);
    for (const o of [unknown, notIn, self]) expect(rows.find((r) => r.id === o.id)).toMatchObject({ r: null, p: null });
    expect((await buyer.post(`${API}/buyer/orders`, stdOrder({ referralCode: 'bad code!' }), { 'idempotency-key': 'k-bad-ref' })).statusCode).toBe(400);
    expect((await buyer.post(`${API}/buyer/orders`, stdOrder({ referralCode: 'AB\u0000CD' }), { 'idempotency-key': 'k-nul-ref' })).statusCode).toBe(400);
    const empty = await order(buyer, stdOrder({ referralCode: '' }));
    expect((await t.deps.db.select({ r: orders.resellerId }).from(orders).where(eq(orders.id, empty.id)))[0]?.r).toBeNull();
  });

  it('a renewal of a referral instance carries no referral (renewals never pay commission)', async () => {
    const first = await pay(buyer, (await order(buyer, { productId: c.service, specId: c.serviceSpec, unit: 'month', duration: 1, referralCode: code })).id);
    expect((await sellerRow(first.id))?.distributionRatePct).toBe(40);
    const instanceId = first.instances[0]?.id;
    const renew = await buyer.post(`${API}/buyer/instances/${instanceId}/renew`, { unit: 'month', duration: 1, referralCode: code });
    expect(renew.statusCode, renew.body).toBe(201);
    expect((await sellerRow(renew.json<{ id: string }>().id))?.distributionRatePct).toBeNull();
  });

  it('settlement pays the reseller rate × paid out of the seller’s side, the ordinary order pays nothing, and the ledger sums to zero', async () => {
    await settleAll();
    const txns = await txnsOf(t.deps.db, referred);
    expect(txns).toContain('settlement:reseller_available:3000');
    // category commission 10 % stays the platform's: 10 000 − 1 000 − 3 000
    expect(txns).toContain('settlement:seller_available:6000');
    expect(txns).toContain('settlement:platform_revenue:1000');
    expect((await txnsOf(t.deps.db, ordinary)).filter((x) => x.includes('reseller'))).toEqual([]);
    expect(await ledgerSumFen(t.deps.db)).toBe(0);
    expect((await detail(referred)).reseller).toMatchObject({ commissionFen: 3_000, commissionStatus: 'settled' });
    expect((await reseller.get(`${API}/reseller/profile`)).json().balanceFen).toBe(3_000 + 20_000);
  });

  it('a refund after settlement claws back refund × rate from the reseller; the ledger still sums to zero', async () => {
    const now = t.clock.now();
    const refundId = await insertRefundOrder(t.deps.db, referred, 4_000, now);
    await t.deps.db.transaction((tx) => postClawback(tx, { refundOrderId: refundId, amountFen: 4_000, at: now }));
    expect(await txnsOf(t.deps.db, refundId)).toContain('clawback:reseller_available:-1200');
    expect(await ledgerSumFen(t.deps.db)).toBe(0);
    expect((await detail(referred)).reseller).toMatchObject({ commissionFen: 1_800, commissionStatus: 'clawed_back' });
    expect((await reseller.get(`${API}/reseller/profile`)).json().balanceFen).toBe(1_800 + 20_000);
  });

  it('a refund before settlement means no commission at all', async () => {
    const o = await pay(buyer, (await order(buyer, stdOrder({ referralCode: code }))).id);
    await t.deps.outbox.drain(); // the payment's posting (order.paid), frozen until settlement
    const refundId = await insertRefundOrder(t.deps.db, o.id, PRICES.stdMonth, t.clock.now());
    await t.deps.db.transaction(async (tx) => {
      await postRefund(tx, { refundOrderId: refundId, amountFen: PRICES.stdMonth, at: t.clock.now() });
      await tx.update(orders).set({ status: 'refunded' }).where(eq(orders.id, o.id));
    });
    await settleAll();
    expect((await txnsOf(t.deps.db, o.id)).filter((x) => x.includes('reseller'))).toEqual([]);
    expect((await detail(o.id)).reseller).toMatchObject({ commissionFen: 0, commissionStatus: 'cancelled' });
    expect(await ledgerSumFen(t.deps.db)).toBe(0);
  });
});

describe('the reseller’s console and the operator’s totals', () => {
  it('lists the referred orders with masked buyers and commissions, filtered by Beijing month', async () => {
    const list = (await reseller.get(`${API}/reseller/orders`)).json<{ items: Record<string, unknown>[]; total: number }>();
    expect(list.total).toBe(3);
    expect(list.items.every((o) => o.buyer === 'b***r')).toBe(true);
    expect(list.items.map((o) => o.commissionStatus).sort()).toEqual(['cancelled', 'clawed_back', 'settled']);
    expect((await reseller.get(`${API}/reseller/orders?month=2026-06`)).json().total).toBe(3);
    expect((await reseller.get(`${API}/reseller/orders?month=2026-05`)).json().total).toBe(0);
  });

  it('makes one statement per Beijing month and a CSV of its postings', async () => {
    const statements = (await reseller.get(`${API}/reseller/statements`)).json<Record<string, unknown>[]>();
    expect(statements).toEqual([{ month: '2026-06', orderCount: 2, settledFen: 23_000, clawedBackFen: 1_200, netFen: 21_800 }]);
    const csv = await reseller.get(`${API}/reseller/statements/2026-06.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.filter((l) => l.includes('clawback'))[0]).toMatch(/-12\.00/);
    expect((await reseller.get(`${API}/reseller/statements/2026-05.csv`)).body.trim().split('\r\n')).toHaveLength(1);
  });

  it('the operator sees every reseller’s totals', async () => {
    const op = await t.agent('operator');
    const rows = (await op.get(`${API}/operator/finance/resellers`)).json<Record<string, unknown>[]>();
    expect(rows).toEqual([
      { userId: expect.any(String), code, displayName: '星河分销', orderCount: 3, settledFen: 23_000, clawedBackFen: 1_200, balanceFen: 21_800 },
    ]);
  });

  it('the seller’s distribution list counts the orders and the commission kept; the CSV export has the rate', async () => {
    const list = (await demo.get(`${API}/seller/distribution/products`)).json<{ items: { productId: string; orderCount: number; commissionFen: number }[] }>();
    expect(list.items.find((p) => p.productId === c.saas)).toMatchObject({ orderCount: 2, commissionFen: 1_800 });
    expect(list.items.find((p) => p.productId === c.service)).toMatchObject({ orderCount: 1, commissionFen: 20_000 });
    const csv = await demo.get(`${API}/seller/orders/export.csv`);
    const [header, ...rows] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // the rate column by name (later columns, such as the order's source, may follow it); no cell here holds a comma
    const rate = header?.split(',').indexOf('distribution_rate_pct') ?? -1;
    expect(rate).toBeGreaterThan(-1);
    expect(rows.filter((r) => r.split(',')[rate] === '30')).toHaveLength(2);
  });

  it('a sub-account without distribution.view still sees its orders (orders.view), but not the distribution routes', async () => {
    expect((await ops.get(`${API}/seller/orders?pageSize=1`)).statusCode).toBe(200);
    expect((await ops.get(`${API}/seller/distribution/products`)).statusCode).toBe(403);
  });
});
