import {
  billingModes,
  couponHolderSchema,
  couponSchema,
  couponStatuses,
  discountPublishStatuses,
  discountSchema,
  effectiveStatuses,
  purchaseUnits,
  type CouponBody,
  type DiscountBody,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, apiSendVoid, pageOf } from '../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../shared/list-state';

/*
 * 营销 (guide 2.9 商品优惠设置, 2.10 优惠券设置): the seller's discounts and coupons.
 * Every list keeps its filters and page in the URL (list-state.ts).
 */

const oneOf = (values: readonly string[], v: string | undefined) => v === undefined || values.includes(v);

/** The console pages (for links and navigation). */
export const discountPagePath = (id: string) => `/seller/discounts/${encodeURIComponent(id)}`;
export const couponPagePath = (id: string) => `/seller/coupons/${encodeURIComponent(id)}`;

/* ---------- list states ---------- */

export const discountFilterKeys = ['productId', 'name', 'publishStatus', 'effectiveStatus'] as const;
export type DiscountFilterKey = (typeof discountFilterKeys)[number];
export type DiscountFilters = Partial<Record<DiscountFilterKey, string>>;
export type DiscountListState = ListState<DiscountFilterKey>;

export function discountListStateFrom(params: URLSearchParams): DiscountListState {
  const state = listStateFrom(params, discountFilterKeys);
  const f = state.filters;
  if (!oneOf(discountPublishStatuses, f.publishStatus)) delete f.publishStatus;
  if (!oneOf(effectiveStatuses, f.effectiveStatus)) delete f.effectiveStatus;
  if (f.name !== undefined && f.name.length > 30) f.name = f.name.slice(0, 30);
  return state;
}

export function discountListParams(state: DiscountListState): URLSearchParams {
  return listParams(state, discountFilterKeys);
}

export const couponFilterKeys = ['name', 'status'] as const;
export type CouponFilterKey = (typeof couponFilterKeys)[number];
export type CouponFilters = Partial<Record<CouponFilterKey, string>>;
export type CouponListState = ListState<CouponFilterKey>;

export function couponListStateFrom(params: URLSearchParams): CouponListState {
  const state = listStateFrom(params, couponFilterKeys);
  const f = state.filters;
  if (!oneOf(couponStatuses, f.status)) delete f.status;
  if (f.name !== undefined && f.name.length > 30) f.name = f.name.slice(0, 30);
  return state;
}

export function couponListParams(state: CouponListState): URLSearchParams {
  return listParams(state, couponFilterKeys);
}

/* ---------- the pickers' products ---------- */

/**
 * GET /seller/promotion-products: the seller's own products with their specs and prepaid prices.
 * Parsed here until @cloudmart/contracts names the reply (the brief gives its shape).
 */
export const promotionProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  billing: z.enum(billingModes),
  specs: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      prices: z.array(z.object({ unit: z.enum(purchaseUnits), duration: z.number().int(), priceFen: z.number().int() })),
    }),
  ),
});
export type PromotionProduct = z.infer<typeof promotionProductSchema>;
const promotionProductsReply = z.object({ items: z.array(promotionProductSchema) });

const promotionsKey = ['seller-promotions'] as const;
const discountsKey = [...promotionsKey, 'discounts'] as const;
const couponsKey = [...promotionsKey, 'coupons'] as const;

export function usePromotionProducts() {
  return useQuery({
    queryKey: [...promotionsKey, 'products'],
    queryFn: () => apiGet('/seller/promotion-products', promotionProductsReply),
    select: (r) => r.items,
    staleTime: 60_000,
  });
}

/* ---------- discounts ---------- */

const discountPage = pageOf(discountSchema);
const discountPath = (id: string) => `/seller/discounts/${encodeURIComponent(id)}`;

export function useDiscounts(state: DiscountListState) {
  return useQuery({
    queryKey: [...discountsKey, 'list', state],
    queryFn: () => apiGet('/seller/discounts', discountPage, { ...state.filters, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useDiscount(id: string | undefined) {
  return useQuery({
    queryKey: [...discountsKey, 'one', id],
    queryFn: () => apiGet(discountPath(id ?? ''), discountSchema),
    enabled: id !== undefined,
  });
}

export function useSaveDiscount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: DiscountBody }) =>
      id ? apiSend('PUT', discountPath(id), discountSchema, body) : apiSend('POST', '/seller/discounts', discountSchema, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: discountsKey }),
  });
}

export function usePublishDiscount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend('POST', `${discountPath(id)}/publish`, discountSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: discountsKey }),
  });
}

export function useDeleteDiscount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSendVoid('DELETE', discountPath(id)),
    onSuccess: () => qc.invalidateQueries({ queryKey: discountsKey }),
  });
}

/* ---------- coupons ---------- */

const couponPage = pageOf(couponSchema);
const holderPage = pageOf(couponHolderSchema);
const couponPath = (id: string) => `/seller/coupons/${encodeURIComponent(id)}`;

export function useCoupons(state: CouponListState) {
  return useQuery({
    queryKey: [...couponsKey, 'list', state],
    queryFn: () => apiGet('/seller/coupons', couponPage, { ...state.filters, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useCoupon(id: string) {
  return useQuery({ queryKey: [...couponsKey, 'one', id], queryFn: () => apiGet(couponPath(id), couponSchema) });
}

export function useCouponHolders(id: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...couponsKey, 'holders', id, page, pageSize],
    queryFn: () => apiGet(`${couponPath(id)}/holders`, holderPage, { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateCoupon() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CouponBody) => apiSend('POST', '/seller/coupons', couponSchema, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: couponsKey }),
  });
}

export function useVoidCoupon() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend('POST', `${couponPath(id)}/void`, couponSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: couponsKey }),
  });
}
