// Helpers for the proposal (方案) tests (not a test file itself).
import { expect } from 'vitest';
import type { BuyerProposal, PayProposalReply, Proposal } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import type { Agent, TestApp } from '../harness.js';
import { newId } from '../../platform/ids.js';
import { demands, leads } from '../../modules/leads/index.js';
import { pay } from './orders.js';

export const API = '/api/v1';

/**
 * A demand of this buyer that the seller follows (跟进中), written straight into the leads tables.
 * Test-only: the leads routes (grab, accept) are built beside this; switch to the real grab then.
 */
export async function followingLead(
  t: TestApp,
  sellerId: string,
  buyerId: string,
  opts: { name?: string; status?: 'pending' | 'following' | 'won' | 'terminated' } = {},
): Promise<{ demandId: string; leadId: string }> {
  const now = t.clock.now();
  const demandId = newId('dmd', now);
  const leadId = newId('led', now);
  const status = opts.status ?? 'following';
  await t.deps.db.insert(demands).values({
    id: demandId,
    buyerId,
    source: 'marketplace',
    category: 'ordinary',
    type: 'website',
    name: opts.name ?? '企业官网建设',
    summary: '需要一个企业官网和小程序',
    region: '华东',
    budget: '10000_50000',
    contactName: '张三',
    contactPhone: '13800000001',
    status: status === 'won' ? 'won' : status === 'terminated' ? 'open' : 'taken',
    pooled: true,
    poolAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await t.deps.db.insert(leads).values({
    id: leadId,
    demandId,
    sellerId,
    via: 'grab',
    status,
    assignedAt: now,
    answerDueAt: status === 'pending' ? new Date(now.getTime() + 24 * 3600_000) : null,
    acceptedAt: status === 'pending' ? null : now,
    updatedAt: now,
  });
  return { demandId, leadId };
}

export async function leadStatusOf(t: TestApp, leadId: string): Promise<{ lead: string; demand: string }> {
  const [r] = await t.deps.db
    .select({ lead: leads.status, demand: demands.status })
    .from(leads)
    .innerJoin(demands, eq(demands.id, leads.demandId))
    .where(eq(leads.id, leadId));
  return { lead: r?.lead ?? '', demand: r?.demand ?? '' };
}

/** 提交方案 over HTTP and expect it to be sent. */
export async function sendProposal(seller: Agent, leadId: string, body: Record<string, unknown>): Promise<Proposal> {
  const res = await seller.post(`${API}/seller/leads/${leadId}/proposals`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** 一键支付 over HTTP and expect the orders to be placed. */
export async function payProposal(buyer: Agent, proposalId: string, body: Record<string, unknown> = {}): Promise<PayProposalReply> {
  const res = await buyer.post(`${API}/buyer/proposals/${proposalId}/pay`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Pay every order of a proposal at the sandbox cashier, then let the handlers run. */
export async function payOrders(t: TestApp, buyer: Agent, orderIds: readonly string[]): Promise<void> {
  for (const id of orderIds) await pay(buyer, id);
  await t.deps.outbox.drain();
}

export type { BuyerProposal, Proposal };
