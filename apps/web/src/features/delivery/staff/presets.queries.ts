import { deliveryRoleInfoSchema, holidayYearSchema, messageTemplateInfoSchema } from '@cloudmart/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet } from '../../../shared/api/client';

/* The read-only preset lists of the delivery center (roles, holidays, message templates). */

export function useDeliveryRoles() {
  return useQuery({ queryKey: ['delivery-roles'], queryFn: () => apiGet('/delivery/roles', z.array(deliveryRoleInfoSchema)), staleTime: Infinity });
}

export function useMessageTemplates() {
  return useQuery({
    queryKey: ['delivery-message-templates'],
    queryFn: () => apiGet('/delivery/message-templates', z.array(messageTemplateInfoSchema)),
    staleTime: Infinity,
  });
}

/** No year: the server's current year. */
export function useHolidays(year: number | undefined) {
  return useQuery({
    queryKey: ['delivery-holidays', year ?? 'current'],
    queryFn: () => apiGet('/delivery/holidays', holidayYearSchema, { year }),
    placeholderData: keepPreviousData,
  });
}
