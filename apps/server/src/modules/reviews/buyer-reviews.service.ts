import type { BuyerReview, BuyerReviewListQuery, ReviewableOrder, ReviewBody } from '@cloudmart/contracts';
import { and, count, desc, eq, gt, inArray, notExists } from 'drizzle-orm';
import { DAY } from '../../platform/clock.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { orders } from '../orders/index.js';
import { REVIEW_WINDOW_DAYS, reviewDeadline, reviewWindowOpen, reviewableOrderTypes } from './review-windows.js';
import { reviews } from './reviews.tables.js';

type D = Pick<Deps, 'db' | 'clock'>;

export const reviewColumns = {
  id: reviews.id,
  orderId: reviews.orderId,
  productId: reviews.productId,
  productName: reviews.productName,
  quality: reviews.quality,
  attitude: reviews.attitude,
  speed: reviews.speed,
  comment: reviews.comment,
  isDefault: reviews.isDefault,
  reply: reviews.reply,
  repliedAt: reviews.repliedAt,
  createdAt: reviews.createdAt,
};

type ReviewRow = Omit<BuyerReview, 'repliedAt' | 'createdAt'> & { repliedAt: Date | null; createdAt: Date };

export function toReview(r: ReviewRow): BuyerReview {
  return { ...r, repliedAt: r.repliedAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString() };
}

/** The buyer's paid purchases of the last 30 days that have no review yet. */
export async function listReviewables(deps: D, buyerId: string): Promise<ReviewableOrder[]> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - REVIEW_WINDOW_DAYS * DAY);
  const rows = await deps.db
    .select({
      orderId: orders.id,
      orderNo: orders.orderNo,
      productId: orders.productId,
      productName: orders.productName,
      specName: orders.specName,
      type: orders.type,
      paidAt: orders.paidAt,
    })
    .from(orders)
    .where(
      and(
        eq(orders.buyerId, buyerId),
        eq(orders.status, 'paid'),
        inArray(orders.type, reviewableOrderTypes),
        gt(orders.paidAt, since),
        notExists(deps.db.select({ one: reviews.id }).from(reviews).where(eq(reviews.orderId, orders.id))),
      ),
    )
    .orderBy(desc(orders.paidAt), desc(orders.id))
    .limit(200);
  return rows.flatMap((r) =>
    r.paidAt ? [{ ...r, orderNo: String(r.orderNo), paidAt: r.paidAt.toISOString(), reviewBefore: reviewDeadline(r.paidAt).toISOString() }] : [],
  );
}

/**
 * Review one's own paid purchase order, once, within 30 days of payment. The unique index
 * on the order decides races: the loser inserts nothing and is told it already reviewed.
 */
export async function reviewOrder(deps: D, buyerId: string, orderId: string, body: ReviewBody): Promise<BuyerReview> {
  const now = deps.clock.now();
  const [o] = await deps.db
    .select({
      sellerId: orders.sellerId,
      productId: orders.productId,
      productName: orders.productName,
      status: orders.status,
      type: orders.type,
      paidAt: orders.paidAt,
    })
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.buyerId, buyerId)));
  if (!o) throw notFound('order');
  if (o.status !== 'paid' || !o.paidAt || !(reviewableOrderTypes as readonly string[]).includes(o.type)) {
    throw new DomainError('order_not_reviewable', `a ${o.status} ${o.type} order cannot be reviewed`);
  }
  if (!reviewWindowOpen(o.paidAt, now)) throw new DomainError('review_window_closed', `reviews close ${REVIEW_WINDOW_DAYS} days after payment`);
  const [row] = await deps.db
    .insert(reviews)
    .values({
      id: newId('rev', now),
      orderId,
      sellerId: o.sellerId,
      buyerId,
      productId: o.productId,
      productName: o.productName,
      quality: body.quality,
      attitude: body.attitude,
      speed: body.speed,
      comment: body.comment || null,
      createdAt: now,
    })
    .onConflictDoNothing({ target: reviews.orderId })
    .returning(reviewColumns);
  if (!row) throw new DomainError('already_reviewed', 'this order already has a review');
  return toReview(row);
}

export async function listBuyerReviews(deps: Pick<Deps, 'db'>, buyerId: string, q: BuyerReviewListQuery): Promise<Page<BuyerReview>> {
  const where = eq(reviews.buyerId, buyerId);
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(reviews).where(where);
  const rows = await deps.db
    .select(reviewColumns)
    .from(reviews)
    .where(where)
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map(toReview), total, page: q.page, pageSize: q.pageSize };
}
