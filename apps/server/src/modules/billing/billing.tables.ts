import { bigint, index, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Usage pushed by ISVs for postpaid products; the ISV's record id makes a push idempotent. */
export const usageRecords = pgTable(
  'usage_records',
  {
    productId: text('product_id').notNull(),
    recordId: text('record_id').notNull(),
    instanceId: text('instance_id').notNull(),
    buyerId: text('buyer_id').notNull(),
    dimension: text('dimension').notNull(),
    quantity: bigint('quantity', { mode: 'number' }).notNull(),
    usedAt: ts('used_at').notNull(),
    receivedAt: ts('received_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.recordId] }), index('usage_records_period_idx').on(t.usedAt, t.productId, t.buyerId)],
);

/** One postpaid bill per buyer per product per month. */
export const bills = pgTable(
  'bills',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    buyerId: text('buyer_id').notNull(),
    productId: text('product_id').notNull(),
    productName: text('product_name').notNull(),
    /** YYYY-MM in Beijing time */
    period: text('period').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    paidFen: bigint('paid_fen', { mode: 'number' }).notNull().default(0),
    voucherFen: bigint('voucher_fen', { mode: 'number' }).notNull().default(0),
    status: text('status', { enum: ['unpaid', 'paid'] }).notNull(),
    createdAt: ts('created_at').notNull(),
    paidAt: ts('paid_at'),
  },
  (t) => [uniqueIndex('bills_buyer_product_period_uq').on(t.buyerId, t.productId, t.period), index('bills_seller_idx').on(t.sellerId, t.period)],
);
