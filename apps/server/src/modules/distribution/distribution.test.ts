import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { distributionProducts } from './distribution.tables.js';

const API = '/api/v1';
let t: TestApp;
let c: Catalog;
let demo: Agent;
let acme: Agent;
let ops: Agent;
let buyer: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  [demo, acme, ops, buyer] = await Promise.all([t.agent('demo'), t.agent('acme'), t.agent('ops@demoisv'), t.agent('buyer')]);
});
afterAll(() => t.close());

const join = (agent: Agent, productId: string, body: Record<string, unknown>) => agent.post(`${API}/seller/distribution/products/${productId}`, body);

interface Row {
  productId: string;
  ratePct: number | null;
  joinedAt: string | null;
  orderCount: number;
  commissionFen: number;
}

describe('分销设置 (guide 2.3: 佣金比例 "上限60%，下限20%"; "一旦设置，不可变更")', () => {
  it('refuses 19 and 61, a fraction and a missing 注意事项 tick with 400', async () => {
    for (const body of [
      { ratePct: 19, acknowledged: true },
      { ratePct: 61, acknowledged: true },
      { ratePct: 30.5, acknowledged: true },
      { ratePct: 30, acknowledged: false },
      { ratePct: 30 },
      { ratePct: '30', acknowledged: true },
    ]) {
      const res = await join(demo, c.saas, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    const list = (await demo.get(`${API}/seller/distribution/products`)).json<{ items: Row[] }>();
    expect(list.items.find((r) => r.productId === c.saas)?.ratePct).toBeNull();
  });

  it('accepts 20 (the floor) and 60 (the ceiling), and refuses any second setting with 409 distribution_rate_locked', async () => {
    const low = await join(demo, c.saas, { ratePct: 20, acknowledged: true });
    expect(low.statusCode, low.body).toBe(200);
    expect(low.json()).toMatchObject({ productId: c.saas, ratePct: 20, productName: '测试 SaaS' });
    const high = await join(demo, c.download, { ratePct: 60, acknowledged: true });
    expect(high.statusCode, high.body).toBe(200);
    expect(high.json().ratePct).toBe(60);
    for (const rate of [20, 35]) {
      const again = await join(demo, c.saas, { ratePct: rate, acknowledged: true });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'distribution_rate_locked' });
    }
    const list = (await demo.get(`${API}/seller/distribution/products`)).json<{ items: Row[] }>();
    expect(list.items.find((r) => r.productId === c.saas)).toMatchObject({ ratePct: 20, orderCount: 0, commissionFen: 0 });
    expect(list.items.find((r) => r.productId === c.download)?.ratePct).toBe(60);
  });

  it('the database refuses a direct UPDATE of a set rate (trigger) and a rate outside 20–60 (check)', async () => {
    const err = await t.deps.db.execute(sql`update distribution_products set rate_pct = 25 where product_id = ${c.saas}`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String((err as { cause?: { message?: string } } | null)?.cause?.message)).toMatch(/fixed once set/);
    await expect(
      t.deps.db.execute(sql`insert into distribution_products (product_id, seller_id, rate_pct, joined_at) values ('prd_x', ${t.seed.demoSellerId}, 61, now())`),
    ).rejects.toThrow();
    const [row] = await t.deps.db.select().from(distributionProducts).where(eq(distributionProducts.productId, c.saas));
    expect(row?.ratePct).toBe(20);
  });

  it('refuses a postpaid product (no price at ordering to take a share of) and an unlisted one: distribution_product_not_eligible', async () => {
    const postpaid = await join(demo, c.api, { ratePct: 30, acknowledged: true });
    expect(postpaid.statusCode).toBe(409);
    expect(postpaid.json()).toMatchObject({ code: 'distribution_product_not_eligible', reason: 'postpaid' });
    await t.deps.db.execute(sql`update products set status = 'delisted' where id = ${c.service}`);
    const delisted = await join(demo, c.service, { ratePct: 30, acknowledged: true });
    expect(delisted.json()).toMatchObject({ code: 'distribution_product_not_eligible', reason: 'not_listed' });
    await t.deps.db.execute(sql`update products set status = 'listed' where id = ${c.service}`);
  });

  it('two concurrent settings of one product: one wins, the other is distribution_rate_locked', async () => {
    const [a, b] = await Promise.all([join(demo, c.service, { ratePct: 30, acknowledged: true }), join(demo, c.service, { ratePct: 40, acknowledged: true })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const winner = a.statusCode === 200 ? a : b;
    expect(loser.json().code).toBe('distribution_rate_locked');
    expect(loser.json().ratePct).toBe(winner.json().ratePct);
  });

  it('lists only the caller’s products, paged and searched by name', async () => {
    const all = (await demo.get(`${API}/seller/distribution/products?pageSize=2`)).json<{ items: Row[]; total: number }>();
    expect(all.items).toHaveLength(2);
    expect(all.total).toBeGreaterThanOrEqual(4);
    const found = (await demo.get(`${API}/seller/distribution/products?q=${encodeURIComponent('测试服务')}`)).json<{ items: Row[] }>();
    expect(found.items.map((r) => r.productId)).toEqual([c.service]);
    const acmes = (await acme.get(`${API}/seller/distribution/products?pageSize=100`)).json<{ items: Row[] }>();
    expect(acmes.items.map((r) => r.productId)).not.toContain(c.saas);
  });

  it('hides another seller’s product (404), needs distribution.view/manage (403 for a sub-account without them) and a seller (403 for a buyer)', async () => {
    const foreign = await join(acme, c.pro, { ratePct: 30, acknowledged: true });
    expect(foreign.statusCode).toBe(404);
    expect((await join(acme, 'prd_nope', { ratePct: 30, acknowledged: true })).statusCode).toBe(404);
    expect((await join(demo, c.acmeSaas, { ratePct: 30, acknowledged: true })).statusCode).toBe(404);
    expect((await ops.get(`${API}/seller/distribution/products`)).statusCode).toBe(403);
    expect((await join(ops, c.pro, { ratePct: 30, acknowledged: true })).statusCode).toBe(403);
    expect((await buyer.get(`${API}/seller/distribution/products`)).statusCode).toBe(403);
    expect((await t.anonymous().get(`${API}/seller/distribution/products`)).statusCode).toBe(401);
  });

  it('refuses bad input at the edge with 4xx: oversize search, NUL, a bad page', async () => {
    expect((await demo.get(`${API}/seller/distribution/products?q=${'x'.repeat(61)}`)).statusCode).toBe(400);
    expect((await demo.get(`${API}/seller/distribution/products?page=0`)).statusCode).toBe(400);
    expect((await demo.get(`${API}/seller/distribution/products?q=a%00b`)).statusCode).toBe(400);
    expect((await join(demo, 'x'.repeat(65), { ratePct: 30, acknowledged: true })).statusCode).toBe(400);
  });
});
