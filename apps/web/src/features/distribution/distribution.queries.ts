import {
  distributionSettingSchema,
  referredOrderSchema,
  resellerProductSchema,
  resellerProfileSchema,
  resellerStatementSchema,
  resellerTotalSchema,
  sellerDistributionProductSchema,
  type JoinDistributionBody,
  type JoinResellerBody,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiDownload, apiGet, apiSend } from '../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../shared/list-state';

/*
 * 分销 (guide 2.2/2.3): the seller's 分销设置, the reseller's console and the operator's totals.
 * The lists keep their filters and page in the URL (list-state.ts).
 */

export const distributionPagePath = '/seller/distribution';
export const resellerPagePath = '/buyer/reseller';

/** The agreed list reply is { items, total } (api-routes.md); page and pageSize, when sent too, are not needed. */
function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/* ---------- list states ---------- */

export const distributionFilterKeys = ['q'] as const;
export type DistributionListState = ListState<(typeof distributionFilterKeys)[number]>;

export function distributionListStateFrom(params: URLSearchParams): DistributionListState {
  const state = listStateFrom(params, distributionFilterKeys);
  if (state.filters.q !== undefined) state.filters.q = state.filters.q.slice(0, 60);
  return state;
}
export const distributionListParams = (state: DistributionListState) => listParams(state, distributionFilterKeys);

/** The reseller console's lists share one URL: the tab, the product search and the month. */
export const resellerFilterKeys = ['tab', 'q', 'month'] as const;
export type ResellerListState = ListState<(typeof resellerFilterKeys)[number]>;
export const resellerTabs = ['products', 'orders', 'statements'] as const;
export type ResellerTab = (typeof resellerTabs)[number];

export function resellerListStateFrom(params: URLSearchParams): ResellerListState {
  const state = listStateFrom(params, resellerFilterKeys);
  const f = state.filters;
  if (f.tab !== undefined && !resellerTabs.some((tab) => tab === f.tab)) delete f.tab;
  if (f.month !== undefined && !/^\d{4}-\d{2}$/.test(f.month)) delete f.month;
  if (f.q !== undefined) f.q = f.q.slice(0, 60);
  return state;
}
export const resellerListParams = (state: ResellerListState) => listParams(state, resellerFilterKeys);

/* ---------- seller ---------- */

const sellerKey = ['distribution', 'seller'] as const;

export function useSellerDistributionProducts(state: DistributionListState) {
  return useQuery({
    queryKey: [...sellerKey, 'products', state],
    queryFn: () =>
      apiGet('/seller/distribution/products', pageOf(sellerDistributionProductSchema), {
        page: state.page,
        pageSize: state.pageSize,
        q: state.filters.q,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useJoinDistribution() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ productId, body }: { productId: string; body: JoinDistributionBody }) =>
      apiSend('POST', `/seller/distribution/products/${encodeURIComponent(productId)}`, distributionSettingSchema, body),
    onSettled: () => qc.invalidateQueries({ queryKey: sellerKey }),
  });
}

/* ---------- reseller (a buyer) ---------- */

const resellerKey = ['distribution', 'reseller'] as const;

export function useResellerProfile() {
  return useQuery({ queryKey: [...resellerKey, 'profile'], queryFn: () => apiGet('/reseller/profile', resellerProfileSchema) });
}

export function useJoinReseller() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: JoinResellerBody) => apiSend('POST', '/reseller/join', resellerProfileSchema, body),
    onSuccess: (profile) => {
      qc.setQueryData([...resellerKey, 'profile'], profile);
      return qc.invalidateQueries({ queryKey: resellerKey });
    },
  });
}

export function useResellerProducts(state: ResellerListState, enabled: boolean) {
  return useQuery({
    queryKey: [...resellerKey, 'products', state.filters.q, state.page, state.pageSize],
    queryFn: () => apiGet('/reseller/products', pageOf(resellerProductSchema), { page: state.page, pageSize: state.pageSize, q: state.filters.q }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useReferredOrders(state: ResellerListState, enabled: boolean) {
  return useQuery({
    queryKey: [...resellerKey, 'orders', state.filters.month, state.page, state.pageSize],
    queryFn: () => apiGet('/reseller/orders', pageOf(referredOrderSchema), { page: state.page, pageSize: state.pageSize, month: state.filters.month }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useResellerStatements(enabled: boolean) {
  return useQuery({ queryKey: [...resellerKey, 'statements'], queryFn: () => apiGet('/reseller/statements', z.array(resellerStatementSchema)), enabled });
}

/** 月度结算单 of one Beijing month as CSV. */
export function downloadStatementCsv(month: string): Promise<void> {
  return apiDownload(`/reseller/statements/${encodeURIComponent(month)}.csv`, undefined, `statement-${month}.csv`);
}

/* ---------- operator ---------- */

export function useResellerTotals() {
  return useQuery({ queryKey: ['distribution', 'operator', 'resellers'], queryFn: () => apiGet('/operator/finance/resellers', z.array(resellerTotalSchema)) });
}
