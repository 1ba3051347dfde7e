import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { products } from '../catalog/index.js';
import { coupons } from './promotions.tables.js';

/** The columns every coupon view starts from. */
export const couponColumns = {
  id: coupons.id,
  sellerId: coupons.sellerId,
  name: coupons.name,
  scope: coupons.scope,
  productIds: coupons.productIds,
  kind: coupons.kind,
  rateTenths: coupons.rateTenths,
  reduceFen: coupons.reduceFen,
  thresholdFen: coupons.thresholdFen,
  perUserLimit: coupons.perUserLimit,
  issueFrom: coupons.issueFrom,
  issueTo: coupons.issueTo,
  validFrom: coupons.validFrom,
  validTo: coupons.validTo,
  issueCount: coupons.issueCount,
  claimedCount: coupons.claimedCount,
  scenarios: coupons.scenarios,
  showInShop: coupons.showInShop,
  purchasedProductIds: coupons.purchasedProductIds,
  purchasedFrom: coupons.purchasedFrom,
  purchasedTo: coupons.purchasedTo,
  status: coupons.status,
  createdAt: coupons.createdAt,
  voidedAt: coupons.voidedAt,
};
export type CouponRow = Omit<typeof coupons.$inferSelect, 'createdBy'>;

export type ProductNames = ReadonlyMap<string, string>;

/** Names of the products the coupons name (适用商品, 已购商品), in one query. */
export async function productNamesOf(
  db: Db,
  rows: readonly { productIds: readonly string[]; purchasedProductIds?: readonly string[] }[],
): Promise<ProductNames> {
  const ids = [...new Set(rows.flatMap((r) => [...r.productIds, ...(r.purchasedProductIds ?? [])]))];
  if (ids.length === 0) return new Map();
  const found = await db.select({ id: products.id, name: products.name }).from(products).where(inArray(products.id, ids));
  return new Map(found.map((p) => [p.id, p.name]));
}

export const named = (ids: readonly string[], names: ProductNames) => ids.map((id) => ({ id, name: names.get(id) ?? '' }));

/** The fields a coupon shows everywhere (the contracts' couponCore). */
export function couponCoreOf(
  c: Pick<CouponRow, 'id' | 'name' | 'scope' | 'productIds' | 'kind' | 'rateTenths' | 'reduceFen' | 'thresholdFen' | 'validFrom' | 'validTo' | 'scenarios'>,
  names: ProductNames,
) {
  return {
    id: c.id,
    name: c.name,
    scope: c.scope,
    products: named(c.scope === 'products' ? c.productIds : [], names),
    kind: c.kind,
    rateTenths: c.rateTenths,
    reduceFen: c.reduceFen,
    thresholdFen: c.thresholdFen,
    validFrom: c.validFrom.toISOString(),
    validTo: c.validTo.toISOString(),
    scenarios: c.scenarios,
  };
}
