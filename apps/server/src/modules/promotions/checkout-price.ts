import type { ApplicableCoupon, Client, PriceBreakdown, PromotionScenario, PurchaseUnit } from '@cloudmart/contracts';
import { and, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import { preparedFor } from '../../platform/db/prepared.js';
import type { Db } from '../../platform/db/client.js';
import { keptReads, type KeptSource } from '../../platform/db/kept-reads.js';
import { DomainError } from '../../platform/errors.js';
import { users } from '../accounts/index.js';
import { orders } from '../orders/index.js';
import { bestOffer, type DiscountApplied, type DiscountRule } from './best-offer.js';
import { couponMiss, couponValueFen } from './coupon-value.js';
import { couponHoldings, coupons, discounts } from './promotions.tables.js';

/**
 * The checkout price (issue 12 §3): list price → the best discount → at most one coupon → paid.
 * Stacking rule (DOMAIN 2.10 "define and document"): discounts never stack with each other (the
 * guide's 最优 picks one); one coupon may follow, judged on the amount after the discount (a 满减
 * threshold too), so the buyer always gets the discount and chooses the coupon. Nothing goes below 0.
 */
export const STACKING = 'best_discount_then_one_coupon' as const;

export interface CheckoutInput {
  buyerId: string | null;
  sellerId: string;
  productId: string;
  specId: string;
  term: { unit: PurchaseUnit; duration: number } | null;
  quantity: number;
  scenario: PromotionScenario;
  client: Client;
  /** the list price of one unit for this term (an upgrade: its prorated charge) */
  unitListFen: number;
  /** 'best' preselects the most valuable applicable coupon (the confirmation page); null uses none */
  coupon: { holdingId: string } | 'best' | null;
  /** false skips reading the buyer's coupons when none is used (placing without a coupon); the quote lists them */
  listCoupons?: boolean;
  /** the seller previewing its own product sees 预发布 discounts */
  includePrepublished?: boolean;
  now: Date;
}

export interface CheckoutPrice extends PriceBreakdown {
  coupons: ApplicableCoupon[];
  discountApplied: DiscountApplied | null;
}

/** What a discount's rule needs for pricing. */
const discountRuleColumns = {
  id: discounts.id,
  name: discounts.name,
  type: discounts.type,
  amountOffFen: discounts.amountOffFen,
  rateTenths: discounts.rateTenths,
  startsAt: discounts.startsAt,
  endsAt: discounts.endsAt,
  specIds: discounts.specIds,
  conditions: discounts.conditions,
  publishStatus: discounts.publishStatus,
};

/** Discounts of a product that may apply now: not deleted, window open. */
// A prepared statement (planned once per connection).
const liveDiscountsQuery = preparedFor((db) =>
  db
    .select(discountRuleColumns)
    .from(discounts)
    .where(
      and(
        eq(discounts.productId, sql.placeholder('productId')),
        isNull(discounts.deletedAt),
        lte(discounts.startsAt, sql.placeholder('now')),
        gt(discounts.endsAt, sql.placeholder('now')),
      ),
    )
    .prepare('live_discounts'),
);

export async function liveDiscounts(db: Db, productId: string, now: Date): Promise<DiscountRule[]> {
  return liveDiscountsQuery(db).execute({ productId, now });
}

// A product's discounts whatever their window, for the kept reads: the window is judged per call.
const productDiscountsQuery = preparedFor((db) =>
  db
    .select(discountRuleColumns)
    .from(discounts)
    .where(and(eq(discounts.productId, sql.placeholder('productId')), isNull(discounts.deletedAt)))
    .prepare('product_discounts'),
);

/** The topic migration 0020's triggers announce for the discounts table. */
export const DISCOUNTS_TOPIC = 'discounts';

/**
 * liveDiscounts from the product's discounts this process keeps between placements
 * (platform/db/kept-reads.ts): every committed change to a discount empties them first, and the
 * window is judged against `now` on every call, as the statement does.
 */
export async function liveDiscountsKept(deps: KeptSource & { db: Db }, productId: string, now: Date): Promise<DiscountRule[]> {
  const all = await keptReads<DiscountRule[]>(deps, 'promotions.product-discounts', DISCOUNTS_TOPIC).read(productId, () =>
    productDiscountsQuery(deps.db).execute({ productId }),
  );
  return all.filter((r) => r.startsAt <= now && r.endsAt > now);
}

/** 首购: the buyer has never paid an order of this product (a refunded one counts as bought). */
export async function isFirstPurchase(db: Db, buyerId: string | null, productId: string): Promise<boolean> {
  if (!buyerId) return true;
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(
      and(
        eq(orders.buyerId, buyerId),
        eq(orders.productId, productId),
        inArray(orders.status, ['paid', 'refunded']),
        inArray(orders.type, ['new', 'trial_to_paid', 'renew', 'upgrade']),
      ),
    )
    .limit(1);
  return !row;
}

export async function isRealNameVerified(db: Db, buyerId: string | null): Promise<boolean> {
  if (!buyerId) return false;
  const [u] = await db.select({ at: users.realNameVerifiedAt }).from(users).where(eq(users.id, buyerId));
  return !!u?.at;
}

/** A coupon's terms and fit (coupon-value.ts), as selected wherever a holding is judged. */
export const couponFitColumns = {
  kind: coupons.kind,
  rateTenths: coupons.rateTenths,
  reduceFen: coupons.reduceFen,
  thresholdFen: coupons.thresholdFen,
  validFrom: coupons.validFrom,
  validTo: coupons.validTo,
  scope: coupons.scope,
  productIds: coupons.productIds,
  sellerId: coupons.sellerId,
  scenarios: coupons.scenarios,
  status: coupons.status,
};

/** The buyer's unused holdings of this seller's coupons that fit the purchase, most valuable first. */
export async function applicableCoupons(
  db: Db,
  p: { buyerId: string; sellerId: string; productId: string; scenario: PromotionScenario; amountFen: number; now: Date },
): Promise<ApplicableCoupon[]> {
  const rows = await db
    .select({
      holdingId: couponHoldings.id,
      couponId: coupons.id,
      name: coupons.name,
      ...couponFitColumns,
    })
    .from(couponHoldings)
    .innerJoin(coupons, eq(coupons.id, couponHoldings.couponId))
    .where(
      and(
        eq(couponHoldings.buyerId, p.buyerId),
        eq(couponHoldings.sellerId, p.sellerId),
        isNull(couponHoldings.orderId),
        isNull(couponHoldings.billId),
        eq(coupons.status, 'normal'),
        gt(coupons.validTo, p.now),
      ),
    )
    .orderBy(desc(couponHoldings.createdAt));
  return rows
    .filter((c) => couponMiss(c, p) === null)
    .map((c) => ({
      holdingId: c.holdingId,
      couponId: c.couponId,
      name: c.name,
      kind: c.kind,
      rateTenths: c.rateTenths,
      reduceFen: c.reduceFen,
      thresholdFen: c.thresholdFen,
      validTo: c.validTo.toISOString(),
      amountFen: couponValueFen(c, p.amountFen),
    }))
    .sort((a, b) => b.amountFen - a.amountFen || a.validTo.localeCompare(b.validTo) || a.holdingId.localeCompare(b.holdingId));
}

/**
 * Price one purchase for a buyer. Reads only; placing the order redeems the chosen coupon with
 * redeemCoupon in the order's transaction. A named holding that does not fit is refused with
 * coupon_not_applicable rather than silently dropped: the buyer was shown a price with it.
 */
export async function priceCheckout(deps: KeptSource & { db: Db }, input: CheckoutInput): Promise<CheckoutPrice> {
  const { db } = deps;
  const listPriceFen = input.unitListFen * input.quantity;
  const rules = await liveDiscountsKept(deps, input.productId, input.now);
  // the buyer's history and real name are read only when a live discount asks for them
  const [firstPurchase, realNameVerified] = await Promise.all([
    rules.some((r) => r.conditions.firstPurchaseOnly) ? isFirstPurchase(db, input.buyerId, input.productId) : true,
    rules.some((r) => r.conditions.realNameOnly) ? isRealNameVerified(db, input.buyerId) : false,
  ]);
  const discount = bestOffer(rules, input.unitListFen, {
    specId: input.specId,
    term: input.term,
    quantity: input.quantity,
    scenario: input.scenario,
    client: input.client,
    firstPurchase,
    realNameVerified,
    includePrepublished: input.includePrepublished ?? false,
    now: input.now,
  });
  const afterDiscount = listPriceFen - (discount?.amountFen ?? 0);
  const available =
    input.buyerId && afterDiscount > 0 && (input.coupon !== null || input.listCoupons !== false)
      ? await applicableCoupons(db, {
          buyerId: input.buyerId,
          sellerId: input.sellerId,
          productId: input.productId,
          scenario: input.scenario,
          amountFen: afterDiscount,
          now: input.now,
        })
      : [];
  let chosen: ApplicableCoupon | null = null;
  if (input.coupon === 'best') chosen = available[0] ?? null;
  else if (input.coupon) {
    const wanted = input.coupon.holdingId;
    chosen = available.find((c) => c.holdingId === wanted) ?? null;
    if (!chosen) {
      // a coupon already spent (by another order or a bill) is told apart from one that never fitted
      const [h] = await db
        .select({ orderId: couponHoldings.orderId, billId: couponHoldings.billId })
        .from(couponHoldings)
        .where(and(eq(couponHoldings.id, wanted), eq(couponHoldings.buyerId, input.buyerId ?? '')));
      if (h && (h.orderId || h.billId)) throw new DomainError('coupon_unavailable', 'this coupon has already been used', { couponHoldingId: wanted });
      throw new DomainError('coupon_not_applicable', 'this coupon cannot be used on this order', { couponHoldingId: wanted });
    }
  }
  const couponFen = chosen?.amountFen ?? 0;
  return {
    listPriceFen,
    discount: discount ? { id: discount.id, name: discount.name, amountFen: discount.amountFen } : null,
    discountApplied: discount,
    coupon: chosen ? { id: chosen.couponId, holdingId: chosen.holdingId, name: chosen.name, amountFen: couponFen } : null,
    paidFen: Math.max(0, afterDiscount - couponFen),
    coupons: available,
  };
}

/**
 * Use a holding for an order, inside the order's transaction: one conditional update, so two
 * orders racing for one coupon get it once; the loser's transaction rolls back with coupon_unavailable.
 */
export async function redeemCoupon(tx: Db, holdingId: string, buyerId: string, orderId: string, now: Date): Promise<void> {
  const used = await tx
    .update(couponHoldings)
    .set({ orderId, usedAt: now })
    .where(and(eq(couponHoldings.id, holdingId), eq(couponHoldings.buyerId, buyerId), isNull(couponHoldings.orderId), isNull(couponHoldings.billId)))
    .returning({ id: couponHoldings.id });
  if (used.length === 0) throw new DomainError('coupon_unavailable', 'this coupon has already been used', { couponHoldingId: holdingId });
}

/**
 * An unpaid order voided (by the buyer, the seller or the 7-day sweep) gives its coupon back.
 * A refund does not: the coupon was spent on a paid order and the refund repays only the cash
 * paid (guide 2.4: the voucher part is the marketplace's, not the buyer's money).
 */
export async function releaseCouponOfOrder(tx: Db, orderId: string): Promise<void> {
  await tx.update(couponHoldings).set({ orderId: null, usedAt: null }).where(eq(couponHoldings.orderId, orderId));
}
