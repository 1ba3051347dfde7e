// Helpers for the customer center's HTTP tests (not a test file itself).
import { expect } from 'vitest';
import type { Agent, TestApp } from '../harness.js';
import { newId } from '../../platform/ids.js';
import { emit } from '../../platform/outbox.js';
import { demands, leads, LEAD_TAKEN } from '../../modules/leads/index.js';
import { newBuyer, order, pay, type Catalog } from './orders.js';

export const API = '/api/v1';

export interface CustomerReply {
  id: string;
  kind: 'platform' | 'private';
  source: string;
  buyerAccount: string | null;
  buyerUid: number | null;
  contactName: string | null;
  name: string | null;
  company: string | null;
  lastOrderAt: string | null;
  spendFen: number;
  contact: { phone: string | null; email: string | null } | null;
  tags: { id: string; name: string }[];
  remark?: string | null;
  trade?: { orderCount: number; paidFen: number; refundedFen: number; firstOrderAt: string | null; lastOrderAt: string | null };
  orders?: { id: string; status: string }[];
  instances?: { id: string }[];
  demands?: { id: string }[];
  coupons?: { couponId: string; status: string }[];
  calls?: Record<string, unknown>[];
}

/** A fresh buyer (with a phone and an e-mail on the account) who buys 测试软件 from Demo ISV and pays. */
export async function buyerWhoBought(
  t: TestApp,
  c: Catalog,
  loginName: string,
  opts: { showContact?: boolean; product?: 'demo' | 'acme' } = {},
): Promise<Agent> {
  const buyer = await newBuyer(t, loginName);
  await setAccountContact(buyer, loginName);
  await buy(t, c, buyer, opts);
  return buyer;
}

export async function buy(t: TestApp, c: Catalog, buyer: Agent, opts: { showContact?: boolean; product?: 'demo' | 'acme' } = {}) {
  const body =
    opts.product === 'acme'
      ? { productId: c.acmeSaas, specId: c.acmeSpec, unit: 'month', duration: 1 }
      : { productId: c.download, specId: c.downloadSpec, unit: 'year', duration: 1 };
  const o = await order(buyer, { ...body, showContact: opts.showContact ?? false });
  const paid = await pay(buyer, o.id);
  await t.deps.outbox.drain();
  return paid;
}

/** Give the account a phone and an e-mail through the buyer's own profile. */
export async function setAccountContact(buyer: Agent, loginName: string): Promise<void> {
  const phone = `139${String(Math.abs(hash(loginName)) % 1e8).padStart(8, '0')}`;
  const res = await buyer.patch(`${API}/auth/me`, { phone, email: `${loginName.toLowerCase()}@buyer.example` });
  expect(res.statusCode, res.body).toBeLessThan(300);
}

function hash(s: string): number {
  let h = 7;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

export async function listOf(seller: Agent, query = ''): Promise<{ items: CustomerReply[]; total: number }> {
  const res = await seller.get(`${API}/seller/customers${query ? `?${query}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function platformCustomerOf(seller: Agent, loginName: string): Promise<CustomerReply | undefined> {
  return (await listOf(seller, `kind=platform&q=${encodeURIComponent(loginName)}&pageSize=100`)).items.find((x) => x.buyerAccount === loginName);
}

export async function detailOf(seller: Agent, id: string): Promise<CustomerReply> {
  const res = await seller.get(`${API}/seller/customers/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function addPrivate(seller: Agent, body: Record<string, unknown>): Promise<CustomerReply> {
  const res = await seller.post(`${API}/seller/customers`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function createTag(seller: Agent, name: string): Promise<{ id: string; name: string }> {
  const res = await seller.post(`${API}/seller/customer-tags`, { name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/**
 * A demand the buyer raised that the seller took, written straight into the leads tables (the leads
 * routes are built elsewhere), and the LEAD_TAKEN event they would emit, delivered.
 */
export async function takenLead(t: TestApp, sellerId: string, buyerId: string, name = '官网改版需求'): Promise<{ demandId: string; leadId: string }> {
  const now = t.clock.now();
  const demandId = newId('dmd', now);
  const leadId = newId('led', now);
  await t.deps.db.insert(demands).values({
    id: demandId,
    buyerId,
    source: 'marketplace',
    category: 'ordinary',
    type: 'website',
    name,
    summary: '需要一个企业官网',
    region: '华东',
    budget: '10000_50000',
    contactName: '张三',
    contactPhone: '13800000001',
    status: 'taken',
    pooled: true,
    poolAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await t.deps.db.insert(leads).values({ id: leadId, demandId, sellerId, via: 'grab', status: 'following', assignedAt: now, updatedAt: now });
  await emit(t.deps.db, now, LEAD_TAKEN, { leadId, demandId, sellerId, buyerId, takenAt: now.toISOString() });
  await t.deps.outbox.drain();
  return { demandId, leadId };
}

export async function userIdOf(agent: Agent): Promise<string> {
  return (await agent.get(`${API}/auth/me`)).json<{ id: string }>().id;
}
