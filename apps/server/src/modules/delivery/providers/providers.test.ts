import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../test/harness.js';

const API = '/api/v1';
let t: TestApp;
let operator: Agent;
let demo: Agent;
let acme: Agent;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  operator = await t.agent('operator');
  demo = await t.agent('demo');
  acme = await t.agent('acme');
});
afterAll(() => t.close());

const link = (vendorSellerId: string, providerSellerId: string) =>
  operator.post(`${API}/operator/delivery/provider-links`, { vendorSellerId, providerSellerId });

describe('provider links (operator)', () => {
  it('links a vendor to a provider once, lists it from either side and unlinks it', async () => {
    const { demoSellerId, acmeSellerId } = t.seed;
    const created = await link(demoSellerId, acmeSellerId);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ vendor: { sellerId: demoSellerId, code: 'demoisv' }, provider: { sellerId: acmeSellerId, code: 'acme' } });

    const again = await link(demoSellerId, acmeSellerId);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict');

    const byProvider = (await operator.get(`${API}/operator/delivery/provider-links?sellerId=${acmeSellerId}`)).json();
    expect(byProvider.total).toBe(1);
    expect(byProvider.items[0].id).toBe(created.json().id);

    expect((await operator.delete(`${API}/operator/delivery/provider-links/${created.json().id}`)).statusCode).toBe(204);
    expect((await operator.get(`${API}/operator/delivery/provider-links`)).json().total).toBe(0);
    expect((await operator.delete(`${API}/operator/delivery/provider-links/${created.json().id}`)).statusCode).toBe(404);
  });

  it('needs no self link and refuses one', async () => {
    const res = await link(t.seed.demoSellerId, t.seed.demoSellerId);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
  });

  it('answers 404 for a seller that does not exist (or is not a seller)', async () => {
    expect((await link(t.seed.demoSellerId, 'slr_nobody')).statusCode).toBe(404);
    expect((await link(t.seed.buyerId, t.seed.acmeSellerId)).statusCode).toBe(404);
  });

  it('is for operators only', async () => {
    expect((await demo.get(`${API}/operator/delivery/provider-links`)).statusCode).toBe(403);
  });
});

describe('providers of a product (vendor)', () => {
  const productUrl = () => `${API}/delivery/products/${t.seed.catalog.products.websiteBuild}/providers`;

  it('delivers its own products itself until providers are set', async () => {
    const res = await demo.get(productUrl());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ productId: t.seed.catalog.products.websiteBuild, selfByDefault: true, providers: [] });
    const own = (await demo.get(`${API}/delivery/providers`)).json();
    expect(own).toEqual([expect.objectContaining({ sellerId: t.seed.demoSellerId, self: true })]);
  });

  it('refuses a provider that is not linked with 422 provider_not_linked', async () => {
    const res = await demo.put(productUrl(), { providers: [{ providerSellerId: t.seed.acmeSellerId, weight: 50, maxOpen: 10 }] });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('provider_not_linked');
  });

  it('sets linked providers and itself with weight and max open, showing live open and spare', async () => {
    const created = await link(t.seed.demoSellerId, t.seed.acmeSellerId);
    expect(created.statusCode).toBe(201);
    const listed = (await demo.get(`${API}/delivery/providers`)).json();
    expect(listed.map((p: { code: string; self: boolean }) => [p.code, p.self])).toEqual([
      ['demoisv', true],
      ['acme', false],
    ]);
    const vendors = (await acme.get(`${API}/delivery/vendors`)).json();
    expect(vendors.map((v: { code: string }) => v.code)).toEqual(['acme', 'demoisv']);

    const res = await demo.put(productUrl(), {
      providers: [
        { providerSellerId: t.seed.acmeSellerId, weight: 70, maxOpen: 3 },
        { providerSellerId: t.seed.demoSellerId, weight: 30, maxOpen: 0 },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().selfByDefault).toBe(false);
    expect(res.json().providers).toEqual([
      expect.objectContaining({ code: 'acme', weight: 70, maxOpen: 3, open: 0, spare: 3 }),
      expect.objectContaining({ code: 'demoisv', weight: 30, maxOpen: 0, open: 0, spare: 0 }),
    ]);

    // unlinking takes the provider off the vendor's products
    expect((await operator.delete(`${API}/operator/delivery/provider-links/${created.json().id}`)).statusCode).toBe(204);
    expect((await demo.get(productUrl())).json().providers.map((p: { code: string }) => p.code)).toEqual(['demoisv']);
  });

  it('validates weight 1–100, max open 0–10000 and each provider once', async () => {
    const one = (weight: number, maxOpen: number) => ({ providerSellerId: t.seed.demoSellerId, weight, maxOpen });
    expect((await demo.put(productUrl(), { providers: [one(0, 1)] })).statusCode).toBe(400);
    expect((await demo.put(productUrl(), { providers: [one(101, 1)] })).statusCode).toBe(400);
    expect((await demo.put(productUrl(), { providers: [one(10, 10001)] })).statusCode).toBe(400);
    expect((await demo.put(productUrl(), { providers: [one(10, 1), one(20, 2)] })).statusCode).toBe(400);
  });

  it('answers 404 for another seller’s product', async () => {
    const url = `${API}/delivery/products/${t.seed.catalog.products.acmeBackup}/providers`;
    expect((await demo.get(url)).statusCode).toBe(404);
    expect((await demo.put(url, { providers: [] })).statusCode).toBe(404);
  });

  it('needs the delivery.providers permission', async () => {
    const ops = await t.agent('ops@demoisv');
    const res = await ops.get(`${API}/delivery/providers`);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('permission_denied');
  });
});
