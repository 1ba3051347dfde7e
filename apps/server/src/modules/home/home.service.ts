import type { BuyerHome, OperatorHome, SellerHome } from '@cloudmart/contracts';
import { count, eq } from 'drizzle-orm';
import { hasPermission, type Actor } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/client.js';
import { sellers, users } from '../accounts/index.js';
import { invoicesToIssueCount, operatorAftersalesQueues, pendingRefundCount } from '../aftersales/index.js';
import { catalogHomeCounts } from '../catalog/index.js';
import { buyerProjectActions, overdueProjectCount } from '../delivery/index.js';
import { beijingDate } from '../../platform/beijing-time.js';
import { buyerOrderFigures, salesFigures } from '../orders/index.js';
import { reviewsToReplyCount } from '../reviews/index.js';

/*
 * The portals' home pages (issue 11 item 8): a read model over the other modules' figures,
 * each read through the owner's index. A seller's figures are its own; a card whose list the
 * caller may not open (its permission node) is left out rather than shown as zero.
 */

/** A figure when the caller holds the permission its list needs, else undefined (the card is omitted). */
async function when<T>(actor: Actor, permission: Parameters<typeof hasPermission>[1], read: () => Promise<T>): Promise<T | undefined> {
  return hasPermission(actor, permission) ? read() : undefined;
}

export async function sellerHome(db: Db, actor: Actor, sellerId: string, now: Date): Promise<SellerHome> {
  const [sales, pendingRefunds, invoicesToIssue, reviewsToReply, overdueProjects] = await Promise.all([
    when(actor, 'orders.view', () => salesFigures(db, sellerId, now)),
    when(actor, 'refunds.view', () => pendingRefundCount(db, sellerId)),
    when(actor, 'invoices.manage', () => invoicesToIssueCount(db, sellerId)),
    when(actor, 'reviews.view', () => reviewsToReplyCount(db, sellerId, now)),
    when(actor, 'delivery.projects.view', () => overdueProjectCount(db, sellerId)),
  ]);
  return {
    today: beijingDate(now),
    ...(sales ? { sales } : {}),
    ...(pendingRefunds !== undefined ? { pendingRefunds } : {}),
    ...(invoicesToIssue !== undefined ? { invoicesToIssue } : {}),
    ...(reviewsToReply !== undefined ? { reviewsToReply } : {}),
    ...(overdueProjects !== undefined ? { overdueProjects } : {}),
  };
}

export async function operatorHome(db: Db, now: Date): Promise<OperatorHome> {
  const [catalog, aftersales, overdueProjects, sales, [sellerRow], [buyerRow]] = await Promise.all([
    catalogHomeCounts(db),
    operatorAftersalesQueues(db),
    overdueProjectCount(db, null),
    salesFigures(db, null, now),
    db.select({ n: count() }).from(sellers),
    db.select({ n: count() }).from(users).where(eq(users.kind, 'buyer')),
  ]);
  return {
    today: beijingDate(now),
    queues: {
      productReviews: catalog.productReviews,
      delistingRequests: catalog.delistingRequests,
      refundReviews: aftersales.refundReviews,
      priceFlags: aftersales.priceFlags,
      overdueProjects,
    },
    totals: { sellers: sellerRow?.n ?? 0, buyers: buyerRow?.n ?? 0, listedProducts: catalog.listedProducts },
    sales,
  };
}

export async function buyerHome(db: Db, buyerId: string, now: Date): Promise<BuyerHome> {
  const [orders, projects] = await Promise.all([buyerOrderFigures(db, buyerId, now), buyerProjectActions(db, buyerId)]);
  return { today: beijingDate(now), ...orders, ...projects };
}
