import { sellerReviewSchema, sellerReviewSummarySchema } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, pageOf } from '../../shared/api/client';
import { listParams, listStateFrom, type ListState } from '../../shared/list-state';

/** The list filters exactly as GET /seller/reviews takes them (from/to are ISO instants). */
export const reviewFilterKeys = ['minScore', 'maxScore', 'toHandle', 'productName', 'from', 'to'] as const;
export type ReviewFilterKey = (typeof reviewFilterKeys)[number];
export type ReviewFilters = Partial<Record<ReviewFilterKey, string>>;
export type ReviewListState = ListState<ReviewFilterKey>;

const scoreOk = (v: string | undefined) => v === undefined || /^[1-5]$/.test(v);
const instantOk = (v: string | undefined) => v === undefined || !Number.isNaN(Date.parse(v));

export function reviewListStateFrom(params: URLSearchParams): ReviewListState {
  const state = listStateFrom(params, reviewFilterKeys);
  const f = state.filters;
  if (!scoreOk(f.minScore)) delete f.minScore;
  if (!scoreOk(f.maxScore)) delete f.maxScore;
  if (f.toHandle !== undefined && f.toHandle !== 'true' && f.toHandle !== 'false') delete f.toHandle;
  if (!instantOk(f.from)) delete f.from;
  if (!instantOk(f.to)) delete f.to;
  return state;
}

export function reviewListParams(state: ReviewListState): URLSearchParams {
  return listParams(state, reviewFilterKeys);
}

const reviewsKey = ['aftersales-reviews'] as const;
const reviewPage = pageOf(sellerReviewSchema);

export function useSellerReviews(state: ReviewListState) {
  return useQuery({
    queryKey: [...reviewsKey, 'list', state],
    queryFn: () => apiGet('/seller/reviews', reviewPage, { ...state.filters, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useReviewSummary() {
  return useQuery({ queryKey: [...reviewsKey, 'summary'], queryFn: () => apiGet('/seller/reviews/summary', sellerReviewSummarySchema) });
}

export function useReplyToReview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reply }: { id: string; reply: string }) =>
      apiSend('POST', `/seller/reviews/${encodeURIComponent(id)}/reply`, sellerReviewSchema, { reply }),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviewsKey }),
  });
}
