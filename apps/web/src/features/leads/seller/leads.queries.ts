import {
  callSchema,
  demandCategories,
  demandSchema,
  demandTypes,
  leadDetailSchema,
  leadMessageSchema,
  leadRowSchema,
  leadStatuses,
  noteSchema,
  poolPageSchema,
  proposalSchema,
  quotableProductSchema,
  type DemandCategory,
  type DemandType,
  type LeadNoteBody,
  type LeadStatus,
  type ProposalBody,
  type QuoteBody,
  type RejectLeadBody,
  type SellerRaiseDemandBody,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend } from '../../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../../shared/list-state';
import { hasLiveCall } from './lead-format';

/*
 * 商机 > 商机广场 / 商机管理 and 需求详情 (guide 4): the pool a seller grabs from, the leads it
 * works, and each lead's calls, notes, thread and proposals. Lists keep filters and page in the URL.
 */

export const poolPath = '/seller/lead-pool';
export const leadsPath = '/seller/leads';
export const leadPagePath = (id: string) => `${leadsPath}/${encodeURIComponent(id)}`;

/* ---------- list state ---------- */

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string | undefined): v is T =>
    values.some((x) => x === v);
export const isDemandType = oneOf(demandTypes);
export const isCategory = oneOf(demandCategories);
export const isLeadStatus = oneOf(leadStatuses);

export const poolFilterKeys = ['type', 'q'] as const;
export type PoolListState = ListState<(typeof poolFilterKeys)[number]>;

export function poolStateFrom(params: URLSearchParams): PoolListState {
  const state = listStateFrom(params, poolFilterKeys);
  if (!isDemandType(state.filters.type)) delete state.filters.type;
  if (state.filters.q !== undefined) state.filters.q = state.filters.q.slice(0, 60);
  return state;
}
export const poolParams = (s: PoolListState) => listParams(s, poolFilterKeys);

export const leadFilterKeys = ['category', 'status', 'q'] as const;
export type LeadListState = ListState<(typeof leadFilterKeys)[number]>;

export function leadStateFrom(params: URLSearchParams): LeadListState {
  const state = listStateFrom(params, leadFilterKeys);
  if (!isCategory(state.filters.category)) delete state.filters.category;
  if (!isLeadStatus(state.filters.status)) delete state.filters.status;
  if (state.filters.q !== undefined) state.filters.q = state.filters.q.slice(0, 60);
  return state;
}
export const leadParams = (s: LeadListState) => listParams(s, leadFilterKeys);

/* ---------- reads ---------- */

const leadPage = z.object({ items: z.array(leadRowSchema), total: z.number().int() });
const quotableList = z.array(quotableProductSchema);

const leadsKey = ['seller-leads'] as const;
const poolKey = [...leadsKey, 'pool'] as const;
const listKey = [...leadsKey, 'list'] as const;
const oneKey = (id: string) => [...leadsKey, 'one', id] as const;

export function useLeadPool(state: PoolListState) {
  const type: DemandType | undefined = isDemandType(state.filters.type) ? state.filters.type : undefined;
  return useQuery({
    queryKey: [...poolKey, state],
    queryFn: () => apiGet(poolPath, poolPageSchema, { type, q: state.filters.q, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useLeads(state: LeadListState) {
  const f = state.filters;
  const category: DemandCategory | undefined = isCategory(f.category) ? f.category : undefined;
  const status: LeadStatus | undefined = isLeadStatus(f.status) ? f.status : undefined;
  return useQuery({
    queryKey: [...listKey, state],
    queryFn: () => apiGet(leadsPath, leadPage, { category, status, q: f.q, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** One lead; polled every 3 s while a call is still dialling, ringing or connected. */
export function useLead(id: string) {
  return useQuery({
    queryKey: oneKey(id),
    queryFn: () => apiGet(leadPagePath(id), leadDetailSchema),
    refetchInterval: (q) => (hasLiveCall(q.state.data) ? 3_000 : false),
  });
}

export function useQuotableProducts(enabled: boolean) {
  return useQuery({ queryKey: [...leadsKey, 'quotable'], enabled, queryFn: () => apiGet('/seller/quotable-products', quotableList), staleTime: 60_000 });
}

/* ---------- writes ---------- */

function useInvalidating<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  // also after a refusal: a lost race or an expired answer means the list on screen is stale
  return useMutation({ mutationFn: fn, onSettled: () => qc.invalidateQueries({ queryKey: leadsKey }) });
}

/** 抢单: the loser of a race is told why by its code (demand_already_taken, grab_limit_reached). */
export function useGrab() {
  return useInvalidating((demandId: string) => apiSend('POST', `${poolPath}/${encodeURIComponent(demandId)}/grab`, leadRowSchema));
}

export function useAcceptLead() {
  return useInvalidating(({ id, contactPhone }: { id: string; contactPhone: string }) =>
    apiSend('POST', `${leadPagePath(id)}/accept`, leadDetailSchema, { contactPhone }),
  );
}

/** 拒绝 (pending) and 终止服务 (following) take the same reason body. */
export function useRejectLead(mode: 'reject' | 'terminate') {
  return useInvalidating(({ id, body }: { id: string; body: RejectLeadBody }) => apiSend('POST', `${leadPagePath(id)}/${mode}`, leadDetailSchema, body));
}

export function useSetRemark() {
  return useInvalidating(({ id, remark }: { id: string; remark: string }) => apiSend('PUT', `${leadPagePath(id)}/remark`, leadDetailSchema, { remark }));
}

export function usePlaceLeadCall(id: string) {
  return useInvalidating((callerPhone: string) => apiSend('POST', `${leadPagePath(id)}/calls`, callSchema, { callerPhone }));
}

export function useAddNote(id: string) {
  return useInvalidating((body: LeadNoteBody) => apiSend('POST', `${leadPagePath(id)}/notes`, noteSchema, body));
}

export function useSendMessage(id: string) {
  return useInvalidating((body: string) => apiSend('POST', `${leadPagePath(id)}/messages`, leadMessageSchema, { body }));
}

export function useRaiseDemand() {
  return useInvalidating((body: SellerRaiseDemandBody) => apiSend('POST', '/seller/demands', demandSchema, body));
}

export function useCreateProposal(leadId: string) {
  return useInvalidating((body: ProposalBody) => apiSend('POST', `${leadPagePath(leadId)}/proposals`, proposalSchema, body));
}

export function useAddQuote(leadId: string) {
  return useInvalidating(({ proposalId, quote }: { proposalId: string; quote: QuoteBody }) =>
    apiSend('POST', `${leadPagePath(leadId)}/proposals/${encodeURIComponent(proposalId)}/quotes`, proposalSchema, quote),
  );
}

export function useRevokeQuote(leadId: string) {
  return useInvalidating(({ proposalId, quoteId }: { proposalId: string; quoteId: string }) =>
    apiSend('POST', `${leadPagePath(leadId)}/proposals/${encodeURIComponent(proposalId)}/quotes/${encodeURIComponent(quoteId)}/revoke`, proposalSchema),
  );
}
