import type { checkoutQuoteBody } from '@cloudmart/contracts';
import type { z } from 'zod';
import { useState } from 'react';
import { isApiError } from '../../shared/api/client';
import type { CouponChoice } from './promotion-format';
import { useCheckoutQuote } from './promotions-buyer.queries';

/** Codes by which the server refuses a chosen coupon: the confirmation lets the server choose again. */
const couponGoneCodes = new Set(['coupon_unavailable', 'coupon_not_applicable', 'coupon_voided']);
export function isCouponGone(err: unknown): boolean {
  return isApiError(err) && couponGoneCodes.has(err.code);
}

/** What the quote asks for, without the coupon (the hook adds the buyer's choice). */
export type QuoteBase = Omit<z.input<typeof checkoutQuoteBody>, 'couponHoldingId'>;

/**
 * A confirmation's price: first the server's own pick of coupon (couponHoldingId undefined),
 * then whatever the buyer chooses. A new selection (another spec or term) starts over, since
 * the chosen coupon may not apply to it.
 */
export function useQuote(base: QuoteBase | null) {
  const baseKey = base === null ? '' : JSON.stringify(base);
  const [pick, setPick] = useState<{ key: string; choice: CouponChoice; gone: boolean }>({ key: baseKey, choice: undefined, gone: false });
  const current = pick.key === baseKey ? pick : { key: baseKey, choice: undefined, gone: false };
  const quote = useCheckoutQuote(base === null ? null : { ...base, couponHoldingId: current.choice });

  // the chosen coupon was used up or voided meanwhile: ask again without a choice (set while rendering, guarded)
  if (quote.isError && isCouponGone(quote.error) && typeof current.choice === 'string') {
    setPick({ key: baseKey, choice: undefined, gone: true });
  }

  const settled = quote.isSuccess && !quote.isPlaceholderData && !quote.isFetching;
  return {
    quote,
    /** the coupon the shown price uses; what the order is placed with */
    couponHoldingId: settled ? (quote.data.coupon?.holdingId ?? null) : null,
    /** the price on screen is the one that will be charged (or the quote failed and the server prices it) */
    ready: base !== null && (settled || (quote.isError && !quote.isFetching)),
    couponGone: current.gone,
    choose: (choice: string | null) => setPick({ key: baseKey, choice, gone: false }),
  };
}
