import {
  instanceRefundBalanceSchema,
  refundOrigins,
  refundSchema,
  refundStatuses,
  type RefundOrigin,
  type RefundStatus,
  type SellerRefundBody,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, pageOf } from '../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../shared/list-state';

/** The list filters exactly as GET /seller/refunds (and /operator/refunds) take them. */
export const refundFilterKeys = ['status', 'origin'] as const;
export type RefundFilterKey = (typeof refundFilterKeys)[number];
export type RefundListState = ListState<RefundFilterKey>;

export function isRefundStatus(v: string): v is RefundStatus {
  return (refundStatuses as readonly string[]).includes(v);
}
export function isRefundOrigin(v: string): v is RefundOrigin {
  return (refundOrigins as readonly string[]).includes(v);
}

export function refundListStateFrom(params: URLSearchParams): RefundListState {
  const state = listStateFrom(params, refundFilterKeys);
  if (state.filters.status && !isRefundStatus(state.filters.status)) delete state.filters.status;
  if (state.filters.origin && !isRefundOrigin(state.filters.origin)) delete state.filters.origin;
  return state;
}

export function refundListParams(state: RefundListState): URLSearchParams {
  return listParams(state, refundFilterKeys);
}

/** Whose refunds: the seller decides its buyers' requests, operators the sellers' own refunds. */
export type RefundSide = 'seller' | 'operator';

const refundsKey = ['aftersales-refunds'] as const;
const refundPage = pageOf(refundSchema);

export function useRefunds(side: RefundSide, state: RefundListState) {
  return useQuery({
    queryKey: [...refundsKey, side, 'list', state],
    queryFn: () => apiGet(`/${side}/refunds`, refundPage, { ...state.filters, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** One refund (sellers only: the operator's queue rows carry everything). */
export function useSellerRefund(id: string | undefined) {
  return useQuery({
    queryKey: [...refundsKey, 'seller', 'detail', id],
    queryFn: () => apiGet(`/seller/refunds/${encodeURIComponent(id ?? '')}`, refundSchema),
    enabled: Boolean(id),
  });
}

export type RefundDecision = { id: string; decision: 'approve' } | { id: string; decision: 'reject'; reason: string };

export function useDecideRefund(side: RefundSide) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: RefundDecision) =>
      apiSend('POST', `/${side}/refunds/${encodeURIComponent(d.id)}/${d.decision}`, refundSchema, d.decision === 'reject' ? { reason: d.reason } : undefined),
    onSuccess: () => qc.invalidateQueries({ queryKey: refundsKey }),
  });
}

/** 总额 and 余额 of an instance's paid orders (guide 2.5), fetched while the refund form is open. */
export function useInstanceRefundBalance(instanceId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...refundsKey, 'balance', instanceId],
    queryFn: () => apiGet(`/seller/instances/${encodeURIComponent(instanceId)}/refund-balance`, instanceRefundBalanceSchema),
    enabled,
  });
}

export function useRequestSellerRefund() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ instanceId, body }: { instanceId: string; body: SellerRefundBody }) =>
      apiSend('POST', `/seller/instances/${encodeURIComponent(instanceId)}/refunds`, refundSchema, body),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: refundsKey }), qc.invalidateQueries({ queryKey: ['seller-instances'] })]),
  });
}
