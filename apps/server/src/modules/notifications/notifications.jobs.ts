import { and, inArray, isNotNull, lt } from 'drizzle-orm';
import { DAY } from '../../platform/clock.js';
import type { Sweep } from '../../platform/scheduler.js';
import { notificationDeliveries, notifications } from './notifications.tables.js';

export const READ_RETENTION_DAYS = 180;

/** Read notifications are kept half a year, then deleted with their delivery records; unread ones stay. */
export const purgeReadNotificationsSweep: Sweep = {
  name: 'notifications.purge-read',
  intervalMs: DAY,
  async run({ tx, now }) {
    const cutoff = new Date(now.getTime() - READ_RETENTION_DAYS * DAY);
    const old = and(isNotNull(notifications.readAt), lt(notifications.createdAt, cutoff));
    await tx
      .delete(notificationDeliveries)
      .where(inArray(notificationDeliveries.notificationId, tx.select({ id: notifications.id }).from(notifications).where(old)));
    const gone = await tx.delete(notifications).where(old).returning({ id: notifications.id });
    return gone.length;
  },
};
