import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { users } from '../accounts/index.js';
import { requestNotification, type NotificationRequest } from '../notifications/index.js';

/** Tell the seller's main account of a review decision, inside the deciding transaction. */
export async function noticeSeller(tx: Db, at: Date, sellerId: string, req: Omit<NotificationRequest, 'userId'>): Promise<void> {
  const [main] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.sellerId, sellerId), eq(users.isMain, true)));
  if (main) await requestNotification(tx, at, { ...req, userId: main.id });
}
