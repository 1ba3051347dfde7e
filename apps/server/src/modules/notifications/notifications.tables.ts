import { index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The in-app inbox. (event, user, template) is unique so a replayed event adds nothing. */
export const notifications = pgTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id').notNull(),
    userId: text('user_id').notNull(),
    template: text('template').notNull(),
    params: jsonb('params').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    createdAt: ts('created_at').notNull(),
    readAt: ts('read_at'),
  },
  (t) => [
    uniqueIndex('notifications_event_user_tpl_uq').on(t.eventId, t.userId, t.template),
    index('notifications_user_created_idx').on(t.userId, t.createdAt),
  ],
);

/** Every e-mail and SMS sent, for audit and for tests; one per notification and channel. */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: text('id').primaryKey(),
    notificationId: text('notification_id').notNull(),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    address: text('address').notNull(),
    status: text('status', { enum: ['sent', 'failed'] }).notNull(),
    error: text('error'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('deliveries_notification_channel_uq').on(t.notificationId, t.channel)],
);
