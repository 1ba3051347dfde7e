import { spiCallDetailSchema, spiCallSchema } from '@cloudmart/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSendVoid, pageOf } from '../../shared/api/client';

const key = ['seller-spi-calls'] as const;
const callPage = pageOf(spiCallSchema);

/** An instance has a handful of calls (create, renewals, expiry): the first 100 cover it. */
export function useSpiCalls(instanceId: string) {
  return useQuery({ queryKey: [...key, 'list', instanceId], queryFn: () => apiGet('/seller/spi-calls', callPage, { instanceId, pageSize: 100 }) });
}

export function useSpiCallDetail(id: string | null) {
  return useQuery({
    queryKey: [...key, 'detail', id],
    enabled: id !== null,
    queryFn: () => apiGet(`/seller/spi-calls/${encodeURIComponent(id ?? '')}`, spiCallDetailSchema),
  });
}

export function useRetrySpiCall() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSendVoid('POST', `/seller/spi-calls/${encodeURIComponent(id)}/retry`),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: key }), qc.invalidateQueries({ queryKey: ['seller-instances'] })]),
  });
}
