import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NotificationList } from './NotificationList';
import { useUnreadCount } from './notifications.queries';

/** Header bell: unread badge (polled every 30 s) and a drawer with the inbox. */
export function NotificationBell({ inboxPath }: { inboxPath: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const count = unread.data?.count ?? 0;

  return (
    <>
      <Badge count={count} size="small" overflowCount={99}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={count > 0 ? t('header.notificationsWithCount', { count }) : t('header.notifications')}
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer
        title={t('notifications.title')}
        open={open}
        onClose={() => setOpen(false)}
        size={420}
        destroyOnHidden
        footer={
          <Button
            type="link"
            onClick={() => {
              setOpen(false);
              void navigate(inboxPath);
            }}
          >
            {t('notifications.viewAll')}
          </Button>
        }
      >
        <NotificationList onNavigate={() => setOpen(false)} />
      </Drawer>
    </>
  );
}
