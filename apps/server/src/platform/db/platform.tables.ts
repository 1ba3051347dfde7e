import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Last run of each named sweep; a sweep is due when `now >= lastRunAt + interval`. */
export const sweepState = pgTable('sweep_state', {
  name: text('name').primaryKey(),
  lastRunAt: ts('last_run_at'),
  lastOkAt: ts('last_ok_at'),
  lastError: text('last_error'),
  runs: integer('runs').notNull().default(0),
  lastAffected: integer('last_affected').notNull().default(0),
});

/** Transactional outbox: written in the same transaction as the change it announces. */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: text('id').primaryKey(),
    topic: text('topic').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: ['pending', 'done', 'dead'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull(),
    lockedUntil: ts('locked_until'),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull(),
    processedAt: ts('processed_at'),
  },
  (t) => [index('outbox_due_idx').on(t.status, t.nextAttemptAt)],
);

/** One row per handler that finished an event, so a retry runs only the handlers that failed. */
export const outboxDeliveries = pgTable(
  'outbox_deliveries',
  {
    eventId: text('event_id').notNull(),
    handler: text('handler').notNull(),
    doneAt: ts('done_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.handler] })],
);

/**
 * Items a sweep could not process (one row per sweep and item, counting attempts). The sweep
 * went on with the rest of its batch; the row goes when the item later succeeds.
 */
export const sweepItemFailures = pgTable(
  'sweep_item_failures',
  {
    sweep: text('sweep').notNull(),
    itemKey: text('item_key').notNull(),
    error: text('error').notNull(),
    attempts: integer('attempts').notNull().default(1),
    firstFailedAt: ts('first_failed_at').notNull(),
    lastFailedAt: ts('last_failed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sweep, t.itemKey] })],
);

/**
 * Anonymous writes counted per route and client address for the rate limits, shared by every
 * server process of the database (platform/http/shared-rate-store.ts). A window restarts when
 * a hit comes after it has run out; the sweep deletes windows idle for an hour.
 */
export const rateLimitWindows = pgTable(
  'rate_limit_windows',
  {
    key: text('key').primaryKey(),
    startedAt: ts('started_at').notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [index('rate_limit_windows_started_idx').on(t.startedAt)],
);
