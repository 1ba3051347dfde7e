import {
  productTypes,
  storeCategorySchema,
  storeProductCardSchema,
  storeProductDetailSchema,
  storeShopSchema,
  storeSorts,
  type ProductType,
  type StoreSort,
} from '@cloudmart/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, pageOf } from '../../shared/api/client';
import { yuanToFen } from '../../shared/money';

export const STORE_PAGE_SIZE = 12;

/** The search page's state, kept in the URL (?q&categoryId&type&minPrice&maxPrice&sort&page) so links and reloads keep it. */
export interface StoreSearch {
  q: string;
  categoryId: string;
  /** '' for any type */
  type: ProductType | '';
  /** yuan, whole numbers; null when open */
  minPrice: number | null;
  maxPrice: number | null;
  sort: StoreSort;
  page: number;
}

function isProductType(v: string | null): v is ProductType {
  return productTypes.some((t) => t === v);
}
function isStoreSort(v: string | null): v is StoreSort {
  return storeSorts.some((s) => s === v);
}
function priceParam(v: string | null): number | null {
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? Math.min(Math.floor(n), 10_000_000) : null;
}

export function storeSearchFrom(params: URLSearchParams): StoreSearch {
  const page = Number(params.get('page'));
  const type = params.get('type');
  const sort = params.get('sort');
  return {
    q: params.get('q')?.trim() ?? '',
    categoryId: params.get('categoryId')?.trim() ?? '',
    type: isProductType(type) ? type : '',
    minPrice: priceParam(params.get('minPrice')),
    maxPrice: priceParam(params.get('maxPrice')),
    sort: isStoreSort(sort) ? sort : 'newest',
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, 10_000) : 1,
  };
}

/** Only what differs from the defaults goes into the URL. */
export function storeSearchParams(s: Partial<StoreSearch>): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.categoryId) p.set('categoryId', s.categoryId);
  if (s.type) p.set('type', s.type);
  if (s.minPrice !== null && s.minPrice !== undefined) p.set('minPrice', String(s.minPrice));
  if (s.maxPrice !== null && s.maxPrice !== undefined) p.set('maxPrice', String(s.maxPrice));
  if (s.sort && s.sort !== 'newest') p.set('sort', s.sort);
  if (s.page && s.page > 1) p.set('page', String(s.page));
  return p;
}

const categoryList = z.array(storeCategorySchema);
const fetchCategories = () => apiGet('/store/categories', categoryList);

const cardPage = pageOf(storeProductCardSchema);
const fetchProducts = (s: StoreSearch) =>
  apiGet('/store/products', cardPage, {
    q: s.q,
    categoryId: s.categoryId,
    type: s.type,
    minPriceFen: s.minPrice === null ? undefined : yuanToFen(s.minPrice),
    maxPriceFen: s.maxPrice === null ? undefined : yuanToFen(s.maxPrice),
    sort: s.sort,
    page: s.page,
    pageSize: STORE_PAGE_SIZE,
  });

/*
 * A first visit to the store home asks for its categories and products while the page's code
 * is still loading (prefetchStoreHome, called at start-up); the queries below take those
 * answers once instead of asking again after the first render.
 */
let earlyCategories: ReturnType<typeof fetchCategories> | null = null;
let earlyProducts: { key: string; reply: ReturnType<typeof fetchProducts> } | null = null;

export function prefetchStoreHome(search: string): void {
  const s = storeSearchFrom(new URLSearchParams(search));
  earlyCategories = fetchCategories();
  earlyProducts = { key: JSON.stringify(s), reply: fetchProducts(s) };
  // a failure is the query's to report, when (and if) it takes the answer
  earlyCategories.catch(() => undefined);
  earlyProducts.reply.catch(() => undefined);
}

export function useStoreCategories() {
  return useQuery({
    queryKey: ['store', 'categories'],
    queryFn: () => {
      const early = earlyCategories;
      earlyCategories = null;
      return early ?? fetchCategories();
    },
    staleTime: 5 * 60_000,
  });
}

export function useStoreProducts(s: StoreSearch) {
  return useQuery({
    queryKey: ['store', 'products', s],
    queryFn: () => {
      const early = earlyProducts?.key === JSON.stringify(s) ? earlyProducts.reply : null;
      earlyProducts = null;
      return early ?? fetchProducts(s);
    },
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
