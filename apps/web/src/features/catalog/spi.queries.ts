import { meteringKeyReply, spiSettingsSchema, spiTestReply, type SpiSettingsBody } from '@cloudmart/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../shared/api/client';

const path = (id: string) => `/seller/products/${encodeURIComponent(id)}`;
const spiKey = (id: string) => ['seller-products', 'spi', id] as const;

/** URL, mode and whether a secret is set (the secret itself is write-only). */
export function useSpiSettings(productId: string) {
  return useQuery({ queryKey: spiKey(productId), queryFn: () => apiGet(`${path(productId)}/spi`, spiSettingsSchema) });
}

export function useSaveSpi() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SpiSettingsBody }) => apiSend('PATCH', `${path(id)}/spi`, spiSettingsSchema, body),
    onSuccess: (settings, { id }) => {
      qc.setQueryData(spiKey(id), settings);
      // the product detail carries spiUrl (a listing prerequisite)
      return qc.invalidateQueries({ queryKey: ['seller-products', 'detail', id] });
    },
  });
}

export function useTestSpi() {
  return useMutation({ mutationFn: (id: string) => apiSend('POST', `${path(id)}/spi/test`, spiTestReply) });
}

export function useGenerateMeteringKey() {
  return useMutation({ mutationFn: (id: string) => apiSend('POST', `${path(id)}/metering-key`, meteringKeyReply) });
}
