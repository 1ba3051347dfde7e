import { sql } from 'drizzle-orm';
import { bigint, index, pgSequence, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sellers, users } from '../accounts/accounts.tables.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const orderNoSeq = pgSequence('order_no_seq', { startWith: 202600000001 });

/**
 * Orders as the seller back office lists them (guide 2.1). Product and spec are
 * snapshotted at ordering time so later catalog edits never rewrite history.
 */
export const orders = pgTable(
  'orders',
  {
    id: text('id').primaryKey(),
    orderNo: bigint('order_no', { mode: 'number' })
      .notNull()
      .unique()
      .default(sql`nextval('order_no_seq')`),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    buyerId: text('buyer_id')
      .notNull()
      .references(() => users.id),
    productId: text('product_id'),
    productCode: text('product_code').notNull(),
    productName: text('product_name').notNull(),
    specName: text('spec_name').notNull(),
    type: text('type', { enum: ['new', 'renew', 'trial', 'trial_to_paid', 'upgrade', 'refund'] }).notNull(),
    status: text('status', { enum: ['unpaid', 'paid', 'voided', 'refunded'] }).notNull(),
    listPriceFen: bigint('list_price_fen', { mode: 'number' }).notNull(),
    paidFen: bigint('paid_fen', { mode: 'number' }).notNull(),
    source: text('source', { enum: ['online_store', 'proposal'] })
      .notNull()
      .default('online_store'),
    remark: text('remark'),
    showContact: text('show_contact', { enum: ['yes', 'no'] })
      .notNull()
      .default('no'),
    createdAt: ts('created_at').notNull(),
    paidAt: ts('paid_at'),
    settledAt: ts('settled_at'),
  },
  (t) => [
    index('orders_seller_created_idx').on(t.sellerId, t.createdAt),
    index('orders_seller_status_idx').on(t.sellerId, t.status, t.createdAt),
    index('orders_buyer_idx').on(t.buyerId),
  ],
);
