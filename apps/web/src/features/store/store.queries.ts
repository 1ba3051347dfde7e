import { storeCategorySchema, storeProductCardSchema, storeProductDetailSchema, storeShopSchema } from '@cloudmart/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, pageOf } from '../../shared/api/client';

export const STORE_PAGE_SIZE = 12;

/** The search page's state, kept in the URL (?q&categoryId&page) so links and reloads keep it. */
export interface StoreSearch {
  q: string;
  categoryId: string;
  page: number;
}

export function storeSearchFrom(params: URLSearchParams): StoreSearch {
  const page = Number(params.get('page'));
  return {
    q: params.get('q')?.trim() ?? '',
    categoryId: params.get('categoryId')?.trim() ?? '',
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, 10_000) : 1,
  };
}

export function storeSearchParams(s: StoreSearch): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.categoryId) p.set('categoryId', s.categoryId);
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

export function useStoreCategories() {
  return useQuery({ queryKey: ['store', 'categories'], queryFn: () => apiGet('/store/categories', z.array(storeCategorySchema)), staleTime: 5 * 60_000 });
}

const cardPage = pageOf(storeProductCardSchema);

export function useStoreProducts(s: StoreSearch) {
  return useQuery({
    queryKey: ['store', 'products', s],
    queryFn: () => apiGet('/store/products', cardPage, { q: s.q, categoryId: s.categoryId, page: s.page, pageSize: STORE_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export function useStoreProduct(codeOrId: string) {
  return useQuery({
    queryKey: ['store', 'product', codeOrId],
    queryFn: () => apiGet(`/store/products/${encodeURIComponent(codeOrId)}`, storeProductDetailSchema),
    enabled: codeOrId !== '',
  });
}

export function useStoreShop(sellerCode: string, page: number) {
  return useQuery({
    queryKey: ['store', 'shop', sellerCode, page],
    queryFn: () => apiGet(`/store/shops/${encodeURIComponent(sellerCode)}`, storeShopSchema, { page, pageSize: STORE_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export function productPath(code: string): string {
  return `/store/products/${encodeURIComponent(code)}`;
}

export function shopPath(sellerCode: string): string {
  return `/store/shops/${encodeURIComponent(sellerCode)}`;
}
