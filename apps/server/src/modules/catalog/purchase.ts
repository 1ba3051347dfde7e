import type { BillingMode, ProductStatus, ProductType, PurchaseUnit } from '@cloudmart/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { preparedFor } from '../../platform/db/prepared.js';
import type { Db } from '../../platform/db/client.js';
import { keptReads, type KeptSource } from '../../platform/db/kept-reads.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { categories, productSpecs, products, specPrices } from './catalog.tables.js';
import { judgePurchase, needsPeriodPrice, type PurchasePurpose } from './purchase-rules.js';

export interface PurchaseRequest {
  productId: string;
  specId: string;
  unit?: PurchaseUnit | undefined;
  duration?: number | undefined;
  purpose: PurchasePurpose;
}

export interface ResolvedPurchase {
  product: {
    id: string;
    code: string;
    name: string;
    type: ProductType;
    billing: BillingMode;
    sellerId: string;
    categoryId: string;
    status: ProductStatus;
    visible: boolean;
  };
  spec: { id: string; name: string; isTrial: boolean; trialDays: number | null };
  /** the list price for unit × duration; null for trials and postpaid specs */
  priceFen: number | null;
}

/**
 * What the orders module may sell, at what list price — the catalog's orderability
 * rules in one call (see purchase-rules.ts). Pass a transaction to read inside it.
 * Unknown ids, and a spec of another product, are `not_found`.
 */
// Product, spec and the term's price in one statement (placement and the quote run it on every
// order): the spec and price are left-joined so "no such spec" and "no such price" stay apart.
const purchaseQuery = preparedFor((db) =>
  db
    .select({
      id: products.id,
      code: products.code,
      name: products.name,
      type: products.type,
      billing: products.billing,
      sellerId: products.sellerId,
      categoryId: products.categoryId,
      status: products.status,
      visible: products.visible,
      specId: productSpecs.id,
      specName: productSpecs.name,
      isTrial: productSpecs.isTrial,
      trialDays: productSpecs.trialDays,
      hidden: productSpecs.hidden,
      priceFen: specPrices.priceFen,
    })
    .from(products)
    .leftJoin(productSpecs, and(eq(productSpecs.id, sql.placeholder('specId')), eq(productSpecs.productId, products.id)))
    .leftJoin(
      specPrices,
      and(eq(specPrices.specId, productSpecs.id), eq(specPrices.unit, sql.placeholder('unit')), eq(specPrices.duration, sql.placeholder('duration'))),
    )
    .where(eq(products.id, sql.placeholder('productId')))
    .prepare('resolve_purchase'),
);

type PurchaseRow = Awaited<ReturnType<ReturnType<typeof purchaseQuery>['execute']>>[number];

function purchaseRow(db: Db, req: PurchaseRequest): Promise<PurchaseRow | null> {
  return purchaseQuery(db)
    .execute({ productId: req.productId, specId: req.specId, unit: req.unit ?? null, duration: req.duration ?? null })
    .then(([row]) => row ?? null);
}

function judged(row: PurchaseRow | null, req: PurchaseRequest): ResolvedPurchase {
  if (!row) throw notFound('product');
  const { specId, specName, isTrial, trialDays, hidden, priceFen, ...product } = row;
  if (specId === null || specName === null || isTrial === null || hidden === null) throw notFound('spec');
  const spec = { id: specId, name: specName, isTrial, trialDays };
  const refusal = judgePurchase({ product, spec: { ...spec, hidden }, purpose: req.purpose });
  if (refusal) throw new DomainError(refusal.code, refusal.detail);
  if (!needsPeriodPrice(product.billing, spec.isTrial)) return { product, spec, priceFen: null };
  if (!req.unit || !req.duration) throw new DomainError('price_not_found', 'prepaid specs are bought by unit and duration');
  if (priceFen === null)
    throw new DomainError('price_not_found', `the spec has no price for ${req.duration} ${req.unit}`, { unit: req.unit, duration: req.duration });
  return { product, spec, priceFen };
}

export async function resolvePurchase(db: Db, req: PurchaseRequest): Promise<ResolvedPurchase> {
  return judged(await purchaseRow(db, req), req);
}

/** The topic migration 0020's triggers announce for products, specs and spec prices. */
export const CATALOG_TOPIC = 'catalog';

/**
 * resolvePurchase from the rows this process keeps between placements (platform/db/kept-reads.ts):
 * every committed change to a product, spec or price empties them first. Outside a transaction
 * only: placement and the checkout quote.
 */
export async function resolvePurchaseKept(deps: KeptSource & { db: Db }, req: PurchaseRequest): Promise<ResolvedPurchase> {
  const reads = keptReads<PurchaseRow | null>(deps, 'catalog.purchase', CATALOG_TOPIC);
  const key = JSON.stringify([req.productId, req.specId, req.unit ?? null, req.duration ?? null]);
  return judged(await reads.read(key, () => purchaseRow(deps.db, req)), req);
}

/** The platform's commission on a product's sales, in basis points, from its category. */
export async function getCommissionBp(db: Db, productId: string): Promise<number> {
  const [row] = await db
    .select({ bp: categories.commissionBp })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(eq(products.id, productId));
  if (!row) throw notFound('product');
  return row.bp;
}
