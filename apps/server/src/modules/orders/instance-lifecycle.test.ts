import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DAY, HOUR } from '../../platform/clock.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { markInstanceOpened, releaseInstance } from './index.js';
import { INSTANCE_IN_SERVICE, INSTANCE_PROVISION, ORDER_PAID } from './orders.events.js';
import { instances } from './orders.tables.js';
import { addDuration } from './pricing.js';
import { PRICES, eventsOf, newBuyer, newKey, order, pay, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';

let t: TestApp;
let c: Catalog;
let otherBuyer: Agent;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  otherBuyer = await newBuyer(t, 'otherbuyer');
});
afterAll(() => t.close());

/** Sessions last 12 hours and these tests move the clock by days: log in afresh each time. */
const buyer = () => t.agent('buyer');

interface Instance {
  id: string;
  status: string;
  specName: string;
  trial: boolean;
  expiresAt: string | null;
  closedAt: string | null;
  orders: { id: string; type: string; status: string }[];
}
const instance = async (id: string): Promise<Instance> => (await (await buyer()).get(`/api/v1/buyer/instances/${id}`)).json();
const open = (instanceId: string) =>
  t.deps.db.transaction((tx) =>
    markInstanceOpened(tx, { instanceId, externalId: `isv-${instanceId}`, appInfo: { url: 'https://x.example' }, at: t.clock.now() }),
  );
const provisions = async (instanceId: string) => (await eventsOf(t, INSTANCE_PROVISION)).filter((e) => e.instanceId === instanceId).map((e) => e.action);

async function buy(body: Record<string, unknown>): Promise<string> {
  const b = await buyer();
  const o = await pay(b, (await order(b, body)).id);
  return o.instances[0]?.id ?? '';
}

async function instanceOrder(instanceId: string, action: 'renew' | 'upgrade' | 'convert', body: Record<string, unknown>, agent?: Agent) {
  return (agent ?? (await buyer())).post(`/api/v1/buyer/instances/${instanceId}/${action}`, body, { 'idempotency-key': newKey() });
}

describe('renewal', () => {
  it('extends the same instance by the duration: no new instance', async () => {
    const id = await buy({ productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    expect((await instanceOrder(id, 'renew', { unit: 'month', duration: 1 })).json().code).toBe('instance_action_unavailable'); // still opening
    await open(id);
    const before = await instance(id);
    const res = await instanceOrder(id, 'renew', { unit: 'year', duration: 1 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ type: 'renew', status: 'unpaid', targetInstanceId: id, paidFen: PRICES.stdYear });
    const paid = await pay(await buyer(), res.json().id);
    expect(paid.instances.map((i) => i.id)).toEqual([id]);
    const after = await instance(id);
    expect(after.expiresAt).toBe(addDuration(new Date(before.expiresAt ?? ''), 'year', 1).toISOString());
    expect(after.orders.map((o) => o.type).sort()).toEqual(['new', 'renew']);
    expect((await (await buyer()).get('/api/v1/buyer/instances?pageSize=100')).json().items.filter((i: { id: string }) => i.id === id)).toHaveLength(1);
    expect(await provisions(id)).toEqual(['createInstance', 'renewInstance']);
  });

  it('voids a renewal whose instance closed while the buyer paid, and returns the money instead of booking it', async () => {
    const id = await buy({ productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    await open(id);
    const before = await instance(id);
    const renewal = (await instanceOrder(id, 'renew', { unit: 'month', duration: 1 })).json<{ id: string }>();
    const b = await buyer();
    const { paymentId } = (await b.post(`/api/v1/buyer/orders/${renewal.id}/pay`)).json<{ paymentId: string }>();
    await t.deps.db.update(instances).set({ status: 'closed', closedAt: t.clock.now() }).where(eq(instances.id, id));
    const paidEvents = (await eventsOf(t, ORDER_PAID)).length;

    const done = await b.post(`/api/v1/payments/sandbox/${paymentId}/complete`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ orderStatus: 'voided', paymentStatus: 'refunded' });
    expect(await eventsOf(t, ORDER_PAID)).toHaveLength(paidEvents);
    expect((await instance(id)).expiresAt).toBe(before.expiresAt);
    expect(await provisions(id)).toEqual(['createInstance']);
  });

  it('refuses another buyer’s instance with 404 on every instance order', async () => {
    const id = await buy({ productId: c.download, specId: c.downloadSpec, unit: 'year', duration: 1 });
    expect((await instanceOrder(id, 'renew', { unit: 'year', duration: 1 }, otherBuyer)).statusCode).toBe(404);
    expect((await instanceOrder(id, 'upgrade', { specId: c.downloadSpec }, otherBuyer)).statusCode).toBe(404);
    expect((await instanceOrder(id, 'convert', { specId: c.downloadSpec, unit: 'year', duration: 1 }, otherBuyer)).statusCode).toBe(404);
    expect((await otherBuyer.get(`/api/v1/buyer/instances/${id}`)).statusCode).toBe(404);
  });
});

describe('upgrade', () => {
  it('charges the prorated monthly difference, keeps the expiry and changes spec on payment', async () => {
    const id = await buy({ productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    await open(id); // 30 days (1 Jun → 1 Jul)
    t.clock.advance(10 * DAY);
    const res = await instanceOrder(id, 'upgrade', { specId: c.pro });
    expect(res.statusCode).toBe(201);
    // (250.00 − 100.00) × 20 days / 30 = 100.00
    expect(res.json()).toMatchObject({ type: 'upgrade', specName: '高级版', paidFen: 10_000, listPriceFen: 10_000, targetInstanceId: id });
    const before = await instance(id);
    await pay(await buyer(), res.json().id);
    const after = await instance(id);
    expect(after).toMatchObject({ specName: '高级版', expiresAt: before.expiresAt });
    expect(await provisions(id)).toEqual(['createInstance', 'upgradeInstance']);
  });

  it('makes a downgrade free and applies it at once', async () => {
    const id = await buy({ productId: c.saas, specId: c.pro, unit: 'month', duration: 1 });
    await open(id);
    const res = await instanceOrder(id, 'upgrade', { specId: c.std });
    expect(res.json()).toMatchObject({ type: 'upgrade', status: 'paid', paidFen: 0 });
    expect((await instance(id)).specName).toBe('标准版');
  });
});

describe('trial to paid', () => {
  it('gives the trial instance the paid spec and a term from now', async () => {
    const b = await buyer();
    const trial = await order(b, { productId: c.saas, specId: c.trial });
    const id = trial.instances[0]?.id ?? '';
    await open(id);
    expect(await instance(id)).toMatchObject({ trial: true, expiresAt: new Date(t.clock.now().getTime() + 14 * DAY).toISOString() });
    expect((await instanceOrder(id, 'renew', { unit: 'month', duration: 1 })).statusCode).toBe(409); // trials convert, not renew
    const res = await instanceOrder(id, 'convert', { specId: c.std, unit: 'month', duration: 1 });
    expect(res.json()).toMatchObject({ type: 'trial_to_paid', status: 'unpaid', paidFen: PRICES.stdMonth });
    t.clock.advance(HOUR);
    await pay(await buyer(), res.json().id);
    expect(await instance(id)).toMatchObject({
      trial: false,
      specName: '标准版',
      status: 'opened',
      expiresAt: addDuration(t.clock.now(), 'month', 1).toISOString(),
    });
    expect((await eventsOf(t, ORDER_PAID)).filter((e) => e.orderId === res.json().id)).toEqual([
      expect.objectContaining({ type: 'trial_to_paid', amountFen: PRICES.stdMonth }),
    ]);
    // only trials convert
    expect((await instanceOrder(id, 'convert', { specId: c.pro, unit: 'month', duration: 1 })).statusCode).toBe(409);
  });
});

describe('expiry and closing', () => {
  it('expires at the expiry, keeps 7 days (renewable), then closes; SaaS sellers are told', async () => {
    const svc = await buy({ productId: c.service, specId: c.serviceSpec, unit: 'month', duration: 1 });
    const saas = await buy({ productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    await open(saas);
    const expiry = new Date((await instance(saas)).expiresAt ?? '');
    t.clock.set(new Date(expiry.getTime() - 60_000));
    await t.deps.scheduler.runDue();
    expect((await instance(saas)).status).toBe('opened');
    t.clock.set(expiry);
    await t.deps.scheduler.runDue();
    expect((await instance(saas)).status).toBe('expired');
    expect((await instance(svc)).status).toBe('expired');
    expect(await provisions(saas)).toEqual(['createInstance', 'expireInstance']);

    // an expired service instance renewed goes back in service, from now
    const renew = await instanceOrder(svc, 'renew', { unit: 'month', duration: 1 });
    await pay(await buyer(), renew.json().id);
    expect(await instance(svc)).toMatchObject({ status: 'in_service', expiresAt: addDuration(t.clock.now(), 'month', 1).toISOString() });
    expect((await eventsOf(t, INSTANCE_IN_SERVICE)).filter((e) => e.instanceId === svc)).toHaveLength(2);

    t.clock.set(new Date(expiry.getTime() + 7 * DAY - HOUR));
    await t.deps.scheduler.runDue();
    expect((await instance(saas)).status).toBe('expired');
    t.clock.set(new Date(expiry.getTime() + 7 * DAY));
    await t.deps.scheduler.runDue();
    expect(await instance(saas)).toMatchObject({ status: 'closed', closedAt: t.clock.now().toISOString() });
    expect(await provisions(saas)).toEqual(['createInstance', 'expireInstance', 'releaseInstance']);
    expect((await instanceOrder(saas, 'renew', { unit: 'month', duration: 1 })).statusCode).toBe(409);
  });

  it('releases an instance at once, once', async () => {
    const id = await buy({ productId: c.saas, specId: c.std, unit: 'month', duration: 1 });
    await open(id);
    expect(await t.deps.db.transaction((tx) => releaseInstance(tx, id, t.clock.now()))).toBe(true);
    expect(await t.deps.db.transaction((tx) => releaseInstance(tx, id, t.clock.now()))).toBe(false);
    expect((await instance(id)).status).toBe('closed');
    expect(await provisions(id)).toEqual(['createInstance', 'releaseInstance']);
  });

  it('refuses to take money for a renewal whose instance closed meanwhile', async () => {
    const id = await buy({ productId: c.download, specId: c.downloadSpec, unit: 'year', duration: 1 });
    const renew = await instanceOrder(id, 'renew', { unit: 'year', duration: 1 });
    await t.deps.db.transaction((tx) => releaseInstance(tx, id, t.clock.now()));
    const payRes = await (await buyer()).post(`/api/v1/buyer/orders/${renew.json().id}/pay`);
    expect(payRes.statusCode).toBe(409);
  });
});
