import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { DiscountConditions, PromotionScenario } from '@cloudmart/contracts';
import { sellers, users } from '../accounts/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * 商品优惠 (guide 2.9): many per product, 直减 or 折扣, a time window that starts and ends by
 * itself (effective status is read from the clock, never stored), applicable specs and
 * conditions. Deleting is soft: orders keep the id and a snapshot of the name.
 */
export const discounts = pgTable(
  'discounts',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    productId: text('product_id').notNull(),
    name: text('name').notNull(),
    type: text('type', { enum: ['amount_off', 'percent_off'] }).notNull(),
    amountOffFen: bigint('amount_off_fen', { mode: 'number' }),
    rateTenths: integer('rate_tenths'),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    specIds: jsonb('spec_ids').$type<string[]>().notNull(),
    conditions: jsonb('conditions').$type<DiscountConditions>().notNull(),
    publishStatus: text('publish_status', { enum: ['prepublished', 'published'] })
      .notNull()
      .default('prepublished'),
    createdBy: text('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    publishedAt: ts('published_at'),
    deletedAt: ts('deleted_at'),
  },
  (t) => [
    index('discounts_seller_idx').on(t.sellerId, t.createdAt),
    index('discounts_product_idx').on(t.productId, t.endsAt),
    check('discounts_value_ck', sql`(type = 'amount_off' and amount_off_fen > 0) or (type = 'percent_off' and rate_tenths between 1 and 99)`),
    check('discounts_window_ck', sql`ends_at > starts_at`),
  ],
);

/**
 * 优惠券 (guide 2.10). claimed_count is the issue counter: a claim, grant or send moves it by
 * one conditional update (`claimed_count < issue_count`), so the issue count is never exceeded
 * however many buyers race; the check constraint is the last word.
 */
export const coupons = pgTable(
  'coupons',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    name: text('name').notNull(),
    scope: text('scope', { enum: ['shop', 'products'] }).notNull(),
    productIds: jsonb('product_ids').$type<string[]>().notNull(),
    kind: text('kind', { enum: ['percent', 'threshold'] }).notNull(),
    rateTenths: integer('rate_tenths'),
    reduceFen: bigint('reduce_fen', { mode: 'number' }),
    thresholdFen: bigint('threshold_fen', { mode: 'number' }),
    perUserLimit: integer('per_user_limit').notNull(),
    issueFrom: ts('issue_from').notNull(),
    issueTo: ts('issue_to').notNull(),
    validFrom: ts('valid_from').notNull(),
    validTo: ts('valid_to').notNull(),
    issueCount: integer('issue_count').notNull(),
    claimedCount: integer('claimed_count').notNull().default(0),
    scenarios: jsonb('scenarios').$type<PromotionScenario[]>().notNull(),
    showInShop: text('show_in_shop', { enum: ['yes', 'no'] }).notNull(),
    purchasedProductIds: jsonb('purchased_product_ids').$type<string[]>().notNull(),
    purchasedFrom: ts('purchased_from'),
    purchasedTo: ts('purchased_to'),
    status: text('status', { enum: ['normal', 'voided'] })
      .notNull()
      .default('normal'),
    createdBy: text('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    voidedAt: ts('voided_at'),
  },
  (t) => [
    index('coupons_seller_idx').on(t.sellerId, t.createdAt),
    check('coupons_issue_ck', sql`claimed_count >= 0 and claimed_count <= issue_count`),
    check(
      'coupons_value_ck',
      sql`(kind = 'percent' and rate_tenths between 1 and 99) or (kind = 'threshold' and reduce_fen > 0 and threshold_fen >= reduce_fen)`,
    ),
  ],
);

/**
 * A buyer's coupon (我的优惠券). seq numbers a buyer's holdings of one coupon from 1; the unique
 * index on (coupon, buyer, seq) with seq ≤ per_user_limit makes the per-user limit hold under
 * concurrent claims. order_id / bill_id are set when used; an unpaid order voided gives it back.
 */
export const couponHoldings = pgTable(
  'coupon_holdings',
  {
    id: text('id').primaryKey(),
    couponId: text('coupon_id')
      .notNull()
      .references(() => coupons.id),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    buyerId: text('buyer_id')
      .notNull()
      .references(() => users.id),
    seq: integer('seq').notNull(),
    source: text('source', { enum: ['claim', 'grant', 'sent'] }).notNull(),
    /** the paid order that earned a grant (one grant per qualifying order) */
    grantOrderId: text('grant_order_id'),
    orderId: text('order_id'),
    billId: text('bill_id'),
    usedAt: ts('used_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('coupon_holdings_seq_uq').on(t.couponId, t.buyerId, t.seq),
    uniqueIndex('coupon_holdings_grant_uq')
      .on(t.couponId, t.grantOrderId)
      .where(sql`grant_order_id is not null`),
    index('coupon_holdings_buyer_idx').on(t.buyerId, t.createdAt),
    index('coupon_holdings_order_idx').on(t.orderId),
    check('coupon_holdings_seq_ck', sql`seq >= 1`),
  ],
);
