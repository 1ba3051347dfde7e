import type { BuyerProposal, Proposal, PurchaseUnit } from '@cloudmart/contracts';
import { and, asc, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { files } from '../../platform/files/index.js';
import { sellers } from '../accounts/index.js';
import { demands, leads, proposalQuotes, proposals } from './leads.tables.js';

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

const proposalColumns = {
  id: proposals.id,
  leadId: proposals.leadId,
  demandId: proposals.demandId,
  name: proposals.name,
  remark: proposals.remark,
  contractFileId: proposals.contractFileId,
  contractName: files.name,
  status: proposals.status,
  createdAt: proposals.createdAt,
  paidAt: proposals.paidAt,
};
interface ProposalHead {
  id: string;
  leadId: string;
  demandId: string;
  name: string;
  remark: string | null;
  contractFileId: string | null;
  contractName: string | null;
  status: Proposal['status'];
  createdAt: Date;
  paidAt: Date | null;
}

/** The quotes of these proposals, oldest first (the order the seller added them), revoked ones too. */
async function quotesOf(db: Db, proposalIds: readonly string[]): Promise<Map<string, Proposal['quotes']>> {
  const out = new Map<string, Proposal['quotes']>();
  if (proposalIds.length === 0) return out;
  const rows = await db
    .select()
    .from(proposalQuotes)
    .where(inArray(proposalQuotes.proposalId, [...proposalIds]))
    .orderBy(asc(proposalQuotes.createdAt), asc(proposalQuotes.id));
  for (const q of rows) {
    const list = out.get(q.proposalId) ?? [];
    list.push({
      id: q.id,
      productId: q.productId,
      specId: q.specId,
      productName: q.productName,
      productType: q.productType,
      specName: q.specName,
      // quotes are made of prepaid periods (quoteBody takes month or year only)
      unit: q.durationUnit as PurchaseUnit,
      duration: q.duration,
      quantity: q.quantity,
      listPriceFen: q.listPriceFen,
      priceFen: q.priceFen,
      status: q.status,
      orderId: q.orderId,
      createdAt: q.createdAt.toISOString(),
      revokedAt: iso(q.revokedAt),
    });
    out.set(q.proposalId, list);
  }
  return out;
}

function toProposal(p: ProposalHead, quotes: Proposal['quotes']): Proposal {
  return {
    id: p.id,
    leadId: p.leadId,
    demandId: p.demandId,
    name: p.name,
    remark: p.remark,
    contract: p.contractFileId ? { fileId: p.contractFileId, name: p.contractName ?? '' } : null,
    status: p.status,
    // 报价单 revoked are shown struck through and never paid: the total is the active ones'
    totalFen: quotes.filter((q) => q.status === 'active').reduce((sum, q) => sum + q.priceFen, 0),
    quotes,
    createdAt: p.createdAt.toISOString(),
    paidAt: iso(p.paidAt),
  };
}

async function proposalsWhere(db: Db, where: SQL | undefined): Promise<Proposal[]> {
  const heads = await db
    .select(proposalColumns)
    .from(proposals)
    .leftJoin(files, eq(files.id, proposals.contractFileId))
    .where(where)
    .orderBy(desc(proposals.createdAt), desc(proposals.id));
  const quotes = await quotesOf(
    db,
    heads.map((h) => h.id),
  );
  return heads.map((h) => toProposal(h, quotes.get(h.id) ?? []));
}

/** A lead's proposals with their quotes, newest first (需求详情 > 方案). The caller checked the lead is the seller's. */
export function proposalsOfLead(db: Db, leadId: string): Promise<Proposal[]> {
  return proposalsWhere(db, eq(proposals.leadId, leadId));
}

/** Every proposal made on a demand, by any seller (the operator's view). */
export function proposalsOfDemand(db: Db, demandId: string): Promise<Proposal[]> {
  return proposalsWhere(db, eq(proposals.demandId, demandId));
}

/** One proposal of this seller (the reply of the seller's proposal routes). */
export async function sellerProposal(db: Db, sellerId: string, proposalId: string): Promise<Proposal | null> {
  const [p] = await proposalsWhere(db, and(eq(proposals.id, proposalId), eq(proposals.sellerId, sellerId)));
  return p ?? null;
}

/**
 * The proposals a buyer sees on one of their demands ("用户可以在客户控制台查看方案并一键支付"): those of
 * the seller working it (or that won it), and any the buyer already paid. A proposal of a seller who
 * has let the demand go is not offered any more.
 */
export async function buyerProposalsOfDemand(db: Db, buyerId: string, demandId: string): Promise<BuyerProposal[]> {
  const live = db
    .select({ id: leads.id })
    .from(leads)
    .where(and(eq(leads.demandId, demandId), inArray(leads.status, ['following', 'won'])));
  const list = await proposalsWhere(
    db,
    and(eq(proposals.demandId, demandId), eq(proposals.buyerId, buyerId), or(inArray(proposals.leadId, live), eq(proposals.status, 'paid'))),
  );
  return withBuyerFields(db, list);
}

/** The seller's name and the demand's name and number, for the buyer's view. */
export async function withBuyerFields(db: Db, list: Proposal[]): Promise<BuyerProposal[]> {
  if (list.length === 0) return [];
  const rows = await db
    .select({ id: proposals.id, sellerName: sellers.name, demandName: demands.name, demandNo: demands.demandNo })
    .from(proposals)
    .innerJoin(sellers, eq(sellers.id, proposals.sellerId))
    .innerJoin(demands, eq(demands.id, proposals.demandId))
    .where(
      inArray(
        proposals.id,
        list.map((p) => p.id),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return list.map((p) => {
    const r = byId.get(p.id);
    return { ...p, sellerName: r?.sellerName ?? '', demandName: r?.demandName ?? '', demandNo: String(r?.demandNo ?? '') };
  });
}
