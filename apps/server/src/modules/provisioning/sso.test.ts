import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type RunningReceiver } from '../../../../../examples/isv-receiver/receiver.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { newBuyer } from '../../test/kits/orders.js';
import { verifySsoToken } from './sso-token.js';
import { API, SECRET, instanceRow, provision, seedInstance, seedSaas, type SaasFixture } from '../../test/kits/provisioning.js';

let t: TestApp;
let receiver: RunningReceiver;
let buyer: Agent;
let f: SaasFixture;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  receiver = await startReceiver({ port: 0, secret: SECRET, now: () => t.clock.now(), log: false });
  buyer = await t.agent('buyer');
  f = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: receiver.spiUrl });
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

async function openedInstance(): Promise<string> {
  const id = await seedInstance(t, f, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId });
  await provision(t, id, `ord_${id}`);
  return id;
}

describe('buyer single sign-on', () => {
  it('redirects to the instance SSO URL with a token the ISV accepts once', async () => {
    const id = await openedInstance();
    const inst = await instanceRow(t, id);
    const res = await buyer.get(`${API}/buyer/instances/${id}/open`);
    expect(res.statusCode, res.body).toBe(302);
    const location = new URL(String(res.headers.location));
    expect(`${location.origin}${location.pathname}`).toBe(`${receiver.url}/sso`);
    const token = location.searchParams.get('token') ?? '';
    const me = (await buyer.get(`${API}/auth/me`)).json();
    const nowSeconds = Math.floor(t.clock.now().getTime() / 1000);
    expect(verifySsoToken(token, SECRET, nowSeconds)).toMatchObject({ ok: true, claims: { instanceId: inst?.externalId, uid: me.uid, exp: nowSeconds + 300 } });

    const page = await fetch(location);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`Welcome ${me.uid}, instance ${inst?.externalId}`);
    expect((await fetch(location)).status).toBe(401);
  });

  it('issues tokens that expire after 5 minutes and fail with another secret', async () => {
    const id = await openedInstance();
    const token = new URL(String((await buyer.get(`${API}/buyer/instances/${id}/open`)).headers.location)).searchParams.get('token') ?? '';
    const issued = Math.floor(t.clock.now().getTime() / 1000);
    expect(verifySsoToken(token, SECRET, issued + 300).ok).toBe(true);
    expect(verifySsoToken(token, SECRET, issued + 301)).toEqual({ ok: false, reason: 'expired' });
    expect(verifySsoToken(token, 'another-secret-000000', issued)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('answers 404 for another buyer’s instance and 409 while the instance is still opening', async () => {
    const id = await openedInstance();
    const other = await newBuyer(t, 'ssoother');
    expect((await other.get(`${API}/buyer/instances/${id}/open`)).statusCode).toBe(404);
    expect((await buyer.get(`${API}/buyer/instances/ins_missing/open`)).statusCode).toBe(404);
    const opening = await seedInstance(t, f, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId });
    const res = await buyer.get(`${API}/buyer/instances/${opening}/open`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('instance_not_open');
  });
});
