import type { PayProposalBody, PayProposalReply, PurchaseUnit } from '@cloudmart/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { orderedId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { placeProposalOrder, proposalOrderStates } from '../orders/index.js';
import { leadLogs, leads, proposalQuotes, proposals } from './leads.tables.js';
import { markLeadWon } from './proposal-won.js';

type D = Pick<Deps, 'db' | 'clock'>;
type ProposalRow = typeof proposals.$inferSelect;
type QuoteRow = typeof proposalQuotes.$inferSelect;

/**
 * The cashier for the orders of one payment. It pays one order at /store/pay/:orderId; a proposal
 * of several quotes sends the buyer to /store/pay?orders=a,b, which pays them in turn.
 */
export function cashierUrl(orderIds: readonly string[]): string {
  if (orderIds.length === 1) return `/store/pay/${encodeURIComponent(orderIds[0] ?? '')}`;
  return `/store/pay?orders=${orderIds.map(encodeURIComponent).join(',')}`;
}

async function lockProposal(tx: Db, where: ReturnType<typeof and>): Promise<ProposalRow | undefined> {
  const [p] = await tx.select().from(proposals).where(where).for('update');
  return p;
}

function activeQuotes(tx: Db, proposalId: string): Promise<QuoteRow[]> {
  return tx
    .select()
    .from(proposalQuotes)
    .where(and(eq(proposalQuotes.proposalId, proposalId), eq(proposalQuotes.status, 'active')))
    .orderBy(asc(proposalQuotes.createdAt), asc(proposalQuotes.id));
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set(a).size === b.length && b.every((x) => a.includes(x));

async function buyerLog(tx: Db, at: Date, p: ProposalRow, action: string): Promise<void> {
  await tx.insert(leadLogs).values({
    id: orderedId('llg', at),
    demandId: p.demandId,
    leadId: p.leadId,
    actorId: p.buyerId,
    actorRole: 'buyer',
    action,
    detail: p.name,
    createdAt: at,
  });
}

/**
 * 一键支付 (guide 4 "用户可以在客户控制台查看方案并一键支付"): every active 报价单 becomes an unpaid order at
 * its adjusted price, carrying the 商机ID and 定制方案ID (订单来源 定制方案), and the buyer is sent to the
 * cashier for them. The proposal row is locked for the whole placement, so two clicks (or two tabs)
 * make one set of orders: a proposal already being paid answers its unpaid orders again. A quote whose
 * order was paid keeps it; one whose order was voided unpaid gets a new one. Only the demand's buyer
 * sees the proposal (anyone else: 404).
 */
export async function payProposal(deps: D, buyerId: string, proposalId: string, b: PayProposalBody): Promise<PayProposalReply> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const p = await lockProposal(tx, and(eq(proposals.id, proposalId), eq(proposals.buyerId, buyerId)));
    if (!p) throw notFound('proposal');
    if (p.status === 'paid') throw new DomainError('proposal_already_paid', 'the proposal is paid');
    const [lead] = await tx.select({ status: leads.status }).from(leads).where(eq(leads.id, p.leadId));
    // a proposal of a seller who let the demand go (terminated) is not paid any more; a won lead's is (分阶段付款)
    if (!lead || (lead.status !== 'following' && lead.status !== 'won')) {
      throw new DomainError('lead_not_following', 'the seller no longer follows this demand', { leadStatus: lead?.status ?? null });
    }
    const quotes = await activeQuotes(tx, p.id);
    if (quotes.length === 0) throw new DomainError('proposal_has_no_quotes', 'every quote of the proposal was revoked');
    if (
      b.quoteIds &&
      !sameSet(
        b.quoteIds,
        quotes.map((q) => q.id),
      )
    ) {
      throw new DomainError('proposal_changed', 'the seller changed the quotes since you opened the proposal', { quoteIds: quotes.map((q) => q.id) });
    }
    const states = await proposalOrderStates(
      tx,
      p.id,
      quotes.flatMap((q) => (q.orderId ? [q.orderId] : [])),
    );
    const due: { orderId: string; amountFen: number }[] = [];
    for (const q of quotes) {
      const state = q.orderId ? states.get(q.orderId) : undefined;
      if (state?.status === 'paid') continue;
      if (state?.status === 'unpaid') {
        due.push({ orderId: state.id, amountFen: state.paidFen });
        continue;
      }
      const placed = await placeProposalOrder(tx, now, {
        buyerId,
        sellerId: p.sellerId,
        productId: q.productId,
        specId: q.specId,
        unit: q.durationUnit as PurchaseUnit,
        duration: q.duration,
        quantity: q.quantity,
        listPriceFen: q.listPriceFen,
        amountFen: q.priceFen,
        leadId: p.leadId,
        proposalId: p.id,
      });
      await tx.update(proposalQuotes).set({ orderId: placed.orderId }).where(eq(proposalQuotes.id, q.id));
      due.push(placed);
    }
    // every order paid, the paid event not handled yet: the proposal is as good as paid
    if (due.length === 0) throw new DomainError('proposal_already_paid', 'every order of the proposal is paid');
    if (p.status === 'sent') {
      await tx.update(proposals).set({ status: 'paying' }).where(eq(proposals.id, p.id));
      await buyerLog(tx, now, p, 'proposal_paying');
    }
    const orderIds = due.map((d) => d.orderId);
    return { orderIds, amountFen: due.reduce((sum, d) => sum + d.amountFen, 0), payUrl: cashierUrl(orderIds) };
  });
}

/**
 * An order of a proposal was paid: once every active quote's order is paid the proposal is paid and
 * the lead (with its demand) is won. Idempotent: a proposal no longer being paid is left alone.
 */
export async function settleProposalPaid(deps: D, proposalId: string, paidAt: Date): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const p = await lockProposal(tx, eq(proposals.id, proposalId));
    if (!p || p.status !== 'paying') return;
    const quotes = await activeQuotes(tx, p.id);
    const orderIds = quotes.flatMap((q) => (q.orderId ? [q.orderId] : []));
    if (orderIds.length !== quotes.length) return;
    const states = await proposalOrderStates(tx, p.id, orderIds);
    if (!orderIds.every((id) => states.get(id)?.status === 'paid')) return;
    await tx.update(proposals).set({ status: 'paid', paidAt }).where(eq(proposals.id, p.id));
    await buyerLog(tx, paidAt, p, 'proposal_paid');
    await markLeadWon(tx, p.leadId, paidAt, p.id);
  });
}

/**
 * An order of a proposal was voided unpaid (7 days, guide 2.1 已作废): the proposal goes back to sent,
 * so the seller may change it and the buyer may pay it again (the quotes still unpaid get new orders).
 */
export async function reopenProposal(deps: D, proposalId: string, orderId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const p = await lockProposal(tx, eq(proposals.id, proposalId));
    if (!p || p.status !== 'paying') return;
    const quotes = await activeQuotes(tx, p.id);
    if (!quotes.some((q) => q.orderId === orderId)) return;
    await tx.update(proposals).set({ status: 'sent' }).where(eq(proposals.id, p.id));
  });
}
