import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * One review per paid purchase order (DOMAIN 2.7). Default reviews (5/5/5 after 30 days
 * without one) are stored but excluded from the shop score.
 */
export const reviews = pgTable(
  'reviews',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id').notNull(),
    sellerId: text('seller_id').notNull(),
    buyerId: text('buyer_id').notNull(),
    productId: text('product_id'),
    productName: text('product_name').notNull(),
    quality: integer('quality').notNull(),
    attitude: integer('attitude').notNull(),
    speed: integer('speed').notNull(),
    comment: text('comment'),
    isDefault: boolean('is_default').notNull().default(false),
    reply: text('reply'),
    repliedAt: ts('replied_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('reviews_order_uq').on(t.orderId), index('reviews_seller_idx').on(t.sellerId, t.createdAt)],
);
