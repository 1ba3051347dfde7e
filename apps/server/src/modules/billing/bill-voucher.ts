import type { Db } from '../../platform/db/client.js';
import { couponValueForBill, redeemCouponForBill } from '../promotions/index.js';

/** The bill a voucher would be applied to. */
export interface VoucherableBill {
  id: string;
  buyerId: string;
  sellerId: string;
  productId: string;
  amountFen: number;
}

/**
 * The seam where coupons (营销 > 优惠券) pay part of a bill. valueOf says what the voucher would
 * cover before the cashier is called (0 ≤ v ≤ amountFen); redeem marks it used in the transaction
 * that marks the bill paid and returns the same figure. bills.voucher_fen records it, and
 * 是否使用代金券 reads voucher_fen > 0.
 *
 * Which coupons fit a bill is promotions' rule (promotions/bill-voucher.ts): the bill's seller's,
 * covering its product, valid, with 续费 among its scenarios — a monthly bill is the continued
 * use of a product the buyer already has.
 */
export interface VoucherPort {
  valueOf(tx: Db, bill: VoucherableBill, now: Date): Promise<number>;
  redeem(tx: Db, bill: VoucherableBill, now: Date): Promise<number>;
}

export const noVouchers: VoucherPort = { valueOf: () => Promise.resolve(0), redeem: () => Promise.resolve(0) };

/** The buyer's coupon holding named on the pay request. */
export function couponVoucher(holdingId: string): VoucherPort {
  const input = (b: VoucherableBill, now: Date) => ({
    holdingId,
    buyerId: b.buyerId,
    billId: b.id,
    sellerId: b.sellerId,
    productId: b.productId,
    amountFen: b.amountFen,
    now,
  });
  return {
    valueOf: (tx, b, now) => couponValueForBill(tx, input(b, now)),
    redeem: (tx, b, now) => redeemCouponForBill(tx, input(b, now)),
  };
}
