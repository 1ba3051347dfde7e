import { buyerBillSchema } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, pageOf } from '../../../shared/api/client';

export interface BillListState {
  /** YYYY-MM or '' */
  period: string;
  page: number;
  pageSize: number;
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export function billStateFrom(params: URLSearchParams): BillListState {
  const period = params.get('period') ?? '';
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    period: PERIOD.test(period) ? period : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 100 ? pageSize : 20,
  };
}

export function billParams(s: BillListState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.period) p.set('period', s.period);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.pageSize !== 20) p.set('pageSize', String(s.pageSize));
  return p;
}

const billPage = pageOf(buyerBillSchema);

export function useBuyerBills(s: BillListState) {
  return useQuery({
    queryKey: ['buyer-bills', s],
    queryFn: () => apiGet('/buyer/bills', billPage, { period: s.period, page: s.page, pageSize: s.pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** Pay one postpaid bill (sandbox cashier); the lists refresh with its 实付 amount. */
export function usePayBill() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (billId: string) => apiSend('POST', `/buyer/bills/${encodeURIComponent(billId)}/pay`, buyerBillSchema),
    onSettled: () => qc.invalidateQueries({ queryKey: ['buyer-bills'] }),
  });
}
