import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { markInstanceOpened } from './index.js';
import { order, pay, seedTestCatalog, type Catalog } from '../../test/kits/orders.js';

let t: TestApp;
let c: Catalog;
let buyer: Agent;
let demo: Agent;
let acme: Agent;
let saasOrder: { id: string; instances: { id: string }[] };
let serviceInstance: string;
let renewId: string;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  c = await seedTestCatalog(t.deps.db, t.clock.now(), t.seed);
  [buyer, demo, acme] = await Promise.all([t.agent('buyer'), t.agent('demo'), t.agent('acme')]);
  saasOrder = await pay(buyer, (await order(buyer, { productId: c.saas, specId: c.std, unit: 'month', duration: 1, quantity: 2, showContact: true })).id);
  serviceInstance =
    (await pay(buyer, (await order(buyer, { productId: c.service, specId: c.serviceSpec, unit: 'month', duration: 1 })).id)).instances[0]?.id ?? '';
  renewId = (await buyer.post(`/api/v1/buyer/instances/${serviceInstance}/renew`, { unit: 'month', duration: 1 })).json().id;
});
afterAll(() => t.close());

describe('seller instance list', () => {
  it('lists the seller’s instances with product code and buyer UID, and filters', async () => {
    const all = (await demo.get('/api/v1/seller/instances?pageSize=100')).json();
    expect(all.total).toBe(3);
    expect(all.items[0]).toMatchObject({ buyerUid: expect.any(Number), productCode: expect.stringMatching(/^cm/) });
    const uid = all.items[0].buyerUid;
    const q = async (qs: string) =>
      (await demo.get(`/api/v1/seller/instances?${qs}`))
        .json()
        .items.map((i: { id: string }) => i.id)
        .sort();
    const saasIds = saasOrder.instances.map((i) => i.id).sort();
    expect(await q(`productCode=${all.items.find((i: { productName: string }) => i.productName === '测试 SaaS').productCode}`)).toEqual(saasIds);
    expect(await q('productName=服务')).toEqual([serviceInstance]);
    expect(await q('status=opening')).toEqual(saasIds);
    expect(await q(`instanceId=${serviceInstance}`)).toEqual([serviceInstance]);
    expect(await q(`buyerUid=${uid}`)).toHaveLength(3);
    expect(await q(`buyerUid=${uid + 999}`)).toEqual([]);
    const soon = encodeURIComponent(new Date(t.clock.now().getTime() + 40 * 86_400_000).toISOString());
    expect(await q(`expiringBefore=${soon}`)).toEqual([serviceInstance]); // SaaS instances have no expiry until opened
  });

  it('shows another seller none of them', async () => {
    expect((await acme.get('/api/v1/seller/instances')).json().total).toBe(0);
  });

  it('needs instances.view', async () => {
    const ops = await t.agent('ops@demoisv');
    expect((await ops.get('/api/v1/seller/instances')).statusCode).toBe(403);
  });
});

describe('seller instance detail and remark', () => {
  it('shows the instance with its orders, including an unpaid renewal aimed at it', async () => {
    const res = await demo.get(`/api/v1/seller/instances/${serviceInstance}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: serviceInstance, status: 'in_service', sellerRemark: null });
    expect(
      res
        .json()
        .orders.map((o: { type: string; status: string }) => `${o.type}:${o.status}`)
        .sort(),
    ).toEqual(['new:paid', 'renew:unpaid']);
  });

  it('saves a remark, refuses one over 500 characters and another seller’s instance', async () => {
    const ok = await demo.patch(`/api/v1/seller/instances/${serviceInstance}/remark`, { remark: '客户要求周末交付' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().sellerRemark).toBe('客户要求周末交付');
    expect((await demo.patch(`/api/v1/seller/instances/${serviceInstance}/remark`, { remark: 'x'.repeat(501) })).statusCode).toBe(400);
    expect((await acme.patch(`/api/v1/seller/instances/${serviceInstance}/remark`, { remark: 'mine' })).statusCode).toBe(404);
    expect((await acme.get(`/api/v1/seller/instances/${serviceInstance}`)).statusCode).toBe(404);
    expect((await demo.get(`/api/v1/seller/instances/${serviceInstance}`)).json().sellerRemark).toBe('客户要求周末交付');
  });
});

describe('seller order detail', () => {
  it('adds quantity, term, lead/proposal ids and linked instances', async () => {
    const d = (await demo.get(`/api/v1/seller/orders/${saasOrder.id}`)).json();
    expect(d).toMatchObject({
      quantity: 2,
      durationUnit: 'month',
      duration: 1,
      leadId: null,
      proposalId: null,
      targetInstanceId: null,
      productId: c.saas,
      specId: c.std,
      status: 'paid',
    });
    expect(d.buyerContact).toEqual({ email: 'buyer@example.com', phone: '13900000002' });
    expect(d.instances.map((i: { id: string }) => i.id).sort()).toEqual(saasOrder.instances.map((i) => i.id).sort());
    const renew = (await demo.get(`/api/v1/seller/orders/${renewId}`)).json();
    expect(renew).toMatchObject({ type: 'renew', targetInstanceId: serviceInstance, instances: [] });
    expect((await acme.get(`/api/v1/seller/orders/${saasOrder.id}`)).statusCode).toBe(404);
  });
});

describe('buyer instances', () => {
  it('lists and filters the buyer’s instances and shows app info only once opened', async () => {
    const list = (await buyer.get('/api/v1/buyer/instances?status=opening')).json();
    expect(list.items).toHaveLength(2);
    const id = saasOrder.instances[0]?.id ?? '';
    await t.deps.db.transaction((tx) =>
      markInstanceOpened(tx, { instanceId: id, externalId: 'isv-9', appInfo: { adminUrl: 'https://admin.example' }, at: t.clock.now() }),
    );
    const other = saasOrder.instances[1]?.id ?? '';
    await t.deps.db.transaction((tx) =>
      markInstanceOpened(tx, { instanceId: other, externalId: 'isv-10', appInfo: { adminUrl: 'https://b.example' }, at: t.clock.now() }),
    );
    expect((await buyer.get(`/api/v1/buyer/instances/${id}`)).json().appInfo).toEqual({ adminUrl: 'https://admin.example' });
    expect((await buyer.get(`/api/v1/buyer/instances/${serviceInstance}`)).json().appInfo).toBeNull();
    expect((await demo.get(`/api/v1/seller/instances/${id}`)).json()).toMatchObject({ externalId: 'isv-9', status: 'opened' });
  });
});
