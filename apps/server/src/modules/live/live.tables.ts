import { check, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { sellers, users } from '../accounts/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * 直播权限 (guide 2.11.1): one row per seller. Applying signs the 云市场服务协议 (which version,
 * when, by whom); an operator approves or rejects, and a rejected seller may apply again
 * ("若审核未通过，您可以重新申请权限"), which signs again and returns the row to pending.
 */
export const livePermissions = pgTable('live_permissions', {
  sellerId: text('seller_id')
    .primaryKey()
    .references(() => sellers.id),
  status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull(),
  agreementVersion: text('agreement_version').notNull(),
  signedAt: ts('signed_at').notNull(),
  signedBy: text('signed_by').references(() => users.id),
  decidedBy: text('decided_by').references(() => users.id),
  decidedAt: ts('decided_at'),
  rejectReason: text('reject_reason'),
});

/**
 * A 直播 (guide 2.11.2): reviewed by an operator (pending → approved | rejected; an edit of a
 * rejected live returns it to pending; approved is final). A real-time live holds its OBS
 * stream key, unique so the ingest callback finds the live by it; rotating replaces it.
 */
export const lives = pgTable(
  'lives',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    name: text('name').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    mode: text('mode', { enum: ['recorded', 'realtime'] }).notNull(),
    keywords: text('keywords').notNull().default(''),
    intro: text('intro').notNull().default(''),
    productId: text('product_id'),
    couponId: text('coupon_id'),
    coverFileId: text('cover_file_id').notNull(),
    recordingFileId: text('recording_file_id'),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull(),
    rejectReason: text('reject_reason'),
    streamKey: text('stream_key'),
    streamKeyRotatedAt: ts('stream_key_rotated_at'),
    createdBy: text('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    decidedBy: text('decided_by').references(() => users.id),
    decidedAt: ts('decided_at'),
  },
  (t) => [
    index('lives_seller_idx').on(t.sellerId, t.createdAt),
    index('lives_status_idx').on(t.status, t.updatedAt),
    uniqueIndex('lives_stream_key_uq').on(t.streamKey),
    check('lives_time_ck', sql`ends_at > starts_at`),
    check('lives_key_ck', sql`(mode = 'realtime') = (stream_key is not null)`),
  ],
);
