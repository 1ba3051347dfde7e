import {
  hostedProductDetailSchema,
  hostedProductRowSchema,
  hostingOverviewSchema,
  hostingQueueRowSchema,
  linkableProductSchema,
  type ArchitectureSubmitBody,
  type HostedProductBody,
  type HostingDecisionBody,
  type HostingReviewKind,
  type HostingSubmitBody,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiDownload, apiGet, apiSend, pageOf } from '../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../shared/list-state';

/* 商品 > 产品托管 (guide 1) and the operator's review queues. */

export const hostingPath = '/seller/hosting';
export const hostedProductPath = (id: string) => `${hostingPath}/${encodeURIComponent(id)}`;
export const hostingWizardPath = (id?: string, step?: number) =>
  id ? `${hostingPath}/${encodeURIComponent(id)}/wizard${step === undefined ? '' : `?step=${step}`}` : `${hostingPath}/new`;

const api = (id: string) => `/seller/hosting/products/${encodeURIComponent(id)}`;
const key = ['hosting'];

export const hostingFilterKeys = ['code', 'name'] as const;
export type HostingListState = ListState<(typeof hostingFilterKeys)[number]>;
export const hostingStateFrom = (p: URLSearchParams): HostingListState => listStateFrom(p, hostingFilterKeys);
export const hostingParams = (s: HostingListState) => listParams(s, hostingFilterKeys);

export function useHostingOverview() {
  return useQuery({ queryKey: [...key, 'overview'], queryFn: () => apiGet('/seller/hosting/overview', hostingOverviewSchema) });
}

export function useHostedProducts(state: HostingListState) {
  return useQuery({
    queryKey: [...key, 'list', state],
    queryFn: () =>
      apiGet('/seller/hosting/products', pageOf(hostedProductRowSchema), {
        code: state.filters.code,
        name: state.filters.name,
        page: state.page,
        pageSize: state.pageSize,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useHostedProduct(id: string | undefined) {
  return useQuery({ queryKey: [...key, 'product', id], queryFn: () => apiGet(api(id ?? ''), hostedProductDetailSchema), enabled: !!id });
}

export function useLinkableProducts(id: string, enabled: boolean) {
  return useQuery({ queryKey: [...key, 'linkable', id], queryFn: () => apiGet(`${api(id)}/linkable-products`, z.array(linkableProductSchema)), enabled });
}

function useHostingMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => qc.invalidateQueries({ queryKey: key }) });
}

export const useCreateHosted = () => useHostingMutation((b: HostedProductBody) => apiSend('POST', '/seller/hosting/products', hostedProductDetailSchema, b));
export const useUpdateHosted = (id: string) => useHostingMutation((b: HostedProductBody) => apiSend('PUT', api(id), hostedProductDetailSchema, b));
export const useSubmitArchitecture = (id: string) =>
  useHostingMutation((b: ArchitectureSubmitBody) => apiSend('POST', `${api(id)}/architecture`, hostedProductDetailSchema, b));
export const useSubmitHosting = (id: string) =>
  useHostingMutation((b: HostingSubmitBody) => apiSend('POST', `${api(id)}/hosting`, hostedProductDetailSchema, b));
export const useLink = (id: string) => useHostingMutation((productId: string) => apiSend('PUT', `${api(id)}/link`, hostedProductDetailSchema, { productId }));
export const useUnlink = (id: string) => useHostingMutation(() => apiSend('DELETE', `${api(id)}/link`, hostedProductDetailSchema));

export const downloadSecurityTemplate = () => apiDownload('/seller/hosting/security-report-template.pdf', undefined, 'security-test-report-template.pdf');

/* operator */

export function useReviewQueue(kind: HostingReviewKind, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...key, 'queue', kind, page, pageSize],
    queryFn: () => apiGet('/operator/hosting/reviews', pageOf(hostingQueueRowSchema), { kind, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useOperatorHosted(id: string | null) {
  return useQuery({
    queryKey: [...key, 'operator', id],
    queryFn: () => apiGet(`/operator/hosting/products/${encodeURIComponent(id ?? '')}`, hostedProductDetailSchema),
    enabled: !!id,
  });
}

export const useDecide = () =>
  useHostingMutation(({ id, kind, body }: { id: string; kind: HostingReviewKind; body: HostingDecisionBody }) =>
    apiSend('POST', `/operator/hosting/products/${encodeURIComponent(id)}/reviews/${kind}`, hostedProductDetailSchema, body),
  );
