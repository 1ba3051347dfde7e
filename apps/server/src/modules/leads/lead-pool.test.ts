import { DAILY_GRAB_LIMIT } from '@cloudmart/contracts';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBeijingWall, beijingWall } from '../../platform/beijing-time.js';
import { MINUTE } from '../../platform/clock.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { API, grab, newLeadSeller, pool, pooledDemand, postDemand } from '../../test/kits/leads.js';
import { newBuyer } from '../../test/kits/orders.js';
import { leadGrabs, leads } from './index.js';

let t: TestApp;
let buyer: Agent;

beforeAll(async () => {
  // the tests cross Beijing days: sessions outlive them
  t = await createTestApp({ env: { SESSION_TTL_HOURS: '2000' } });
  buyer = await newBuyer(t, 'poolBuyer');
});
afterAll(() => t.close());

const inPool = async (seller: Agent, id: string) => (await pool(seller)).items.some((x) => x.id === id);

describe('商机广场 "需求列表每整点更新一次"', () => {
  it('shows a demand posted at 10:20 from 11:00, not a millisecond before', async () => {
    const demo = await t.agent('demo');
    const w = beijingWall(t.clock.now());
    const at1020 = fromBeijingWall(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate(), 10, 20);
    if (at1020.getTime() > t.clock.now().getTime()) t.clock.set(at1020);
    const d = await postDemand(buyer, '整点入池');
    const eleven = new Date(Math.ceil(t.clock.now().getTime() / (60 * MINUTE)) * 60 * MINUTE);
    expect(d.poolAt).toBe(eleven.toISOString());
    expect(await inPool(demo, d.id)).toBe(false);
    t.clock.set(new Date(eleven.getTime() - 1));
    expect(await inPool(demo, d.id)).toBe(false);
    expect((await demo.post(`${API}/seller/lead-pool/${d.id}/grab`)).json().code).toBe('demand_not_in_pool');
    t.clock.set(eleven);
    const page = await pool(demo);
    const item = page.items.find((x) => x.id === d.id);
    // the contact is masked in the pool, and the phone and content never shown
    expect(item).toMatchObject({ contactName: '王**', name: '整点入池' });
    expect(JSON.stringify(page)).not.toContain('13712345678');
    expect(page).toMatchObject({ grabLimit: DAILY_GRAB_LIMIT, eligible: true });
  });

  it('lets only a seller with a listed service product grab ("您至少需要发布一个服务类商品")', async () => {
    const acme = await t.agent('acme');
    const d = await pooledDemand(t, buyer, '无服务商品');
    expect((await pool(acme)).eligible).toBe(false);
    const res = await acme.post(`${API}/seller/lead-pool/${d.id}/grab`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('needs_service_product');
  });
});

describe('抢单 "每天可抢5个需求"', () => {
  it('refuses the 6th grab of a Beijing day and allows it from 00:00 Beijing the next day', async () => {
    const s = await newLeadSeller(t);
    const ds = [];
    for (let i = 0; i < DAILY_GRAB_LIMIT + 1; i++) ds.push(await postDemand(buyer, `限额 ${i}`));
    const last = ds[ds.length - 1];
    t.clock.set(new Date(last?.poolAt ?? ''));
    for (const d of ds.slice(0, DAILY_GRAB_LIMIT)) {
      const lead = await grab(s.agent, d.id);
      expect(lead.status).toBe('following');
      expect(lead.via).toBe('grab');
    }
    expect((await pool(s.agent)).grabsToday).toBe(DAILY_GRAB_LIMIT);
    const sixth = await s.agent.post(`${API}/seller/lead-pool/${last?.id}/grab`);
    expect(sixth.statusCode).toBe(409);
    expect(sixth.json().code).toBe('grab_limit_reached');
    const w = beijingWall(t.clock.now());
    const midnight = fromBeijingWall(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate() + 1);
    t.clock.set(new Date(midnight.getTime() - 1));
    expect((await s.agent.post(`${API}/seller/lead-pool/${last?.id}/grab`)).json().code).toBe('grab_limit_reached');
    t.clock.set(midnight);
    expect((await pool(s.agent)).grabsToday).toBe(0);
    await grab(s.agent, last?.id ?? '');
    expect((await pool(s.agent)).grabsToday).toBe(1);
  });

  it('gives one owner when 20 grabs race for one demand, and counts one grab for it', async () => {
    const sellers = await Promise.all([0, 1, 2, 3].map(() => newLeadSeller(t)));
    const d = await pooledDemand(t, buyer, '并发抢单');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => sellers[i % 4]?.agent.post(`${API}/seller/lead-pool/${d.id}/grab`)));
    const won = results.filter((r) => r?.statusCode === 201);
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => x?.statusCode !== 201)) {
      expect(r?.statusCode).toBe(409);
      expect(r?.json().code).toBe('demand_already_taken');
    }
    const owners = await t.deps.db.select({ sellerId: leads.sellerId, status: leads.status }).from(leads).where(eq(leads.demandId, d.id));
    expect(owners).toHaveLength(1);
    const [grabs] = await t.deps.db.select({ n: count() }).from(leadGrabs).where(eq(leadGrabs.demandId, d.id));
    expect(grabs?.n).toBe(1);
    const counts = await Promise.all(sellers.map(async (s) => (await pool(s.agent)).grabsToday));
    expect(counts.sort()).toEqual([0, 0, 0, 1]);
    expect(await inPool(sellers[0]?.agent as Agent, d.id)).toBe(false);
  });

  it('gives a seller racing 20 grabs over 20 demands exactly 5, numbered 1 to 5 in the log', async () => {
    const s = await newLeadSeller(t);
    const ds = [];
    for (let i = 0; i < 20; i++) ds.push(await postDemand(buyer, `批量 ${i}`));
    t.clock.set(new Date(ds[19]?.poolAt ?? ''));
    const results = await Promise.all(ds.map((d) => s.agent.post(`${API}/seller/lead-pool/${d.id}/grab`)));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(DAILY_GRAB_LIMIT);
    expect(results.filter((r) => r.statusCode !== 201).every((r) => r.json().code === 'grab_limit_reached')).toBe(true);
    const log = await t.deps.db
      .select({ seq: leadGrabs.seq })
      .from(leadGrabs)
      .where(and(eq(leadGrabs.sellerId, s.sellerId)));
    expect(log.map((g) => g.seq).sort()).toEqual([1, 2, 3, 4, 5]);
    expect((await pool(s.agent)).grabsToday).toBe(DAILY_GRAB_LIMIT);
  });
});
