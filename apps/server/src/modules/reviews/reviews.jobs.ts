import { and, eq, inArray, lte, notExists, sql } from 'drizzle-orm';
import { DAY, HOUR } from '../../platform/clock.js';
import { timestamptz } from '../../platform/db/timestamptz.js';
import type { Sweep } from '../../platform/scheduler.js';
import { orders } from '../orders/index.js';
import { REVIEW_WINDOW_DAYS, reviewableOrderTypes } from './review-windows.js';
import { reviews } from './reviews.tables.js';

/**
 * DOMAIN 2.7: a paid purchase without a review 30 days after payment gets a default review,
 * 5 on every dimension, no comment. One insert … select; the unique index on the order
 * makes a rerun (or a buyer's review racing the sweep) a no-op. The id derives from the
 * order's, so it is unique and stable without a round trip through the application.
 */
export const defaultReviewsSweep: Sweep = {
  name: 'reviews.default',
  intervalMs: HOUR,
  async run({ tx, now }) {
    const cutoff = new Date(now.getTime() - REVIEW_WINDOW_DAYS * DAY);
    const due = tx
      .select({
        id: sql<string>`'rev_d_' || ${orders.id}`.as('id'),
        orderId: sql<string>`${orders.id}`.as('order_id'),
        sellerId: orders.sellerId,
        buyerId: orders.buyerId,
        productId: orders.productId,
        productName: orders.productName,
        quality: sql<number>`5`.as('quality'),
        attitude: sql<number>`5`.as('attitude'),
        speed: sql<number>`5`.as('speed'),
        comment: sql<null>`null`.as('comment'),
        isDefault: sql<boolean>`true`.as('is_default'),
        reply: sql<null>`null`.as('reply'),
        repliedAt: sql<null>`null`.as('replied_at'),
        createdAt: sql<Date>`${timestamptz(now)}`.as('created_at'),
      })
      .from(orders)
      .where(
        and(
          eq(orders.status, 'paid'),
          inArray(orders.type, reviewableOrderTypes),
          lte(orders.paidAt, cutoff),
          notExists(tx.select({ one: reviews.id }).from(reviews).where(eq(reviews.orderId, orders.id))),
        ),
      );
    const inserted = await tx.insert(reviews).select(due).onConflictDoNothing({ target: reviews.orderId }).returning({ id: reviews.id });
    return inserted.length;
  },
};

export const reviewsSweeps: Sweep[] = [defaultReviewsSweep];
