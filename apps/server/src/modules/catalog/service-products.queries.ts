import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { products } from './catalog.tables.js';

/**
 * Listed service products per seller, for 商机's 前提条件 ("您至少需要发布一个服务类商品"): a
 * seller without one neither grabs from 商机广场 nor is offered for routing. `sellerIds` null:
 * every seller that has at least one.
 */
export async function listedServiceProductCounts(db: Db, sellerIds: readonly string[] | null): Promise<Map<string, number>> {
  if (sellerIds && sellerIds.length === 0) return new Map();
  const rows = await db
    .select({ sellerId: products.sellerId, n: count() })
    .from(products)
    .where(and(eq(products.type, 'service'), eq(products.status, 'listed'), sellerIds ? inArray(products.sellerId, [...sellerIds]) : undefined))
    .groupBy(products.sellerId);
  return new Map(rows.map((r) => [r.sellerId, r.n]));
}
