import {
  buyerDemandDetailSchema,
  demandSchema,
  demandStatuses,
  payProposalReply,
  type DemandStatus,
  storeShopSchema,
  type PostDemandBody,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend } from '../../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../../shared/list-state';
import { demandPath, demandsPath } from './demand-format';

/* 我的需求 (guide 4): the buyer's demands, their proposals and 一键支付. */

/** A list row; sellerName (跟进服务商) is read when the server sends it. */
export const buyerDemandRowSchema = demandSchema.extend({ sellerName: z.string().nullable().optional() });
export type BuyerDemandRow = z.infer<typeof buyerDemandRowSchema>;
const demandPage = z.object({ items: z.array(buyerDemandRowSchema), total: z.number().int() });

export const demandFilterKeys = ['status'] as const;
export type DemandListState = ListState<(typeof demandFilterKeys)[number]>;

function isStatus(v: string | undefined): v is DemandStatus {
  return demandStatuses.some((s) => s === v);
}

export function demandListStateFrom(params: URLSearchParams): DemandListState {
  const state = listStateFrom(params, demandFilterKeys);
  if (!isStatus(state.filters.status)) delete state.filters.status;
  return state;
}

/** The status filter in the URL, when it names one. */
export function statusFilterOf(state: DemandListState): DemandStatus | undefined {
  const v = state.filters.status;
  return isStatus(v) ? v : undefined;
}

export const demandListParams = (state: DemandListState) => listParams(state, demandFilterKeys);

const key = ['buyer-demands'] as const;

export function useBuyerDemands(state: DemandListState) {
  return useQuery({
    queryKey: [...key, 'list', state],
    queryFn: () => apiGet(demandsPath, demandPage, { status: statusFilterOf(state), page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useBuyerDemand(id: string) {
  return useQuery({ queryKey: [...key, 'one', id], queryFn: () => apiGet(demandPath(id), buyerDemandDetailSchema) });
}

export function usePostDemand() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PostDemandBody) => apiSend('POST', demandsPath, demandSchema, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useCancelDemand(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend('POST', `${demandPath(id)}/cancel`, demandSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

/**
 * 一键支付: every active quote becomes an order; the reply says where the cashier is. The quotes the
 * buyer saw go along, so a 方案 the seller changed meanwhile is refused (proposal_changed), not paid.
 */
export function usePayProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: { id: string; quotes: readonly { id: string; status: string }[] }) =>
      apiSend('POST', `/buyer/proposals/${encodeURIComponent(p.id)}/pay`, payProposalReply, {
        quoteIds: p.quotes.filter((q) => q.status === 'active').map((q) => q.id),
      }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: key }), qc.invalidateQueries({ queryKey: ['buyer-orders'] })]),
  });
}

/** The shop a directed demand goes to (its public store page), for the form's title. */
export function useDirectedShop(sellerCode: string | undefined) {
  return useQuery({
    queryKey: ['store', 'shop', sellerCode, 'name'],
    enabled: Boolean(sellerCode),
    queryFn: () => apiGet(`/store/shops/${encodeURIComponent(sellerCode ?? '')}`, storeShopSchema, { page: 1, pageSize: 1 }),
    staleTime: 60_000,
    retry: false,
  });
}
