import {
  liveDetailSchema,
  liveOptionSchema,
  livePermissionSchema,
  liveProductOptionSchema,
  liveSummarySchema,
  operatorLivePermissionSchema,
  operatorLiveSchema,
  publicLiveSchema,
  type LiveBody,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, pageOf } from '../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../shared/list-state';

/* 直播 (guide 2.11): the seller's permission and lives, the operator's two queues, the public page. */

const root = 'live';
export const livePagePath = (id: string) => `/seller/lives/${encodeURIComponent(id)}`;
export const storeLivePath = (id: string) => `/store/live/${encodeURIComponent(id)}`;
const livePath = (id: string) => `/seller/lives/${encodeURIComponent(id)}`;

export const liveFilterKeys = ['q'] as const;
export type LiveListState = ListState<(typeof liveFilterKeys)[number]>;
export const liveListStateFrom = (p: URLSearchParams): LiveListState => listStateFrom(p, liveFilterKeys);
export const liveListParams = (s: LiveListState) => listParams(s, liveFilterKeys);

export function useLivePermission() {
  return useQuery({ queryKey: [root, 'permission'], queryFn: () => apiGet('/seller/live/permission', livePermissionSchema) });
}

export function useApplyLivePermission() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (agreementVersion: string) => apiSend('POST', '/seller/live/permission', livePermissionSchema, { agreementVersion, accepted: true }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [root] }),
  });
}

export function useLives(state: LiveListState, enabled = true) {
  return useQuery({
    queryKey: [root, 'list', state],
    queryFn: () => apiGet('/seller/lives', pageOf(liveSummarySchema), { ...state.filters, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useLive(id: string | undefined) {
  return useQuery({ queryKey: [root, 'one', id], queryFn: () => apiGet(livePath(id ?? ''), liveDetailSchema), enabled: !!id });
}

export function useSaveLive(id: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LiveBody) => (id ? apiSend('PUT', livePath(id), liveDetailSchema, body) : apiSend('POST', '/seller/lives', liveDetailSchema, body)),
    onSuccess: () => qc.invalidateQueries({ queryKey: [root] }),
  });
}

export function useRotateStreamKey(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend('POST', `${livePath(id)}/stream-key`, liveDetailSchema),
    onSuccess: (d) => qc.setQueryData([root, 'one', id], d),
  });
}

export function useSetRecording(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) => apiSend('PUT', `${livePath(id)}/recording`, liveDetailSchema, { fileId }),
    onSuccess: (d) => qc.setQueryData([root, 'one', id], d),
  });
}

export function useLiveProductOptions(q: string) {
  return useQuery({
    queryKey: [root, 'products', q],
    queryFn: () => apiGet('/seller/live/products', z.array(liveProductOptionSchema), { q }),
    placeholderData: keepPreviousData,
  });
}

/** The product editor's 商品直播ID select. */
export function useApprovedLiveOptions() {
  return useQuery({ queryKey: [root, 'options'], queryFn: () => apiGet('/seller/live/options', z.array(liveOptionSchema)) });
}

export function usePublicLive(id: string | undefined) {
  return useQuery({
    queryKey: [root, 'public', id],
    queryFn: () => apiGet(`/store/lives/${encodeURIComponent(id ?? '')}`, publicLiveSchema),
    enabled: !!id,
    retry: false,
  });
}

/* ---------- operator ---------- */

export function useOperatorLivePermissions(status: string | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [root, 'op-permissions', status, page, pageSize],
    queryFn: () => apiGet('/operator/live/permissions', pageOf(operatorLivePermissionSchema), { status, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useDecideLivePermission() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { sellerId: string; reason?: string }) =>
      v.reason === undefined
        ? apiSend('POST', `/operator/live/permissions/${encodeURIComponent(v.sellerId)}/approve`, operatorLivePermissionSchema)
        : apiSend('POST', `/operator/live/permissions/${encodeURIComponent(v.sellerId)}/reject`, operatorLivePermissionSchema, { reason: v.reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [root] }),
  });
}

export function useOperatorLives(status: string | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [root, 'op-lives', status, page, pageSize],
    queryFn: () => apiGet('/operator/lives', pageOf(operatorLiveSchema), { status, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useOperatorLive(id: string | null) {
  return useQuery({
    queryKey: [root, 'op-one', id],
    queryFn: () => apiGet(`/operator/lives/${encodeURIComponent(id ?? '')}`, liveDetailSchema),
    enabled: !!id,
  });
}

export function useDecideLive() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; reason?: string }) =>
      v.reason === undefined
        ? apiSend('POST', `/operator/lives/${encodeURIComponent(v.id)}/approve`, liveDetailSchema)
        : apiSend('POST', `/operator/lives/${encodeURIComponent(v.id)}/reject`, liveDetailSchema, { reason: v.reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [root] }),
  });
}
