import { buyerPriceChangeSchema } from '@cloudmart/contracts';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet } from '../../../shared/api/client';

/** The order's price changes, oldest first: the first one's oldFen is the original price. */
export function useBuyerPriceChanges(orderId: string) {
  return useQuery({
    queryKey: ['buyer-orders', 'price-changes', orderId],
    queryFn: () => apiGet(`/buyer/orders/${encodeURIComponent(orderId)}/price-changes`, z.array(buyerPriceChangeSchema)),
    enabled: orderId !== '',
  });
}
