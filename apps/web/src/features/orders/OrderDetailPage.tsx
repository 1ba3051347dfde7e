import { ArrowLeftOutlined } from '@ant-design/icons';
import type { OrderReseller, SellerOrderDetail } from '@cloudmart/contracts';
import { Button, Card, Descriptions, Flex, type DescriptionsProps } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { can } from '../../shared/access';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { PriceChangeModal } from '../aftersales/PriceChangeModal';
import { PriceChangesCard } from '../aftersales/PriceChangesCard';
import { useCurrentUser } from '../accounts/auth.queries';
import { OrderStatusTag, OrderTypeTag } from './order-labels';
import { useSellerOrder } from './orders.queries';
import { formatFen } from '../../shared/money';
import { orderPromotionItems } from '../promotions-buyer/order-price-items';
import { OrderResellerCard } from '../distribution/OrderResellerCard';

function orderItems(o: SellerOrderDetail, t: TFunction): DescriptionsProps['items'] {
  const none = t('common.none');
  const contact = o.buyerContact ? [o.buyerContact.email, o.buyerContact.phone].filter(Boolean).join(' / ') || none : t('orders.contactHidden');
  return [
    { key: 'orderNo', label: t('orders.orderNo'), children: o.orderNo },
    { key: 'type', label: t('orders.type'), children: <OrderTypeTag type={o.type} /> },
    { key: 'status', label: t('orders.status'), children: <OrderStatusTag status={o.status} /> },
    { key: 'productCode', label: t('orders.productCode'), children: o.productCode },
    { key: 'productName', label: t('orders.productName'), children: o.productName },
    { key: 'specName', label: t('orders.specName'), children: o.specName },
    { key: 'listPrice', label: t('orders.listPrice'), children: formatFen(o.listPriceFen) },
    ...orderPromotionItems(t, o),
    { key: 'paid', label: t('orders.paidAmount'), children: formatFen(o.paidFen) },
    { key: 'source', label: t('orders.source'), children: t(`orders.sources.${o.source}`) },
    // guide 订单详情: 商机ID / 定制方案ID, shown when the order came from a lead's proposal
    ...(o.leadId ? [{ key: 'leadId', label: t('orders.leadId'), children: o.leadId }] : []),
    ...(o.proposalId ? [{ key: 'proposalId', label: t('orders.proposalId'), children: o.proposalId }] : []),
    { key: 'createdAt', label: t('orders.createdAt'), children: formatDateTime(o.createdAt) },
    { key: 'paidAt', label: t('orders.paidAt'), children: formatDateTime(o.paidAt, t('orders.unpaid')) },
    { key: 'settledAt', label: t('orders.settledAt'), children: formatDateTime(o.settledAt, t('orders.unsettled')) },
    { key: 'buyerUid', label: t('orders.buyerUid'), children: o.buyerUid },
    { key: 'buyerAccount', label: t('orders.buyerAccount'), children: o.buyerLoginName },
    { key: 'buyerContact', label: t('orders.buyerContact'), children: contact },
    { key: 'remark', label: t('orders.remark'), children: o.remark ?? none, span: 'filled' },
  ];
}

/** The reseller of a distribution order, null for the regular channels. */
function resellerOf(o: { id: string; reseller?: OrderReseller | null }): OrderReseller | null {
  return o.reseller ?? null;
}

export function OrderDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  const order = useSellerOrder(id);
  const me = useCurrentUser();
  const [repricing, setRepricing] = useState(false);
  // DOMAIN 2.6: only an unpaid purchase can be repriced
  const repriceable = can(me, 'prices.change') && order.data?.status === 'unpaid' && order.data.type !== 'refund';

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      style={{ paddingInline: 0, marginBottom: 8 }}
      onClick={() => void (location.key === 'default' ? navigate('/seller/orders') : navigate(-1))}
    >
      {t('orders.backToList')}
    </Button>
  );

  return (
    <>
      <PageHeader
        before={back}
        title={order.data ? `${t('orders.detailTitle')} ${order.data.orderNo}` : t('orders.detailTitle')}
        extra={
          repriceable ? (
            <Button type="primary" onClick={() => setRepricing(true)}>
              {t('aftersales.priceChange.open')}
            </Button>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        <Card>
          {order.isPending ? (
            <LoadingBlock />
          ) : order.isError ? (
            <LoadError error={order.error} onRetry={() => void order.refetch()} />
          ) : (
            <Descriptions bordered column={{ xs: 1, md: 2, xl: 3 }} items={orderItems(order.data, t)} />
          )}
        </Card>
        {order.data ? <PriceChangesCard orderId={order.data.id} /> : null}
        {/* guide 2.3 二.3: 在详情页底部可以查看到本订单对应的分销商信息 */}
        {order.data ? <OrderResellerCard reseller={resellerOf(order.data)} /> : null}
      </Flex>
      {order.data ? <PriceChangeModal open={repricing} orderId={order.data.id} currentFen={order.data.paidFen} onClose={() => setRepricing(false)} /> : null}
    </>
  );
}
