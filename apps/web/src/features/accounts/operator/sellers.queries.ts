import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, pageOf } from '../../../shared/api/client';

// Not yet in @cloudmart/contracts: the shape GET /operator/sellers answers with.
export const operatorSellerSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  mainLoginName: z.string(),
  subAccountCount: z.number().int(),
  createdAt: z.string(),
});
export type OperatorSeller = z.infer<typeof operatorSellerSchema>;

const sellerPage = pageOf(operatorSellerSchema);

export interface SellerFilter {
  q?: string;
  page: number;
  pageSize: number;
}

export function useOperatorSellers(f: SellerFilter) {
  return useQuery({
    queryKey: ['operator', 'sellers', f],
    queryFn: () => apiGet('/operator/sellers', sellerPage, { q: f.q, page: f.page, pageSize: f.pageSize }),
    placeholderData: keepPreviousData,
  });
}
