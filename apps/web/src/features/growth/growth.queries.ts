import {
  benefitMatrixSchema,
  growthListSchema,
  productStrengthDetailSchema,
  productTierBadgeSchema,
  whatIfReplySchema,
  type StrengthTier,
  type WhatIfChange,
} from '@cloudmart/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../shared/api/client';

/* 商品 > 商品成长 (guide 3.3): scores, one product's breakdown and advice, what-if, benefits. */

export const growthPath = '/seller/growth';

export function useGrowthList(tier: StrengthTier) {
  return useQuery({
    queryKey: ['growth', 'list'],
    queryFn: () => apiGet(`${growthPath}/products`, growthListSchema),
    select: (d) => ({ ...d, items: d.items.filter((i) => i.tier === tier) }),
    placeholderData: keepPreviousData,
  });
}

export function useProductStrength(id: string | null) {
  return useQuery({
    queryKey: ['growth', 'product', id],
    queryFn: () => apiGet(`${growthPath}/products/${encodeURIComponent(id ?? '')}`, productStrengthDetailSchema),
    enabled: !!id,
  });
}

export function useBenefits() {
  return useQuery({ queryKey: ['growth', 'benefits'], queryFn: () => apiGet(`${growthPath}/benefits`, benefitMatrixSchema), staleTime: Infinity });
}

/** the what-if answer for the chosen changes; nothing is stored */
export function useWhatIf(id: string | null, changes: WhatIfChange[]) {
  return useQuery({
    queryKey: ['growth', 'what-if', id, changes],
    queryFn: () => apiSend('POST', `${growthPath}/products/${encodeURIComponent(id ?? '')}/what-if`, whatIfReplySchema, { changes }),
    enabled: !!id && changes.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useTierBadge(productId: string) {
  return useQuery({
    queryKey: ['growth', 'badge', productId],
    queryFn: () => apiGet(`/store/products/${encodeURIComponent(productId)}/tier`, productTierBadgeSchema),
    staleTime: 5 * 60_000,
  });
}
