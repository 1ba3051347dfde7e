import type { ModuleDef } from '../../platform/module.js';

export { discounts, coupons, couponHoldings } from './promotions.tables.js';
export {
  STACKING,
  priceCheckout,
  redeemCoupon,
  releaseCouponOfOrder,
  type CheckoutInput,
  type CheckoutPrice,
} from './checkout-price.js';
export { couponValueForBill, redeemCouponForBill, type BillVoucherInput } from './bill-voucher.js';

/** 营销 (guide 2.9 商品优惠, 2.10 优惠券): discounts with the best offer, coupons with exact counts. */
export const promotionsModule: ModuleDef = {
  name: 'promotions',
};
