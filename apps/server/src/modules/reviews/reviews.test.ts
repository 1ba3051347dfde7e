import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../platform/clock.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { NOTIFICATION_TOPIC } from '../notifications/index.js';
import { eventsOf, newBuyer, order, pay, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';
import { defaultReviewsSweep } from './reviews.jobs.js';
import { reviews } from './reviews.tables.js';

let t: TestApp;
let buyer: Agent;
let demo: Agent;
let acme: Agent;
let c: Catalog;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  [buyer, demo, acme] = await Promise.all([t.agent('buyer'), t.agent('demo'), t.agent('acme')]);
});
afterAll(() => t.close());

/** Sessions expire while the clock jumps by weeks: move it, then sign in again. */
async function move(to: Date | number): Promise<void> {
  if (typeof to === 'number') t.clock.advance(to);
  else t.clock.set(to);
  [buyer, demo, acme] = await Promise.all([t.agent('buyer'), t.agent('demo'), t.agent('acme')]);
}

const demoOrder = () => order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
const acmeOrder = () => order(buyer, { productId: c.acmeSaas, specId: c.acmeSpec, unit: 'month', duration: 1 });
const paid = async (place = demoOrder) => (await pay(buyer, (await place()).id)).id;
const review = (orderId: string, scores: [number, number, number], comment?: string, agent = buyer) =>
  agent.post(`/api/v1/buyer/orders/${orderId}/review`, { quality: scores[0], attitude: scores[1], speed: scores[2], comment });
const sweep = () => t.deps.db.transaction((tx) => defaultReviewsSweep.run({ tx, now: t.clock.now(), sweep: defaultReviewsSweep.name }));
const reviewOf = async (orderId: string) => (await t.deps.db.select().from(reviews).where(eq(reviews.orderId, orderId)))[0];
const reply = (agent: Agent, id: string, text = 'Thank you') => agent.post(`/api/v1/seller/reviews/${id}/reply`, { reply: text });

describe('buyer reviews', () => {
  it('reviews a paid purchase once; the order leaves the reviewables list', async () => {
    const id = await paid();
    expect((await buyer.get('/api/v1/buyer/reviewables')).json().map((o: { orderId: string }) => o.orderId)).toContain(id);

    const res = await review(id, [5, 4, 3], 'works well');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ orderId: id, quality: 5, attitude: 4, speed: 3, comment: 'works well', isDefault: false, reply: null });

    const again = await review(id, [1, 1, 1]);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_reviewed');
    expect((await reviewOf(id))?.quality).toBe(5);
    expect((await buyer.get('/api/v1/buyer/reviewables')).json().map((o: { orderId: string }) => o.orderId)).not.toContain(id);
    expect((await buyer.get('/api/v1/buyer/reviews')).json().items).toEqual([expect.objectContaining({ orderId: id })]);
  });

  it('refuses unpaid orders, out-of-range scores and other buyers’ orders', async () => {
    const unpaid = await demoOrder();
    expect((await review(unpaid.id, [5, 5, 5])).json().code).toBe('order_not_reviewable');
    expect((await review(await paid(), [6, 5, 5])).statusCode).toBe(400);
    const stranger = await newBuyer(t, 'reviews-stranger');
    expect((await review(await paid(), [5, 5, 5], undefined, stranger)).statusCode).toBe(404);
  });

  it('gives a default 5/5/5 review at 30 days after payment, not at 29 days 23 hours, and only once', async () => {
    const id = await paid();
    const paidAt = t.clock.now();
    await move(30 * DAY - HOUR);
    await sweep();
    expect(await reviewOf(id)).toBeUndefined();
    expect(await review(await paid(), [5, 5, 5]).then((r) => r.statusCode)).toBe(201);

    await move(new Date(paidAt.getTime() + 30 * DAY));
    expect((await review(id, [4, 4, 4])).json().code).toBe('review_window_closed');
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    expect(await reviewOf(id)).toMatchObject({ quality: 5, attitude: 5, speed: 5, isDefault: true, comment: null, createdAt: t.clock.now() });
    expect(await sweep()).toBe(0);
    expect(t.deps.scheduler.list().map((s) => s.name)).toContain('reviews.default');
  });
});

describe('shop score', () => {
  it('counts non-default reviews only: (4,4,4), (4,4,4) and a default score 4.0', async () => {
    const [a, b, d] = [await paid(acmeOrder), await paid(acmeOrder), await paid(acmeOrder)];
    const anon = t.anonymous();
    expect((await anon.get('/api/v1/store/shops/acme/score')).json()).toEqual({
      score: null,
      reviewCount: 0,
      dimensions: { quality: null, attitude: null, speed: null },
    });
    await review(a, [4, 4, 4]);
    await review(b, [4, 4, 4]);
    await move(30 * DAY);
    await sweep();
    expect((await reviewOf(d))?.isDefault).toBe(true);
    const res = await anon.get('/api/v1/store/shops/acme/score');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ score: 4, reviewCount: 2, dimensions: { quality: 4, attitude: 4, speed: 4 } });
    expect((await anon.get('/api/v1/store/shops/no-such-shop/score')).statusCode).toBe(404);
  });
});

describe('seller reviews and replies', () => {
  it('lists reviews with the to-handle flag and filters by it', async () => {
    const [low, top] = [await paid(), await paid()];
    await review(low, [5, 5, 4], 'a bit slow');
    await review(top, [5, 5, 5]);
    const all = (await demo.get('/api/v1/seller/reviews?pageSize=100')).json().items as {
      orderId: string;
      toHandle: boolean;
      replyOpen: boolean;
      buyerUid: number;
    }[];
    expect(all.find((r) => r.orderId === low)).toMatchObject({ toHandle: true, replyOpen: true, buyerUid: expect.any(Number) });
    expect(all.find((r) => r.orderId === top)).toMatchObject({ toHandle: false, replyOpen: true });
    const toHandle = (await demo.get('/api/v1/seller/reviews?toHandle=true&pageSize=100')).json().items as { orderId: string; isDefault: boolean }[];
    expect(toHandle.map((r) => r.orderId)).toContain(low);
    expect(toHandle.map((r) => r.orderId)).not.toContain(top);
    expect(toHandle.every((r) => !r.isDefault)).toBe(true);
    const summary = (await demo.get('/api/v1/seller/reviews/summary')).json();
    expect(summary.toHandleCount).toBe(toHandle.length);
    expect(summary.defaultCount).toBeGreaterThanOrEqual(1);
  });

  it('takes one reply on day 29, refuses one on day 31, and tells the buyer', async () => {
    const [early, late] = [await paid(), await paid()];
    const a = (await review(early, [3, 4, 5])).json().id as string;
    const b = (await review(late, [3, 4, 5])).json().id as string;
    await move(29 * DAY);
    const ok = await reply(demo, a, 'Sorry, we fixed it');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ reply: 'Sorry, we fixed it', repliedAt: t.clock.now().toISOString(), replyOpen: false });
    const twice = await reply(demo, a, 'again');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('already_replied');
    const notices = (await eventsOf(t, NOTIFICATION_TOPIC)).filter((e) => e.template === 'reviews.replied');
    expect(notices).toEqual([expect.objectContaining({ userId: t.seed.buyerId, params: { productName: '测试 SaaS' } })]);

    await move(2 * DAY);
    const closed = await reply(demo, b);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe('reply_window_closed');
  });

  it('accepts a reply to a default review', async () => {
    const id = await paid();
    await move(30 * DAY);
    await sweep();
    const r = await reviewOf(id);
    expect(r?.isDefault).toBe(true);
    expect((await reply(demo, r?.id ?? '')).statusCode).toBe(200);
  });

  it('hides another seller’s reviews (404) and needs reviews permissions (403)', async () => {
    const id = (await review(await paid(), [2, 2, 2])).json().id as string;
    expect((await reply(acme, id)).statusCode).toBe(404);
    expect((await acme.get('/api/v1/seller/reviews?pageSize=100')).json().items.map((r: { id: string }) => r.id)).not.toContain(id);
    const ops = await t.agent('ops@demoisv');
    expect((await ops.get('/api/v1/seller/reviews')).json().code).toBe('permission_denied');
    expect((await reply(ops, id)).statusCode).toBe(403);
  });
});
