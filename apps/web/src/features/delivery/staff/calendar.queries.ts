import { calendarDaySchema, operatorCalendarSchema, type CalendarDayBody } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, apiSendVoid } from '../../../shared/api/client';

/* Operator: the working-day calendar (server: modules/delivery/calendar/calendar.routes.ts). */

const calendarKey = ['operator', 'delivery-calendar'] as const;
const dayPath = (day: string) => `/operator/delivery/calendar/${encodeURIComponent(day)}`;

export function useOperatorCalendar(year: number | undefined) {
  return useQuery({
    queryKey: [...calendarKey, year ?? 'current'],
    queryFn: () => apiGet('/operator/delivery/calendar', operatorCalendarSchema, { year }),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateCalendar() {
  const qc = useQueryClient();
  // the sellers' holiday view reads the same rows
  return () => Promise.all([qc.invalidateQueries({ queryKey: calendarKey }), qc.invalidateQueries({ queryKey: ['delivery-holidays'] })]);
}

export function useSetCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: ({ day, body }: { day: string; body: CalendarDayBody }) => apiSend('PUT', dayPath(day), calendarDaySchema, body),
    onSuccess: invalidate,
  });
}

export function useDeleteCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({ mutationFn: (day: string) => apiSendVoid('DELETE', dayPath(day)), onSuccess: invalidate });
}
