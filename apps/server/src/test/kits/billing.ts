// Helpers for the billing tests (not a test file itself): rows inserted directly.
import type { LightMyRequestResponse } from 'fastify';
import { newId } from '../../platform/ids.js';
import type { Agent, TestApp } from '../harness.js';
import { categories, productSpecs, products, specMeters } from '../../modules/catalog/index.js';
import { instances } from '../../modules/orders/index.js';
import { signUsage } from '../../modules/billing/metering-signature.js';

export const API = '/api/v1';

export interface Postpaid {
  productId: string;
  code: string;
  specId: string;
}

/** A postpaid product whose one spec meters calls (1 fen per 10), storage (35 fen per GB) and minutes (7 fen per 3). */
export async function seedPostpaid(t: TestApp, sellerId: string, billing: 'postpaid' | 'prepaid' = 'postpaid'): Promise<Postpaid> {
  const now = t.clock.now();
  const tag = Math.random().toString(36).slice(2, 8);
  const categoryId = newId('cat', now);
  await t.deps.db.insert(categories).values({ id: categoryId, code: `bill-${tag}`, nameZh: '测试', nameEn: 'Test' });
  const p: Postpaid = { productId: newId('prd', now), code: `cmapi-b${tag}`, specId: newId('spc', now) };
  await t.deps.db.insert(products).values({
    id: p.productId,
    code: p.code,
    sellerId,
    type: 'api',
    billing,
    categoryId,
    name: `API ${tag}`,
    status: 'listed',
    createdAt: now,
    updatedAt: now,
  });
  await t.deps.db.insert(productSpecs).values({ id: p.specId, productId: p.productId, name: '按量', createdAt: now });
  await t.deps.db.insert(specMeters).values([
    { id: newId('spm', now), specId: p.specId, dimension: 'calls', unitLabel: '次', priceFen: 1, per: 10 },
    { id: newId('spm', now), specId: p.specId, dimension: 'storage_gb', unitLabel: 'GB', priceFen: 35, per: 1 },
    { id: newId('spm', now), specId: p.specId, dimension: 'minutes', unitLabel: '分钟', priceFen: 7, per: 3 },
  ]);
  return p;
}

export async function seedApiInstance(t: TestApp, p: Postpaid, sellerId: string, buyerId: string): Promise<string> {
  const id = newId('ins', t.clock.now());
  await t.deps.db.insert(instances).values({
    id,
    sellerId,
    buyerId,
    productId: p.productId,
    specId: p.specId,
    productName: 'API',
    specName: '按量',
    status: 'opened',
    openedAt: t.clock.now(),
    createdAt: t.clock.now(),
  });
  return id;
}

export async function newMeteringKey(seller: Agent, productId: string): Promise<string> {
  const res = await seller.post(`${API}/seller/products/${productId}/metering-key`);
  if (res.statusCode !== 201) throw new Error(`metering key: ${res.statusCode} ${res.body}`);
  return res.json<{ key: string }>().key;
}

export interface UsageRecord {
  recordId: string;
  instanceId: string;
  dimension: string;
  quantity: number;
  usedAt: string;
}

export function push(
  t: TestApp,
  o: { code: string; key: string; records: UsageRecord[]; timestamp?: number; signature?: string; raw?: string },
): Promise<LightMyRequestResponse> {
  const raw = o.raw ?? JSON.stringify({ records: o.records });
  const ts = String(o.timestamp ?? Math.floor(t.clock.now().getTime() / 1000));
  return t.anonymous().request('POST', `${API}/metering/usage`, raw, {
    'content-type': 'application/json',
    'x-cloudmart-product': o.code,
    'x-cloudmart-timestamp': ts,
    'x-cloudmart-signature': o.signature ?? signUsage(o.key, ts, raw),
  });
}
