import { ArrowLeftOutlined, ExportOutlined } from '@ant-design/icons';
import type { BuyerInstanceDetail, InstanceOrder } from '@cloudmart/contracts';
import { AppInfoFields } from '../AppInfoFields';
import { Alert, Button, Card, Descriptions, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { durationLabel } from '../../store/pricing';
import { productPath } from '../../store/store.queries';
import { BuyerInstanceStatusBadge, BuyerOrderStatusTag, BuyerOrderTypeText } from './buyer-labels';
import { openAppUrl, useBuyerInstance } from './buyer.queries';
import { InstanceActionModal, type InstanceActionKind } from './InstanceActionModal';
import { formatFen } from '../../../shared/money';

const renewable = new Set(['opened', 'in_service', 'expired']);

function Actions({ instance, onAction }: { instance: BuyerInstanceDetail; onAction: (k: InstanceActionKind) => void }) {
  const { t } = useTranslation();
  const canOpen = instance.status === 'opened' || instance.status === 'in_service';
  return (
    <>
      {canOpen ? (
        // a plain navigation: the server answers 302 to the seller's SSO address
        <Button type="primary" icon={<ExportOutlined />} href={openAppUrl(instance.id)}>
          {t('store.instance.openApp')}
        </Button>
      ) : null}
      {instance.trial && instance.status !== 'closed' ? <Button onClick={() => onAction('convert')}>{t('store.instance.convert')}</Button> : null}
      {!instance.trial && renewable.has(instance.status) ? <Button onClick={() => onAction('renew')}>{t('store.instance.renew')}</Button> : null}
      {!instance.trial && (instance.status === 'opened' || instance.status === 'in_service') ? (
        <Button onClick={() => onAction('upgrade')}>{t('store.instance.upgrade')}</Button>
      ) : null}
    </>
  );
}

export function BuyerInstanceDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  const instance = useBuyerInstance(id);
  const [action, setAction] = useState<InstanceActionKind | null>(null);
  const data = instance.data;

  const orderColumns: TableColumnsType<InstanceOrder> = [
    { key: 'orderNo', title: t('store.order.orderNo'), render: (_, o) => <Link to={`/buyer/orders/${encodeURIComponent(o.id)}`}>{o.orderNo}</Link> },
    { key: 'type', title: t('store.order.type'), render: (_, o) => <BuyerOrderTypeText type={o.type} /> },
    { key: 'spec', title: t('store.product.spec'), dataIndex: 'specName' },
    {
      key: 'duration',
      title: t('store.product.duration'),
      render: (_, o) => (o.durationUnit && o.duration ? durationLabel(t, o.durationUnit, o.duration) : t('common.none')),
    },
    { key: 'amount', title: t('store.order.amount'), align: 'right', render: (_, o) => formatFen(o.paidFen) },
    { key: 'status', title: t('store.order.status'), render: (_, o) => <BuyerOrderStatusTag status={o.status} /> },
    { key: 'createdAt', title: t('store.order.createdAt'), render: (_, o) => formatDateTime(o.createdAt) },
  ];

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      style={{ paddingInline: 0, marginBottom: 8 }}
      onClick={() => void (location.key === 'default' ? navigate('/buyer/instances') : navigate(-1))}
    >
      {t('store.buyer.backToInstances')}
    </Button>
  );

  return (
    <>
      <PageHeader before={back} title={t('store.instance.detailTitle')} extra={data ? <Actions instance={data} onAction={setAction} /> : null} />
      {instance.isPending ? (
        <Card>
          <LoadingBlock />
        </Card>
      ) : instance.isError ? (
        <Card>
          <LoadError error={instance.error} onRetry={() => void instance.refetch()} />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          {instance.data.status === 'opening' ? <Alert type="info" showIcon title={t('store.instance.openingHint')} /> : null}
          {instance.data.status === 'closed' && instance.data.orders.some((o) => o.type === 'refund' || o.status === 'refunded') ? (
            <Alert
              type="warning"
              showIcon
              title={t('buyerAftersales.instance.released')}
              action={<Link to="/buyer/refunds">{t('buyerAftersales.refund.viewRefunds')}</Link>}
            />
          ) : null}
          <Card>
            <Descriptions
              bordered
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'id', label: t('store.instance.id'), children: instance.data.id },
                { key: 'status', label: t('store.instance.status'), children: <BuyerInstanceStatusBadge status={instance.data.status} /> },
                {
                  key: 'product',
                  label: t('store.checkout.product'),
                  children: <Link to={productPath(instance.data.productId)}>{instance.data.productName}</Link>,
                },
                {
                  key: 'spec',
                  label: t('store.product.spec'),
                  children: (
                    <>
                      {instance.data.specName} {instance.data.trial ? <Tag color="green">{t('store.card.trial')}</Tag> : null}
                    </>
                  ),
                },
                { key: 'openedAt', label: t('store.instance.openedAt'), children: formatDateTime(instance.data.openedAt) },
                { key: 'expiresAt', label: t('store.instance.expiresAt'), children: formatDateTime(instance.data.expiresAt) },
                { key: 'createdAt', label: t('store.instance.createdAt'), children: formatDateTime(instance.data.createdAt) },
                ...(instance.data.closedAt ? [{ key: 'closedAt', label: t('store.instance.closedAt'), children: formatDateTime(instance.data.closedAt) }] : []),
              ]}
            />
          </Card>
          <Card title={t('store.instance.appInfo')}>
            {instance.data.appInfo && Object.keys(instance.data.appInfo).length > 0 ? (
              <AppInfoFields appInfo={instance.data.appInfo} size="small" />
            ) : (
              <span>{t('store.instance.noAppInfo')}</span>
            )}
          </Card>
          <Card title={t('store.instance.orders')}>
            <Table<InstanceOrder>
              rowKey="id"
              size="small"
              columns={orderColumns}
              dataSource={instance.data.orders}
              pagination={false}
              aria-label={t('store.instance.orders')}
            />
          </Card>
          {action ? <InstanceActionModal kind={action} instance={instance.data} onClose={() => setAction(null)} /> : null}
        </Flex>
      )}
    </>
  );
}
