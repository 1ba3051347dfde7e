import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { productReviews, products } from './catalog.tables.js';

/** The operator's catalog queues and the listed-product total (home page, issue 11 item 8). */
export async function catalogHomeCounts(db: Db): Promise<{ productReviews: number; delistingRequests: number; listedProducts: number }> {
  const pending = (kind: 'listing' | 'delisting') =>
    db
      .select({ n: count() })
      .from(productReviews)
      .where(and(eq(productReviews.kind, kind), eq(productReviews.status, 'pending')));
  const [[listing], [delisting], [listed]] = await Promise.all([
    pending('listing'),
    pending('delisting'),
    db.select({ n: count() }).from(products).where(eq(products.status, 'listed')),
  ]);
  return { productReviews: listing?.n ?? 0, delistingRequests: delisting?.n ?? 0, listedProducts: listed?.n ?? 0 };
}
