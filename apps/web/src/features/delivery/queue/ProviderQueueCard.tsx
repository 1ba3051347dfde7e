import type { ProductCapacity, ProductQueueState, QueueReply, QueuedProject, ProviderCapacity } from '@cloudmart/contracts';
import { Button, Card, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { useProjectReporter } from '../projects/project-ui';
import { useAssignProviderNow } from './queue.queries';
import { QueueEmpty, Waited } from './queue-ui';
import { useFeedback } from '../../../shared/ui/feedback';

const stateColors: Record<ProductQueueState, string> = { full: 'error', no_provider: 'warning', room: 'success' };

interface ProviderQueueCardProps {
  list: QueueReply['projects'] | undefined;
  loading: boolean;
  error: unknown;
  pagination: TablePaginationConfig;
  /** delivery.projects.manage: 立即分配 */
  canManage: boolean;
  /** delivery.providers: a link to the capacity settings */
  canSetProviders: boolean;
}

/** 等待分配服务商: the vendor's queued projects, oldest first, and why each product queues. */
export function ProviderQueueCard({ list, loading, error, pagination, canManage, canSetProviders }: ProviderQueueCardProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useProjectReporter();
  const assign = useAssignProviderNow();

  const assignNow = (p: QueuedProject) =>
    assign.mutate(p.id, {
      onSuccess: (state) =>
        void (state.status === 'queued' ? message.info(t('deliveryQueue.providers.stillQueued')) : message.success(t('deliveryQueue.providers.assigned'))),
      onError: (err) => report(err),
    });

  const columns: TableColumnsType<QueuedProject> = [
    {
      key: 'orderNo',
      title: t('deliveryQueue.providers.columns.orderNo'),
      render: (_, p) => <Link to={`/delivery/projects/${encodeURIComponent(p.id)}`}>{p.orderNo}</Link>,
    },
    { key: 'product', title: t('deliveryQueue.providers.columns.product'), dataIndex: 'productName' },
    { key: 'customer', title: t('deliveryQueue.providers.columns.customer'), render: (_, p) => p.customer.name || t('common.none') },
    { key: 'queuedAt', title: t('deliveryQueue.providers.columns.queuedAt'), render: (_, p) => formatDateTime(p.queuedAt) },
    { key: 'waited', title: t('deliveryQueue.providers.columns.waited'), render: (_, p) => <Waited ms={p.waitedMs} /> },
    { key: 'place', title: t('deliveryQueue.providers.columns.place'), render: (_, p) => t('deliveryQueue.providers.place', { place: p.place }) },
    {
      key: 'actions',
      title: t('deliveryQueue.providers.columns.actions'),
      fixed: 'right',
      render: (_, p) => (
        <Flex gap={8}>
          <Link to={`/delivery/projects/${encodeURIComponent(p.id)}`} aria-label={`${t('deliveryQueue.detail')} ${p.orderNo}`}>
            {t('deliveryQueue.detail')}
          </Link>
          {canManage ? (
            <Popconfirm title={t('deliveryQueue.providers.assignTitle')} description={t('deliveryQueue.providers.assignHint')} onConfirm={() => assignNow(p)}>
              <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} aria-label={`${t('deliveryQueue.providers.assign')} ${p.orderNo}`}>
                {t('deliveryQueue.providers.assign')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <Card title={t('deliveryQueue.providers.title')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('deliveryQueue.providers.intro')}</Typography.Paragraph>
      {list?.capacity.length ? <CapacitySummaries capacity={list.capacity} canSetProviders={canSetProviders} /> : null}
      <Table<QueuedProject>
        rowKey="id"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        size="middle"
        aria-label={t('deliveryQueue.providers.title')}
        locale={{ emptyText: <QueueEmpty error={error} text={t('deliveryQueue.providers.empty')} /> }}
        pagination={{ showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], showTotal: (total) => t('common.total', { total }), ...pagination }}
      />
    </Card>
  );
}

/** Per product: its queue length, why it queues, and each provider's weight, maximum and open projects. */
function CapacitySummaries({ capacity, canSetProviders }: { capacity: ProductCapacity[]; canSetProviders: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ProviderCapacity> = [
    { key: 'provider', title: t('deliveryQueue.capacity.provider'), dataIndex: 'providerName' },
    { key: 'weight', title: t('deliveryQueue.capacity.weight'), dataIndex: 'weight', align: 'right' },
    { key: 'maxOpen', title: t('deliveryQueue.capacity.maxOpen'), dataIndex: 'maxOpen', align: 'right' },
    { key: 'open', title: t('deliveryQueue.capacity.open'), dataIndex: 'open', align: 'right' },
    { key: 'spare', title: t('deliveryQueue.capacity.spare'), align: 'right', render: (_, r) => Math.max(0, r.maxOpen - r.open) },
  ];
  return (
    <section aria-label={t('deliveryQueue.capacity.title')} style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('deliveryQueue.capacity.title')}</Typography.Text>
        {canSetProviders ? <Link to="/delivery/products">{t('deliveryQueue.capacity.adjust')}</Link> : null}
      </Flex>
      <Flex gap={12} wrap>
        {capacity.map((c) => (
          <Card
            key={c.productId}
            size="small"
            style={{ minWidth: 320, flex: '1 1 320px' }}
            title={c.productName}
            extra={
              <Flex gap={4}>
                <Tag>{t('deliveryQueue.capacity.queued', { count: c.queued })}</Tag>
                <Tag color={stateColors[c.state]}>{t(`deliveryQueue.capacity.states.${c.state}`)}</Tag>
              </Flex>
            }
          >
            {c.providers.length ? (
              <Table<ProviderCapacity>
                rowKey="providerSellerId"
                columns={columns}
                dataSource={c.providers}
                size="small"
                pagination={false}
                aria-label={`${t('deliveryQueue.capacity.title')} ${c.productName}`}
              />
            ) : (
              <Typography.Text type="secondary">{t('deliveryQueue.capacity.selfDelivery')}</Typography.Text>
            )}
          </Card>
        ))}
      </Flex>
    </section>
  );
}
