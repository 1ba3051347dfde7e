import {
  invoiceDetailSchema,
  invoiceStatuses,
  invoiceSummarySchema,
  invoiceableOrderSchema,
  type ApplyInvoiceBody,
  type InvoiceStatus,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, pageOf } from '../../../shared/api/client';
import type { BuyerListState } from '../../orders/buyer/buyer.queries';

export const invoiceStatusList: readonly InvoiceStatus[] = invoiceStatuses;

export const invoicePath = (id: string) => `/buyer/invoices/${encodeURIComponent(id)}`;

const invoicePage = pageOf(invoiceSummarySchema);

export function useBuyerInvoices(s: BuyerListState<InvoiceStatus>) {
  return useQuery({
    queryKey: ['buyer-invoices', 'list', s],
    queryFn: () => apiGet('/buyer/invoices', invoicePage, { status: s.status, page: s.page, pageSize: s.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useBuyerInvoice(id: string) {
  return useQuery({
    queryKey: ['buyer-invoices', 'detail', id],
    queryFn: () => apiGet(`/buyer/invoices/${encodeURIComponent(id)}`, invoiceDetailSchema),
    enabled: id !== '',
  });
}

/** Paid orders an application would accept now, with their seller and the cash each covers. */
export function useInvoiceableOrders() {
  return useQuery({ queryKey: ['buyer-invoiceable-orders'], queryFn: () => apiGet('/buyer/invoiceable-orders', z.array(invoiceableOrderSchema)) });
}

export function useApplyInvoice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplyInvoiceBody) => apiSend('POST', '/buyer/invoices', invoiceDetailSchema, body),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: ['buyer-invoices'] }), qc.invalidateQueries({ queryKey: ['buyer-invoiceable-orders'] })]),
  });
}
