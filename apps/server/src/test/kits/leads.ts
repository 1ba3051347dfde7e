// Helpers for the leads HTTP tests (not a test file itself); the proposals tests reuse them.
import { expect } from 'vitest';
import type { Demand, LeadDetail, LeadRow, OperatorDemandDetail, PoolPage } from '@cloudmart/contracts';
import { HOUR } from '../../platform/clock.js';
import { categories, products } from '../../modules/catalog/catalog.tables.js';
import type { Agent, TestApp } from '../harness.js';

export const API = '/api/v1';

export const demandBody = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: 'website',
  summary: `${name}：需要一个响应式企业官网`,
  content: '首页、产品、案例、联系我们',
  region: '华东',
  budget: '5000_10000',
  contactName: '王先生',
  contactPhone: '13712345678',
  ...extra,
});

/** The buyer posts an ordinary demand (or a 定向需求 with sellerCode). */
export async function postDemand(buyer: Agent, name: string, extra: Record<string, unknown> = {}): Promise<Demand> {
  const res = await buyer.post(`${API}/buyer/demands`, demandBody(name, extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Move the clock to the demand's pool hour (the first full hour at or after posting). */
export function toPoolHour(t: TestApp, d: Demand): void {
  const at = new Date(d.poolAt ?? t.clock.now().toISOString());
  if (at.getTime() > t.clock.now().getTime()) t.clock.set(at);
}

/** Post a demand and move the clock to its pool hour: ready to grab. */
export async function pooledDemand(t: TestApp, buyer: Agent, name: string): Promise<Demand> {
  const d = await postDemand(buyer, name);
  toPoolHour(t, d);
  return d;
}

export async function pool(seller: Agent, query = 'pageSize=100'): Promise<PoolPage> {
  const res = await seller.get(`${API}/seller/lead-pool?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function grab(seller: Agent, demandId: string): Promise<LeadRow> {
  const res = await seller.post(`${API}/seller/lead-pool/${demandId}/grab`);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** A following lead of the seller: a fresh pooled demand of the buyer, grabbed. */
export async function grabbedLead(t: TestApp, buyer: Agent, seller: Agent, name: string): Promise<LeadRow> {
  const d = await pooledDemand(t, buyer, name);
  return grab(seller, d.id);
}

export async function leadOf(seller: Agent, leadId: string): Promise<LeadDetail> {
  const res = await seller.get(`${API}/seller/leads/${leadId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function operatorDetail(operator: Agent, demandId: string): Promise<OperatorDemandDetail> {
  const res = await operator.get(`${API}/operator/demands/${demandId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The operator assigns an open demand to a seller: the seller's pending lead id. */
export async function assign(operator: Agent, demandId: string, sellerId: string): Promise<string> {
  const res = await operator.post(`${API}/operator/demands/${demandId}/assign`, { sellerId });
  expect(res.statusCode, res.body).toBe(200);
  const live = res.json<OperatorDemandDetail>().leads.find((l) => l.status === 'pending' && l.sellerId === sellerId);
  if (!live) throw new Error('no pending lead after assign');
  return live.id;
}

export async function call(seller: Agent, leadId: string, callerPhone = '13898765432') {
  return seller.post(`${API}/seller/leads/${leadId}/calls`, { callerPhone });
}

export async function note(seller: Agent, leadId: string, body: Record<string, unknown> = {}) {
  const res = await seller.post(`${API}/seller/leads/${leadId}/notes`, { connected: true, stage: 'understand', content: '已沟通需求', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; callId: string | null }>();
}

let sellers = 0;
/**
 * A new seller signed up over HTTP, with a listed service product inserted in the catalogue (the
 * 前提条件), logged in: its agent and seller id.
 */
export async function newLeadSeller(t: TestApp, name = `s${++sellers}${Math.random().toString(36).slice(2, 6)}`): Promise<{ agent: Agent; sellerId: string }> {
  const res = await t
    .anonymous()
    .post(`${API}/auth/signup`, { kind: 'seller', loginName: name, password: 'Passw0rdX', displayName: name, companyName: `${name} 科技` });
  expect(res.statusCode, res.body).toBe(201);
  const agent = await t.agent(name, 'Passw0rdX');
  const me = (await agent.get(`${API}/auth/me`)).json<{ sellerId: string }>();
  await listServiceProduct(t, me.sellerId);
  return { agent, sellerId: me.sellerId };
}

/** A listed service product for the seller (inserted: the listing review is not what these tests are about). */
export async function listServiceProduct(t: TestApp, sellerId: string): Promise<void> {
  const now = t.clock.now();
  const tag = Math.random().toString(36).slice(2, 10);
  const [cat] = await t.deps.db.select({ id: categories.id }).from(categories).limit(1);
  if (!cat) throw new Error('no category');
  await t.deps.db.insert(products).values({
    id: `prd_${tag}`,
    code: `cmsvc-l${tag}`,
    sellerId,
    categoryId: cat.id,
    type: 'service',
    name: `服务 ${tag}`,
    status: 'listed',
    createdAt: now,
    updatedAt: now,
    listedAt: now,
  });
}

export const hours = (n: number) => n * HOUR;
