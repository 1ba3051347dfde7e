import type { CheckoutQuoteBody, CheckoutQuoteReply } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';
import type { Deps } from '../../platform/module.js';
import { STACKING } from '../promotions/index.js';
import { convertPurchase, newPurchase, priceOf, renewPurchase, upgradePurchase, type PricedPurchase } from './place-order.service.js';

type D = Pick<Deps, 'db' | 'clock' | 'changes' | 'config'>;

function required<T>(v: T | undefined, field: string): T {
  if (v === undefined) throw new DomainError('validation_failed', `${field} is required for this order type`, { field });
  return v;
}

/** The purchase a quote is for, resolved exactly as placing it would be. */
async function purchaseOf(deps: D, buyerId: string, b: CheckoutQuoteBody): Promise<PricedPurchase | null> {
  switch (b.type) {
    case 'new': {
      const p = await newPurchase(deps, {
        productId: required(b.productId, 'productId'),
        specId: required(b.specId, 'specId'),
        unit: b.unit,
        duration: b.duration,
        quantity: b.quantity,
      });
      // a trial or postpaid spec: nothing to pay now and no promotions
      return 'priced' in p ? p.priced : null;
    }
    case 'renew':
      return renewPurchase(deps.db, buyerId, required(b.instanceId, 'instanceId'), {
        unit: required(b.unit, 'unit'),
        duration: required(b.duration, 'duration'),
      });
    case 'upgrade':
      return upgradePurchase(deps, buyerId, required(b.instanceId, 'instanceId'), required(b.specId, 'specId'));
    case 'trial_to_paid':
      return convertPurchase(deps.db, buyerId, required(b.instanceId, 'instanceId'), {
        specId: required(b.specId, 'specId'),
        unit: required(b.unit, 'unit'),
        duration: required(b.duration, 'duration'),
      });
  }
}

/**
 * 确认订单: the price placing this purchase would store. couponHoldingId undefined preselects
 * the best applicable coupon (the page's default), null uses none, an id uses that one (or 409).
 */
export async function quoteCheckout(deps: D, buyerId: string, b: CheckoutQuoteBody): Promise<CheckoutQuoteReply> {
  const p = await purchaseOf(deps, buyerId, b);
  if (!p) {
    if (b.couponHoldingId) throw new DomainError('coupon_not_applicable', 'this order takes no coupon', { couponHoldingId: b.couponHoldingId });
    return { listPriceFen: 0, discount: null, coupon: null, paidFen: 0, coupons: [], stacking: STACKING };
  }
  const coupon = b.couponHoldingId === undefined ? 'best' : b.couponHoldingId === null ? null : { holdingId: b.couponHoldingId };
  const price = await priceOf(deps, buyerId, p, b.client, coupon, true);
  return {
    listPriceFen: price.listPriceFen,
    discount: price.discount,
    coupon: price.coupon,
    paidFen: price.paidFen,
    coupons: price.coupons,
    stacking: STACKING,
  };
}
