import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/ui/PageHeader';
import { NotificationList } from './NotificationList';

export function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('menu.notifications')} />
      <Card>
        <NotificationList pageSize={20} />
      </Card>
    </>
  );
}
