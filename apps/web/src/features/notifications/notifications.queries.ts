import { notificationSchema, unreadCountSchema } from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSendVoid, pageOf } from '../../shared/api/client';

const notificationsKey = ['notifications'] as const;
const notificationPage = pageOf(notificationSchema);

export const UNREAD_POLL_MS = 30_000;

export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: [...notificationsKey, 'unread-count'],
    queryFn: () => apiGet('/notifications/unread-count', unreadCountSchema),
    refetchInterval: UNREAD_POLL_MS,
    refetchIntervalInBackground: false,
    enabled,
  });
}

export interface NotificationFilter {
  unreadOnly: boolean;
  page: number;
  pageSize: number;
}

export function useNotifications(f: NotificationFilter, enabled = true) {
  return useQuery({
    queryKey: [...notificationsKey, 'list', f],
    queryFn: () => apiGet('/notifications', notificationPage, { unread: f.unreadOnly ? 'true' : undefined, page: f.page, pageSize: f.pageSize }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSendVoid('POST', `/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiSendVoid('POST', '/notifications/read-all'),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationsKey }),
  });
}
