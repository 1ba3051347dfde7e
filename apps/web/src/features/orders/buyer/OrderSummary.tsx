import type { BuyerOrderDetail } from '@cloudmart/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { durationLabel } from '../../store/pricing';
import { BuyerOrderStatusTag, BuyerOrderTypeText } from './buyer-labels';
import { formatFen } from '../../../shared/money';
import { orderPromotionItems } from '../../promotions-buyer/order-price-items';

/**
 * 订单来源 and 定制方案ID, read when the order carries them (the proposals work adds source /
 * proposalId to the order contract; until then the detail simply leaves them out).
 */
export function orderOrigin(order: object): { source?: 'online_store' | 'proposal'; proposalId?: string } {
  const source = 'source' in order && (order.source === 'online_store' || order.source === 'proposal') ? order.source : undefined;
  const proposalId = 'proposalId' in order && typeof order.proposalId === 'string' && order.proposalId ? order.proposalId : undefined;
  return { source, proposalId };
}

/** The order's facts, for the pay page and the order detail. */
export function OrderSummary({ order, full }: { order: BuyerOrderDetail; full?: boolean }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const origin = orderOrigin(order);
  const duration = order.durationUnit && order.duration ? durationLabel(t, order.durationUnit, order.duration) : none;
  return (
    <Descriptions
      bordered
      column={full ? { xs: 1, md: 2 } : 1}
      size="middle"
      items={[
        { key: 'orderNo', label: t('store.order.orderNo'), children: order.orderNo },
        { key: 'status', label: t('store.order.status'), children: <BuyerOrderStatusTag status={order.status} /> },
        { key: 'product', label: t('store.checkout.product'), children: `${order.productName} (${order.productCode})` },
        { key: 'type', label: t('store.order.type'), children: <BuyerOrderTypeText type={order.type} /> },
        { key: 'spec', label: t('store.product.spec'), children: order.specName },
        { key: 'duration', label: t('store.product.duration'), children: duration },
        { key: 'quantity', label: t('store.product.quantity'), children: order.quantity },
        { key: 'listPrice', label: t('store.order.listPrice'), children: formatFen(order.listPriceFen) },
        ...orderPromotionItems(t, order),
        {
          key: 'amount',
          label: t('store.order.amount'),
          children: (
            <strong style={{ color: '#f5222d' }} data-testid="order-amount">
              {formatFen(order.paidFen)}
            </strong>
          ),
        },
        { key: 'createdAt', label: t('store.order.createdAt'), children: formatDateTime(order.createdAt) },
        ...(full
          ? [
              { key: 'paidAt', label: t('store.order.paidAt'), children: formatDateTime(order.paidAt, t('store.orderStatuses.unpaid')) },
              // 订单来源 / 定制方案ID (guide: 通过商机/定制方案方式下单，来源为：定制方案), when the server says
              ...(origin.source ? [{ key: 'source', label: t('store.order.source'), children: t(`store.order.sources.${origin.source}`) }] : []),
              ...(origin.proposalId ? [{ key: 'proposalId', label: t('store.order.proposalId'), children: origin.proposalId }] : []),
              { key: 'showContact', label: t('store.order.showContact'), children: order.showContact ? t('store.order.yes') : t('store.order.no') },
              { key: 'remark', label: t('store.checkout.remark'), children: order.remark ?? none, span: 'filled' as const },
            ]
          : []),
      ]}
    />
  );
}
