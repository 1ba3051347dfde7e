import { buyerReviewSchema, reviewableOrderSchema, type ReviewBody } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, pageOf } from '../../../shared/api/client';

const reviewPage = pageOf(buyerReviewSchema);

/** Paid purchases still waiting for a review (the server caps the list). */
export function useReviewables() {
  return useQuery({ queryKey: ['buyer-reviews', 'reviewables'], queryFn: () => apiGet('/buyer/reviewables', z.array(reviewableOrderSchema)) });
}

export function useMyReviews(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['buyer-reviews', 'mine', page, pageSize],
    queryFn: () => apiGet('/buyer/reviews', reviewPage, { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useReviewOrder(orderId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewBody) => apiSend('POST', `/buyer/orders/${encodeURIComponent(orderId)}/review`, buyerReviewSchema, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['buyer-reviews'] }),
  });
}
