import type { Notification } from '@cloudmart/contracts';
import { Badge, Button, Empty, Flex, Pagination, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorReporter } from '../../shared/api/errors';
import { formatDateTime } from '../../shared/ui/format';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { useMarkAllRead, useMarkRead, useNotifications } from './notifications.queries';

interface NotificationListProps {
  pageSize?: number;
  /** called after following a notification's link (the drawer closes itself) */
  onNavigate?: () => void;
}

/** The inbox: unread filter, mark one or all as read, pages. Used by the bell's drawer and the page. */
export function NotificationList({ pageSize = 10, onNavigate }: NotificationListProps) {
  const { t } = useTranslation();
  const report = useErrorReporter();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const list = useNotifications({ unreadOnly, page, pageSize });
  const markAll = useMarkAllRead();

  const onMarkAll = () => {
    markAll.mutate(undefined, { onError: (e) => report(e) });
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Segmented
          aria-label={t('notifications.title')}
          value={unreadOnly ? 'unread' : 'all'}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadOnly') },
          ]}
          onChange={(v) => {
            setUnreadOnly(v === 'unread');
            setPage(1);
          }}
        />
        <Button onClick={onMarkAll} loading={markAll.isPending}>
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {list.isPending ? (
        <LoadingBlock minHeight={160} />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Empty description={t('notifications.empty')} />
      ) : (
        <ul aria-label={t('notifications.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {list.data.items.map((n) => (
            <NotificationItem key={n.id} notification={n} onNavigate={onNavigate} />
          ))}
        </ul>
      )}
      {list.data && list.data.total > pageSize ? (
        <Pagination size="small" align="end" current={page} pageSize={pageSize} total={list.data.total} onChange={setPage} showSizeChanger={false} />
      ) : null}
    </Flex>
  );
}

function NotificationItem({ notification: n, onNavigate }: { notification: Notification; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const report = useErrorReporter();
  const markRead = useMarkRead();
  const unread = n.readAt === null;

  const open = () => {
    if (!n.link) return;
    if (unread) markRead.mutate(n.id);
    if (n.link.startsWith('/')) {
      void navigate(n.link);
      onNavigate?.();
    } else {
      window.open(n.link, '_blank', 'noopener');
    }
  };

  return (
    <li style={{ padding: '12px 0', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
      <Flex gap={8} align="start">
        <Badge status={unread ? 'processing' : 'default'} aria-label={unread ? t('notifications.unread') : t('notifications.read')} />
        <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text strong={unread}>{n.title}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-line' }}>
            {n.body}
          </Typography.Paragraph>
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(n.createdAt)}
            </Typography.Text>
            {n.link ? (
              <Button type="link" size="small" onClick={open} style={{ padding: 0 }}>
                {t('notifications.open')}
              </Button>
            ) : null}
            {unread ? (
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                loading={markRead.isPending}
                onClick={() => markRead.mutate(n.id, { onError: (e) => report(e) })}
              >
                {t('notifications.markRead')}
              </Button>
            ) : null}
          </Flex>
        </Flex>
      </Flex>
    </li>
  );
}
