import { orderStatuses, orderTypes, sellerOrderDetailSchema, sellerOrderSchema, type OrderStatus, type OrderType } from '@cloudmart/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiDownload, apiGet, pageOf } from '../../shared/api/client';

/** The list filters exactly as GET /seller/orders takes them (strings, as in the URL). */
export const orderFilterKeys = [
  'orderNo',
  'productCode',
  'productName',
  'type',
  'status',
  'specName',
  'buyerUid',
  'createdFrom',
  'createdTo',
  'paidFrom',
  'paidTo',
] as const;
export type OrderFilterKey = (typeof orderFilterKeys)[number];
export type OrderFilters = Partial<Record<OrderFilterKey, string>>;

export interface OrderListState {
  filters: OrderFilters;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;

function positiveInt(v: string | null, fallback: number, max: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** Filters live in the URL, so a reload or the back button from a detail page keeps them. */
export function orderListStateFrom(params: URLSearchParams): OrderListState {
  const filters: OrderFilters = {};
  for (const key of orderFilterKeys) {
    const v = params.get(key)?.trim();
    if (v) filters[key] = v;
  }
  if (filters.type && !isOrderType(filters.type)) delete filters.type;
  if (filters.status && !isOrderStatus(filters.status)) delete filters.status;
  return { filters, page: positiveInt(params.get('page'), 1, 10_000), pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100) };
}

export function orderListParams(state: OrderListState): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of orderFilterKeys) {
    const v = state.filters[key];
    if (v) p.set(key, v);
  }
  if (state.page > 1) p.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) p.set('pageSize', String(state.pageSize));
  return p;
}

export function isOrderType(v: string): v is OrderType {
  return (orderTypes as readonly string[]).includes(v);
}
export function isOrderStatus(v: string): v is OrderStatus {
  return (orderStatuses as readonly string[]).includes(v);
}

const orderPage = pageOf(sellerOrderSchema);

export function useSellerOrders(state: OrderListState) {
  return useQuery({
    queryKey: ['seller-orders', 'list', state],
    queryFn: () => apiGet('/seller/orders', orderPage, { ...state.filters, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useSellerOrder(id: string) {
  return useQuery({
    queryKey: ['seller-orders', 'detail', id],
    queryFn: () => apiGet(`/seller/orders/${encodeURIComponent(id)}`, sellerOrderDetailSchema),
  });
}

/** The filtered list as CSV (the server names the file orders-<date>.csv). */
export function downloadOrdersCsv(filters: OrderFilters): Promise<void> {
  return apiDownload('/seller/orders/export.csv', filters, 'orders.csv');
}
