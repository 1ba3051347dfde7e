import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * 操作日志: one row per sensitive action that succeeded (audited-routes.ts lists them). Append-only:
 * nothing updates or deletes a row. Who acted is copied in (login and display name as they were).
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: text('id').primaryKey(),
    at: ts('at').notNull(),
    action: text('action').notNull(),
    actorUserId: text('actor_user_id').notNull(),
    actorKind: text('actor_kind', { enum: ['seller', 'buyer', 'operator'] }).notNull(),
    actorLogin: text('actor_login').notNull(),
    actorName: text('actor_name').notNull(),
    sellerId: text('seller_id'),
    subjectId: text('subject_id'),
    method: text('method').notNull(),
    route: text('route').notNull(),
    details: jsonb('details').notNull(),
    ip: text('ip'),
    requestId: text('request_id').notNull(),
  },
  (t) => [index('audit_entries_seller_at_idx').on(t.sellerId, t.at), index('audit_entries_at_idx').on(t.at)],
);
