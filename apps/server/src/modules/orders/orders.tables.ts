import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sellers, users } from '../accounts/index.js';

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
    specId: text('spec_id'),
    quantity: integer('quantity').notNull().default(1),
    durationUnit: text('duration_unit', { enum: ['month', 'year', 'day'] }),
    duration: integer('duration'),
    /** set by renew/upgrade/trial_to_paid/refund orders: the instance they act on */
    targetInstanceId: text('target_instance_id'),
    /** refund orders point at the order they refund */
    parentOrderId: text('parent_order_id'),
    /** the buyer's idempotency key for placing this order */
    idempotencyKey: text('idempotency_key'),
    leadId: text('lead_id'),
    proposalId: text('proposal_id'),
    productCode: text('product_code').notNull(),
    productName: text('product_name').notNull(),
    specName: text('spec_name').notNull(),
    type: text('type', { enum: ['new', 'renew', 'trial', 'trial_to_paid', 'upgrade', 'refund'] }).notNull(),
    status: text('status', { enum: ['unpaid', 'paid', 'voided', 'refunded'] }).notNull(),
    listPriceFen: bigint('list_price_fen', { mode: 'number' }).notNull(),
    paidFen: bigint('paid_fen', { mode: 'number' }).notNull(),
    /** the best discount applied at placing (guide 2.9), its name snapshotted; 0 when none */
    discountId: text('discount_id'),
    discountName: text('discount_name'),
    discountFen: bigint('discount_fen', { mode: 'number' }).notNull().default(0),
    /** the one coupon the buyer used (guide 2.10): paid by voucher, not cash (guide 2.4) */
    couponId: text('coupon_id'),
    couponHoldingId: text('coupon_holding_id'),
    couponName: text('coupon_name'),
    couponFen: bigint('coupon_fen', { mode: 'number' }).notNull().default(0),
    /**
     * 分销订单 (guide 2.3): placed through a reseller's referral on a product in distribution; the
     * rate is the product's (fixed once set) copied at placing. Null for ordinary traffic.
     */
    resellerId: text('reseller_id'),
    distributionRatePct: integer('distribution_rate_pct'),
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
    voidedAt: ts('voided_at'),
  },
  (t) => [
    index('orders_seller_created_idx').on(t.sellerId, t.createdAt),
    index('orders_seller_status_idx').on(t.sellerId, t.status, t.createdAt),
    index('orders_buyer_idx').on(t.buyerId, t.createdAt),
    index('orders_reseller_idx')
      .on(t.resellerId, t.createdAt)
      .where(sql`reseller_id is not null`),
    check('orders_distribution_ck', sql`(reseller_id is null) = (distribution_rate_pct is null)`),
    uniqueIndex('orders_buyer_idem_uq').on(t.buyerId, t.idempotencyKey),
    index('orders_unpaid_idx').on(t.status, t.createdAt),
    // one live trial per buyer and product, even when two trial orders race
    uniqueIndex('orders_one_trial_uq')
      .on(t.buyerId, t.productId)
      .where(sql`type = 'trial' and status in ('unpaid', 'paid')`),
  ],
);

/** Payments through a provider; the provider's reference is unique so a replayed callback changes nothing. */
export const payments = pgTable(
  'payments',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id),
    provider: text('provider').notNull(),
    providerRef: text('provider_ref').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    status: text('status', { enum: ['pending', 'succeeded', 'failed', 'refunded'] }).notNull(),
    createdAt: ts('created_at').notNull(),
    confirmedAt: ts('confirmed_at'),
  },
  (t) => [uniqueIndex('payments_provider_ref_uq').on(t.provider, t.providerRef), index('payments_order_idx').on(t.orderId)],
);

/** A subscription instance (业务); one per unit of quantity; renewals extend it. */
export const instances = pgTable(
  'instances',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    buyerId: text('buyer_id')
      .notNull()
      .references(() => users.id),
    productId: text('product_id').notNull(),
    specId: text('spec_id').notNull(),
    productName: text('product_name').notNull(),
    specName: text('spec_name').notNull(),
    status: text('status', { enum: ['opening', 'opened', 'in_service', 'expired', 'closed'] }).notNull(),
    trial: text('trial', { enum: ['yes', 'no'] })
      .notNull()
      .default('no'),
    openedAt: ts('opened_at'),
    expiresAt: ts('expires_at'),
    closedAt: ts('closed_at'),
    /** from the seller's SPI answer: front-end URL, admin URL, username, password, SSO URL */
    appInfo: jsonb('app_info').$type<Record<string, string>>(),
    /** the ISV's own id for this instance */
    externalId: text('external_id'),
    sellerRemark: text('seller_remark'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('instances_seller_idx').on(t.sellerId, t.createdAt),
    index('instances_buyer_idx').on(t.buyerId, t.createdAt),
    index('instances_status_expiry_idx').on(t.status, t.expiresAt),
  ],
);

export const orderInstances = pgTable(
  'order_instances',
  {
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id),
    instanceId: text('instance_id')
      .notNull()
      .references(() => instances.id),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.instanceId] }), index('order_instances_instance_idx').on(t.instanceId)],
);
