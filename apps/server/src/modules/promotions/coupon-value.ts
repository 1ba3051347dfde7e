import type { CouponKind, PromotionScenario } from '@cloudmart/contracts';

/**
 * What one coupon takes off an order (guide 2.10 优惠券类型):
 * - 折扣券 "用户使用该种优惠券可以享受折扣价格": the buyer pays rateTenths % of the amount, rounded half up
 *   to the fen; the coupon is worth the rest.
 * - 满额券/满减券 "当支付金额超过指定金额才可以使用…直接减免相应金额" with 金额限制 "订单超过此处设置的金额时才能使用":
 *   usable when the amount is at least thresholdFen (the guide's detail page words it "订单满 100 元可以使用"),
 *   worth reduceFen, never more than the amount.
 * The amount is the order after its best discount (stacking: discount first, then one coupon).
 */
export interface CouponTerms {
  kind: CouponKind;
  rateTenths: number | null;
  reduceFen: number | null;
  thresholdFen: number | null;
}

export function couponValueFen(c: CouponTerms, amountFen: number): number {
  if (amountFen <= 0) return 0;
  if (c.kind === 'percent') {
    const pay = Math.floor((amountFen * (c.rateTenths ?? 100) * 2 + 100) / 200);
    return Math.max(0, amountFen - Math.min(amountFen, pay));
  }
  if (amountFen < (c.thresholdFen ?? 0)) return 0;
  return Math.min(amountFen, c.reduceFen ?? 0);
}

/** The coupon side of "does this coupon fit this purchase": scope, scenario and validity. */
export interface CouponFit {
  scope: 'shop' | 'products';
  productIds: readonly string[];
  sellerId: string;
  scenarios: readonly PromotionScenario[];
  validFrom: Date;
  validTo: Date;
  status: 'normal' | 'voided';
}

export type CouponMiss = 'voided' | 'not_yet_valid' | 'expired' | 'seller' | 'product' | 'scenario' | 'threshold';

export function couponMiss(
  c: CouponFit & CouponTerms,
  p: { sellerId: string; productId: string; scenario: PromotionScenario; amountFen: number; now: Date },
): CouponMiss | null {
  if (c.status === 'voided') return 'voided';
  if (p.now.getTime() < c.validFrom.getTime()) return 'not_yet_valid';
  if (p.now.getTime() >= c.validTo.getTime()) return 'expired';
  if (c.sellerId !== p.sellerId) return 'seller';
  if (c.scope === 'products' && !c.productIds.includes(p.productId)) return 'product';
  if (!c.scenarios.includes(p.scenario)) return 'scenario';
  if (couponValueFen(c, p.amountFen) <= 0) return 'threshold';
  return null;
}
