import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * 我的下载: one row per export a user asked for. The file's bytes live in file storage under
 * `storage_key` from when the export is built until it expires or is removed.
 */
export const downloads = pgTable(
  'downloads',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    kind: text('kind').notNull(),
    /** what the export was asked with (filters, whose rows), as the kind's producer reads them */
    params: jsonb('params').notNull(),
    fileName: text('file_name').notNull(),
    status: text('status', { enum: ['pending', 'ready', 'failed', 'expired'] }).notNull(),
    storageKey: text('storage_key').notNull(),
    rows: integer('rows'),
    size: bigint('size', { mode: 'number' }),
    error: text('error'),
    createdAt: ts('created_at').notNull(),
    finishedAt: ts('finished_at'),
    expiresAt: ts('expires_at'),
  },
  (t) => [index('downloads_user_created_idx').on(t.userId, t.createdAt), index('downloads_status_expires_idx').on(t.status, t.expiresAt)],
);
