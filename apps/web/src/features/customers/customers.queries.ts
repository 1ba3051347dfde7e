import {
  callSchema,
  customerDetailSchema,
  customerKinds,
  customerRowSchema,
  customerTagSchema,
  sendCustomerCouponReply,
  type CustomerKind,
  type EditCustomerBody,
  type PrivateCustomerBody,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiDownload, apiGet, apiSend, apiSendVoid } from '../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../shared/list-state';
import { hasLiveCall } from './customer-format';

/*
 * 客户 > 客户中心 (guide 2.8): the seller's platform and private customers, their tags, coupons
 * sent to them and masked calls. The list keeps its tab, filters and page in the URL.
 */

export const customersPath = '/seller/customers';
export const customerPagePath = (id: string) => `${customersPath}/${encodeURIComponent(id)}`;

/* ---------- list state ---------- */

export const customerFilterKeys = ['kind', 'q', 'tagId'] as const;
export type CustomerFilterKey = (typeof customerFilterKeys)[number];
export type CustomerFilters = Partial<Record<CustomerFilterKey, string>>;
export type CustomerListState = ListState<CustomerFilterKey>;

function isKind(v: string | undefined): v is CustomerKind {
  return customerKinds.some((k) => k === v);
}

/** The tab in the URL (平台客户 unless it says 私有客户). */
export function kindOf(state: CustomerListState): CustomerKind {
  const kind = state.filters.kind;
  return isKind(kind) ? kind : 'platform';
}

export function customerListStateFrom(params: URLSearchParams): CustomerListState {
  const state = listStateFrom(params, customerFilterKeys);
  const f = state.filters;
  // platform is the default tab: keep it out of the URL so the plain link and the first tab are one page
  if (!isKind(f.kind) || f.kind === 'platform') delete f.kind;
  if (f.q !== undefined && f.q.length > 60) f.q = f.q.slice(0, 60);
  if (f.tagId !== undefined && f.tagId.length > 64) delete f.tagId;
  return state;
}

export function customerListParams(state: CustomerListState): URLSearchParams {
  return listParams(state, customerFilterKeys);
}

/** The query the list and the CSV export send (customerListQuery). */
export function customerListQueryOf(state: CustomerListState) {
  return { kind: kindOf(state), q: state.filters.q, tagId: state.filters.tagId, page: state.page, pageSize: state.pageSize };
}

/* ---------- reads ---------- */

const customerPage = z.object({ items: z.array(customerRowSchema), total: z.number().int() });
/** A tag, with how many customers carry it when the server says so (the delete confirmation uses it). */
export const tagWithCountSchema = customerTagSchema.extend({ customerCount: z.number().int().optional() });
export type TagWithCount = z.infer<typeof tagWithCountSchema>;
const tagList = z.array(tagWithCountSchema);

const customersKey = ['seller-customers'] as const;
const listKey = [...customersKey, 'list'] as const;
const oneKey = (id: string) => [...customersKey, 'one', id] as const;
const tagsKey = [...customersKey, 'tags'] as const;

export function useCustomers(state: CustomerListState) {
  return useQuery({
    queryKey: [...listKey, state],
    queryFn: () => apiGet(customersPath, customerPage, customerListQueryOf(state)),
    placeholderData: keepPreviousData,
  });
}

/** One customer; polled every 3 s while a call is still dialling, ringing or connected, so its record settles on screen. */
export function useCustomer(id: string, enabled = true) {
  return useQuery({
    queryKey: oneKey(id),
    enabled,
    queryFn: () => apiGet(customerPagePath(id), customerDetailSchema),
    refetchInterval: (q) => (q.state.data && hasLiveCall(q.state.data.calls) ? 3_000 : false),
  });
}

export function useCustomerTags() {
  return useQuery({ queryKey: tagsKey, queryFn: () => apiGet('/seller/customer-tags', tagList), staleTime: 30_000 });
}

export function exportCustomers(state: CustomerListState, fileName: string): Promise<void> {
  const { kind, q, tagId } = customerListQueryOf(state);
  return apiDownload(`${customersPath}/export.csv`, { kind, q, tagId }, fileName);
}

/* ---------- writes ---------- */

function useInvalidating<V, R>(fn: (v: V) => Promise<R>, extra: readonly (readonly string[])[] = []) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all([customersKey, ...extra].map((queryKey) => qc.invalidateQueries({ queryKey }))),
  });
}

export function useCreatePrivateCustomer() {
  return useInvalidating((body: PrivateCustomerBody) => apiSend('POST', customersPath, customerDetailSchema, body));
}

export function useEditCustomer(id: string) {
  return useInvalidating((body: EditCustomerBody) => apiSend('PATCH', customerPagePath(id), customerDetailSchema, body));
}

export function useLinkCustomer(id: string) {
  return useInvalidating((buyerLoginName: string) => apiSend('POST', `${customerPagePath(id)}/link`, customerDetailSchema, { buyerLoginName }));
}

export function useDeleteCustomer() {
  return useInvalidating((id: string) => apiSendVoid('DELETE', customerPagePath(id)));
}

export function useSetCustomerTags(id: string) {
  return useInvalidating((tagIds: string[]) => apiSend('PUT', `${customerPagePath(id)}/tags`, customerDetailSchema, { tagIds }));
}

export function useBatchTags() {
  return useInvalidating((body: { customerIds: string[]; tagIds: string[] }) =>
    apiSend('POST', `${customersPath}/batch-tags`, z.object({ updated: z.number().int() }), body),
  );
}

export function useCreateTag() {
  return useInvalidating((name: string) => apiSend('POST', '/seller/customer-tags', customerTagSchema, { name }));
}

export function useDeleteTag() {
  return useInvalidating((id: string) => apiSendVoid('DELETE', `/seller/customer-tags/${encodeURIComponent(id)}`));
}

/** 发放优惠券: a holding lands with the buyer, so the coupon's counts move too. */
export function useSendCoupon() {
  return useInvalidating(
    (body: { customerIds: string[]; couponId: string }) => apiSend('POST', `${customersPath}/coupons`, sendCustomerCouponReply, body),
    [['seller-promotions']],
  );
}

/** 双呼: the call record comes back at once; the detail then polls until it settles. */
export function usePlaceCall(id: string) {
  return useInvalidating((callerPhone: string) => apiSend('POST', `${customerPagePath(id)}/calls`, callSchema, { callerPhone }));
}
