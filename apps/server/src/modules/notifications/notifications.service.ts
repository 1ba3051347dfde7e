import type { Locale, Notification, NotificationListQuery } from '@cloudmart/contracts';
import { and, count, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { notFound } from '../../platform/errors.js';
import type { Page } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import type { OutboxEvent } from '../../platform/outbox.js';
import { users } from '../accounts/index.js';
import { notificationDeliveries, notifications } from './notifications.tables.js';
import { notificationRequest } from './notify-request.js';
import { render } from './templates.js';

type Channel = (typeof notificationDeliveries.$inferSelect)['channel'];

/**
 * The `notification.requested` handler: inbox row first, then e-mail and SMS. It may run
 * again for the same event (a retry after a failed send, a crash before the outbox
 * recorded success), so every step is idempotent: the inbox row is unique per
 * (event, user, template) and a channel already `sent` is not sent again.
 */
export async function handleRequested(deps: Deps, event: OutboxEvent): Promise<void> {
  const req = notificationRequest.parse(event.payload);
  const [user] = await deps.db
    .select({ locale: users.locale, email: users.email, phone: users.phone, status: users.status })
    .from(users)
    .where(eq(users.id, req.userId))
    .limit(1);
  if (!user || user.status === 'deleted') {
    // nobody to tell; retrying would not change that
    deps.log.warn({ eventId: event.id, userId: req.userId, template: req.template }, 'notification for a missing user dropped');
    return;
  }
  const text = render(req.template, user.locale, req.params);
  const now = deps.clock.now();
  await deps.db
    .insert(notifications)
    .values({
      id: newId('ntf', now),
      eventId: event.id,
      userId: req.userId,
      template: req.template,
      params: req.params,
      ...text,
      link: req.link,
      createdAt: now,
    })
    .onConflictDoNothing({ target: [notifications.eventId, notifications.userId, notifications.template] });
  const [row] = await deps.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.eventId, event.id), eq(notifications.userId, req.userId), eq(notifications.template, req.template)))
    .limit(1);
  if (!row) throw new Error(`inbox row for event ${event.id} vanished`);

  const failures: string[] = [];
  for (const channel of new Set(req.channels)) {
    const address = addressFor(deps, channel, user);
    if (!address) continue;
    const error = await deliverOnce(deps, row.id, channel, address, () =>
      channel === 'email'
        ? sendEmail(deps, address, text, req.link)
        : deps.sms.send({ phone: address, template: req.template, text: smsText(user.locale, text.body) }),
    );
    if (error) failures.push(`${channel}: ${error}`);
  }
  // thrown after every channel was tried and recorded, so the outbox retries only what failed
  if (failures.length > 0) throw new Error(`notification ${row.id} not delivered (${failures.join('; ')})`);
}

function addressFor(deps: Deps, channel: Channel, user: { email: string | null; phone: string | null }): string | null {
  if (channel === 'email') return deps.mailer && user.email ? user.email : null;
  return user.phone;
}

/** Send unless already sent; record the outcome. Returns the error message of a failed send. */
async function deliverOnce(deps: Deps, notificationId: string, channel: Channel, address: string, send: () => Promise<void>): Promise<string | null> {
  const [done] = await deps.db
    .select({ status: notificationDeliveries.status })
    .from(notificationDeliveries)
    .where(and(eq(notificationDeliveries.notificationId, notificationId), eq(notificationDeliveries.channel, channel)))
    .limit(1);
  if (done?.status === 'sent') return null;
  let error: string | null = null;
  try {
    await send();
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  const outcome = { address, status: error ? ('failed' as const) : ('sent' as const), error, createdAt: deps.clock.now() };
  await deps.db
    .insert(notificationDeliveries)
    .values({ id: newId('dlv', outcome.createdAt), notificationId, channel, ...outcome })
    .onConflictDoUpdate({ target: [notificationDeliveries.notificationId, notificationDeliveries.channel], set: outcome });
  return error;
}

async function sendEmail(deps: Deps, to: string, text: { title: string; body: string }, link: string | null): Promise<void> {
  if (!deps.mailer) return;
  const url = link ? absoluteUrl(deps.config.PUBLIC_URL, link) : null;
  await deps.mailer.send({ to, subject: text.title, text: url ? `${text.body}\n\n${url}` : text.body });
}

function absoluteUrl(base: string | undefined, link: string): string {
  if (/^https?:\/\//.test(link) || !base) return link;
  return `${base.replace(/\/+$/, '')}/${link.replace(/^\/+/, '')}`;
}

/** Chinese SMS gateways require the signature in 【】 at the front; the English form mirrors it. */
export function smsText(locale: Locale, body: string): string {
  return locale === 'zh-CN' ? `【Cloudmart】${body}` : `[Cloudmart] ${body}`;
}

const listColumns = {
  id: notifications.id,
  template: notifications.template,
  title: notifications.title,
  body: notifications.body,
  link: notifications.link,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
};

function toDto(row: { [K in keyof typeof listColumns]: (typeof notifications.$inferSelect)[K] }): Notification {
  return {
    id: row.id,
    template: row.template,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}

export async function listNotifications(deps: Deps, userId: string, query: NotificationListQuery): Promise<Page<Notification>> {
  const filters: SQL[] = [eq(notifications.userId, userId)];
  if (query.unread === 'true') filters.push(isNull(notifications.readAt));
  if (query.unread === 'false') filters.push(isNotNull(notifications.readAt));
  const where = and(...filters);
  const rows = await deps.db
    .select(listColumns)
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await deps.db.select({ n: count() }).from(notifications).where(where);
  return { items: rows.map(toDto), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function unreadCount(deps: Deps, userId: string): Promise<number> {
  const [row] = await deps.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marking twice keeps the first read time. Someone else's notification is "not found". */
export async function markRead(deps: Deps, userId: string, id: string): Promise<void> {
  const now = deps.clock.now();
  const mine = and(eq(notifications.id, id), eq(notifications.userId, userId));
  const updated = await deps.db
    .update(notifications)
    .set({ readAt: now })
    .where(and(mine, isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  if (updated.length > 0) return;
  const [exists] = await deps.db.select({ id: notifications.id }).from(notifications).where(mine).limit(1);
  if (!exists) throw notFound('notification');
}

export async function markAllRead(deps: Deps, userId: string): Promise<number> {
  const updated = await deps.db
    .update(notifications)
    .set({ readAt: deps.clock.now() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return updated.length;
}
