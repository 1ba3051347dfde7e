import { couponFitColumns } from './checkout-price.js';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError } from '../../platform/errors.js';
import { couponMiss, couponValueFen } from './coupon-value.js';
import { couponHoldings, coupons } from './promotions.tables.js';

/**
 * A coupon paying part of a postpaid bill (guide 2.5 账单 是否使用代金券, 2.10 优惠券).
 *
 * Scenario: a monthly bill is the continued use of a product the buyer already has, so a coupon
 * counts for a bill when its 订单业务类型 include 续费 ('renew'); a 新购-only or 升级-only coupon
 * does not fit. It must be the bill's seller's, cover the bill's product (店铺通用 or 指定商品),
 * be valid now and not voided; it is worth couponValueFen on the bill's amount (a 满减 threshold
 * judged on that amount). Once used it is spent: bills are not voided, and a paid bill is never
 * reopened, so there is no release for bills.
 */
export interface BillVoucherInput {
  holdingId: string;
  buyerId: string;
  billId: string;
  sellerId: string;
  productId: string;
  amountFen: number;
  now: Date;
}

/** What the holding would cover on this bill, 0 < v ≤ amountFen; coupon_not_applicable when it does not fit. */
export async function couponValueForBill(db: Db, p: Omit<BillVoucherInput, 'billId'>): Promise<number> {
  const [c] = await db
    .select(couponFitColumns)
    .from(couponHoldings)
    .innerJoin(coupons, eq(coupons.id, couponHoldings.couponId))
    .where(and(eq(couponHoldings.id, p.holdingId), eq(couponHoldings.buyerId, p.buyerId), isNull(couponHoldings.orderId), isNull(couponHoldings.billId)));
  const fit = { sellerId: p.sellerId, productId: p.productId, scenario: 'renew' as const, amountFen: p.amountFen, now: p.now };
  if (!c || couponMiss(c, fit) !== null) {
    throw new DomainError('coupon_not_applicable', 'this coupon cannot be used on this bill', { couponHoldingId: p.holdingId });
  }
  return Math.min(p.amountFen, couponValueFen(c, p.amountFen));
}

/**
 * Use a holding for a bill, in the bill payment's transaction: checked as couponValueForBill,
 * then one conditional update, so a holding raced by an order or another bill is used once and
 * the loser's transaction rolls back with coupon_unavailable. Returns the fen it covers.
 */
export async function redeemCouponForBill(tx: Db, p: BillVoucherInput): Promise<number> {
  const voucherFen = await couponValueForBill(tx, p);
  const used = await tx
    .update(couponHoldings)
    .set({ billId: p.billId, usedAt: p.now })
    .where(and(eq(couponHoldings.id, p.holdingId), eq(couponHoldings.buyerId, p.buyerId), isNull(couponHoldings.orderId), isNull(couponHoldings.billId)))
    .returning({ id: couponHoldings.id });
  if (used.length === 0) throw new DomainError('coupon_unavailable', 'this coupon has already been used', { couponHoldingId: p.holdingId });
  return voucherFen;
}
