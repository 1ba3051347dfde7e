import {
  buyerCouponSchema,
  checkoutQuoteReply,
  type checkoutQuoteBody,
  productOffersSchema,
  shopCouponSchema,
  type Client,
  type CouponHoldingStatus,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { apiGet, apiSend, isApiError, pageOf } from '../../shared/api/client';
import { clientForWidth, MOBILE_BELOW_WIDTH } from './promotion-format';

const root = 'promotions-buyer';

/** The client the buyer orders from (guide 2.9 客户端), following the viewport as it changes. */
export function useClient(): Client {
  const query = `(max-width: ${MOBILE_BELOW_WIDTH - 0.02}px)`;
  const [client, setClient] = useState<Client>(() => (typeof window === 'undefined' ? 'pc' : clientForWidth(window.innerWidth)));
  useEffect(() => {
    const mq = window.matchMedia(query);
    const onChange = () => setClient(mq.matches ? 'mobile' : 'pc');
    onChange();
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [query]);
  return client;
}

export function useProductOffers(productId: string, client: Client) {
  return useQuery({
    queryKey: [root, 'offers', productId, client],
    queryFn: () => apiGet(`/store/products/${encodeURIComponent(productId)}/offers`, productOffersSchema, { client }),
    enabled: productId !== '',
    placeholderData: keepPreviousData,
  });
}

const shopCoupons = z.object({ items: z.array(shopCouponSchema) });
export function useShopCoupons(sellerCode: string) {
  return useQuery({
    queryKey: [root, 'shop-coupons', sellerCode],
    queryFn: () => apiGet(`/store/shops/${encodeURIComponent(sellerCode)}/coupons`, shopCoupons),
    enabled: sellerCode !== '',
  });
}

/** Claiming changes what the product and shop pages show (held, remaining) and 我的优惠券. */
export function useClaimCoupon() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (couponId: string) => apiSend('POST', `/buyer/coupons/${encodeURIComponent(couponId)}/claim`, buyerCouponSchema),
    onSettled: () => qc.invalidateQueries({ queryKey: [root] }),
  });
}

/*
 * 我的优惠券 links a used coupon to its order. The contract names the order only by its number;
 * the detail page needs the id, read here when the server sends it (see the hand-back report).
 */
export const myCouponSchema = buyerCouponSchema.extend({ orderId: z.string().nullable().optional() });
export type MyCoupon = z.infer<typeof myCouponSchema>;
const myCouponPage = pageOf(myCouponSchema);

export function useMyCoupons(status: CouponHoldingStatus, page: number, pageSize: number) {
  return useQuery({
    queryKey: [root, 'mine', status, page, pageSize],
    queryFn: () => apiGet('/buyer/coupons', myCouponPage, { status, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

/**
 * The confirmation's price (POST, but a read: nothing is reserved). Re-asked whenever the
 * selection or the coupon choice changes; a refusal (4xx) is not retried.
 */
export function useCheckoutQuote(body: z.input<typeof checkoutQuoteBody> | null) {
  return useQuery({
    queryKey: [root, 'quote', body],
    queryFn: () => apiSend('POST', '/buyer/checkout/quote', checkoutQuoteReply, body),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    retry: (count, err) => !(isApiError(err) && err.status >= 400 && err.status < 500) && count < 2,
  });
}

const realNameSchema = z.object({ verified: z.boolean(), verifiedAt: z.string().nullable() });
export function useRealName() {
  return useQuery({ queryKey: [root, 'real-name'], queryFn: () => apiGet('/buyer/real-name', realNameSchema) });
}

export function useVerifyRealName() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { realName: string; idNumber: string }) => apiSend('POST', '/buyer/real-name', realNameSchema, body),
    onSuccess: (reply) => {
      qc.setQueryData([root, 'real-name'], reply);
      // offers and quotes may change: some discounts are for verified buyers only
      return qc.invalidateQueries({ queryKey: [root] });
    },
  });
}
