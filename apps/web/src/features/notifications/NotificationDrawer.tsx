import { Button, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NotificationList } from './NotificationList';

interface NotificationDrawerProps {
  open: boolean;
  onClose: () => void;
  inboxPath: string;
}

/** The bell's drawer with the inbox; its own chunk, loaded on the first click on the bell. */
export function NotificationDrawer({ open, onClose, inboxPath }: NotificationDrawerProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Drawer
      title={t('notifications.title')}
      open={open}
      onClose={onClose}
      size={420}
      destroyOnHidden
      footer={
        <Button
          type="link"
          onClick={() => {
            onClose();
            void navigate(inboxPath);
          }}
        >
          {t('notifications.viewAll')}
        </Button>
      }
    >
      <NotificationList onNavigate={onClose} />
    </Drawer>
  );
}
