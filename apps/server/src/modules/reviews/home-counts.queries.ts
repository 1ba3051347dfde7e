import { and, count, eq, gt, isNull } from 'drizzle-orm';
import { DAY } from '../../platform/clock.js';
import type { Db } from '../../platform/db/client.js';
import { REPLY_WINDOW_DAYS } from './review-windows.js';
import { reviews } from './reviews.tables.js';

/** Buyers' own reviews (not the 30-day defaults) the seller has not replied to while the reply window is open (home page, issue 11 item 8). */
export async function reviewsToReplyCount(db: Db, sellerId: string, now: Date): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(reviews)
    .where(
      and(
        eq(reviews.sellerId, sellerId),
        eq(reviews.isDefault, false),
        isNull(reviews.reply),
        gt(reviews.createdAt, new Date(now.getTime() - REPLY_WINDOW_DAYS * DAY)),
      ),
    );
  return r?.n ?? 0;
}
