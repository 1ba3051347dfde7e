import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type RunningReceiver } from '../../../../../examples/isv-receiver/receiver.js';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { products } from '../catalog/index.js';
import { API, SECRET, seedSaas } from '../../test/kits/provisioning.js';

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

const secretOf = async (id: string) => (await t.deps.db.select({ s: products.spiSecret, m: products.spiMode }).from(products).where(eq(products.id, id)))[0];

describe('SPI endpoint settings', () => {
  it('stores URL, secret and mode but never returns the secret', async () => {
    const f = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: null, secret: null });
    expect((await demo.get(`${API}/seller/products/${f.productId}/spi`)).json()).toEqual({ url: null, mode: 'hmac', secretSet: false });
    const res = await demo.patch(`${API}/seller/products/${f.productId}/spi`, { url: receiver.spiUrl, secret: 'a-new-secret-0123456789', mode: 'md5' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ url: receiver.spiUrl, mode: 'md5', secretSet: true });
    expect(res.body).not.toContain('a-new-secret');
    expect(await secretOf(f.productId)).toEqual({ s: 'a-new-secret-0123456789', m: 'md5' });
  });

  it('keeps the old secret when none is sent, and requires one when none is set', async () => {
    const f = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: null });
    expect((await demo.patch(`${API}/seller/products/${f.productId}/spi`, { url: 'https://isv.example.com/spi' })).statusCode).toBe(200);
    expect((await secretOf(f.productId))?.s).toBe(SECRET);
    const bare = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: null, secret: null });
    const res = await demo.patch(`${API}/seller/products/${bare.productId}/spi`, { url: 'https://isv.example.com/spi' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
  });

  it('refuses a non-http URL and a secret shorter than 16 characters', async () => {
    const f = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: null });
    expect((await demo.patch(`${API}/seller/products/${f.productId}/spi`, { url: 'ftp://isv.example.com/spi' })).statusCode).toBe(400);
    expect((await demo.patch(`${API}/seller/products/${f.productId}/spi`, { url: 'https://isv.example.com/spi', secret: 'short' })).statusCode).toBe(400);
  });

  it('answers 404 for another seller’s product', async () => {
    const f = await seedSaas(t, { sellerId: t.seed.acmeSellerId, spiUrl: null });
    expect((await demo.patch(`${API}/seller/products/${f.productId}/spi`, { url: 'https://isv.example.com/spi', secret: SECRET })).statusCode).toBe(404);
    expect((await demo.post(`${API}/seller/products/${f.productId}/spi/test`)).statusCode).toBe(404);
    expect((await demo.get(`${API}/seller/products/${f.productId}/spi`)).statusCode).toBe(404);
  });
});

describe('SPI endpoint test', () => {
  it('sends a signed verify request the sample receiver accepts', async () => {
    const f = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: receiver.spiUrl });
    const res = await demo.post(`${API}/seller/products/${f.productId}/spi/test`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, httpStatus: 200 });
    expect(receiver.requests.at(-1)).toMatchObject({ action: 'verify', body: { productCode: f.code } });
  });

  it('reports the refusal when the secrets differ, and a conflict when nothing is configured', async () => {
    const f = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: receiver.spiUrl, secret: 'some-other-secret-0000' });
    expect((await demo.post(`${API}/seller/products/${f.productId}/spi/test`)).json()).toMatchObject({ ok: false, httpStatus: 401, error: 'HTTP 401' });
    const bare = await seedSaas(t, { sellerId: t.seed.demoSellerId, spiUrl: null });
    expect((await demo.post(`${API}/seller/products/${bare.productId}/spi/test`)).json().code).toBe('spi_not_configured');
  });
});

describe('API documentation', () => {
  it('publishes the provisioning and billing routes in OpenAPI', async () => {
    const res = await t.anonymous().get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/seller/spi-calls',
        '/api/v1/seller/spi-calls/{id}/retry',
        '/api/v1/seller/products/{id}/spi',
        '/api/v1/buyer/instances/{id}/open',
        '/api/v1/metering/usage',
        '/api/v1/seller/bills',
      ]),
    );
  });
});
