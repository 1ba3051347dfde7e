import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { eventsOf, newBuyer, order, pay, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { API, HOUR, claimedCountOf, createCoupon as create, holdingsOf as holdings, uidOf } from '../../test/kits/promotions.js';
import { NOTIFICATION_TOPIC } from '../notifications/index.js';
import { grantToPastBuyers } from './coupon-grants.js';

let t: TestApp;
let c: Catalog;
let demo: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  demo = await t.agent('demo');
});
afterAll(() => t.close());

const createCoupon = (over: Record<string, unknown> = {}) => create(t, demo, over);
const holdingsOf = (id: string) => holdings(t, id);
const claimedCount = (id: string) => claimedCountOf(t, id);

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

  it('grants past buyers when a coupon issued later starts issuing, not before', async () => {
    const now = t.clock.now().getTime();
    const past = await newBuyer(t, 'latePast');
    await buyDownloadAt(past, now + 1_000);
    t.clock.set(new Date(now + 2_000));
    await t.deps.outbox.drain();
    const issueFrom = now + HOUR;
    const cp = await createCoupon({
      name: '稍后发放',
      purchasedProductIds: [c.download],
      purchasedFrom: new Date(now + 1).toISOString(), // not the previous test's last buyer, paid at `now`
      issueFrom: new Date(issueFrom).toISOString(),
    });
    await t.deps.outbox.drain();
    expect(await holdingsOf(cp.id)).toHaveLength(0);
    t.clock.set(new Date(issueFrom - 1));
    await t.deps.outbox.drain();
    expect(await holdingsOf(cp.id)).toHaveLength(0);
    t.clock.set(new Date(issueFrom));
    await t.deps.outbox.drain();
    expect((await holdingsOf(cp.id)).map((h) => h.source)).toEqual(['grant']);
  });
});
