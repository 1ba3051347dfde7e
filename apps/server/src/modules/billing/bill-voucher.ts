import type { Db } from '../../platform/db/client.js';

/** The bill a voucher would be applied to. */
export interface VoucherableBill {
  id: string;
  buyerId: string;
  productId: string;
  amountFen: number;
}

/**
 * The seam where coupons (营销 > 优惠券) will pay part of a bill: returns the fen a voucher
 * covers, 0 ≤ v ≤ amountFen. The marketplace has no coupons yet, so nothing is covered and
 * 是否使用代金券 reads false from bills.voucher_fen = 0; a coupons module replaces this function.
 */
export type VoucherPort = (tx: Db, bill: VoucherableBill) => Promise<number>;

export const noVouchers: VoucherPort = () => Promise.resolve(0);
