import { index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One SPI request to the seller's endpoint (an action on an instance), retried until it succeeds. */
export const spiCalls = pgTable(
  'spi_calls',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    productId: text('product_id').notNull(),
    instanceId: text('instance_id').notNull(),
    orderId: text('order_id'),
    action: text('action', { enum: ['createInstance', 'renewInstance', 'upgradeInstance', 'expireInstance', 'releaseInstance'] }).notNull(),
    status: text('status', { enum: ['pending', 'succeeded', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at'),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull(),
    completedAt: ts('completed_at'),
  },
  (t) => [
    // one call per (instance, action, order): a redelivered event finds it instead of adding another
    unique('spi_calls_once').on(t.instanceId, t.action, t.orderId).nullsNotDistinct(),
    index('spi_calls_instance_idx').on(t.instanceId),
    index('spi_calls_due_idx').on(t.status, t.nextAttemptAt),
    index('spi_calls_seller_idx').on(t.sellerId, t.createdAt),
  ],
);

export const spiAttempts = pgTable(
  'spi_attempts',
  {
    id: text('id').primaryKey(),
    callId: text('call_id')
      .notNull()
      .references(() => spiCalls.id),
    at: ts('at').notNull(),
    httpStatus: integer('http_status'),
    durationMs: integer('duration_ms').notNull(),
    error: text('error'),
    responseBody: text('response_body'),
  },
  (t) => [index('spi_attempts_call_idx').on(t.callId, t.at)],
);
