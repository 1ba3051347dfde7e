import { ArrowLeftOutlined } from '@ant-design/icons';
import type { InstanceSummary } from '@cloudmart/contracts';
import { Button, Card, Flex, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { BuyerInstanceStatusBadge } from './buyer-labels';
import { useBuyerOrder } from './buyer.queries';
import { OrderSummary } from './OrderSummary';

export function BuyerOrderDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  const order = useBuyerOrder(id);

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
          <Card>
            <OrderSummary order={order.data} full />
          </Card>
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
        </Flex>
      )}
    </>
  );
}
