import { myDeliveryProfileSchema } from '@cloudmart/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMe } from '../features/accounts/auth.queries';
import { apiGet, isApiError } from '../shared/api/client';

/**
 * Whether the signed-in seller account is a delivery employee: it has a delivery profile
 * (`GET /delivery/me`, 404 without one). The same query key as the delivery center's own
 * profile query, so the two share one request. Never asked for buyers and operators.
 */
export function useDeliveryEmployee(): { deliveryEmployee: boolean; pending: boolean } {
  const me = useMe();
  const seller = me.data?.kind === 'seller';
  const profile = useQuery({
    queryKey: ['delivery-me'],
    enabled: seller,
    staleTime: 60_000,
    queryFn: async () => {
      try {
        return await apiGet('/delivery/me', myDeliveryProfileSchema);
      } catch (err) {
        if (isApiError(err) && err.status === 404) return null;
        throw err;
      }
    },
  });
  if (!seller) return { deliveryEmployee: false, pending: me.isPending };
  // an error reading the profile counts as "not an employee": the menus stay usable
  return { deliveryEmployee: Boolean(profile.data), pending: profile.isPending && !profile.isError };
}
