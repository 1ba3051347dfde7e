import { aftersalesSettingsSchema, refundSchema, refundStatuses, type BuyerRefundBody, type RefundStatus } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, pageOf } from '../../../shared/api/client';
import type { BuyerListState } from '../../orders/buyer/buyer.queries';

export const refundStatusList: readonly RefundStatus[] = refundStatuses;

const refundPage = pageOf(refundSchema);

export function useBuyerRefunds(s: BuyerListState<RefundStatus>) {
  return useQuery({
    queryKey: ['buyer-refunds', s],
    queryFn: () => apiGet('/buyer/refunds', refundPage, { status: s.status, page: s.page, pageSize: s.pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** The no-reason window (days after payment) and the auto-approve delay. */
export function useRefundPolicy(enabled = true) {
  return useQuery({
    queryKey: ['buyer-refund-policy'],
    queryFn: () => apiGet('/buyer/refund-policy', aftersalesSettingsSchema),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useApplyRefund(orderId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BuyerRefundBody) => apiSend('POST', `/buyer/orders/${encodeURIComponent(orderId)}/refunds`, refundSchema, body),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['buyer-refunds'] }),
        qc.invalidateQueries({ queryKey: ['buyer-orders'] }),
        qc.invalidateQueries({ queryKey: ['buyer-invoiceable-orders'] }),
      ]),
  });
}
