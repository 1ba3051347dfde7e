import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from './notifications.queries';

// the drawer and the inbox list (pagination, filters) load on the first click, not with every console
const NotificationDrawer = lazy(() => import('./NotificationDrawer').then((m) => ({ default: m.NotificationDrawer })));

/** Header bell: unread badge (polled every 30 s) and a drawer with the inbox. */
export function NotificationBell({ inboxPath }: { inboxPath: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // mounted from the first click on, so the drawer keeps its closing animation
  const [opened, setOpened] = useState(false);
  const unread = useUnreadCount();
  const count = unread.data?.count ?? 0;

  return (
    <>
      <Badge count={count} size="small" overflowCount={99}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={count > 0 ? t('header.notificationsWithCount', { count }) : t('header.notifications')}
          onClick={() => {
            setOpened(true);
            setOpen(true);
          }}
        />
      </Badge>
      {opened && (
        <Suspense fallback={null}>
          <NotificationDrawer open={open} onClose={() => setOpen(false)} inboxPath={inboxPath} />
        </Suspense>
      )}
    </>
  );
}
