import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { newId, orderedId } from '../../platform/ids.js';
import { orders, payments } from './orders.tables.js';

/** The order a refund pays back: its snapshot is copied onto the negative refund order. */
export interface RefundedOrder {
  id: string;
  sellerId: string;
  buyerId: string;
  productId: string | null;
  specId: string | null;
  productCode: string;
  productName: string;
  specName: string;
  quantity: number;
  targetInstanceId: string | null;
}

export interface RefundOrderDraft {
  parent: RefundedOrder;
  /** the instance the refund is for, when it names one; else the parent's target */
  instanceId: string | null;
  /** what goes back to the buyer, positive */
  amountFen: number;
  at: Date;
}

/**
 * The negative `refund` order (DOMAIN 2.5), paid at once: it must exist, with its parent,
 * before the ledger posts the refund against it. Runs in the caller's transaction; returns its id.
 */
export async function createRefundOrder(tx: Db, d: RefundOrderDraft): Promise<string> {
  const id = orderedId('ord', d.at);
  const o = d.parent;
  await tx.insert(orders).values({
    id,
    sellerId: o.sellerId,
    buyerId: o.buyerId,
    productId: o.productId,
    specId: o.specId,
    quantity: o.quantity,
    targetInstanceId: d.instanceId ?? o.targetInstanceId,
    parentOrderId: o.id,
    productCode: o.productCode,
    productName: o.productName,
    specName: o.specName,
    type: 'refund',
    status: 'paid',
    listPriceFen: -d.amountFen,
    paidFen: -d.amountFen,
    createdAt: d.at,
    paidAt: d.at,
  });
  return id;
}

/** A paid order with nothing left on it becomes refunded; any other status is left as it is. */
export async function markOrderRefunded(tx: Db, orderId: string): Promise<void> {
  await tx
    .update(orders)
    .set({ status: 'refunded' })
    .where(and(eq(orders.id, orderId), eq(orders.status, 'paid')));
}

export interface RefundPayment {
  refundOrderId: string;
  /** the provider's reference, unique per provider (a replay inserts nothing new) */
  providerRef: string;
  /** what went back to the buyer, positive */
  amountFen: number;
  at: Date;
}

/** The sandbox provider moves no money; the row records that the refund went back to the buyer. */
export async function recordRefundPayment(tx: Db, p: RefundPayment): Promise<void> {
  await tx.insert(payments).values({
    id: newId('pay', p.at),
    orderId: p.refundOrderId,
    provider: 'sandbox',
    providerRef: p.providerRef,
    amountFen: -p.amountFen,
    status: 'refunded',
    createdAt: p.at,
    confirmedAt: p.at,
  });
}
