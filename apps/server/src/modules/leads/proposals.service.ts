import type { Proposal, ProposalBody, QuoteBody } from '@cloudmart/contracts';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId, orderedId } from '../../platform/ids.js';
import { formatYuan } from '../../platform/money.js';
import type { Deps } from '../../platform/module.js';
import { sellers } from '../accounts/index.js';
import { requestNotification } from '../notifications/index.js';
import { proposalOrderStates } from '../orders/index.js';
import { lockSellerLead } from './lead-access.js';
import { demands, leadLogs, proposalQuotes, proposals } from './leads.tables.js';
import { assertContractFile } from './proposal-files.js';
import { quoteSnapshot } from './proposal-quotes.js';
import { sellerProposal } from './proposal-views.js';

type D = Pick<Deps, 'db' | 'clock'>;
type ProposalRow = typeof proposals.$inferSelect;

async function log(tx: Db, at: Date, p: { demandId: string; leadId: string }, actorId: string, action: string, detail: string): Promise<void> {
  await tx
    .insert(leadLogs)
    .values({ id: orderedId('llg', at), demandId: p.demandId, leadId: p.leadId, actorId, actorRole: 'seller', action, detail, createdAt: at });
}

async function reply(db: Db, sellerId: string, proposalId: string): Promise<Proposal> {
  const p = await sellerProposal(db, sellerId, proposalId);
  if (!p) throw notFound('proposal');
  return p;
}

/**
 * 提交方案 (guide 4): on a lead the seller is following (跟进中) — "服务商与客户确认了需求、服务内容、项目价格后，
 * 可以在需求详情页提交方案". It is sent at once: "方案配置后，会直接发送给用户，用户会收到短信提醒" (SMS and the
 * inbox). "一个需求内可以配置多个方案": nothing limits how many.
 */
export async function createProposal(deps: D, sellerId: string, userId: string, leadId: string, b: ProposalBody): Promise<Proposal> {
  const now = deps.clock.now();
  if (b.contractFileId) await assertContractFile(deps.db, sellerId, b.contractFileId);
  const id = await deps.db.transaction(async (tx) => {
    const lead = await lockSellerLead(tx, sellerId, leadId);
    if (lead.status === 'won') throw new DomainError('lead_already_won', 'the lead is won; 方案 are sent while it is followed');
    if (lead.status !== 'following') throw new DomainError('lead_not_following', `the lead is ${lead.status}`, { leadStatus: lead.status });
    const [demand] = await tx.select({ buyerId: demands.buyerId, name: demands.name }).from(demands).where(eq(demands.id, lead.demandId));
    if (!demand) throw notFound('demand');
    const proposalId = newId('ppl', now);
    await tx.insert(proposals).values({
      id: proposalId,
      leadId: lead.id,
      demandId: lead.demandId,
      sellerId,
      buyerId: demand.buyerId,
      name: b.name,
      contractFileId: b.contractFileId ?? null,
      remark: b.remark || null,
      status: 'sent',
      createdBy: userId,
      createdAt: now,
    });
    const quotes = [];
    for (const q of b.quotes) quotes.push(await quoteSnapshot(tx, sellerId, proposalId, q, now));
    await tx.insert(proposalQuotes).values(quotes);
    await log(tx, now, { demandId: lead.demandId, leadId: lead.id }, userId, 'proposal_sent', b.name);
    const [seller] = await tx.select({ name: sellers.name }).from(sellers).where(eq(sellers.id, sellerId));
    await requestNotification(tx, now, {
      userId: demand.buyerId,
      template: 'leads.proposal_sent',
      params: {
        sellerName: seller?.name ?? '',
        proposalName: b.name,
        demandName: demand.name,
        amount: formatYuan(quotes.reduce((sum, q) => sum + q.priceFen, 0)),
      },
      link: `/buyer/demands/${lead.demandId}`,
      channels: ['sms'],
    });
    return proposalId;
  });
  return reply(deps.db, sellerId, id);
}

/**
 * The proposal, locked for a change by the seller: through the seller's own lead (404 for anyone
 * else's), and only while it is not being paid or paid — the buyer must pay what they were shown.
 */
async function lockChangeable(tx: Db, sellerId: string, leadId: string, proposalId: string): Promise<ProposalRow> {
  const [p] = await tx
    .select()
    .from(proposals)
    .where(and(eq(proposals.id, proposalId), eq(proposals.leadId, leadId), eq(proposals.sellerId, sellerId)))
    .for('update');
  if (!p) throw notFound('proposal');
  if (p.status === 'paid') throw new DomainError('proposal_already_paid', 'a paid proposal cannot change');
  if (p.status === 'paying') throw new DomainError('proposal_being_paid', 'the buyer is paying this proposal; it cannot change meanwhile');
  return p;
}

/** 如何修改报价单 "需要先撤销不需要的报价单。再添加新的报价单": adding is the second half. */
export async function addQuote(deps: D, sellerId: string, userId: string, leadId: string, proposalId: string, b: QuoteBody): Promise<Proposal> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const lead = await lockSellerLead(tx, sellerId, leadId);
    if (lead.status !== 'following') throw new DomainError('lead_not_following', `the lead is ${lead.status}`, { leadStatus: lead.status });
    const p = await lockChangeable(tx, sellerId, leadId, proposalId);
    const quote = await quoteSnapshot(tx, sellerId, p.id, b, now);
    await tx.insert(proposalQuotes).values(quote);
    await log(tx, now, p, userId, 'quote_added', `${p.name}: ${quote.productName} / ${quote.specName}`);
  });
  return reply(deps.db, sellerId, proposalId);
}

/**
 * 撤销报价单: a revoked quote is never paid (it places no order). A quote already paid (the buyer paid
 * part of a proposal whose other order was voided unpaid) is history and cannot be revoked.
 */
export async function revokeQuote(deps: D, sellerId: string, userId: string, leadId: string, proposalId: string, quoteId: string): Promise<Proposal> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    // the lead's row first, as every change to it does (a consistent lock order)
    await lockSellerLead(tx, sellerId, leadId);
    const p = await lockChangeable(tx, sellerId, leadId, proposalId);
    const [q] = await tx
      .select({ id: proposalQuotes.id, status: proposalQuotes.status, orderId: proposalQuotes.orderId, productName: proposalQuotes.productName })
      .from(proposalQuotes)
      .where(and(eq(proposalQuotes.id, quoteId), eq(proposalQuotes.proposalId, p.id)));
    if (!q) throw notFound('quote');
    if (q.status === 'revoked') throw new DomainError('quote_revoked', 'the quote is already revoked');
    if (q.orderId && (await paidOrder(tx, p.id, q.orderId))) throw new DomainError('proposal_already_paid', 'this quote is paid');
    await tx.update(proposalQuotes).set({ status: 'revoked', revokedAt: now }).where(eq(proposalQuotes.id, q.id));
    await log(tx, now, p, userId, 'quote_revoked', `${p.name}: ${q.productName}`);
  });
  return reply(deps.db, sellerId, proposalId);
}

async function paidOrder(tx: Db, proposalId: string, orderId: string): Promise<boolean> {
  return (await proposalOrderStates(tx, proposalId, [orderId])).get(orderId)?.status === 'paid';
}
