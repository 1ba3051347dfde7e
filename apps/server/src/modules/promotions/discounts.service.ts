import type { Discount, DiscountBody, DiscountListQuery, PromotionProduct } from '@cloudmart/contracts';
import { and, asc, count, desc, eq, gt, ilike, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { productSpecs, products, specPrices } from '../catalog/index.js';
import { discountPublishLifecycle, effectiveStatusOf } from './discount-status.js';
import { discounts } from './promotions.tables.js';

const likeText = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const columns = {
  id: discounts.id,
  productId: discounts.productId,
  productName: products.name,
  name: discounts.name,
  type: discounts.type,
  amountOffFen: discounts.amountOffFen,
  rateTenths: discounts.rateTenths,
  startsAt: discounts.startsAt,
  endsAt: discounts.endsAt,
  specIds: discounts.specIds,
  conditions: discounts.conditions,
  publishStatus: discounts.publishStatus,
  createdAt: discounts.createdAt,
  publishedAt: discounts.publishedAt,
};
type Row = Omit<typeof discounts.$inferSelect, 'sellerId' | 'createdBy' | 'updatedAt' | 'deletedAt'> & { productName: string };

function toDiscount(r: Row, now: Date): Discount {
  return {
    ...r,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    publishedAt: r.publishedAt?.toISOString() ?? null,
    effectiveStatus: effectiveStatusOf(r, now),
  };
}

function effectiveFilter(s: DiscountListQuery['effectiveStatus'], now: Date): SQL | undefined {
  if (s === 'pending') return gt(discounts.startsAt, now);
  if (s === 'active') return and(lte(discounts.startsAt, now), gt(discounts.endsAt, now));
  if (s === 'expired') return lte(discounts.endsAt, now);
  return undefined;
}

/** 商品优惠设置 list: the seller's discounts (not deleted), newest first. */
export async function listDiscounts(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, q: DiscountListQuery): Promise<Page<Discount>> {
  const now = deps.clock.now();
  const where = and(
    eq(discounts.sellerId, sellerId),
    isNull(discounts.deletedAt),
    q.productId ? eq(discounts.productId, q.productId) : undefined,
    q.name ? ilike(discounts.name, likeText(q.name)) : undefined,
    q.publishStatus ? eq(discounts.publishStatus, q.publishStatus) : undefined,
    effectiveFilter(q.effectiveStatus, now),
  );
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(discounts).where(where);
  const rows = await deps.db
    .select(columns)
    .from(discounts)
    .innerJoin(products, eq(products.id, discounts.productId))
    .where(where)
    .orderBy(desc(discounts.createdAt), desc(discounts.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map((r) => toDiscount(r, now)), total, page: q.page, pageSize: q.pageSize };
}

async function loadDiscount(db: Db, sellerId: string, id: string, now: Date): Promise<Discount> {
  const [r] = await db
    .select(columns)
    .from(discounts)
    .innerJoin(products, eq(products.id, discounts.productId))
    .where(and(eq(discounts.id, id), eq(discounts.sellerId, sellerId), isNull(discounts.deletedAt)));
  if (!r) throw notFound('discount');
  return toDiscount(r, now);
}

export function getDiscount(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, id: string): Promise<Discount> {
  return loadDiscount(deps.db, sellerId, id, deps.clock.now());
}

/**
 * The form's rules (guide 2.9 注意事项): the product is the seller's own ("another seller's" is
 * not found) and prepaid ("目前仅支持预付费商品设置优惠"); the specs are the product's; a 直减 is
 * at most every price of the chosen specs ("需要确保优惠的金额不可大于商品的原价"), the cheapest
 * named in the refusal; 订购时长 conditions are terms the chosen specs are sold for.
 */
async function validateBody(db: Db, sellerId: string, b: DiscountBody): Promise<void> {
  const [p] = await db
    .select({ id: products.id, billing: products.billing })
    .from(products)
    .where(and(eq(products.id, b.productId), eq(products.sellerId, sellerId)));
  if (!p) throw notFound('product');
  if (p.billing !== 'prepaid') throw new DomainError('discount_product_postpaid', 'only prepaid products can have discounts', { productId: p.id });
  const specIds = [...new Set(b.specIds)];
  const specs = await db
    .select({ id: productSpecs.id })
    .from(productSpecs)
    .where(and(eq(productSpecs.productId, p.id), inArray(productSpecs.id, specIds)));
  const known = new Set(specs.map((s) => s.id));
  const unknown = specIds.filter((id) => !known.has(id));
  if (unknown.length) throw new DomainError('discount_spec_unknown', 'these specs are not of the product', { specIds: unknown });
  const prices = await db
    .select({ specId: specPrices.specId, unit: specPrices.unit, duration: specPrices.duration, priceFen: specPrices.priceFen })
    .from(specPrices)
    .where(inArray(specPrices.specId, specIds))
    .orderBy(asc(specPrices.priceFen));
  const cheapest = prices[0];
  if (b.type === 'amount_off' && cheapest && (b.amountOffFen ?? 0) > cheapest.priceFen) {
    throw new DomainError('discount_exceeds_price', `the amount off is above the price ${cheapest.priceFen} fen`, {
      priceFen: cheapest.priceFen,
      specId: cheapest.specId,
      unit: cheapest.unit,
      duration: cheapest.duration,
    });
  }
  const badTerms = b.conditions.terms.filter((t) => !prices.some((pr) => pr.unit === t.unit && pr.duration === t.duration));
  if (badTerms.length) {
    const errors = [{ field: 'conditions.terms', message: `no chosen spec is sold for ${badTerms.map((t) => `${t.duration} ${t.unit}`).join(', ')}` }];
    throw new DomainError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
  }
}

function valuesOf(b: DiscountBody) {
  return {
    productId: b.productId,
    name: b.name,
    type: b.type,
    amountOffFen: b.type === 'amount_off' ? b.amountOffFen : null,
    rateTenths: b.type === 'percent_off' ? b.rateTenths : null,
    startsAt: new Date(b.startsAt),
    endsAt: new Date(b.endsAt),
    specIds: [...new Set(b.specIds)],
    conditions: b.conditions,
  };
}

/** 创建优惠: starts 预发布, seen only by its seller until 确定发布. */
export async function createDiscount(deps: Pick<Deps, 'db' | 'clock'>, seller: { sellerId: string; userId: string }, b: DiscountBody): Promise<Discount> {
  const now = deps.clock.now();
  await validateBody(deps.db, seller.sellerId, b);
  const id = newId('dsc', now);
  await deps.db.insert(discounts).values({ id, sellerId: seller.sellerId, ...valuesOf(b), createdBy: seller.userId, createdAt: now, updatedAt: now });
  return loadDiscount(deps.db, seller.sellerId, id, now);
}

/** 编辑: allowed in both publish states (the guide's rows show 编辑 for 预发布 and 已发布); the state stays. */
export async function updateDiscount(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, id: string, b: DiscountBody): Promise<Discount> {
  const now = deps.clock.now();
  await loadDiscount(deps.db, sellerId, id, now);
  await validateBody(deps.db, sellerId, b);
  await deps.db
    .update(discounts)
    .set({ ...valuesOf(b), updatedAt: now })
    .where(and(eq(discounts.id, id), eq(discounts.sellerId, sellerId), isNull(discounts.deletedAt)));
  return loadDiscount(deps.db, sellerId, id, now);
}

/** 确定发布: prepublished → published by one conditional update (a second click answers 409). */
export async function publishDiscount(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, id: string): Promise<Discount> {
  const now = deps.clock.now();
  const current = await loadDiscount(deps.db, sellerId, id, now);
  discountPublishLifecycle.assert(current.publishStatus, 'published');
  const moved = await deps.db
    .update(discounts)
    .set({ publishStatus: 'published', publishedAt: now, updatedAt: now })
    .where(and(eq(discounts.id, id), eq(discounts.sellerId, sellerId), inArray(discounts.publishStatus, discountPublishLifecycle.into('published'))))
    .returning({ id: discounts.id });
  if (moved.length === 0) discountPublishLifecycle.assert('published', 'published');
  return loadDiscount(deps.db, sellerId, id, now);
}

/** 删除: soft, in any state; orders keep the id and the name they were priced with. */
export async function deleteDiscount(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, id: string): Promise<void> {
  const now = deps.clock.now();
  const gone = await deps.db
    .update(discounts)
    .set({ deletedAt: now, updatedAt: now })
    .where(and(eq(discounts.id, id), eq(discounts.sellerId, sellerId), isNull(discounts.deletedAt)))
    .returning({ id: discounts.id });
  if (gone.length === 0) throw notFound('discount');
}

/** The pickers' products: the seller's own, with specs and prices; postpaid ones flagged (no discounts). */
export async function promotionProducts(deps: Pick<Deps, 'db'>, sellerId: string): Promise<{ items: PromotionProduct[] }> {
  const ps = await deps.db
    .select({ id: products.id, name: products.name, code: products.code, billing: products.billing })
    .from(products)
    .where(eq(products.sellerId, sellerId))
    .orderBy(desc(products.createdAt), asc(products.id));
  if (ps.length === 0) return { items: [] };
  const specs = await deps.db
    .select({ id: productSpecs.id, productId: productSpecs.productId, name: productSpecs.name })
    .from(productSpecs)
    .where(
      and(
        inArray(
          productSpecs.productId,
          ps.map((p) => p.id),
        ),
        eq(productSpecs.isTrial, false),
      ),
    )
    .orderBy(asc(productSpecs.sort), asc(productSpecs.createdAt), asc(productSpecs.id));
  const prices = specs.length
    ? await deps.db
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
  return {
    items: ps.map((p) => ({
      ...p,
      specs: specs
        .filter((s) => s.productId === p.id)
        .map((s) => ({ id: s.id, name: s.name, prices: prices.filter((pr) => pr.specId === s.id).map(({ specId: _s, ...pr }) => pr) })),
    })),
  };
}
