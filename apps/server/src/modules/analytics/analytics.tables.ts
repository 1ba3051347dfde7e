import { bigint, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Raw page events from POST /api/v1/track, append-only (the rollup sweep reads them, the
 * retention sweep deletes those older than ANALYTICS_RAW_RETENTION_DAYS). No IP, no user agent:
 * the visitor is the random first-party cookie `cm_vid`; `account_id` is the signed-in user
 * when the beacon came with a session (for 浏览商品详情页用户数). `seller_id` is resolved on the
 * server (a product page's product's seller), so an event never names a seller it cannot prove.
 */
export const analyticsEvents = pgTable(
  'analytics_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: ts('at').notNull(),
    visitorId: text('visitor_id').notNull(),
    sessionId: text('session_id').notNull(),
    viewId: text('view_id').notNull(),
    type: text('type', { enum: ['view', 'leave'] }).notNull(),
    page: text('page', { enum: ['product', 'shop', 'order'] }).notNull(),
    sellerId: text('seller_id').notNull(),
    productId: text('product_id'),
    accountId: text('account_id'),
    dwellMs: integer('dwell_ms'),
  },
  (t) => [index('analytics_events_at_idx').on(t.at), index('analytics_events_session_idx').on(t.sessionId, t.at)],
);

/**
 * Rollups per product page: grain 'day' (bucket = 00:00 Beijing) or 'hour' (bucket = the hour).
 * uv = distinct visitors, pv = views, stay_ms = the sum over views of each view's longest dwell,
 * landings / bounces = sessions that started on this page / of those, sessions of one view only;
 * buyers = distinct signed-in accounts among the visitors.
 */
export const analyticsProductRollups = pgTable(
  'analytics_product_rollups',
  {
    grain: text('grain', { enum: ['day', 'hour'] }).notNull(),
    sellerId: text('seller_id').notNull(),
    bucket: ts('bucket').notNull(),
    productId: text('product_id').notNull(),
    uv: integer('uv').notNull(),
    pv: integer('pv').notNull(),
    stayMs: bigint('stay_ms', { mode: 'number' }).notNull(),
    landings: integer('landings').notNull(),
    bounces: integer('bounces').notNull(),
    buyers: integer('buyers').notNull(),
  },
  (t) => [primaryKey({ columns: [t.grain, t.sellerId, t.bucket, t.productId] })],
);

/** The same figures per page kind (product pages together, the shop page, order pages) of a seller. */
export const analyticsPageRollups = pgTable(
  'analytics_page_rollups',
  {
    grain: text('grain', { enum: ['day', 'hour'] }).notNull(),
    sellerId: text('seller_id').notNull(),
    bucket: ts('bucket').notNull(),
    page: text('page', { enum: ['product', 'shop', 'order'] }).notNull(),
    uv: integer('uv').notNull(),
    pv: integer('pv').notNull(),
    stayMs: bigint('stay_ms', { mode: 'number' }).notNull(),
    landings: integer('landings').notNull(),
    bounces: integer('bounces').notNull(),
  },
  (t) => [primaryKey({ columns: [t.grain, t.sellerId, t.bucket, t.page] })],
);

/** The rollup sweep's watermark: the last raw event id it has rolled up (one row, key 'rollup'). */
export const analyticsState = pgTable('analytics_state', {
  key: text('key').primaryKey(),
  lastEventId: bigint('last_event_id', { mode: 'number' }).notNull(),
});
