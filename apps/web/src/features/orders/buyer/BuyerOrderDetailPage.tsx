import { ArrowLeftOutlined } from '@ant-design/icons';
import type { InstanceSummary } from '@cloudmart/contracts';
import { Alert, Button, Card, Flex, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { BuyerInstanceStatusBadge } from './buyer-labels';
import { useBuyerOrder } from './buyer.queries';
import { OrderProjectLink } from '../../delivery/projects/OrderProjectLink';
import { OrderSummary } from './OrderSummary';
import { PriceChangesCard } from '../../aftersales/buyer/PriceChangesCard';
import { RefundApplyModal } from '../../aftersales/buyer/RefundApplyModal';

const refundableTypes = new Set(['new', 'renew', 'upgrade', 'trial_to_paid']);

export function BuyerOrderDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  const order = useBuyerOrder(id);
  const [refunding, setRefunding] = useState(false);

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      style={{ paddingInline: 0, marginBottom: 8 }}
      onClick={() => void (location.key === 'default' ? navigate('/buyer/orders') : navigate(-1))}
    >
      {t('store.buyer.backToOrders')}
    </Button>
  );
  const columns: TableColumnsType<InstanceSummary> = [
    { key: 'id', title: t('store.instance.id'), render: (_, i) => <Link to={`/buyer/instances/${encodeURIComponent(i.id)}`}>{i.id}</Link> },
    { key: 'spec', title: t('store.product.spec'), dataIndex: 'specName' },
    { key: 'status', title: t('store.instance.status'), render: (_, i) => <BuyerInstanceStatusBadge status={i.status} /> },
    { key: 'openedAt', title: t('store.instance.openedAt'), render: (_, i) => formatDateTime(i.openedAt) },
    { key: 'expiresAt', title: t('store.instance.expiresAt'), render: (_, i) => formatDateTime(i.expiresAt) },
  ];

  const data = order.data;
  return (
    <>
      <PageHeader
        before={back}
        title={data ? `${t('store.order.detailTitle')} ${data.orderNo}` : t('store.order.detailTitle')}
        extra={
          data?.status === 'unpaid' ? (
            <Button type="primary" onClick={() => void navigate(`/store/pay/${encodeURIComponent(data.id)}`)}>
              {t('store.order.pay')}
            </Button>
          ) : data?.status === 'paid' && data.paidFen > 0 && refundableTypes.has(data.type) ? (
            <Button danger onClick={() => setRefunding(true)}>
              {t('buyerAftersales.refund.apply')}
            </Button>
          ) : null
        }
      />
      {order.isPending ? (
        <Card>
          <LoadingBlock />
        </Card>
      ) : order.isError ? (
        <Card>
          <LoadError error={order.error} onRetry={() => void order.refetch()} />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          {order.data.status === 'refunded' ? (
            <Alert
              type="success"
              showIcon
              title={t('buyerAftersales.refund.orderRefunded')}
              action={<Link to="/buyer/refunds">{t('buyerAftersales.refund.viewRefunds')}</Link>}
            />
          ) : null}
          <Card>
            <OrderSummary order={order.data} full />
          </Card>
          <PriceChangesCard orderId={order.data.id} />
          <OrderProjectLink orderId={order.data.id} />
          <Card title={t('store.order.instances')}>
            <Table<InstanceSummary>
              rowKey="id"
              columns={columns}
              dataSource={order.data.instances}
              pagination={false}
              size="small"
              aria-label={t('store.order.instances')}
              locale={{ emptyText: t('store.order.noInstances') }}
            />
          </Card>
          {refunding ? <RefundApplyModal order={order.data} onClose={() => setRefunding(false)} /> : null}
        </Flex>
      )}
    </>
  );
}
