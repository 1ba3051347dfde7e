import type { PurchaseUnit } from '@cloudmart/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError } from '../../platform/errors.js';
import { orderedId } from '../../platform/ids.js';
import { resolvePurchase } from './catalog-port.js';
import { orders } from './orders.tables.js';
import { orderAmountFen } from './pricing.js';

/** One 报价单 of a 方案 the buyer pays (guide 4 提交方案 "用户可以在客户控制台查看方案并一键支付"). */
export interface ProposalOrderDraft {
  buyerId: string;
  sellerId: string;
  productId: string;
  specId: string;
  unit: PurchaseUnit;
  duration: number;
  quantity: number;
  /** the quote's list price (the spec's price × quantity when the quote was sent) */
  listPriceFen: number;
  /** the adjusted price (改价) the seller quoted: what the buyer pays and the ledger posts */
  amountFen: number;
  leadId: string;
  proposalId: string;
}

/**
 * Place an unpaid order for a quote, in the caller's transaction (the proposal's, which locks the
 * proposal row so two clicks make one set of orders). The catalog still decides orderability (a
 * product delisted or a spec hidden since the quote was sent refuses it), but the price is the
 * quote's: no discount or coupon applies to a negotiated price, and 订单来源 is 定制方案 with the
 * 商机ID and 定制方案ID on the order.
 */
export async function placeProposalOrder(tx: Db, at: Date, d: ProposalOrderDraft): Promise<{ orderId: string; amountFen: number }> {
  const r = await resolvePurchase(tx, { productId: d.productId, specId: d.specId, unit: d.unit, duration: d.duration, purpose: 'new' });
  if (r.product.sellerId !== d.sellerId) throw new DomainError('quote_product_not_quotable', 'the product is not this seller’s');
  if (!Number.isSafeInteger(d.amountFen) || d.amountFen < 1) throw new DomainError('validation_failed', 'a quote is paid with a positive amount');
  orderAmountFen(d.listPriceFen, 1);
  const id = orderedId('ord', at);
  await tx.insert(orders).values({
    id,
    sellerId: d.sellerId,
    buyerId: d.buyerId,
    productId: r.product.id,
    productCode: r.product.code,
    productName: r.product.name,
    specId: r.spec.id,
    specName: r.spec.name,
    type: 'new',
    status: 'unpaid',
    quantity: d.quantity,
    durationUnit: d.unit,
    duration: d.duration,
    listPriceFen: d.listPriceFen,
    paidFen: d.amountFen,
    source: 'proposal',
    leadId: d.leadId,
    proposalId: d.proposalId,
    createdAt: at,
  });
  return { orderId: id, amountFen: d.amountFen };
}

export interface ProposalOrderState {
  id: string;
  status: 'unpaid' | 'paid' | 'voided' | 'refunded';
  paidFen: number;
}

/** The states of a proposal's orders by id (read inside the caller's transaction). */
export async function proposalOrderStates(db: Db, proposalId: string, orderIds: readonly string[]): Promise<Map<string, ProposalOrderState>> {
  if (orderIds.length === 0) return new Map();
  const rows = await db
    .select({ id: orders.id, status: orders.status, paidFen: orders.paidFen })
    .from(orders)
    .where(and(eq(orders.proposalId, proposalId), inArray(orders.id, [...orderIds])));
  return new Map(rows.map((r) => [r.id, r]));
}
