import type { Client, OfferPrice, ProductOffers, ShopCoupon } from '@cloudmart/contracts';
import { and, asc, count, eq, gt, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Deps } from '../../platform/module.js';
import { sellers } from '../accounts/index.js';
import { productSpecs, products, specPrices } from '../catalog/index.js';
import { bestOffer } from './best-offer.js';
import { STACKING, isFirstPurchase, isRealNameVerified, liveDiscounts } from './checkout-price.js';
import { claimRefusal } from './coupon-status.js';
import { couponColumns, couponCoreOf, productNamesOf } from './coupon-views.js';
import { couponHoldings, coupons } from './promotions.tables.js';

/** The coupons a shop shows (在店铺中显示 = 是): normal and inside 发放时间, optionally only those fitting a product. */
async function shopCoupons(db: Db, sellerId: string, productId: string | null, buyerId: string | null, now: Date): Promise<ShopCoupon[]> {
  const fits: SQL | undefined = productId ? or(eq(coupons.scope, 'shop'), sql`${coupons.productIds} @> ${JSON.stringify([productId])}::jsonb`) : undefined;
  const rows = await db
    .select({ ...couponColumns, sellerName: sellers.name })
    .from(coupons)
    .innerJoin(sellers, eq(sellers.id, coupons.sellerId))
    .where(
      and(
        eq(coupons.sellerId, sellerId),
        eq(coupons.showInShop, 'yes'),
        eq(coupons.status, 'normal'),
        lte(coupons.issueFrom, now),
        gt(coupons.issueTo, now),
        fits,
      ),
    )
    .orderBy(asc(coupons.issueTo), asc(coupons.id));
  if (rows.length === 0) return [];
  const held = new Map<string, number>();
  if (buyerId) {
    const counts = await db
      .select({ couponId: couponHoldings.couponId, n: count() })
      .from(couponHoldings)
      .where(
        and(
          eq(couponHoldings.buyerId, buyerId),
          inArray(
            couponHoldings.couponId,
            rows.map((r) => r.id),
          ),
        ),
      )
      .groupBy(couponHoldings.couponId);
    for (const c of counts) held.set(c.couponId, c.n);
  }
  const names = await productNamesOf(db, rows);
  return rows.map((c) => {
    const n = buyerId ? (held.get(c.id) ?? 0) : null;
    const reason = claimRefusal(c, n, now);
    return {
      ...couponCoreOf(c, names),
      sellerName: c.sellerName,
      remaining: Math.max(0, c.issueCount - c.claimedCount),
      held: n ?? 0,
      claimable: reason === null,
      reason,
    };
  });
}

const viewerBuyer = (actor: Actor | null) => (actor?.kind === 'buyer' ? actor.userId : null);

/**
 * A product page's prices: every visible spec × term at its list price and its best price for
 * this viewer (one unit, a new purchase, the client given) with the discount that gives it
 * (guide 2.9 "系统会自动计算出最优最省钱的优惠来展示"); the product's own seller also sees its 预发布
 * discounts, marked preview. Anonymous viewers count as first purchasers, not real-name verified.
 * Plus the shop's coupons that fit the product.
 */
export async function productOffers(deps: Pick<Deps, 'db' | 'clock'>, codeOrId: string, client: Client, actor: Actor | null): Promise<ProductOffers> {
  const now = deps.clock.now();
  const [p] = await deps.db
    .select({ id: products.id, sellerId: products.sellerId, billing: products.billing })
    .from(products)
    .where(and(eq(products.status, 'listed'), or(eq(products.code, codeOrId.toLowerCase()), eq(products.id, codeOrId))));
  if (!p) throw notFound('product');
  const buyerId = viewerBuyer(actor);
  const owner = actor?.kind === 'seller' && actor.sellerId === p.sellerId;
  const specs = await deps.db
    .select({ id: productSpecs.id })
    .from(productSpecs)
    .where(and(eq(productSpecs.productId, p.id), eq(productSpecs.hidden, false), eq(productSpecs.isTrial, false)))
    .orderBy(asc(productSpecs.sort), asc(productSpecs.createdAt), asc(productSpecs.id));
  const priceRows =
    specs.length && p.billing === 'prepaid'
      ? await deps.db
          .select({ specId: specPrices.specId, unit: specPrices.unit, duration: specPrices.duration, priceFen: specPrices.priceFen })
          .from(specPrices)
          .where(
            inArray(
              specPrices.specId,
              specs.map((s) => s.id),
            ),
          )
      : [];
  const order = new Map(specs.map((s, i) => [s.id, i]));
  priceRows.sort((a, b) => (order.get(a.specId) ?? 0) - (order.get(b.specId) ?? 0) || a.unit.localeCompare(b.unit) || a.duration - b.duration);
  const [rules, firstPurchase, realNameVerified] = await Promise.all([
    liveDiscounts(deps.db, p.id, now),
    isFirstPurchase(deps.db, buyerId, p.id),
    isRealNameVerified(deps.db, buyerId),
  ]);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const prices: OfferPrice[] = priceRows.map((pr) => {
    const best = bestOffer(rules, pr.priceFen, {
      specId: pr.specId,
      term: { unit: pr.unit, duration: pr.duration },
      quantity: 1,
      scenario: 'new',
      client,
      firstPurchase,
      realNameVerified,
      includePrepublished: owner,
      now,
    });
    const rule = best ? byId.get(best.id) : undefined;
    return {
      specId: pr.specId,
      unit: pr.unit,
      duration: pr.duration,
      listPriceFen: pr.priceFen,
      bestPriceFen: pr.priceFen - (best?.amountFen ?? 0),
      discount: best && rule ? { id: best.id, name: best.name, type: rule.type, endsAt: rule.endsAt.toISOString(), preview: best.preview } : null,
    };
  });
  return { prices, coupons: await shopCoupons(deps.db, p.sellerId, p.id, buyerId, now), stacking: STACKING };
}

/** A shop's coupons (在店铺中显示), for its shop page. */
export async function shopCouponsOf(deps: Pick<Deps, 'db' | 'clock'>, sellerCode: string, actor: Actor | null): Promise<{ items: ShopCoupon[] }> {
  const [s] = await deps.db.select({ id: sellers.id }).from(sellers).where(eq(sellers.code, sellerCode));
  if (!s) throw notFound('shop');
  return { items: await shopCoupons(deps.db, s.id, null, viewerBuyer(actor), deps.clock.now()) };
}
