import { buyerHomeSchema, operatorHomeSchema, sellerHomeSchema } from '@cloudmart/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../shared/api/client';

/** The portals' home figures (server: modules/home), refreshed each minute while open. */
const refresh = { staleTime: 30_000, refetchInterval: 60_000 } as const;

export function useSellerHome() {
  return useQuery({ queryKey: ['home', 'seller'], queryFn: () => apiGet('/home/seller', sellerHomeSchema), ...refresh });
}

export function useOperatorHome() {
  return useQuery({ queryKey: ['home', 'operator'], queryFn: () => apiGet('/home/operator', operatorHomeSchema), ...refresh });
}

export function useBuyerHome() {
  return useQuery({ queryKey: ['home', 'buyer'], queryFn: () => apiGet('/home/buyer', buyerHomeSchema), ...refresh });
}
