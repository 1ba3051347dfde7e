import { priceChangeSchema, priceFlagSchema, type PriceChangeBody } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, pageOf } from '../../shared/api/client';

const historyKey = ['aftersales-price-changes'] as const;

export function usePriceChanges(orderId: string) {
  return useQuery({
    queryKey: [...historyKey, orderId],
    queryFn: () => apiGet(`/seller/orders/${encodeURIComponent(orderId)}/price-changes`, z.array(priceChangeSchema)),
  });
}

export function useChangePrice(orderId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PriceChangeBody) => apiSend('POST', `/seller/orders/${encodeURIComponent(orderId)}/price`, priceChangeSchema, body),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: historyKey }), qc.invalidateQueries({ queryKey: ['seller-orders'] })]),
  });
}

export const priceFlagTabs = ['pending', 'cleared', 'confirmed'] as const;
export type PriceFlagTab = (typeof priceFlagTabs)[number];

const flagsKey = ['aftersales-price-flags'] as const;
const flagPage = pageOf(priceFlagSchema);

export function usePriceFlags(f: { status: PriceFlagTab; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...flagsKey, f],
    queryFn: () => apiGet('/operator/price-flags', flagPage, f),
    placeholderData: keepPreviousData,
  });
}

export function useDecidePriceFlag() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, note }: { id: string; action: 'clear' | 'confirm'; note?: string }) =>
      apiSend('POST', `/operator/price-flags/${encodeURIComponent(id)}/${action}`, priceFlagSchema, note ? { note } : {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: flagsKey }),
  });
}
