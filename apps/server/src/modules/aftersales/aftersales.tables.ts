import { sql as sqlRaw } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Marketplace-wide after-sales settings the operator edits (one row, id 'default'). */
export const aftersalesSettings = pgTable('aftersales_settings', {
  id: text('id').primaryKey(),
  /** the no-reason refund window after payment, in days (DOMAIN 2.5: 5) */
  refundWindowDays: integer('refund_window_days').notNull().default(5),
  /** a buyer refund the seller leaves undecided this long is approved automatically (3) */
  autoApproveDays: integer('auto_approve_days').notNull().default(3),
  updatedAt: ts('updated_at').notNull(),
  updatedBy: text('updated_by'),
});

/**
 * A refund request. Buyer-initiated: reviewing → refunded | rejected (seller decides, or the
 * auto-approve sweep at dueAt). Seller-initiated: operator_review → refunded | rejected.
 */
export const refunds = pgTable(
  'refunds',
  {
    id: text('id').primaryKey(),
    origin: text('origin', { enum: ['buyer', 'seller'] }).notNull(),
    orderId: text('order_id').notNull(),
    instanceId: text('instance_id'),
    sellerId: text('seller_id').notNull(),
    buyerId: text('buyer_id').notNull(),
    kind: text('kind', { enum: ['full', 'remaining'] }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    release: text('release', { enum: ['now', 'keep'] }).notNull(),
    keepReason: text('keep_reason'),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['reviewing', 'operator_review', 'refunded', 'rejected'] }).notNull(),
    rejectReason: text('reject_reason'),
    decidedBy: text('decided_by'),
    /** buyer refunds: when the auto-approve sweep takes it */
    dueAt: ts('due_at'),
    /** the negative `refund` order created on approval */
    refundOrderId: text('refund_order_id'),
    createdAt: ts('created_at').notNull(),
    decidedAt: ts('decided_at'),
  },
  (t) => [
    index('refunds_seller_idx').on(t.sellerId, t.createdAt),
    index('refunds_buyer_idx').on(t.buyerId, t.createdAt),
    index('refunds_due_idx').on(t.status, t.dueAt),
    // one open refund per order at a time
    uniqueIndex('refunds_open_order_uq')
      .on(t.orderId)
      .where(sqlRaw`status in ('reviewing', 'operator_review')`),
  ],
);

/** Audit of every price change on an unpaid order (DOMAIN 2.6). */
export const priceChanges = pgTable(
  'price_changes',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id').notNull(),
    sellerId: text('seller_id').notNull(),
    oldFen: bigint('old_fen', { mode: 'number' }).notNull(),
    newFen: bigint('new_fen', { mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    changedBy: text('changed_by').notNull(),
    /** a change to 0 is flagged for operator review */
    flagged: boolean('flagged').notNull().default(false),
    flagStatus: text('flag_status', { enum: ['none', 'pending', 'cleared', 'confirmed'] })
      .notNull()
      .default('none'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('price_changes_order_idx').on(t.orderId, t.createdAt), index('price_changes_flag_idx').on(t.flagStatus, t.createdAt)],
);

/** VAT invoice applications (DOMAIN 2.4). */
export const invoices = pgTable(
  'invoices',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    buyerId: text('buyer_id').notNull(),
    type: text('type', { enum: ['ordinary', 'special'] }).notNull(),
    title: text('title').notNull(),
    taxNo: text('tax_no'),
    /** special invoices: bank, account, registered address and phone */
    details: jsonb('details').$type<Record<string, string>>(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    address: text('address').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    status: text('status', { enum: ['applied', 'issued', 'rejected'] }).notNull(),
    rejectReason: text('reject_reason'),
    invoiceNo: text('invoice_no'),
    carrier: text('carrier'),
    trackingNo: text('tracking_no'),
    postage: text('postage', { enum: ['prepaid', 'cash_on_delivery'] }),
    createdAt: ts('created_at').notNull(),
    issuedAt: ts('issued_at'),
    decidedAt: ts('decided_at'),
  },
  (t) => [index('invoices_seller_idx').on(t.sellerId, t.createdAt), index('invoices_buyer_idx').on(t.buyerId, t.createdAt)],
);

/** The orders an invoice covers; an order is invoiced at most once (unless the invoice was rejected). */
export const invoiceOrders = pgTable(
  'invoice_orders',
  {
    invoiceId: text('invoice_id').notNull(),
    orderId: text('order_id').notNull(),
    cashFen: bigint('cash_fen', { mode: 'number' }).notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    uniqueIndex('invoice_orders_active_uq')
      .on(t.orderId)
      .where(sqlRaw`active`),
    index('invoice_orders_invoice_idx').on(t.invoiceId),
  ],
);
