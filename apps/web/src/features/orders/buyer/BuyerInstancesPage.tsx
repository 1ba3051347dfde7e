import type { BuyerInstance, InstanceStatus } from '@cloudmart/contracts';
import { Button, Card, Empty, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../../shared/api/errors';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { columnsWidth } from '../../../shared/ui/table-width';
import { BuyerInstanceStatusBadge } from './buyer-labels';
import { instanceStatusList, listParams, listStateFrom, useBuyerInstances } from './buyer.queries';

const instancePath = (id: string) => `/buyer/instances/${encodeURIComponent(id)}`;

/** 我的实例: what the buyer's orders opened, with status and expiry. */
export function BuyerInstancesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => listStateFrom(params, instanceStatusList), [params]);
  const instances = useBuyerInstances(state);

  // Fits 1280 px in both languages with nothing under the fixed action column: each cell
  // carries its secondary field on a second line (opened time, spec, closed time).
  const columns: TableColumnsType<BuyerInstance> = [
    {
      key: 'id',
      title: t('store.instance.id'),
      width: 200,
      render: (_, i) => <TwoLines primary={<Link to={instancePath(i.id)}>{i.id}</Link>} secondary={formatDateTime(i.openedAt)} />,
    },
    {
      key: 'product',
      title: t('store.checkout.product'),
      dataIndex: 'productName',
      ellipsis: true,
      width: 220,
      render: (_, i) => (
        <TwoLines
          primary={
            <>
              {i.productName}
              {i.trial ? (
                <Tag color="green" style={{ marginInlineStart: 6 }}>
                  {t('store.card.trial')}
                </Tag>
              ) : null}
            </>
          }
          secondary={i.specName}
        />
      ),
    },
    {
      key: 'status',
      title: t('store.instance.status'),
      width: 150,
      render: (_, i) => <TwoLines primary={<BuyerInstanceStatusBadge status={i.status} />} secondary={i.closedAt ? formatDateTime(i.closedAt) : null} />,
    },
    { key: 'expiresAt', title: t('store.instance.expiresAt'), width: 160, render: (_, i) => formatDateTime(i.expiresAt) },
    { key: 'actions', title: t('common.actions'), fixed: 'right', width: 90, render: (_, i) => <Link to={instancePath(i.id)}>{t('store.order.detail')}</Link> },
  ];

  return (
    <>
      <PageHeader title={t('menu.myInstances')} extra={<Button onClick={() => void navigate('/store')}>{t('store.buyer.goShopping')}</Button>} />
      <Card>
        <Space style={{ marginBottom: 16 }}>
          <span id="instance-status-filter">{t('store.instance.status')}</span>
          <Select<InstanceStatus | ''>
            aria-labelledby="instance-status-filter"
            style={{ width: 160 }}
            value={state.status}
            onChange={(status) => setParams(listParams({ ...state, status, page: 1 }))}
            options={[{ value: '', label: t('common.all') }, ...instanceStatusList.map((s) => ({ value: s, label: t(`store.instanceStatuses.${s}`) }))]}
          />
        </Space>
        <Table<BuyerInstance>
          rowKey="id"
          columns={columns}
          dataSource={instances.data?.items ?? []}
          loading={instances.isFetching}
          scroll={{ x: columnsWidth(columns) }}
          size="middle"
          aria-label={t('menu.myInstances')}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={instances.isError ? errorMessage(t, instances.error) : t('store.buyer.noInstances')} />
            ),
          }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: instances.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams(listParams({ ...state, page: pageSize === state.pageSize ? page : 1, pageSize })),
          }}
        />
      </Card>
    </>
  );
}
