import type { DiscountConditions, PromotionScenario } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DAY } from '../../platform/clock.js';
import { couponHoldings, coupons, discounts } from '../../modules/promotions/promotions.tables.js';

/**
 * Discounts, coupons and holdings written straight into promotions' tables, for tests of what
 * is downstream of a price (checkout, voids, refunds, bills) without going through the seller's
 * and buyer's promotion routes.
 */
let n = 0;
const id = (p: string) => `${p}_k${Date.now().toString(36)}${(++n).toString(36)}`;

const anyConditions: DiscountConditions = { scenarios: [], minQuantity: null, clients: [], terms: [], firstPurchaseOnly: false, realNameOnly: false };

export async function addDiscount(
  db: Db,
  now: Date,
  d: {
    sellerId: string;
    productId: string;
    specIds: string[];
    name?: string;
    amountOffFen?: number;
    rateTenths?: number;
    conditions?: Partial<DiscountConditions>;
    startsAt?: Date;
    endsAt?: Date;
    publishStatus?: 'prepublished' | 'published';
  },
): Promise<string> {
  const discountId = id('dsc');
  await db.insert(discounts).values({
    id: discountId,
    sellerId: d.sellerId,
    productId: d.productId,
    name: d.name ?? '测试优惠',
    type: d.rateTenths !== undefined ? 'percent_off' : 'amount_off',
    amountOffFen: d.rateTenths !== undefined ? null : (d.amountOffFen ?? 1_000),
    rateTenths: d.rateTenths ?? null,
    startsAt: d.startsAt ?? new Date(now.getTime() - DAY),
    endsAt: d.endsAt ?? new Date(now.getTime() + 30 * DAY),
    specIds: d.specIds,
    conditions: { ...anyConditions, ...d.conditions },
    publishStatus: d.publishStatus ?? 'published',
    createdAt: now,
    updatedAt: now,
    publishedAt: (d.publishStatus ?? 'published') === 'published' ? now : null,
  });
  return discountId;
}

export async function addCoupon(
  db: Db,
  now: Date,
  c: {
    sellerId: string;
    name?: string;
    productIds?: string[];
    reduceFen?: number;
    thresholdFen?: number;
    rateTenths?: number;
    scenarios?: PromotionScenario[];
    validTo?: Date;
    issueCount?: number;
  },
): Promise<string> {
  const couponId = id('cpn');
  const percent = c.rateTenths !== undefined;
  await db.insert(coupons).values({
    id: couponId,
    sellerId: c.sellerId,
    name: c.name ?? '测试券',
    scope: c.productIds ? 'products' : 'shop',
    productIds: c.productIds ?? [],
    kind: percent ? 'percent' : 'threshold',
    rateTenths: c.rateTenths ?? null,
    reduceFen: percent ? null : (c.reduceFen ?? 500),
    thresholdFen: percent ? null : (c.thresholdFen ?? c.reduceFen ?? 500),
    perUserLimit: 100,
    issueFrom: new Date(now.getTime() - DAY),
    issueTo: new Date(now.getTime() + 30 * DAY),
    validFrom: new Date(now.getTime() - DAY),
    validTo: c.validTo ?? new Date(now.getTime() + 30 * DAY),
    issueCount: c.issueCount ?? 1000,
    scenarios: c.scenarios ?? ['new', 'renew', 'upgrade'],
    showInShop: 'yes',
    purchasedProductIds: [],
    createdAt: now,
  });
  return couponId;
}

/** A holding of the coupon for the buyer (as if claimed); returns the holding id. */
export async function giveCoupon(db: Db, now: Date, couponId: string, buyerId: string): Promise<string> {
  const [c] = await db.select({ sellerId: coupons.sellerId, claimed: coupons.claimedCount }).from(coupons).where(eq(coupons.id, couponId));
  if (!c) throw new Error(`no coupon ${couponId}`);
  const holdingId = id('cph');
  await db
    .update(coupons)
    .set({ claimedCount: c.claimed + 1 })
    .where(eq(coupons.id, couponId));
  await db.insert(couponHoldings).values({ id: holdingId, couponId, sellerId: c.sellerId, buyerId, seq: c.claimed + 1, source: 'claim', createdAt: now });
  return holdingId;
}

export async function holdingOf(db: Db, holdingId: string) {
  const [h] = await db.select().from(couponHoldings).where(eq(couponHoldings.id, holdingId));
  return h;
}
