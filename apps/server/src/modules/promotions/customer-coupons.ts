import type { CouponHoldingStatus } from '@cloudmart/contracts';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound, type ErrorCode } from '../../platform/errors.js';
import type { Deps } from '../../platform/module.js';
import { holdingStatusOf, isIssuing } from './coupon-status.js';
import { issueHolding } from './coupon-issue.js';
import { couponHoldings, coupons } from './promotions.tables.js';

export interface SentToBuyers {
  sent: string[];
  refused: { buyerId: string; code: ErrorCode }[];
}

/**
 * 发放优惠券 to buyers the caller already resolved (by UID on the coupon page, from customer rows
 * in the customer center): each through issueHolding, the one counting path of claims and grants,
 * so each counts against the issue count and that buyer's 领取限制 exactly. Another seller's coupon
 * is not found; a voided coupon or one outside its 发放时间 sends nothing. Buyers are tried in the
 * given order; once the coupon runs out the rest are refused with coupon_sold_out.
 */
export async function sendCouponToBuyers(
  deps: Pick<Deps, 'db' | 'clock'>,
  sellerId: string,
  couponId: string,
  buyerIds: readonly string[],
): Promise<SentToBuyers> {
  const now = deps.clock.now();
  const [c] = await deps.db
    .select({ id: coupons.id, status: coupons.status, issueFrom: coupons.issueFrom, issueTo: coupons.issueTo })
    .from(coupons)
    .where(and(eq(coupons.id, couponId), eq(coupons.sellerId, sellerId)));
  if (!c) throw notFound('coupon');
  if (c.status === 'voided') throw new DomainError('coupon_voided', 'the coupon is voided');
  if (!isIssuing(c, now)) throw new DomainError('coupon_not_issuing', 'the coupon is outside its issue time');
  const out: SentToBuyers = { sent: [], refused: [] };
  for (const buyerId of new Set(buyerIds)) {
    const r = await issueHolding(deps.db, { couponId: c.id, buyerId, source: 'sent', now });
    if (r.ok) out.sent.push(buyerId);
    else out.refused.push({ buyerId, code: r.code });
  }
  return out;
}

export interface HeldCoupon {
  holdingId: string;
  couponId: string;
  name: string;
  status: CouponHoldingStatus;
  validTo: Date;
}

/** 持有的优惠券: a buyer's holdings of one seller's coupons, newest first. */
export async function couponsHeldFrom(db: Db, sellerId: string, buyerId: string, now: Date, limit = 50): Promise<HeldCoupon[]> {
  const rows = await db
    .select({
      holdingId: couponHoldings.id,
      couponId: couponHoldings.couponId,
      orderId: couponHoldings.orderId,
      billId: couponHoldings.billId,
      name: coupons.name,
      status: coupons.status,
      validTo: coupons.validTo,
    })
    .from(couponHoldings)
    .innerJoin(coupons, eq(coupons.id, couponHoldings.couponId))
    .where(and(eq(couponHoldings.sellerId, sellerId), eq(couponHoldings.buyerId, buyerId)))
    .orderBy(desc(couponHoldings.createdAt), desc(couponHoldings.id))
    .limit(limit);
  return rows.map((r) => ({ holdingId: r.holdingId, couponId: r.couponId, name: r.name, status: holdingStatusOf(r, r, now), validTo: r.validTo }));
}
