import type { CouponHoldingStatus, CouponStatus } from '@cloudmart/contracts';
import { DomainError, type ErrorCode } from '../../platform/errors.js';
import { stateMachine } from '../../platform/state-machine.js';

type StoredCouponStatus = 'normal' | 'voided';

/**
 * 优惠券 (guide 2.10 作废优惠券): normal → voided by the seller, once. 已过期 is not stored: it is a
 * normal coupon whose 使用期限 has ended (couponStatusOf).
 */
export const couponLifecycle = stateMachine<StoredCouponStatus>(
  'coupon',
  {
    normal: ['voided'],
    voided: [],
  },
  (from) => (from === 'voided' ? new DomainError('coupon_already_voided', 'the coupon is already voided', { status: from }) : undefined),
);

/** 正常 / 已作废 / 已过期 as the list and the detail page show it. */
export function couponStatusOf(c: { status: StoredCouponStatus; validTo: Date }, now: Date): CouponStatus {
  if (c.status === 'voided') return 'voided';
  return now.getTime() >= c.validTo.getTime() ? 'expired' : 'normal';
}

/** 发放时间: buyers claim (and the system grants) in [issueFrom, issueTo). */
export function isIssuing(c: { issueFrom: Date; issueTo: Date }, now: Date): boolean {
  return now.getTime() >= c.issueFrom.getTime() && now.getTime() < c.issueTo.getTime();
}

/**
 * 我的优惠券: used once an order or a bill took it; otherwise expired when its coupon's 使用期限
 * ended or the seller voided it; otherwise usable.
 */
export function holdingStatusOf(
  h: { orderId: string | null; billId: string | null },
  c: { status: StoredCouponStatus; validTo: Date },
  now: Date,
): CouponHoldingStatus {
  if (h.orderId || h.billId) return 'used';
  return couponStatusOf(c, now) === 'normal' ? 'usable' : 'expired';
}

export interface ClaimState {
  status: StoredCouponStatus;
  issueFrom: Date;
  issueTo: Date;
  issueCount: number;
  claimedCount: number;
  perUserLimit: number;
  purchasedProductIds: readonly string[];
}

/**
 * Why a buyer may not claim one more on the product page, or null when they may. With
 * 已购商品范围 set the system grants it ("该优惠券由系统自动帮用户领取"), so it cannot be claimed by hand.
 * `held` null: the viewer is not signed in (only the coupon's own state is judged).
 */
export function claimRefusal(c: ClaimState, held: number | null, now: Date): ErrorCode | null {
  if (c.status === 'voided') return 'coupon_voided';
  if (!isIssuing(c, now)) return 'coupon_not_issuing';
  if (c.purchasedProductIds.length > 0) return 'coupon_grant_only';
  if (held !== null && held >= c.perUserLimit) return 'coupon_claim_limit';
  if (c.claimedCount >= c.issueCount) return 'coupon_sold_out';
  return null;
}
