import { invoiceDetailSchema, invoiceStatuses, invoiceSummarySchema, invoiceTypes, type IssueInvoiceBody } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, pageOf } from '../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../shared/list-state';

/** The list filters exactly as GET /seller/invoices takes them. */
export const invoiceFilterKeys = ['status', 'type'] as const;
export type InvoiceFilterKey = (typeof invoiceFilterKeys)[number];
export type InvoiceListState = ListState<InvoiceFilterKey>;

const oneOf = (values: readonly string[], v: string | undefined) => v === undefined || values.includes(v);

export function invoiceListStateFrom(params: URLSearchParams): InvoiceListState {
  const state = listStateFrom(params, invoiceFilterKeys);
  if (!oneOf(invoiceStatuses, state.filters.status)) delete state.filters.status;
  if (!oneOf(invoiceTypes, state.filters.type)) delete state.filters.type;
  return state;
}

export function invoiceListParams(state: InvoiceListState): URLSearchParams {
  return listParams(state, invoiceFilterKeys);
}

const invoicesKey = ['aftersales-invoices'] as const;
const invoicePage = pageOf(invoiceSummarySchema);

export function useSellerInvoices(state: InvoiceListState) {
  return useQuery({
    queryKey: [...invoicesKey, 'list', state],
    queryFn: () => apiGet('/seller/invoices', invoicePage, { ...state.filters, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useSellerInvoice(id: string | undefined) {
  return useQuery({
    queryKey: [...invoicesKey, 'detail', id],
    queryFn: () => apiGet(`/seller/invoices/${encodeURIComponent(id ?? '')}`, invoiceDetailSchema),
    enabled: Boolean(id),
  });
}

export function useRejectInvoice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      apiSend('POST', `/seller/invoices/${encodeURIComponent(id)}/reject`, invoiceDetailSchema, { reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: invoicesKey }),
  });
}

export function useIssueInvoice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: IssueInvoiceBody }) =>
      apiSend('POST', `/seller/invoices/${encodeURIComponent(id)}/issue`, invoiceDetailSchema, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: invoicesKey }),
  });
}
