import { expect } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { outboxEvents } from '../../platform/db/platform.tables.js';
import type { Agent, TestApp } from '../harness.js';
import { categories, productSpecs, products, specPrices } from '../../modules/catalog/catalog.tables.js';

// the sandbox cashier's signer, for tests that play the provider's callback
export { sandboxOf } from '../../modules/orders/payment.service.js';

/** A small catalog of our own (the catalog module's seed may change under us). */
export interface Catalog {
  saas: string;
  std: string;
  pro: string;
  trial: string;
  service: string;
  serviceSpec: string;
  api: string;
  apiSpec: string;
  download: string;
  downloadSpec: string;
  acmeSaas: string;
  acmeSpec: string;
}

export const PRICES = { stdMonth: 10_000, stdYear: 100_000, proMonth: 25_000, proYear: 250_000, serviceMonth: 50_000, downloadYear: 30_000 } as const;

export async function seedTestCatalog(db: Db, now: Date, sellers: { demoSellerId: string; acmeSellerId: string }): Promise<Catalog> {
  const tag = Math.random().toString(36).slice(2, 8);
  const id = (p: string) => `${p}_${tag}_${Math.random().toString(36).slice(2, 8)}`;
  const c: Catalog = {
    saas: id('prd'),
    std: id('spc'),
    pro: id('spc'),
    trial: id('spc'),
    service: id('prd'),
    serviceSpec: id('spc'),
    api: id('prd'),
    apiSpec: id('spc'),
    download: id('prd'),
    downloadSpec: id('spc'),
    acmeSaas: id('prd'),
    acmeSpec: id('spc'),
  };
  const categoryId = id('cat');
  await db.insert(categories).values({ id: categoryId, code: `t-${tag}`, nameZh: '测试', nameEn: 'Test' });
  const p = { categoryId, status: 'listed' as const, createdAt: now, updatedAt: now, listedAt: now };
  await db.insert(products).values([
    { ...p, id: c.saas, code: `cmapp-t${tag}`, sellerId: sellers.demoSellerId, type: 'saas', name: '测试 SaaS' },
    { ...p, id: c.service, code: `cmsvc-t${tag}`, sellerId: sellers.demoSellerId, type: 'service', name: '测试服务' },
    { ...p, id: c.api, code: `cmapi-t${tag}`, sellerId: sellers.demoSellerId, type: 'api', billing: 'postpaid', name: '测试 API' },
    { ...p, id: c.download, code: `cmdl-t${tag}`, sellerId: sellers.demoSellerId, type: 'download', name: '测试软件' },
    { ...p, id: c.acmeSaas, code: `cmapp-a${tag}`, sellerId: sellers.acmeSellerId, type: 'saas', name: 'Acme SaaS' },
  ]);
  await db.insert(productSpecs).values([
    { id: c.std, productId: c.saas, name: '标准版', createdAt: now },
    { id: c.pro, productId: c.saas, name: '高级版', createdAt: now },
    { id: c.trial, productId: c.saas, name: '试用版', isTrial: true, trialDays: 14, createdAt: now },
    { id: c.serviceSpec, productId: c.service, name: '企业官网', createdAt: now },
    { id: c.apiSpec, productId: c.api, name: '按量', createdAt: now },
    { id: c.downloadSpec, productId: c.download, name: '单机版', createdAt: now },
    { id: c.acmeSpec, productId: c.acmeSaas, name: 'Basic', createdAt: now },
  ]);
  await db.insert(specPrices).values([
    { id: id('prc'), specId: c.std, unit: 'month', duration: 1, priceFen: PRICES.stdMonth },
    { id: id('prc'), specId: c.std, unit: 'year', duration: 1, priceFen: PRICES.stdYear },
    { id: id('prc'), specId: c.pro, unit: 'month', duration: 1, priceFen: PRICES.proMonth },
    { id: id('prc'), specId: c.pro, unit: 'year', duration: 1, priceFen: PRICES.proYear },
    { id: id('prc'), specId: c.serviceSpec, unit: 'month', duration: 1, priceFen: PRICES.serviceMonth },
    { id: id('prc'), specId: c.downloadSpec, unit: 'year', duration: 1, priceFen: PRICES.downloadYear },
    { id: id('prc'), specId: c.acmeSpec, unit: 'month', duration: 1, priceFen: 5_000 },
  ]);
  return c;
}

let keys = 0;
export const newKey = () => `key-${Date.now()}-${++keys}`;

export interface OrderReply {
  id: string;
  status: string;
  type: string;
  paidFen: number;
  listPriceFen: number;
  instances: { id: string; status: string; expiresAt: string | null }[];
}

/** Place an order over HTTP and expect it to be created. */
export async function order(buyer: Agent, body: Record<string, unknown>, key = newKey()): Promise<OrderReply> {
  const res = await buyer.post('/api/v1/buyer/orders', body, { 'idempotency-key': key });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Pay an unpaid order through the sandbox cashier. */
export async function pay(buyer: Agent, orderId: string): Promise<OrderReply> {
  const p = await buyer.post(`/api/v1/buyer/orders/${orderId}/pay`);
  expect(p.statusCode, p.body).toBe(200);
  const done = await buyer.post(`/api/v1/payments/sandbox/${p.json().paymentId}/complete`);
  expect(done.statusCode, done.body).toBe(200);
  return (await buyer.get(`/api/v1/buyer/orders/${orderId}`)).json();
}

/** The payloads of one topic's outbox events in emission order (ids are ordered, see orderedId; heap order is no order). */
export async function eventsOf(t: TestApp, topic: string): Promise<Record<string, unknown>[]> {
  const rows = await t.deps.db.select({ payload: outboxEvents.payload }).from(outboxEvents).where(eq(outboxEvents.topic, topic)).orderBy(asc(outboxEvents.id));
  return rows.map((r) => r.payload as Record<string, unknown>);
}

export async function newBuyer(t: TestApp, loginName: string): Promise<Agent> {
  const res = await t.anonymous().post('/api/v1/auth/signup', { kind: 'buyer', loginName, password: 'Passw0rdX', displayName: loginName });
  expect(res.statusCode, res.body).toBe(201);
  return t.agent(loginName, 'Passw0rdX');
}
