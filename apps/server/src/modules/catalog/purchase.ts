import type { BillingMode, ProductStatus, ProductType, PurchaseUnit } from '@cloudmart/contracts';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
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
export async function resolvePurchase(db: Db, req: PurchaseRequest): Promise<ResolvedPurchase> {
  const [product] = await db
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
    })
    .from(products)
    .where(eq(products.id, req.productId));
  if (!product) throw notFound('product');
  const [spec] = await db
    .select({ id: productSpecs.id, name: productSpecs.name, isTrial: productSpecs.isTrial, trialDays: productSpecs.trialDays, hidden: productSpecs.hidden })
    .from(productSpecs)
    .where(and(eq(productSpecs.id, req.specId), eq(productSpecs.productId, req.productId)));
  if (!spec) throw notFound('spec');
  const refusal = judgePurchase({ product, spec, purpose: req.purpose });
  if (refusal) throw new DomainError(refusal.code, refusal.detail);
  const { hidden: _h, ...specOut } = spec;
  if (!needsPeriodPrice(product.billing, spec.isTrial)) return { product, spec: specOut, priceFen: null };
  if (!req.unit || !req.duration) throw new DomainError('price_not_found', 'prepaid specs are bought by unit and duration');
  const [price] = await db
    .select({ priceFen: specPrices.priceFen })
    .from(specPrices)
    .where(and(eq(specPrices.specId, spec.id), eq(specPrices.unit, req.unit), eq(specPrices.duration, req.duration)));
  if (!price) throw new DomainError('price_not_found', `the spec has no price for ${req.duration} ${req.unit}`, { unit: req.unit, duration: req.duration });
  return { product, spec: specOut, priceFen: price.priceFen };
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
