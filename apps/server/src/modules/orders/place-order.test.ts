import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../platform/clock.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { ORDER_PAID, INSTANCE_PROVISION } from './orders.events.js';
import { PRICES, eventsOf, newBuyer, newKey, order, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';

let t: TestApp;
let buyer: Agent;
let other: Agent;
let c: Catalog;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  buyer = await t.agent('buyer');
  other = await newBuyer(t, 'otherbuyer');
});
afterAll(() => t.close());

describe('placing an order', () => {
  it('creates an unpaid new order priced at price × quantity', async () => {
    const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1, quantity: 3, remark: '尽快', showContact: true });
    expect(o).toMatchObject({
      type: 'new',
      status: 'unpaid',
      quantity: 3,
      listPriceFen: 3 * PRICES.stdMonth,
      paidFen: 3 * PRICES.stdMonth,
      productName: '测试 SaaS',
      specName: '标准版',
      remark: '尽快',
      showContact: true,
    });
    expect(o.instances).toEqual([]);
    // the reply is built from the insert's RETURNING, not read back: it must be what the order page reads
    expect((await buyer.get(`/api/v1/buyer/orders/${o.id}`)).json()).toEqual(o);
  });

  it('returns the same order, 200, for a repeated Idempotency-Key', async () => {
    const key = newKey();
    const body = { productId: c.saas, specId: c.std, unit: 'year', duration: 1 };
    const first = await buyer.post('/api/v1/buyer/orders', body, { 'idempotency-key': key });
    const again = await buyer.post('/api/v1/buyer/orders', body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    // racing retries still make one order
    const raceKey = newKey();
    const raced = await Promise.all([1, 2, 3].map(() => buyer.post('/api/v1/buyer/orders', body, { 'idempotency-key': raceKey })));
    expect(new Set(raced.map((r) => r.json().id)).size).toBe(1);
    expect(raced.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
  });

  it('refuses a reused key for a different order, and a missing key', async () => {
    const key = newKey();
    await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 }, key);
    const clash = await buyer.post('/api/v1/buyer/orders', { productId: c.saas, specId: c.pro, unit: 'month', duration: 1 }, { 'idempotency-key': key });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe('idempotency_conflict');
    const missing = await buyer.post('/api/v1/buyer/orders', { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    expect(missing.statusCode).toBe(400);
  });

  it('scopes idempotency keys to the buyer', async () => {
    const key = newKey();
    const mine = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 }, key);
    const theirs = await order(other, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 }, key);
    expect(theirs.id).not.toBe(mine.id);
  });

  it('validates quantity, remark and the term', async () => {
    const bad = async (body: Record<string, unknown>) => (await buyer.post('/api/v1/buyer/orders', body, { 'idempotency-key': newKey() })).statusCode;
    const base = { productId: c.saas, specId: c.std, unit: 'month', duration: 1 };
    expect(await bad({ ...base, quantity: 0 })).toBe(400);
    expect(await bad({ ...base, quantity: 101 })).toBe(400);
    expect(await bad({ ...base, remark: 'x'.repeat(201) })).toBe(400);
    expect(await bad({ productId: c.saas, specId: c.std })).toBe(400); // a prepaid spec needs a term (price_not_found)
    expect(await bad({ ...base, duration: 5 })).toBe(400); // no price for 5 months
    expect(await bad({ ...base, specId: c.serviceSpec })).toBe(404); // spec of another product
  });
});

describe('trial orders', () => {
  it('is free, paid at once and opens a trial instance that expires after the trial days', async () => {
    const o = await order(other, { productId: c.saas, specId: c.trial });
    expect(o).toMatchObject({ type: 'trial', status: 'paid', paidFen: 0, durationUnit: 'day', duration: 14 });
    expect(o.instances).toHaveLength(1);
    expect(o.instances[0]).toMatchObject({ status: 'opening', trial: true });
    expect((await eventsOf(t, ORDER_PAID)).some((e) => e.orderId === o.id && e.type === 'trial' && e.amountFen === 0)).toBe(true);
    expect((await eventsOf(t, INSTANCE_PROVISION)).some((e) => e.instanceId === o.instances[0]?.id && e.action === 'createInstance')).toBe(true);
  });

  it('allows one trial per buyer and product', async () => {
    const again = await other.post('/api/v1/buyer/orders', { productId: c.saas, specId: c.trial }, { 'idempotency-key': newKey() });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('trial_already_used');
  });

  it('gives one trial to a buyer who sends two trial orders at once with different keys', async () => {
    const racer = await newBuyer(t, 'trial-racer');
    const replies = await Promise.all(
      Array.from({ length: 4 }, () => racer.post('/api/v1/buyer/orders', { productId: c.saas, specId: c.trial }, { 'idempotency-key': newKey() })),
    );
    expect(replies.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    expect(replies.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'trial_already_used')).toBe(true);
    const trials = (await racer.get('/api/v1/buyer/orders?type=trial')).json();
    expect(trials.total).toBe(1);
  });
});

describe('postpaid products', () => {
  it('activate at no charge and open at once without an expiry', async () => {
    const o = await order(buyer, { productId: c.api, specId: c.apiSpec, quantity: 2 });
    expect(o).toMatchObject({ type: 'new', status: 'paid', paidFen: 0, durationUnit: null });
    expect(o.instances.map((i) => [i.status, i.expiresAt])).toEqual([
      ['opened', null],
      ['opened', null],
    ]);
  });
});

describe('buyer reads', () => {
  it('lists only the buyer’s orders, filtered by status and type', async () => {
    const mine = (await buyer.get('/api/v1/buyer/orders?pageSize=100')).json();
    expect(mine.total).toBeGreaterThan(0);
    const theirs = (await other.get('/api/v1/buyer/orders?pageSize=100')).json();
    const mineIds = new Set(mine.items.map((o: { id: string }) => o.id));
    expect(theirs.items.some((o: { id: string }) => mineIds.has(o.id))).toBe(false);
    const trials = (await other.get('/api/v1/buyer/orders?type=trial')).json();
    expect(trials.items.every((o: { type: string }) => o.type === 'trial')).toBe(true);
    const unpaid = (await buyer.get('/api/v1/buyer/orders?status=unpaid&pageSize=100')).json();
    expect(unpaid.items.every((o: { status: string }) => o.status === 'unpaid')).toBe(true);
  });

  it('answers 404 for another buyer’s order, and on paying it', async () => {
    const o = await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    expect((await other.get(`/api/v1/buyer/orders/${o.id}`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/buyer/orders/${o.id}/pay`)).statusCode).toBe(404);
  });

  it('is not for seller accounts', async () => {
    const seller = await t.agent('demo');
    expect((await seller.get('/api/v1/buyer/orders')).statusCode).toBe(403);
  });
});

describe('voiding unpaid orders', () => {
  it('voids at exactly 7 days, not at 6 days 23 hours', async () => {
    const o = await order(buyer, { productId: c.download, specId: c.downloadSpec, unit: 'year', duration: 1 });
    // sessions last 12 hours: log in again after moving the clock
    const status = async () => (await (await t.agent('buyer')).get(`/api/v1/buyer/orders/${o.id}`)).json().status;
    t.clock.advance(7 * DAY - 60 * 60_000);
    await t.deps.scheduler.runDue();
    expect(await status()).toBe('unpaid');
    t.clock.advance(60 * 60_000);
    const run = await t.anonymous().post('/api/v1/dev/clock', { advance: '0s' });
    expect(run.json().sweeps.find((s: { name: string }) => s.name === 'orders.void-unpaid')?.affected).toBeGreaterThan(0);
    buyer = await t.agent('buyer');
    const after = (await buyer.get(`/api/v1/buyer/orders/${o.id}`)).json();
    expect(after.status).toBe('voided');
    expect(after.voidedAt).toBe(t.clock.now().toISOString());
    // a voided order cannot be paid
    expect((await buyer.post(`/api/v1/buyer/orders/${o.id}/pay`)).statusCode).toBe(409);
  });
});
