import {
  analyticsOverviewSchema,
  analyticsPeriods,
  analyticsProductsSchema,
  analyticsTradeSchema,
  analyticsTrafficSchema,
  type AnalyticsExportRequest,
  type AnalyticsPeriod,
  type AnalyticsReport,
} from '@cloudmart/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../shared/api/client';
import { useRequestExport } from '../downloads/downloads.queries';

/*
 * 数据 (guide 7): the four reports for a period (日/周/月) containing a Beijing date. The period
 * and date live in the URL; without a date the server answers for its today (the manual clock's
 * in tests), and the page shows the range it answered for.
 */

export const analyticsPaths: Record<AnalyticsReport, string> = {
  overview: '/seller/data/overview',
  trade: '/seller/data/trade',
  traffic: '/seller/data/traffic',
  products: '/seller/data/products',
};

export interface PeriodState {
  period: AnalyticsPeriod;
  /** a Beijing day inside the period; undefined = the server's today */
  date?: string;
}

function isPeriod(v: string | null): v is AnalyticsPeriod {
  return analyticsPeriods.some((p) => p === v);
}

export function periodStateFrom(params: URLSearchParams): PeriodState {
  const period = params.get('period');
  const date = params.get('date');
  return { period: isPeriod(period) ? period : 'day', date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined };
}

const key = ['seller-analytics'] as const;

export function useOverview(s: PeriodState) {
  return useQuery({
    queryKey: [...key, 'overview', s],
    queryFn: () => apiGet('/seller/analytics/overview', analyticsOverviewSchema, { period: s.period, date: s.date }),
    placeholderData: keepPreviousData,
  });
}

export function useTrade(s: PeriodState) {
  return useQuery({
    queryKey: [...key, 'trade', s],
    queryFn: () => apiGet('/seller/analytics/trade', analyticsTradeSchema, { period: s.period, date: s.date }),
    placeholderData: keepPreviousData,
  });
}

export function useTraffic(s: PeriodState) {
  return useQuery({
    queryKey: [...key, 'traffic', s],
    queryFn: () => apiGet('/seller/analytics/traffic', analyticsTrafficSchema, { period: s.period, date: s.date }),
    placeholderData: keepPreviousData,
  });
}

export interface ProductsListState {
  page: number;
  pageSize: number;
  q?: string;
}

export function useProductsReport(s: PeriodState, list: ProductsListState) {
  return useQuery({
    queryKey: [...key, 'products', s, list],
    queryFn: () => apiGet('/seller/analytics/products', analyticsProductsSchema, { period: s.period, date: s.date, ...list }),
    placeholderData: keepPreviousData,
  });
}

/** 导出: the report for the period goes to 我的下载 as CSV. */
export function useAnalyticsExport() {
  return useRequestExport<AnalyticsExportRequest>('/seller/analytics/exports');
}
