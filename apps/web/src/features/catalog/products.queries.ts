import {
  listingReviewStatuses,
  productStatuses,
  productTypes,
  sellerProductDetailSchema,
  sellerProductRowSchema,
  storeCategorySchema,
  type createProductBody,
  type createSpecBody,
  type DelistingRequestBody,
  type updateProductBody,
  type updateSpecBody,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, apiSendVoid, pageOf } from '../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../shared/list-state';

export const productFilterKeys = ['code', 'name', 'type', 'status', 'reviewStatus'] as const;
export type ProductFilterKey = (typeof productFilterKeys)[number];
export type ProductListState = ListState<ProductFilterKey>;

const oneOf = (values: readonly string[], v: string | undefined) => v === undefined || values.includes(v);

export function productListStateFrom(params: URLSearchParams): ProductListState {
  const state = listStateFrom(params, productFilterKeys);
  const f = state.filters;
  if (!oneOf(productTypes, f.type)) delete f.type;
  if (!oneOf(productStatuses, f.status)) delete f.status;
  if (!oneOf(listingReviewStatuses, f.reviewStatus)) delete f.reviewStatus;
  return state;
}

export function productListParams(state: ProductListState): URLSearchParams {
  return listParams(state, productFilterKeys);
}

const productsKey = ['seller-products'] as const;
const productPage = pageOf(sellerProductRowSchema);
const path = (id: string) => `/seller/products/${encodeURIComponent(id)}`;

export function useSellerProducts(state: ProductListState) {
  return useQuery({
    queryKey: [...productsKey, 'list', state],
    queryFn: () => apiGet('/seller/products', productPage, { ...state.filters, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useSellerProduct(id: string | undefined) {
  return useQuery({
    queryKey: [...productsKey, 'detail', id],
    enabled: id !== undefined,
    queryFn: () => apiGet(path(id ?? ''), sellerProductDetailSchema),
  });
}

function useInvalidateProducts() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: productsKey });
}

export type CreateProductInput = z.input<typeof createProductBody>;
export type UpdateProductInput = z.input<typeof updateProductBody>;
export type CreateSpecInput = z.input<typeof createSpecBody>;
export type UpdateSpecInput = z.input<typeof updateSpecBody>;

const createdReply = z.object({ id: z.string() }).loose();

export function useCreateProduct() {
  const invalidate = useInvalidateProducts();
  return useMutation({ mutationFn: (body: CreateProductInput) => apiSend('POST', '/seller/products', createdReply, body), onSuccess: invalidate });
}

export function useUpdateProduct() {
  const invalidate = useInvalidateProducts();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: UpdateProductInput }) => apiSendVoid('PATCH', path(id), body), onSuccess: invalidate });
}

export function useProductVisibility() {
  const invalidate = useInvalidateProducts();
  return useMutation({
    mutationFn: ({ id, visible }: { id: string; visible: boolean }) => apiSendVoid('POST', `${path(id)}/visibility`, { visible }),
    onSuccess: invalidate,
  });
}

export function useSubmitProduct() {
  const invalidate = useInvalidateProducts();
  return useMutation({ mutationFn: (id: string) => apiSendVoid('POST', `${path(id)}/submit`), onSuccess: invalidate });
}

export function useRequestDelisting() {
  const invalidate = useInvalidateProducts();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DelistingRequestBody }) => apiSendVoid('POST', `${path(id)}/delisting`, body),
    onSuccess: invalidate,
  });
}

// ---- specs ----

export type SpecChange =
  | { op: 'create'; productId: string; body: CreateSpecInput }
  | { op: 'update'; productId: string; specId: string; body: UpdateSpecInput }
  | { op: 'delete'; productId: string; specId: string }
  | { op: 'visibility'; productId: string; specId: string; hidden: boolean };

export function useSpecChange() {
  const invalidate = useInvalidateProducts();
  return useMutation({
    mutationFn: (c: SpecChange) => {
      const specs = `${path(c.productId)}/specs`;
      switch (c.op) {
        case 'create':
          return apiSendVoid('POST', specs, c.body);
        case 'update':
          return apiSendVoid('PATCH', `${specs}/${encodeURIComponent(c.specId)}`, c.body);
        case 'delete':
          return apiSendVoid('DELETE', `${specs}/${encodeURIComponent(c.specId)}`);
        case 'visibility':
          return apiSendVoid('POST', `${specs}/${encodeURIComponent(c.specId)}/visibility`, { hidden: c.hidden });
      }
    },
    onSuccess: invalidate,
  });
}

// ---- categories (the seller picks one; the storefront list has them all) ----

const categoryList = z
  .union([z.array(storeCategorySchema), z.object({ items: z.array(storeCategorySchema) }).loose()])
  .transform((v) => (Array.isArray(v) ? v : v.items));

export function useCategoryOptions() {
  return useQuery({ queryKey: ['store-categories'], queryFn: () => apiGet('/store/categories', categoryList), staleTime: 5 * 60_000 });
}
