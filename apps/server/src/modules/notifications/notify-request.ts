import { z } from 'zod';
import type { Db } from '../../platform/db/client.js';
import { emit } from '../../platform/outbox.js';

export const NOTIFICATION_TOPIC = 'notification.requested';

export const notificationRequest = z.object({
  userId: z.string(),
  /** a key of the template catalogue (templates.ts) */
  template: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  link: z.string().nullable().default(null),
  /** the inbox always gets it; these channels too, when the user has the address */
  channels: z.array(z.enum(['email', 'sms'])).default(['email']),
});
export type NotificationRequest = z.input<typeof notificationRequest>;

/** Ask for a notification inside the caller's transaction; it is rendered and sent after commit. */
export async function requestNotification(tx: Db, at: Date, req: NotificationRequest): Promise<string> {
  return emit(tx, at, NOTIFICATION_TOPIC, notificationRequest.parse(req));
}
