import type { StoreSort } from '@cloudmart/contracts';
import { and, desc, isNotNull, sql, type SQL } from 'drizzle-orm';
import { orders } from '../orders/index.js';
import { reviews } from '../reviews/index.js';
import { productSpecs, products, specPrices } from './catalog.tables.js';

/*
 * What the store sorts and filters on, computed per product row in the same query (read-only
 * subqueries over the orders and reviews modules' tables; catalog writes none of them).
 * Built on call, not at import: orders imports catalog, so its tables are not there yet when
 * this module loads.
 */

/** The lowest price of a visible, non-trial spec of a prepaid product (what the card shows); null otherwise. */
export const lowestPriceFen = () =>
  sql<number | null>`(
  select min(${specPrices.priceFen})::float8 from ${specPrices}
  join ${productSpecs} on ${productSpecs.id} = ${specPrices.specId}
  where ${productSpecs.productId} = ${products.id} and not ${productSpecs.hidden} and not ${productSpecs.isTrial}
    and ${products.billing} = 'prepaid'
)`.mapWith((v: unknown) => (v === null ? null : Number(v)));

/** Paid purchases: new orders and trial conversions (renewals and upgrades are the same customer). */
export const salesCount = () =>
  sql<number>`(
  select count(*)::int from ${orders}
  where ${orders.productId} = ${products.id} and ${orders.status} = 'paid' and ${orders.type} in ('new', 'trial_to_paid')
)`.mapWith(Number);

/** The mean of the buyers' own reviews (default 5/5/5 reviews left out), one decimal; null without any. */
export const rating = () =>
  sql<number | null>`(
  select round(avg((${reviews.quality} + ${reviews.attitude} + ${reviews.speed}) / 3.0), 1)::float8 from ${reviews}
  where ${reviews.productId} = ${products.id} and not ${reviews.isDefault}
)`.mapWith((v: unknown) => (v === null ? null : Number(v)));

/** A price range on the lowest price: a bound leaves out products that have no price. */
export function priceFilter(min: number | undefined, max: number | undefined): SQL | undefined {
  if (min === undefined && max === undefined) return undefined;
  return and(
    isNotNull(lowestPriceFen()),
    min === undefined ? undefined : sql`${lowestPriceFen()} >= ${min}`,
    max === undefined ? undefined : sql`${lowestPriceFen()} <= ${max}`,
  );
}

/** Each order ends on listing time and id, so pages never overlap; unpriced/unrated products go last. */
export function orderFor(sort: StoreSort): SQL[] {
  const tail = [desc(products.listedAt), desc(products.id)];
  switch (sort) {
    case 'price_asc':
      return [sql`${lowestPriceFen()} asc nulls last`, ...tail];
    case 'price_desc':
      return [sql`${lowestPriceFen()} desc nulls last`, ...tail];
    case 'sales':
      return [desc(salesCount()), ...tail];
    case 'rating':
      return [sql`${rating()} desc nulls last`, desc(salesCount()), ...tail];
    case 'newest':
      return tail;
  }
}
