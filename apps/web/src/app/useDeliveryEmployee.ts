import { myDeliveryProfileOrNoneSchema } from '@cloudmart/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMe } from '../features/accounts/auth.queries';
import { apiGet } from '../shared/api/client';

/**
 * Whether the signed-in seller account is a delivery employee: it has a delivery profile
 * (`GET /delivery/me`, `employee: null` without one). The same query key and the same data as the
 * delivery center's own profile query (staff.queries.ts), so the two share one request. Never asked
 * for buyers and operators.
 */
export function useDeliveryEmployee(): { deliveryEmployee: boolean; pending: boolean } {
  const me = useMe();
  const seller = me.data?.kind === 'seller';
  const profile = useQuery({
    queryKey: ['delivery-me'],
    enabled: seller,
    staleTime: 60_000,
    queryFn: async () => {
      const { employee, leaves } = await apiGet('/delivery/me', myDeliveryProfileOrNoneSchema);
      return employee ? { employee, leaves } : null;
    },
  });
  if (!seller) return { deliveryEmployee: false, pending: me.isPending };
  // an error reading the profile counts as "not an employee": the menus stay usable
  return { deliveryEmployee: Boolean(profile.data), pending: profile.isPending && !profile.isError };
}
