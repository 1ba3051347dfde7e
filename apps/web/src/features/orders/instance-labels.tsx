import type { InstanceStatus } from '@cloudmart/contracts';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';

const statusBadge: Record<InstanceStatus, 'processing' | 'success' | 'warning' | 'default' | 'error'> = {
  opening: 'processing',
  opened: 'success',
  in_service: 'processing',
  expired: 'warning',
  closed: 'default',
};

export function InstanceStatusBadge({ status }: { status: InstanceStatus }) {
  const { t } = useTranslation();
  return <Badge status={statusBadge[status]} text={t(`commerce.instances.statuses.${status}`)} />;
}
