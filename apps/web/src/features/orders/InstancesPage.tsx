import type { SellerInstance } from '@cloudmart/contracts';
import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../shared/ui/format';
import { TwoLines } from '../../shared/ui/TwoLines';
import { PageHeader } from '../../shared/ui/PageHeader';
import { listEmpty, listPagination } from '../../shared/ui/commerce-ui';
import { InstanceFilterForm } from './InstanceFilterForm';
import { InstanceStatusBadge } from './instance-labels';
import { instanceListParams, instanceListStateFrom, useSellerInstances, type InstanceListState } from './instances.queries';

export function InstancesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => instanceListStateFrom(params), [params]);
  const list = useSellerInstances(state);
  const go = (next: InstanceListState) => setParams(instanceListParams(next));
  const detail = (i: SellerInstance) => `/seller/instances/${encodeURIComponent(i.id)}`;

  // Fits 1280 px in both languages with nothing under the fixed action column (secondary fields on a second line).
  const columns: TableColumnsType<SellerInstance> = [
    {
      key: 'id',
      title: t('commerce.instances.id'),
      fixed: 'left',
      width: 200,
      render: (_, i) => <TwoLines primary={<Link to={detail(i)}>{i.id}</Link>} secondary={formatDateTime(i.openedAt)} />,
    },
    { key: 'status', title: t('commerce.instances.status'), width: 100, render: (_, i) => <InstanceStatusBadge status={i.status} /> },
    {
      key: 'productName',
      title: t('commerce.instances.productName'),
      dataIndex: 'productName',
      width: 210,
      ellipsis: true,
      render: (_, i) => (
        <TwoLines
          primary={
            <>
              {i.productName}
              {i.trial ? <Tag style={{ marginInlineStart: 6 }}>{t('commerce.instances.trial')}</Tag> : null}
            </>
          }
          secondary={`${i.productCode} · ${i.specName}`}
        />
      ),
    },
    { key: 'buyerUid', title: t('commerce.instances.buyerUid'), dataIndex: 'buyerUid', width: 100 },
    { key: 'expiresAt', title: t('commerce.instances.expiresAt'), width: 150, render: (_, i) => formatDateTime(i.expiresAt) },
    {
      key: 'remark',
      title: t('commerce.instances.remark'),
      dataIndex: 'sellerRemark',
      width: 110,
      ellipsis: true,
      render: (_, i) => i.sellerRemark ?? t('common.none'),
    },
    { key: 'actions', title: t('common.actions'), fixed: 'right', width: 70, render: (_, i) => <Link to={detail(i)}>{t('commerce.instances.view')}</Link> },
  ];

  return (
    <>
      <PageHeader title={t('commerce.instances.title')} />
      <Card style={{ marginBottom: 16 }}>
        <InstanceFilterForm value={state.filters} onSearch={(filters) => go({ filters, page: 1, pageSize: state.pageSize })} loading={list.isFetching} />
      </Card>
      <Card>
        <Table<SellerInstance>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          aria-label={t('commerce.instances.title')}
          locale={{ emptyText: listEmpty(t, list.error, t('commerce.instances.empty')) }}
          pagination={listPagination(t, state, list.data?.total, go)}
        />
      </Card>
    </>
  );
}
