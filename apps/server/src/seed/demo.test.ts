import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Built } from '../app.js';
import { loadConfig } from '../config.js';
import { ManualClock } from '../platform/clock.js';
import type { Database } from '../platform/db/client.js';
import { rowsOf } from '../platform/scheduler.js';
import { Agent, openTestDatabase, TEST_START } from '../test/harness.js';
import { DEMO_CUSTOMERS } from './demo-customers.js';
import { DEMO_REFERRAL } from './demo-distribution.js';
import { DEMO_PROPOSAL } from './demo-proposals.js';
import { demoProposalLeadId } from './demo-leads.js';
import { DEMO_PASSWORD, seedDemo, type DemoIds } from './demo.js';

// The demo `npm start` shows is made by the real services (issue 11 item 7): whatever page a
// visitor opens, its figures must agree with every other page. These are the invariants.
let database: Database;
let built: Built;
let seed: DemoIds;
const now = TEST_START;

beforeAll(async () => {
  database = await openTestDatabase();
  seed = await seedDemo(database.db, now, { dbKind: database.kind });
  const config = loadConfig({ NODE_ENV: 'test', CLOCK: 'manual', LOG_LEVEL: 'silent', DATA_DIR: '/tmp/cm-demo-test' });
  built = await buildApp({ config, database, clock: new ManualClock(now), logger: false, mailer: null });
  await built.app.ready();
}, 300_000); // the story on PostgreSQL on a busy machine
afterAll(async () => {
  await built.app.close();
  await database.close();
});

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await database.db.execute(query));
}

async function agent(loginName: string): Promise<Agent> {
  const a = new Agent(built);
  const res = await a.post('/api/v1/auth/login', { loginName, password: DEMO_PASSWORD });
  expect(res.statusCode, res.body).toBe(200);
  return a;
}

describe('the seeded demo', () => {
  it('has orders of both sellers, spread over the two months before now', async () => {
    const bySeller = await rows<{ seller: string; n: number; first: string; last: string }>(sql`
      select s.code as seller, count(*)::int as n, min(o.created_at)::text as first, max(o.created_at)::text as last
      from orders o join sellers s on s.id = o.seller_id group by s.code order by s.code`);
    expect(bySeller.map((r) => r.seller)).toEqual(['acme', 'demoisv']);
    for (const r of bySeller) expect(r.n).toBeGreaterThanOrEqual(5);
    const demo = bySeller.find((r) => r.seller === 'demoisv');
    expect(new Date(demo?.first ?? '').getTime()).toBeLessThan(now.getTime() - 50 * 86_400_000);
    const [latest] = await rows<{ at: string }>(sql`select max(created_at)::text as at from orders`);
    expect(new Date(latest?.at ?? '').getTime()).toBeLessThanOrEqual(now.getTime());
    expect(new Date(latest?.at ?? '').getTime()).toBeGreaterThan(now.getTime() - 86_400_000);
  });

  it("names every order's product and spec as the catalogue does, and the product is the order's seller's", async () => {
    const bad = await rows<{ id: string; problem: string }>(sql`
      select o.id, case
        when p.id is null then 'no product'
        when p.seller_id <> o.seller_id then 'product of another seller'
        when p.code <> o.product_code or p.name <> o.product_name then 'product code/name differ'
        when s.id is null then 'no spec'
        when s.product_id <> p.id then 'spec of another product'
        when s.name <> o.spec_name then 'spec name differs'
      end as problem
      from orders o left join products p on p.id = o.product_id left join product_specs s on s.id = o.spec_id
      where o.type <> 'refund'`);
    expect(bad.filter((r) => r.problem !== null)).toEqual([]);
  });

  it('gives every paid order its instance, and every instance its order of the same seller and buyer', async () => {
    const paidWithout = await rows<{ id: string }>(sql`
      select o.id from orders o where o.status in ('paid', 'refunded') and o.type <> 'refund'
        and not exists (select 1 from order_instances oi where oi.order_id = o.id)`);
    expect(paidWithout).toEqual([]);
    const orphans = await rows<{ id: string }>(sql`
      select i.id from instances i where not exists (
        select 1 from order_instances oi join orders o on o.id = oi.order_id
        where oi.instance_id = i.id and o.seller_id = i.seller_id and o.buyer_id = i.buyer_id)`);
    expect(orphans).toEqual([]);
    const unpaidWith = await rows<{ id: string }>(sql`
      select o.id from orders o join order_instances oi on oi.order_id = o.id where o.status in ('unpaid', 'voided')`);
    expect(unpaidWith).toEqual([]);
  });

  it('opened every SaaS instance through its SPI endpoint, with the app details a real opening leaves', async () => {
    const saas = await rows<{ status: string; external_id: string | null; app_info: Record<string, string> | null }>(sql`
      select i.status, i.external_id, i.app_info from instances i join products p on p.id = i.product_id where p.type = 'saas'`);
    expect(saas.length).toBeGreaterThan(3);
    for (const i of saas) {
      expect(i.status).not.toBe('opening');
      expect(i.external_id).toMatch(/^isv-/);
      expect(i.app_info).toMatchObject({ frontEndUrl: expect.stringMatching(/^http/), username: 'admin' });
    }
    const [product] = await rows<{ spi_url: string }>(sql`select spi_url from products where id = ${seed.catalog.products.customerService}`);
    expect(product?.spi_url).toBe('http://127.0.0.1:3999/spi');
  });

  it('has a refund record behind every refunded order, and refunds of both origins in every state', async () => {
    const without = await rows<{ id: string }>(sql`
      select o.id from orders o where o.status = 'refunded' and not exists (
        select 1 from orders r where r.type = 'refund' and r.parent_order_id = o.id)
        and not exists (select 1 from refunds f where f.order_id = o.id and f.status = 'refunded')`);
    expect(without).toEqual([]);
    const [refunded] = await rows<{ n: number }>(sql`select count(*)::int as n from orders where status = 'refunded'`);
    expect(refunded?.n).toBeGreaterThan(0);
    const kinds = await rows<{ origin: string; status: string }>(sql`select distinct origin, status from refunds order by origin, status`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        { origin: 'buyer', status: 'refunded' },
        { origin: 'buyer', status: 'rejected' },
        { origin: 'buyer', status: 'reviewing' },
        { origin: 'seller', status: 'refunded' },
      ]),
    );
  });

  it('keeps the ledger balanced: every transaction and the whole ledger sum to zero', async () => {
    const [all] = await rows<{ total: string | null; n: number }>(
      sql`select coalesce(sum(amount_fen), 0)::text as total, count(*)::int as n from ledger_entries`,
    );
    expect(all?.n).toBeGreaterThan(0);
    expect(Number(all?.total)).toBe(0);
    const unbalanced = await rows<{ txn_id: string }>(sql`select txn_id from ledger_entries group by txn_id having sum(amount_fen) <> 0`);
    expect(unbalanced).toEqual([]);
    const kinds = await rows<{ kind: string }>(sql`select distinct kind from ledger_txns order by kind`);
    expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['payment', 'refund', 'settlement']));
    const paidNoPosting = await rows<{ id: string }>(sql`
      select o.id from orders o where o.status in ('paid', 'refunded') and o.paid_fen > 0 and o.type <> 'refund'
        and not exists (select 1 from ledger_txns t where t.order_id = o.id and t.kind = 'payment')`);
    expect(paidNoPosting).toEqual([]);
  });

  it('has a distribution order (guide 2.3 分销订单): 蓝鲸 bought 智能客服 through 星河’s link at 30 %, settled with the commission in 星河’s account, and the ledger still sums to zero', async () => {
    const dist = await rows<{ id: string; rate: number; buyer: string; reseller: string; settled: boolean; paid: string }>(sql`
      select o.id, o.distribution_rate_pct as rate, b.login_name as buyer, r.login_name as reseller, o.settled_at is not null as settled, o.paid_fen::text as paid
      from orders o join users b on b.id = o.buyer_id join users r on r.id = o.reseller_id where o.reseller_id is not null`);
    expect(dist).toEqual([
      { id: expect.any(String), rate: DEMO_REFERRAL.ratePct, buyer: 'lanjing', reseller: 'xinghe', settled: true, paid: expect.any(String) },
    ]);
    const [commission] = await rows<{ fen: string }>(sql`
      select coalesce(sum(e.amount_fen), 0)::text as fen from ledger_entries e join ledger_accounts a on a.id = e.account_id
      join ledger_txns t on t.id = e.txn_id where a.kind = 'reseller_available' and t.kind = 'settlement' and t.order_id = ${dist[0]?.id ?? ''}`);
    expect(Number(commission?.fen)).toBe(Math.floor((Number(dist[0]?.paid) * DEMO_REFERRAL.ratePct + 50) / 100));
    const [sum] = await rows<{ total: string }>(sql`select coalesce(sum(amount_fen), 0)::text as total from ledger_entries`);
    expect(Number(sum?.total)).toBe(0);
    const xinghe = await agent('xinghe');
    const profile = (await xinghe.get('/api/v1/reseller/profile')).json<{ joined: boolean; balanceFen: number }>();
    expect(profile).toMatchObject({ joined: true, balanceFen: Number(commission?.fen) });
    const demo = await agent('demo');
    const detail = (await demo.get(`/api/v1/seller/orders/${dist[0]?.id ?? ''}`)).json<{
      reseller: { displayName: string; commissionStatus: string } | null;
    }>();
    expect(detail.reseller).toMatchObject({ displayName: DEMO_REFERRAL.resellerName, commissionStatus: 'settled' });
  });

  it('has 经营数据 (guide 7) from storefront visits sent through /track: the month before yesterday has visitors, views and a stay, and 商品成长 counts them', async () => {
    const demo = await agent('demo');
    const yesterday = new Date(now.getTime() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    const o = (await demo.get(`/api/v1/seller/analytics/overview?period=month&date=${yesterday}`)).json<{
      traffic: { visitors: { value: number }; views: { value: number }; avgStaySeconds: { value: number | null } };
      topByVisitors: unknown[];
    }>();
    expect(o.traffic.visitors.value).toBeGreaterThan(20);
    expect(o.traffic.views.value).toBeGreaterThanOrEqual(o.traffic.visitors.value);
    expect(o.traffic.avgStaySeconds.value).toBeGreaterThan(0);
    expect(o.topByVisitors.length).toBeGreaterThan(0);
  });

  it('has a 客户中心 (guide 2.8): every buyer who bought is a platform customer ("由系统为您自动添加"), two tags in use, a private customer, and a 双呼 record on virtual numbers only', async () => {
    const demo = await agent('demo');
    const list = (await demo.get('/api/v1/seller/customers?kind=platform&pageSize=100')).json<{
      items: { id: string; tags: { name: string }[] }[];
      total: number;
    }>();
    const [buyers] = await rows<{ n: number }>(sql`
      select count(distinct o.buyer_id)::int as n from orders o join sellers s on s.id = o.seller_id
      where s.name = 'Demo ISV' and o.paid_at is not null`);
    expect(list.total).toBe(buyers?.n);
    const tagged = list.items.flatMap((c) => c.tags.map((t) => t.name));
    expect(tagged.filter((n) => n === DEMO_CUSTOMERS.keyTag)).toHaveLength(2);
    expect(tagged).toContain(DEMO_CUSTOMERS.renewalTag);
    const priv = (await demo.get('/api/v1/seller/customers?kind=private')).json<{ items: { name: string | null; company: string | null }[] }>();
    expect(priv.items).toEqual([expect.objectContaining({ name: DEMO_CUSTOMERS.privateName, company: DEMO_CUSTOMERS.privateCompany })]);
    const calls = await rows<{ body: string }>(sql`select row_to_json(c)::text as body from calls c`);
    expect(calls.length).toBeGreaterThan(0);
    const [phones] = await rows<{ list: string[] }>(sql`select array_agg(phone) as list from users where phone is not null`);
    for (const c of calls) for (const phone of phones?.list ?? []) expect(c.body).not.toContain(phone);
  });

  it('has a 方案 paid in one click (guide 4): two orders from 定制方案 carry the lead and proposal ids at the adjusted prices, and the lead is 已成交', async () => {
    const paid = await rows<{ lead: string; proposal: string; paid: string; status: string }>(sql`
      select o.lead_id as lead, o.proposal_id as proposal, o.paid_fen::text as paid, o.status from orders o where o.source = 'proposal' order by o.paid_fen`);
    expect(paid.map((o) => [Number(o.paid), o.status])).toEqual([
      [DEMO_PROPOSAL.csPriceFen, 'paid'],
      [DEMO_PROPOSAL.sitePriceFen, 'paid'],
    ]);
    expect(new Set(paid.map((o) => o.proposal)).size).toBe(1);
    const [lead] = await rows<{ status: string; demand: string }>(sql`
      select l.status, d.status as demand from leads l join demands d on d.id = l.demand_id where l.id = ${paid[0]?.lead ?? ''}`);
    expect(lead).toEqual({ status: 'won', demand: 'won' });
  });

  it('shows the sweeps at work as the guide says: "下单后，如果7天未支付，则订单作废" and "如果用户 30 天没有评价，则本次购买默认好评"', async () => {
    const voided = await rows<{ days: number }>(sql`
      select extract(epoch from (voided_at - created_at)) / 86400 as days from orders where status = 'voided'`);
    expect(voided.length).toBeGreaterThan(0);
    for (const v of voided) expect(Number(v.days)).toBeGreaterThanOrEqual(7);
    const defaults = await rows<{ quality: number; attitude: number; speed: number; days: number }>(sql`
      select r.quality, r.attitude, r.speed, extract(epoch from (r.created_at - o.paid_at)) / 86400 as days
      from reviews r join orders o on o.id = r.order_id where r.is_default`);
    expect(defaults.length).toBeGreaterThan(0);
    for (const d of defaults) {
      expect([d.quality, d.attitude, d.speed]).toEqual([5, 5, 5]);
      expect(Number(d.days)).toBeGreaterThanOrEqual(30);
    }
    const replied = await rows<{ n: number }>(sql`select count(*)::int as n from reviews where reply is not null`);
    expect(replied[0]?.n).toBeGreaterThanOrEqual(3);
  });

  it('bills the postpaid API by Beijing month from pushed usage, and the buyer paid a bill that the ledger posted', async () => {
    const billed = await rows<{ id: string; status: string; amount: number; paid: number; posted: number }>(sql`
      select b.id, b.status, b.amount_fen::int as amount, b.paid_fen::int as paid,
        (select count(*)::int from ledger_txns t where t.kind = 'bill_payment' and t.order_id = b.id) as posted
      from bills b order by b.period`);
    expect(billed.length).toBeGreaterThanOrEqual(2);
    expect(billed.every((b) => b.amount > 0)).toBe(true);
    const paid = billed.filter((b) => b.status === 'paid');
    expect(paid.length).toBeGreaterThanOrEqual(1);
    for (const b of paid) expect(b).toMatchObject({ paid: b.amount, posted: 1 });
    for (const b of billed.filter((x) => x.status === 'unpaid')) expect(b.posted).toBe(0);
  });

  it('shows 营销 at work: discounts in every state, the best one on later orders, coupons claimed, granted, used and voided', async () => {
    const discounts = await rows<{ name: string; publish: string; starts: string; ends: string }>(sql`
      select name, publish_status as publish, starts_at::text as starts, ends_at::text as ends from discounts where deleted_at is null order by created_at`);
    const state = (d: { publish: string; starts: string; ends: string }) =>
      `${d.publish}/${new Date(d.starts) > now ? 'pending' : new Date(d.ends) <= now ? 'expired' : 'active'}`;
    expect(discounts.map(state).sort()).toEqual(['prepublished/pending', 'published/active', 'published/active', 'published/expired']);
    // every order's breakdown adds up (a later price change sets paid, so only unchanged orders are checked)
    const broken = await rows<{ id: string }>(sql`
      select o.id from orders o where o.type <> 'refund' and (o.discount_fen > 0 or o.coupon_fen > 0)
        and o.paid_fen <> o.list_price_fen - o.discount_fen - o.coupon_fen
        and not exists (select 1 from price_changes pc where pc.order_id = o.id)`);
    expect(broken).toEqual([]);
    const [{ discounted, couponed } = { discounted: 0, couponed: 0 }] = await rows<{ discounted: number; couponed: number }>(sql`
      select count(*) filter (where discount_fen > 0)::int as discounted, count(*) filter (where coupon_fen > 0)::int as couponed from orders where status in ('paid', 'refunded')`);
    expect(discounted).toBeGreaterThanOrEqual(3);
    expect(couponed).toBeGreaterThanOrEqual(1);
    // a used coupon points at the order that used it, and that order names the coupon
    const mismatched = await rows<{ id: string }>(sql`
      select h.id from coupon_holdings h left join orders o on o.id = h.order_id
      where h.order_id is not null and (o.coupon_holding_id is distinct from h.id)`);
    expect(mismatched).toEqual([]);
    const bySource = await rows<{ source: string; n: number }>(sql`select source, count(*)::int as n from coupon_holdings group by source order by source`);
    expect(bySource.map((r) => r.source)).toEqual(['claim', 'grant']);
    const [voided] = await rows<{ n: number }>(sql`select count(*)::int as n from coupons where status = 'voided'`);
    expect(voided?.n).toBe(1);
    const counters = await rows<{ id: string }>(sql`
      select c.id from coupons c where c.claimed_count <> (select count(*) from coupon_holdings h where h.coupon_id = c.id)`);
    expect(counters).toEqual([]);
  });

  it('left no event unhandled and no sweep failing', async () => {
    const pending = await rows<{ topic: string; status: string }>(sql`select topic, status from outbox_events where status <> 'done'`);
    expect(pending).toEqual([]);
    const failing = await rows<{ name: string }>(sql`select name from sweep_state where last_error is not null`);
    expect(failing).toEqual([]);
  });

  it('gives each demo designer a delivery completed this year, and has projects waiting, in progress, overdue and completed', async () => {
    for (const login of ['designer1@demoisv', 'designer2@demoisv']) {
      const me = (await (await agent(login)).get(`/api/v1/delivery/workbench/me?date=${now.toISOString().slice(0, 10)}`)).json();
      expect(me.year.total, login).toBeGreaterThanOrEqual(1);
    }
    const projects = await rows<{ status: string; current_node_id: string | null; overdue: boolean }>(sql`
      select status, current_node_id, overdue from delivery_projects order by created_at`);
    expect(projects.filter((p) => p.status === 'completed').length).toBeGreaterThanOrEqual(4);
    expect(projects.filter((p) => p.status === 'running' && p.overdue)).toHaveLength(1); // the draft never delivered
    expect(projects.some((p) => p.status === 'running' && p.current_node_id === 'accept' && !p.overdue)).toBe(true);
    expect(projects.some((p) => p.status === 'running' && p.current_node_id === 'req')).toBe(true);
  });

  it("shows each seller's own figures: list totals equal the rows, every page has data", async () => {
    for (const [login, sellerId] of [
      ['demo', seed.demoSellerId],
      ['acme', seed.acmeSellerId],
    ] as const) {
      const a = await agent(login);
      const list = (await a.get('/api/v1/seller/orders?pageSize=100')).json();
      const [db] = await rows<{ n: number }>(sql`select count(*)::int as n from orders where seller_id = ${sellerId}`); // refund orders are listed too
      expect(list.items.length, login).toBe(list.total);
      expect(list.total, login).toBe(db?.n);
      for (const o of list.items) expect(o.productCode.startsWith('cm')).toBe(true);
      const [mine] = await rows<{ n: number }>(
        sql`select count(*)::int as n from products p join orders o on o.product_id = p.id where o.seller_id = ${sellerId} and p.seller_id <> ${sellerId}`,
      );
      expect(mine?.n).toBe(0);
      for (const page of ['/api/v1/seller/instances', '/api/v1/seller/refunds', '/api/v1/seller/invoices', '/api/v1/seller/reviews']) {
        const res = await a.get(page);
        expect(res.statusCode, `${login} ${page} ${res.body}`).toBe(200);
        expect(res.json().total, `${login} ${page}`).toBeGreaterThan(0);
      }
    }
  });

  it('shows 商机 at every stage: pool, pending (directed and assigned), following with calls and notes, the 联系小二 thread, a terminated one', async () => {
    const demo = await agent('demo');
    const pool = (await demo.get('/api/v1/seller/lead-pool')).json<{ items: { name: string }[]; eligible: boolean }>();
    expect(pool.eligible).toBe(true);
    expect(pool.items.map((d) => d.name)).toEqual(expect.arrayContaining(['数据迁移上云', '等保测评咨询']));
    const leads = (await demo.get('/api/v1/seller/leads?pageSize=100')).json<{ items: { id: string; name: string; status: string; category: string }[] }>();
    const byName = new Map(leads.items.map((l) => [l.name, l]));
    expect(byName.get('定制企业网站')).toMatchObject({ status: 'pending', category: 'directed' });
    expect(byName.get('运维托管服务')?.status).toBe('pending');
    expect(byName.get('小程序日常维护')?.status).toBe('terminated');
    const proposalLeadId = await demoProposalLeadId(database.db, seed.demoSellerId);
    const site = (await demo.get(`/api/v1/seller/leads/${proposalLeadId}`)).json<{ status: string; calls: unknown[]; notes: unknown[] }>();
    expect(site).toMatchObject({ status: 'won' }); // its 方案 was paid (demo-proposals.ts)
    expect(site.calls.length).toBeGreaterThan(0);
    expect(site.notes.length).toBeGreaterThan(0);
    const promo = (await demo.get(`/api/v1/seller/leads/${byName.get('定点推广方案')?.id}`)).json<{ messages: { fromRole: string }[] }>();
    expect(promo.messages.map((m) => m.fromRole)).toEqual(['seller', 'operator']);
    const operator = await agent('operator');
    const routing = (await operator.get('/api/v1/operator/demands?routing=true')).json<{ items: { name: string }[] }>();
    expect(routing.items.map((d) => d.name)).toContain('小程序日常维护');
  });
});
