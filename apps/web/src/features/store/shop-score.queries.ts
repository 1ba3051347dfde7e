import { shopScoreSchema } from '@cloudmart/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../shared/api/client';

/** The shop's score over non-default reviews (public). */
export function useShopScore(sellerCode: string) {
  return useQuery({
    queryKey: ['store', 'shop-score', sellerCode],
    queryFn: () => apiGet(`/store/shops/${encodeURIComponent(sellerCode)}/score`, shopScoreSchema),
    enabled: sellerCode !== '',
    staleTime: 60_000,
  });
}
