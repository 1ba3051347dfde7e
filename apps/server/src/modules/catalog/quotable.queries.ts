import type { QuotableProduct } from '@cloudmart/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { productSpecs, products, specPrices } from './catalog.tables.js';

/** 报价单 "目前仅支持服务类，应用软件类和API类三种商品" (guide 4 提交方案). */
export const quotableProductTypes = ['service', 'saas', 'api'] as const;

/**
 * What a seller may put in a 报价单: its listed service, SaaS and API products billed in advance,
 * with their specs a new buyer can order (not trial, not hidden) and each spec's period prices.
 * A product without any such priced spec is left out. Read-only, for the leads module.
 */
export async function quotableProducts(db: Db, sellerId: string): Promise<QuotableProduct[]> {
  const rows = await db
    .select({ id: products.id, name: products.name, type: products.type })
    .from(products)
    .where(
      and(eq(products.sellerId, sellerId), eq(products.status, 'listed'), eq(products.billing, 'prepaid'), inArray(products.type, [...quotableProductTypes])),
    )
    .orderBy(asc(products.createdAt), asc(products.id));
  if (rows.length === 0) return [];
  const specs = await db
    .select({ id: productSpecs.id, productId: productSpecs.productId, name: productSpecs.name })
    .from(productSpecs)
    .where(
      and(
        inArray(
          productSpecs.productId,
          rows.map((r) => r.id),
        ),
        eq(productSpecs.isTrial, false),
        eq(productSpecs.hidden, false),
      ),
    )
    .orderBy(asc(productSpecs.sort), asc(productSpecs.createdAt), asc(productSpecs.id));
  const prices = specs.length
    ? await db
        .select({ specId: specPrices.specId, unit: specPrices.unit, duration: specPrices.duration, priceFen: specPrices.priceFen })
        .from(specPrices)
        .where(
          inArray(
            specPrices.specId,
            specs.map((s) => s.id),
          ),
        )
        .orderBy(asc(specPrices.unit), asc(specPrices.duration))
    : [];
  const pricesOf = (specId: string) => prices.filter((p) => p.specId === specId).map(({ unit, duration, priceFen }) => ({ unit, duration, priceFen }));
  return rows
    .map((p) => ({
      ...p,
      specs: specs
        .filter((s) => s.productId === p.id)
        .map((s) => ({ id: s.id, name: s.name, prices: pricesOf(s.id) }))
        .filter((s) => s.prices.length > 0),
    }))
    .filter((p) => p.specs.length > 0);
}
