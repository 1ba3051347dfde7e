import {
  availableProviderSchema,
  productProvidersReply,
  sellerProductRowSchema,
  type SellerProductListQuery,
  type SetProductProviders,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, pageOf } from '../../../shared/api/client';

/* The vendor's products and their providers (server: modules/delivery/providers/providers.routes.ts). */

const productProvidersKey = ['delivery-product-providers'] as const;
const productPage = pageOf(sellerProductRowSchema);
const providersPath = (productId: string) => `/delivery/products/${encodeURIComponent(productId)}/providers`;

export type ServiceProductQuery = Pick<SellerProductListQuery, 'name' | 'page' | 'pageSize'>;

/** Only service products are delivered through the delivery center. */
export function useServiceProducts(q: ServiceProductQuery) {
  return useQuery({
    queryKey: ['seller-products', 'list', 'service', q],
    queryFn: () => apiGet('/seller/products', productPage, { type: 'service', name: q.name, page: q.page, pageSize: q.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useAvailableProviders() {
  return useQuery({ queryKey: ['delivery-available-providers'], queryFn: () => apiGet('/delivery/providers', z.array(availableProviderSchema)) });
}

export function useProductProviders(productId: string | undefined) {
  return useQuery({
    queryKey: [...productProvidersKey, productId],
    enabled: productId !== undefined,
    queryFn: () => apiGet(providersPath(productId ?? ''), productProvidersReply),
  });
}

export function useSetProductProviders() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ productId, body }: { productId: string; body: SetProductProviders }) =>
      apiSend('PUT', providersPath(productId), productProvidersReply, body),
    onSuccess: (saved) => qc.setQueryData([...productProvidersKey, saved.productId], saved),
  });
}
