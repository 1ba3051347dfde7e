import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sellers, users } from '../accounts/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * 双呼 (masked double call): the provider calls the seller's phone, then the customer's, and
 * bridges them on virtual numbers, so neither sees the other's real number. A record keeps who
 * asked, about what, the virtual numbers and the outcome — never the customer's real number.
 * dialing → ringing → answered → ended, or → failed (no answer, busy, error).
 */
export const calls = pgTable(
  'calls',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    /** what the call is about: 'lead' (商机) or 'customer' (客户中心) and its id */
    subjectKind: text('subject_kind', { enum: ['lead', 'customer'] }).notNull(),
    subjectId: text('subject_id').notNull(),
    /** the user who placed it */
    callerId: text('caller_id')
      .notNull()
      .references(() => users.id),
    /** the caller's own phone, masked (138****0000): they typed it, a record shows only its tail */
    callerPhoneMasked: text('caller_phone_masked').notNull(),
    /** the virtual number the seller sees calling in (a fresh one each call) */
    virtualNumber: text('virtual_number').notNull(),
    driver: text('driver').notNull(),
    providerCallId: text('provider_call_id').notNull(),
    status: text('status', { enum: ['dialing', 'ringing', 'answered', 'ended', 'failed'] }).notNull(),
    outcome: text('outcome', { enum: ['answered', 'no_answer', 'busy', 'failed'] }),
    durationSec: integer('duration_sec'),
    createdAt: ts('created_at').notNull(),
    answeredAt: ts('answered_at'),
    endedAt: ts('ended_at'),
  },
  (t) => [uniqueIndex('calls_provider_uq').on(t.driver, t.providerCallId), index('calls_subject_idx').on(t.subjectKind, t.subjectId, t.createdAt)],
);
