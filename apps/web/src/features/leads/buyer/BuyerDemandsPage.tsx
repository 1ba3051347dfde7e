import { PlusOutlined } from '@ant-design/icons';
import { demandStatuses, type DemandStatus } from '@cloudmart/contracts';
import { Button, Card, Empty, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { listEmpty, listPagination } from '../../../shared/ui/commerce-ui';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { SectionGate } from '../../../shared/ui/SectionGate';
import { columnsWidth } from '../../../shared/ui/table-width';
import { demandListParams, demandListStateFrom, statusFilterOf, useBuyerDemands, type BuyerDemandRow, type DemandListState } from './buyer-leads.queries';
import { demandPath, postDemandPath } from './demand-format';
import { DemandStatusTag } from './DemandStatusTag';
import { leadsBuyerSection } from './leads-buyer.section';

/** 跟进服务商 is shown when the list names the sellers (the detail always does). */
function columns(t: TFunction, withSeller: boolean): TableColumnsType<BuyerDemandRow> {
  const seller: TableColumnsType<BuyerDemandRow> = withSeller
    ? [
        {
          key: 'seller',
          title: t('leadsBuyer.field.seller'),
          width: 180,
          ellipsis: true,
          render: (_, d) => d.sellerName ?? <Typography.Text type="secondary">{t('leadsBuyer.noSeller')}</Typography.Text>,
        },
      ]
    : [];
  return [
    { key: 'status', title: t('leadsBuyer.field.status'), width: 100, render: (_, d) => <DemandStatusTag status={d.status} /> },
    { key: 'demandNo', title: t('leadsBuyer.field.demandNo'), width: 140, render: (_, d) => <Link to={demandPath(d.id)}>{d.demandNo}</Link> },
    { key: 'name', title: t('leadsBuyer.field.name'), width: 200, ellipsis: true, dataIndex: 'name' },
    { key: 'type', title: t('leadsBuyer.field.type'), width: 160, ellipsis: true, render: (_, d) => t(`leadsBuyer.types.${d.type}`) },
    {
      key: 'category',
      title: t('leadsBuyer.field.category'),
      width: 100,
      render: (_, d) => t(`leadsBuyer.categories.${d.category}`),
    },
    { key: 'createdAt', title: t('leadsBuyer.field.createdAt'), width: 160, render: (_, d) => formatDateTime(d.createdAt) },
    ...seller,
    {
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      fixed: 'right',
      render: (_, d) => <Link to={demandPath(d.id)}>{t('leadsBuyer.detail')}</Link>,
    },
  ];
}

/** 我的需求: the demands the buyer posted (or had raised for them), newest first. */
export function BuyerDemandsPage() {
  return (
    <SectionGate sections={[leadsBuyerSection]}>
      <DemandList />
    </SectionGate>
  );
}

function DemandList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => demandListStateFrom(params), [params]);
  const list = useBuyerDemands(state);
  const go = (next: DemandListState) => setParams(demandListParams(next));
  const cols = columns(
    t,
    (list.data?.items ?? []).some((d) => d.sellerName !== undefined),
  );
  const status = statusFilterOf(state);
  const none = !status && list.isSuccess && list.data.total === 0;

  return (
    <>
      <PageHeader
        title={t('leadsBuyer.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(postDemandPath())}>
            {t('leadsBuyer.post')}
          </Button>
        }
      />
      <Card>
        <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
          <Typography.Text>{t('leadsBuyer.filterStatus')}</Typography.Text>
          <Select<DemandStatus | ''>
            aria-label={t('leadsBuyer.filterStatus')}
            style={{ width: 160 }}
            value={status ?? ''}
            onChange={(v) => go({ filters: v ? { status: v } : {}, page: 1, pageSize: state.pageSize })}
            options={[{ value: '', label: t('leadsBuyer.anyStatus') }, ...demandStatuses.map((s) => ({ value: s, label: t(`leadsBuyer.statuses.${s}`) }))]}
          />
        </Flex>
        <Table<BuyerDemandRow>
          rowKey="id"
          columns={cols}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: columnsWidth(cols) }}
          size="middle"
          aria-label={t('leadsBuyer.title')}
          locale={{
            emptyText: none ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leadsBuyer.empty')}>
                <Button type="primary" onClick={() => void navigate(postDemandPath())}>
                  {t('leadsBuyer.emptyAction')}
                </Button>
              </Empty>
            ) : (
              listEmpty(t, list.error, status ? t('leadsBuyer.emptyFiltered') : t('leadsBuyer.empty'))
            ),
          }}
          pagination={listPagination(t, state, list.data?.total, go)}
        />
      </Card>
    </>
  );
}
