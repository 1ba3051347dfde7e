import { instanceStatuses, sellerInstanceDetailSchema, sellerInstanceSchema, type InstanceStatus } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSendVoid, pageOf } from '../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../shared/list-state';

/** The list filters exactly as GET /seller/instances takes them. */
export const instanceFilterKeys = ['instanceId', 'productCode', 'productName', 'status', 'buyerUid', 'expiringBefore'] as const;
export type InstanceFilterKey = (typeof instanceFilterKeys)[number];
export type InstanceListState = ListState<InstanceFilterKey>;

export function isInstanceStatus(v: string): v is InstanceStatus {
  return (instanceStatuses as readonly string[]).includes(v);
}

export function instanceListStateFrom(params: URLSearchParams): InstanceListState {
  const state = listStateFrom(params, instanceFilterKeys);
  if (state.filters.status && !isInstanceStatus(state.filters.status)) delete state.filters.status;
  return state;
}

export function instanceListParams(state: InstanceListState): URLSearchParams {
  return listParams(state, instanceFilterKeys);
}

const instancesKey = ['seller-instances'] as const;
const instancePage = pageOf(sellerInstanceSchema);

export function useSellerInstances(state: InstanceListState) {
  return useQuery({
    queryKey: [...instancesKey, 'list', state],
    queryFn: () => apiGet('/seller/instances', instancePage, { ...state.filters, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useSellerInstance(id: string) {
  return useQuery({
    queryKey: [...instancesKey, 'detail', id],
    queryFn: () => apiGet(`/seller/instances/${encodeURIComponent(id)}`, sellerInstanceDetailSchema),
  });
}

export function useSaveInstanceRemark() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, remark }: { id: string; remark: string }) => apiSendVoid('PATCH', `/seller/instances/${encodeURIComponent(id)}/remark`, { remark }),
    onSuccess: () => qc.invalidateQueries({ queryKey: instancesKey }),
  });
}
