import type { ProductType } from '@cloudmart/contracts';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { products } from '../catalog/index.js';

/**
 * The orders module's only door into the catalog. Prices and orderability come from the
 * catalog's resolvePurchase; product types and codes (for instance effects, sweeps and the
 * seller's instance list) are read from the products table, because neither orders nor
 * instances snapshot them.
 */
export { resolvePurchase, resolvePurchaseKept, type PurchasePurpose, type ResolvedPurchase } from '../catalog/index.js';
export type { ProductType };

/** Product types by id, for effects that differ by type (SPI for SaaS, delivery for services). */
export async function productTypesOf(db: Db, productIds: readonly string[]): Promise<Map<string, ProductType>> {
  if (productIds.length === 0) return new Map();
  const rows = await db
    .select({ id: products.id, type: products.type })
    .from(products)
    .where(inArray(products.id, [...new Set(productIds)]));
  return new Map(rows.map((r) => [r.id, r.type]));
}

/** Joined by the seller's instance list (product code column and filter). */
export { products as catalogProducts };
