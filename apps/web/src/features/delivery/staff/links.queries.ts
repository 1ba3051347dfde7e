import { providerLinkSchema } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, apiSendVoid, pageOf } from '../../../shared/api/client';

/* Operator: vendor ↔ provider links (server: modules/delivery/providers/providers.routes.ts). */

const linksKey = ['operator', 'provider-links'] as const;
const linkPage = pageOf(providerLinkSchema);

export interface LinkFilter {
  sellerId?: string;
  page: number;
  pageSize: number;
}

export function useProviderLinks(f: LinkFilter) {
  return useQuery({
    queryKey: [...linksKey, f],
    queryFn: () => apiGet('/operator/delivery/provider-links', linkPage, { sellerId: f.sellerId, page: f.page, pageSize: f.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateProviderLink() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { vendorSellerId: string; providerSellerId: string }) => apiSend('POST', '/operator/delivery/provider-links', providerLinkSchema, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: linksKey }),
  });
}

export function useDeleteProviderLink() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSendVoid('DELETE', `/operator/delivery/provider-links/${encodeURIComponent(id)}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: linksKey }),
  });
}
