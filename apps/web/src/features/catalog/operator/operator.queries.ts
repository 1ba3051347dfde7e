import { categorySchema, operatorReviewSchema, type ProductReviewKind, type ProductReviewStatus } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSendVoid, pageOf } from '../../../shared/api/client';

export interface ReviewFilter {
  kind: ProductReviewKind;
  status: ProductReviewStatus;
  page: number;
  pageSize: number;
}

const reviewsKey = ['operator-reviews'] as const;
const reviewPage = pageOf(operatorReviewSchema);

export function useProductReviews(f: ReviewFilter) {
  return useQuery({
    queryKey: [...reviewsKey, f],
    queryFn: () => apiGet('/operator/product-reviews', reviewPage, { kind: f.kind, status: f.status, page: f.page, pageSize: f.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useDecideReview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: { id: string; decision: 'approve' } | { id: string; decision: 'reject'; reason: string }) =>
      apiSendVoid('POST', `/operator/product-reviews/${encodeURIComponent(d.id)}/${d.decision}`, d.decision === 'reject' ? { reason: d.reason } : undefined),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviewsKey }),
  });
}

/** A bare array or a page: the contract does not pin the list's shape. */
const categoryList = z
  .union([z.array(categorySchema), z.object({ items: z.array(categorySchema) }).loose()])
  .transform((v) => (Array.isArray(v) ? v : v.items));
const categoriesKey = ['operator-categories'] as const;

export function useOperatorCategories() {
  return useQuery({ queryKey: categoriesKey, queryFn: () => apiGet('/operator/categories', categoryList) });
}

export function useUpdateCommission() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, commissionBp }: { id: string; commissionBp: number }) =>
      apiSendVoid('PATCH', `/operator/categories/${encodeURIComponent(id)}`, { commissionBp }),
    onSuccess: () => qc.invalidateQueries({ queryKey: categoriesKey }),
  });
}
