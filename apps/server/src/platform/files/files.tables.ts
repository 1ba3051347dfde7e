import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const files = pgTable(
  'files',
  {
    id: text('id').primaryKey(),
    purpose: text('purpose').notNull(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploaderId: text('uploader_id').notNull(),
    /** the seller organisation that owns the file, when uploaded by a seller account */
    sellerId: text('seller_id'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('files_uploader_idx').on(t.uploaderId), index('files_seller_idx').on(t.sellerId)],
);
