import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { invoices, priceChanges, refunds } from './aftersales.tables.js';

/* Read-only counts for the portals' home pages (issue 11 item 8). */

/** Buyer refund requests waiting for the seller's decision. */
export async function pendingRefundCount(db: Db, sellerId: string): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(refunds)
    .where(and(eq(refunds.sellerId, sellerId), eq(refunds.status, 'reviewing')));
  return r?.n ?? 0;
}

/** Invoice applications the seller has neither issued nor rejected. */
export async function invoicesToIssueCount(db: Db, sellerId: string): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(invoices)
    .where(and(eq(invoices.sellerId, sellerId), eq(invoices.status, 'applied')));
  return r?.n ?? 0;
}

/** The operator's queues: refunds in operator review, zero-price changes flagged and not yet decided. */
export async function operatorAftersalesQueues(db: Db): Promise<{ refundReviews: number; priceFlags: number }> {
  const [r] = await db.select({ n: count() }).from(refunds).where(eq(refunds.status, 'operator_review'));
  const [p] = await db.select({ n: count() }).from(priceChanges).where(eq(priceChanges.flagStatus, 'pending'));
  return { refundReviews: r?.n ?? 0, priceFlags: p?.n ?? 0 };
}
