import { financeSummarySchema, ledgerTxnKinds, sellerBalanceSchema, sellerLedgerAccounts, statementEntrySchema } from '@cloudmart/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiDownload, apiGet, pageOf } from '../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../shared/list-state';

export const statementFilterKeys = ['from', 'to', 'kind', 'account'] as const;
export type StatementFilterKey = (typeof statementFilterKeys)[number];
export type StatementListState = ListState<StatementFilterKey>;

export function statementStateFrom(params: URLSearchParams): StatementListState {
  const state = listStateFrom(params, statementFilterKeys);
  const f = state.filters;
  if (f.kind && !(ledgerTxnKinds as readonly string[]).includes(f.kind)) delete f.kind;
  if (f.account && !(sellerLedgerAccounts as readonly string[]).includes(f.account)) delete f.account;
  return state;
}

export function statementParams(state: StatementListState): URLSearchParams {
  return listParams(state, statementFilterKeys);
}

export function useSellerBalance() {
  return useQuery({ queryKey: ['seller-finance', 'balance'], queryFn: () => apiGet('/seller/finance/balance', sellerBalanceSchema) });
}

const statementPage = pageOf(statementEntrySchema);

export function useStatement(state: StatementListState) {
  return useQuery({
    queryKey: ['seller-finance', 'statement', state],
    queryFn: () => apiGet('/seller/finance/statement', statementPage, { ...state.filters, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** The filtered statement as CSV (the server names the file statement-<date>.csv). */
export function downloadStatementCsv(filters: StatementListState['filters']): Promise<void> {
  return apiDownload('/seller/finance/statement.csv', filters, 'statement.csv');
}

export function usePlatformFinance() {
  return useQuery({ queryKey: ['operator-finance', 'summary'], queryFn: () => apiGet('/operator/finance/summary', financeSummarySchema) });
}
