import type { ModuleDef } from '../../platform/module.js';
import { ORDER_PAID, orderPaidPayload } from '../orders/index.js';
import { grantOnOrdersPaid, grantToPastBuyers } from './coupon-grants.js';
import { COUPON_GRANT_PAST_BUYERS, couponGrantPastBuyersPayload } from './promotions.events.js';
import { promotionsRoutes } from './promotions.routes.js';

export { discounts, coupons, couponHoldings } from './promotions.tables.js';
export {
  STACKING,
  applicableCoupons,
  isFirstPurchase,
  isRealNameVerified,
  liveDiscounts,
  priceCheckout,
  redeemCoupon,
  releaseCouponOfOrder,
  type CheckoutInput,
  type CheckoutPrice,
} from './checkout-price.js';
export { bestOffer, discountMiss, discountedUnitFen, type DiscountApplied, type DiscountRule, type PurchaseContext } from './best-offer.js';
export { couponMiss, couponValueFen, type CouponTerms } from './coupon-value.js';
export { couponStatusOf, holdingStatusOf } from './coupon-status.js';
export { effectiveStatusOf } from './discount-status.js';
export { promotionPermissions } from './promotions.permissions.js';
// the customer center (guide 2.8 发放优惠券 / 持有的优惠券)
export { couponsHeldFrom, sendCouponToBuyers, type HeldCoupon, type SentToBuyers } from './customer-coupons.js';
export { couponValueForBill, redeemCouponForBill, type BillVoucherInput } from './bill-voucher.js';

/** 营销 (guide 2.9 商品优惠, 2.10 优惠券): discounts with the best offer, coupons with exact counts. */
export const promotionsModule: ModuleDef = {
  name: 'promotions',
  routes: promotionsRoutes,
  handlers: (outbox, deps) => {
    // 已购商品范围: grant coupons to buyers as their orders are paid, and to past buyers when a coupon starts issuing
    // a batch's candidate coupons read in one statement
    outbox.onBatch(ORDER_PAID, 'promotions.grant', async (events) => {
      await grantOnOrdersPaid(
        deps,
        events.map((e) => orderPaidPayload.parse(e.payload)),
      );
    });
    outbox.on(COUPON_GRANT_PAST_BUYERS, 'promotions.grant_past_buyers', async (event) => {
      await grantToPastBuyers(deps, couponGrantPastBuyersPayload.parse(event.payload).couponId);
    });
  },
};
