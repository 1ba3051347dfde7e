import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type RunningReceiver } from '../../../../../examples/isv-receiver/receiver.js';
import { outboxEvents } from '../../platform/db/platform.tables.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { INSTANCE_PROVISION } from '../orders/index.js';
import { order, pay, seedTestCatalog } from '../../test/kits/orders.js';
import { spiCalls } from './provisioning.tables.js';
import { MAX_SPI_ATTEMPTS, spiBackoffMs } from './spi-retry.js';
import { startLaxReceiver } from './lax-receiver.js';
import { API, SECRET, instanceRow, provision, seedInstance, seedSaas } from '../../test/kits/provisioning.js';

let t: TestApp;
let receiver: RunningReceiver;
let demo: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  receiver = await startReceiver({ port: 0, secret: SECRET, now: () => t.clock.now(), log: false });
  demo = await t.agent('demo');
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

const callsOf = (instanceId: string) => t.deps.db.select().from(spiCalls).where(eq(spiCalls.instanceId, instanceId));

describe('provisioning through the seller SPI endpoint', () => {
  it('opens the instance with the id and app info the endpoint answered, and records the attempt', async () => {
    const f = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: receiver.spiUrl });
    const id = await seedInstance(t, f, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId });
    await provision(t, id, 'ord_test_1');

    const inst = await instanceRow(t, id);
    const got = receiver.requests.find((r) => r.body.instanceId === id);
    expect(got?.action).toBe('createInstance');
    expect(got?.body).toMatchObject({ orderId: 'ord_test_1', productCode: f.code, specName: '标准版', buyer: { loginName: 'buyer' } });
    expect(inst?.status).toBe('opened');
    expect(inst?.externalId).toBe(got?.instanceId);
    expect(inst?.appInfo).toMatchObject({ frontEndUrl: `${receiver.url}/app/${got?.instanceId}`, ssoUrl: `${receiver.url}/sso` });

    const [call] = await callsOf(id);
    expect(call).toMatchObject({ status: 'succeeded', attempts: 1, nextAttemptAt: null, lastError: null });
    const detail = await demo.get(`${API}/seller/spi-calls/${call?.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().attemptList).toEqual([expect.objectContaining({ attemptNo: 1, httpStatus: 200, error: null })]);
  });

  it('starts the term the paid order bought when the endpoint answers (read with the call, opened in one statement)', async () => {
    const c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
    const pointed = await demo.patch(`${API}/seller/products/${c.saas}/spi`, { url: receiver.spiUrl, secret: SECRET, mode: 'hmac' });
    expect(pointed.statusCode, pointed.body).toBe(200);
    const buyer = await t.agent('buyer');
    const paid = await pay(buyer, (await order(buyer, { productId: c.saas, specId: c.std, unit: 'year', duration: 1 })).id);
    const id = paid.instances[0]?.id ?? '';
    expect(paid.instances[0]).toMatchObject({ status: 'opening', expiresAt: null });
    // the answer comes a minute later: the year runs from then
    t.clock.advance(60_000);
    await t.deps.outbox.drain();
    const inst = await instanceRow(t, id);
    expect(inst).toMatchObject({ status: 'opened', openedAt: t.clock.now() });
    const yearLater = new Date(t.clock.now());
    yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1); // the test clock is in June: no 29 February to land on
    expect(inst?.expiresAt).toEqual(yearLater);
    expect(receiver.requests.find((r) => r.body.instanceId === id)?.body).toMatchObject({ orderId: paid.id, expiresAt: null });
  });

  it('opens nothing when a "retry now" took the call over while the endpoint was answering (the claim checked in the same statement)', async () => {
    let instanceId = '';
    const takenOver = new Date(t.clock.now().getTime() + 3_600_000);
    const lax = await startLaxReceiver(async () => {
      // the seller's "retry now" claims the call meanwhile: a new lease, so this attempt's claim no longer holds
      await t.deps.db.update(spiCalls).set({ nextAttemptAt: takenOver }).where(eq(spiCalls.instanceId, instanceId));
      return { instanceId: 'isv-late', appInfo: { frontEndUrl: 'https://late.example' } };
    });
    const f = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: lax.url });
    instanceId = await seedInstance(t, f, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId });
    await provision(t, instanceId, 'ord_taken_over');
    await lax.close();
    expect(await instanceRow(t, instanceId)).toMatchObject({ status: 'opening', externalId: null });
    const [call] = await callsOf(instanceId);
    expect(call).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: takenOver });
    const detail = await demo.get(`${API}/seller/spi-calls/${call?.id}`);
    expect(detail.json().attemptList).toEqual([expect.objectContaining({ httpStatus: 200, error: null })]);
  });

  it('creates one call per (instance, order, action) however often the event is delivered', async () => {
    const f = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: receiver.spiUrl });
    const id = await seedInstance(t, f, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId });
    await provision(t, id, 'ord_dup');
    await provision(t, id, 'ord_dup');
    await provision(t, id, 'ord_dup', 'renewInstance');
    expect((await callsOf(id)).map((c) => `${c.action}:${c.status}`).sort()).toEqual(['createInstance:succeeded', 'renewInstance:succeeded']);
    expect(receiver.requests.filter((r) => r.body.instanceId === id)).toHaveLength(2);
    // two deliveries at once of an event naming no order (a release): still one call
    await Promise.all([provision(t, id, null, 'releaseInstance'), provision(t, id, null, 'releaseInstance')]);
    expect((await callsOf(id)).filter((c) => c.action === 'releaseInstance')).toHaveLength(1);
    expect(receiver.requests.filter((r) => r.body.instanceId === id)).toHaveLength(3);
  });

  it('keeps a refused call pending with backoff, never fails the outbox event, and gives up after 10 attempts', async () => {
    const f = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: receiver.spiUrl, secret: 'not-the-receivers-secret-000' });
    const id = await seedInstance(t, f, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId });
    const start = t.clock.now();
    await provision(t, id, 'ord_fail');

    let [call] = await callsOf(id);
    expect(call).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 401' });
    expect(call?.nextAttemptAt?.getTime()).toBe(start.getTime() + 30_000);
    const events = await t.deps.db
      .select({ status: outboxEvents.status, payload: outboxEvents.payload })
      .from(outboxEvents)
      .where(eq(outboxEvents.topic, INSTANCE_PROVISION));
    expect(events.filter((e) => JSON.stringify(e.payload).includes(id)).map((e) => e.status)).toEqual(['done']);

    // not due yet: the sweep leaves it alone
    await t.deps.scheduler.runDue();
    expect((await callsOf(id))[0]?.attempts).toBe(1);

    t.clock.advance(30_000);
    await t.deps.scheduler.runDue();
    [call] = await callsOf(id);
    expect(call?.attempts).toBe(2);
    expect(call?.nextAttemptAt?.getTime()).toBe(t.clock.now().getTime() + 60_000);

    for (let n = 2; n < MAX_SPI_ATTEMPTS; n++) {
      t.clock.advance(spiBackoffMs(n));
      await t.deps.scheduler.runDue();
    }
    [call] = await callsOf(id);
    expect(call).toMatchObject({ status: 'failed', attempts: MAX_SPI_ATTEMPTS, nextAttemptAt: null });
    expect((await instanceRow(t, id))?.status).toBe('opening');

    // the seller fixes the secret and retries by hand
    const fixed = await demo.patch(`${API}/seller/products/${f.productId}/spi`, { url: receiver.spiUrl, secret: SECRET, mode: 'hmac' });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const retried = await demo.post(`${API}/seller/spi-calls/${call?.id}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'succeeded', attempts: MAX_SPI_ATTEMPTS + 1 });
    expect(retried.json().attemptList).toHaveLength(MAX_SPI_ATTEMPTS + 1);
    expect((await instanceRow(t, id))?.status).toBe('opened');
    expect((await demo.post(`${API}/seller/spi-calls/${call?.id}/retry`)).json().code).toBe('spi_call_already_succeeded');
  });

  it('counts a reply of the wrong shape as a failed attempt, keeping the reply for the seller', async () => {
    const lax = await startLaxReceiver(() => ({ instanceId: 'x-1', appInfo: { frontEndUrl: 'not a url' } }));
    const f = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: lax.url });
    const id = await seedInstance(t, f, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId });
    await provision(t, id, 'ord_shape');
    await lax.close();
    const [call] = await callsOf(id);
    expect(call?.status).toBe('pending');
    expect(call?.lastError).toMatch(/^unexpected reply: appInfo\.frontEndUrl/);
    expect((await instanceRow(t, id))?.status).toBe('opening');
    const detail = await demo.get(`${API}/seller/spi-calls/${call?.id}`);
    expect(detail.json().attemptList[0]).toMatchObject({ httpStatus: 200, responseBody: expect.stringContaining('not a url') });

    const down = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: lax.url });
    const id3 = await seedInstance(t, down, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId });
    await provision(t, id3, 'ord_down');
    expect((await callsOf(id3))[0]).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED/) });
    const unconfigured = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: null });
    const id2 = await seedInstance(t, unconfigured, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId });
    await provision(t, id2, 'ord_none');
    expect((await callsOf(id2))[0]?.lastError).toMatch(/not configured/);
  });
});

describe('seller SPI call routes', () => {
  it('lists the seller’s own calls by instance and status; other sellers get 404', async () => {
    const f = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: receiver.spiUrl });
    const id = await seedInstance(t, f, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId });
    await provision(t, id, 'ord_list');
    const list = await demo.get(`${API}/seller/spi-calls?instanceId=${id}&status=succeeded`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, items: [{ instanceId: id, action: 'createInstance', status: 'succeeded' }] });
    expect((await demo.get(`${API}/seller/spi-calls?instanceId=${id}&status=failed`)).json().total).toBe(0);

    const acme = await t.agent('acme');
    const callId: string = list.json().items[0].id;
    expect((await acme.get(`${API}/seller/spi-calls?instanceId=${id}`)).json().total).toBe(0);
    expect((await acme.get(`${API}/seller/spi-calls/${callId}`)).statusCode).toBe(404);
    expect((await acme.post(`${API}/seller/spi-calls/${callId}/retry`)).statusCode).toBe(404);
    const ops = await t.agent('ops@demoisv');
    expect((await ops.get(`${API}/seller/spi-calls`)).json().code).toBe('permission_denied');
  });
});
