import type { ProductType } from '@cloudmart/contracts';
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyColumn } from 'drizzle-orm';
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

/**
 * The type of the product an order row names, as a column of a statement on `orders` (the paid
 * order's update returns it, instead of a second statement asking the catalog).
 */
export function productTypeOfOrderRow(productIdColumn: SQL | AnyColumn): SQL<ProductType | null> {
  return sql<ProductType | null>`(select ${products.type} from ${products} where ${products.id} = ${productIdColumn})`;
}

/** Joined by the seller's instance list (product code column and filter). */
export { products as catalogProducts };
