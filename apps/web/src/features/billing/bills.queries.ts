import { sellerBillSchema } from '@cloudmart/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet, pageOf } from '../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../shared/list-state';

/** The list filters exactly as GET /seller/bills takes them (period is YYYY-MM). */
export const billFilterKeys = ['period', 'productCode', 'buyerUid'] as const;
export type BillListState = ListState<(typeof billFilterKeys)[number]>;

export function billStateFrom(params: URLSearchParams): BillListState {
  const state = listStateFrom(params, billFilterKeys);
  if (state.filters.period && !/^\d{4}-(0[1-9]|1[0-2])$/.test(state.filters.period)) delete state.filters.period;
  if (state.filters.buyerUid && !/^[1-9][0-9]{0,15}$/.test(state.filters.buyerUid)) delete state.filters.buyerUid;
  return state;
}

export const billParams = (state: BillListState): URLSearchParams => listParams(state, billFilterKeys);

const billPage = pageOf(sellerBillSchema);

export function useSellerBills(state: BillListState) {
  return useQuery({
    queryKey: ['seller-bills', state],
    queryFn: () => apiGet('/seller/bills', billPage, { ...state.filters, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}
