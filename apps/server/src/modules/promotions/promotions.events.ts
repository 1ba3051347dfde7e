import { z } from 'zod';

/**
 * A coupon with 已购商品范围 was created: grant it to the past buyers in its 已购商品时间 (guide
 * 2.10 "该优惠券由系统自动帮用户领取"). Emitted in the creating transaction, due when issuing starts.
 */
export const COUPON_GRANT_PAST_BUYERS = 'promotions.coupon_grant_past_buyers';
export const couponGrantPastBuyersPayload = z.object({ couponId: z.string() });
