import type { OrderStatus, OrderType } from '@cloudmart/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const statusColor: Record<OrderStatus, string> = { unpaid: 'gold', paid: 'green', voided: 'default', refunded: 'purple' };
const typeColor: Record<OrderType, string> = {
  new: 'blue',
  renew: 'cyan',
  trial: 'geekblue',
  trial_to_paid: 'blue',
  refund: 'red',
  upgrade: 'volcano',
};

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColor[status]} variant="filled">
      {t(`orders.statuses.${status}`)}
    </Tag>
  );
}

export function OrderTypeTag({ type }: { type: OrderType }) {
  const { t } = useTranslation();
  return (
    <Tag color={typeColor[type]} variant="outlined">
      {t(`orders.types.${type}`)}
    </Tag>
  );
}

/** 分销比例 of a distribution order (guide 2.3 二.2); null for an order from the regular channels. */
export function distributionRateOf(o: { id: string; distributionRatePct?: number | null }): number | null {
  return o.distributionRatePct ?? null;
}
