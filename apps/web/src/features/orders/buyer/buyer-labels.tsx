import type { InstanceStatus, OrderStatus, OrderType } from '@cloudmart/contracts';
import { Badge, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const orderColor: Record<OrderStatus, string> = { unpaid: 'gold', paid: 'green', voided: 'default', refunded: 'purple' };
const instanceBadge: Record<InstanceStatus, 'processing' | 'success' | 'warning' | 'default'> = {
  opening: 'processing',
  opened: 'success',
  in_service: 'processing',
  expired: 'warning',
  closed: 'default',
};

export function BuyerOrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={orderColor[status]} variant="filled">
      {t(`store.orderStatuses.${status}`)}
    </Tag>
  );
}

export function BuyerOrderTypeText({ type }: { type: OrderType }) {
  const { t } = useTranslation();
  return <>{t(`store.orderTypes.${type}`)}</>;
}

export function BuyerInstanceStatusBadge({ status }: { status: InstanceStatus }) {
  const { t } = useTranslation();
  return <Badge status={instanceBadge[status]} text={t(`store.instanceStatuses.${status}`)} />;
}
