import { bigint, boolean, index, integer, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sellers, users } from '../accounts/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const productNoSeq = pgSequence('product_no_seq', { startWith: 100001 });

/** Marketplace categories; the operator sets the platform commission per category. */
export const categories = pgTable('categories', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  /** platform commission in basis points (1% = 100) */
  commissionBp: integer('commission_bp').notNull().default(1000),
  sort: integer('sort').notNull().default(0),
});

export const productTypes = ['saas', 'service', 'api', 'image', 'download'] as const;

export const products = pgTable(
  'products',
  {
    id: text('id').primaryKey(),
    /** shown to sellers and buyers, like the guide's cmapp0001234: type prefix + product_no_seq */
    code: text('code').notNull().unique(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    type: text('type', { enum: productTypes }).notNull(),
    billing: text('billing', { enum: ['prepaid', 'postpaid'] })
      .notNull()
      .default('prepaid'),
    categoryId: text('category_id')
      .notNull()
      .references(() => categories.id),
    name: text('name').notNull(),
    summary: text('summary').notNull().default(''),
    description: text('description').notNull().default(''),
    customerCases: text('customer_cases').notNull().default(''),
    qualification: text('qualification').notNull().default(''),
    imageFileIds: jsonb('image_file_ids').$type<string[]>().notNull().default([]),
    videoFileId: text('video_file_id'),
    liveId: text('live_id'),
    /** draft → listed → delisted (never back) */
    status: text('status', { enum: ['draft', 'listed', 'delisted'] })
      .notNull()
      .default('draft'),
    /** the latest listing review: none until first submitted */
    reviewStatus: text('review_status', { enum: ['none', 'pending', 'approved', 'rejected'] })
      .notNull()
      .default('none'),
    rejectReason: text('reject_reason'),
    /** false: absent from search, categories and shop; still reachable by preview URL and orderable */
    visible: boolean('visible').notNull().default(true),
    /** SaaS provisioning endpoint (SPI) */
    spiUrl: text('spi_url'),
    spiSecret: text('spi_secret'),
    spiMode: text('spi_mode', { enum: ['hmac', 'md5'] })
      .notNull()
      .default('hmac'),
    /** key ISVs use to push metering records for postpaid products */
    meteringKey: text('metering_key'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    submittedAt: ts('submitted_at'),
    listedAt: ts('listed_at'),
    delistedAt: ts('delisted_at'),
  },
  (t) => [index('products_seller_idx').on(t.sellerId, t.createdAt), index('products_listed_idx').on(t.status, t.visible, t.categoryId)],
);

/** A sellable spec (SKU). Prepaid specs have duration prices; postpaid specs have meters. */
export const productSpecs = pgTable(
  'product_specs',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    name: text('name').notNull(),
    hidden: boolean('hidden').notNull().default(false),
    /** a trial spec is free for trialDays and can later be converted (trial_to_paid) */
    isTrial: boolean('is_trial').notNull().default(false),
    trialDays: integer('trial_days'),
    sort: integer('sort').notNull().default(0),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('product_specs_product_idx').on(t.productId)],
);

export const specPrices = pgTable(
  'spec_prices',
  {
    id: text('id').primaryKey(),
    specId: text('spec_id')
      .notNull()
      .references(() => productSpecs.id, { onDelete: 'cascade' }),
    unit: text('unit', { enum: ['month', 'year'] }).notNull(),
    duration: integer('duration').notNull(),
    priceFen: bigint('price_fen', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('spec_prices_spec_duration_uq').on(t.specId, t.unit, t.duration)],
);

/** Postpaid unit prices per metered dimension (e.g. "api_calls" at 0.2 fen per call → stored per 1000). */
export const specMeters = pgTable(
  'spec_meters',
  {
    id: text('id').primaryKey(),
    specId: text('spec_id')
      .notNull()
      .references(() => productSpecs.id, { onDelete: 'cascade' }),
    dimension: text('dimension').notNull(),
    unitLabel: text('unit_label').notNull(),
    /** price in fen per `per` units */
    priceFen: bigint('price_fen', { mode: 'number' }).notNull(),
    per: integer('per').notNull().default(1),
  },
  (t) => [uniqueIndex('spec_meters_spec_dimension_uq').on(t.specId, t.dimension)],
);

/** Listing reviews and delisting requests, decided by operators. */
export const productReviews = pgTable(
  'product_reviews',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    sellerId: text('seller_id').notNull(),
    kind: text('kind', { enum: ['listing', 'delisting'] }).notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    /** delisting: the seller's reason, active users, scan of the signed letter */
    reason: text('reason'),
    activeUsers: integer('active_users'),
    letterFileId: text('letter_file_id'),
    decisionReason: text('decision_reason'),
    decidedBy: text('decided_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    decidedAt: ts('decided_at'),
  },
  (t) => [index('product_reviews_status_idx').on(t.kind, t.status, t.createdAt), index('product_reviews_product_idx').on(t.productId)],
);
