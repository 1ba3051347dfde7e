import { PlusOutlined } from '@ant-design/icons';
import type { OperatorDemandRow } from '@cloudmart/contracts';
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { listEmpty, listPagination } from '../../../shared/ui/commerce-ui';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { SectionGate } from '../../../shared/ui/SectionGate';
import { columnsWidth } from '../../../shared/ui/table-width';
import { DemandStatusTag } from '../buyer/DemandStatusTag';
import { leadsBuyerSection } from '../buyer/leads-buyer.section';
import { leadsOperatorSection } from './leads-operator.section';
import { useRoutingDemands } from './operator-leads.queries';
import { RaiseDemandModal } from './RaiseDemandModal';
import { RoutingFilterForm, type RoutingSearch } from './RoutingFilterForm';
import { routingDemandPath, routingParams, routingStateFrom, type RoutingListState } from './routing-format';

function columns(t: TFunction): TableColumnsType<OperatorDemandRow> {
  return [
    { key: 'demandNo', title: t('leadsBuyer.field.demandNo'), width: 190, render: (_, d) => <Link to={routingDemandPath(d.id)}>{d.demandNo}</Link> },
    { key: 'name', title: t('leadsBuyer.field.name'), width: 200, ellipsis: true, dataIndex: 'name' },
    {
      key: 'status',
      title: t('leadsBuyer.field.status'),
      width: 170,
      render: (_, d) => (
        <Flex gap={4} wrap>
          <DemandStatusTag status={d.status} />
          {d.status === 'open' && !d.pooled ? <Tag color="orange">{t('leadsOperator.routingTag')}</Tag> : null}
        </Flex>
      ),
    },
    { key: 'source', title: t('leadsBuyer.field.source'), width: 120, render: (_, d) => t(`leadsBuyer.sources.${d.source}`) },
    { key: 'category', title: t('leadsBuyer.field.category'), width: 110, render: (_, d) => t(`leadsBuyer.categories.${d.category}`) },
    { key: 'type', title: t('leadsBuyer.field.type'), width: 160, ellipsis: true, render: (_, d) => t(`leadsBuyer.types.${d.type}`) },
    { key: 'buyer', title: t('leadsOperator.field.buyerAccount'), width: 140, ellipsis: true, dataIndex: 'buyerAccount' },
    {
      key: 'seller',
      title: t('leadsOperator.field.seller'),
      width: 200,
      ellipsis: true,
      render: (_, d) =>
        d.sellerName ? (
          <span>
            {d.sellerName}
            {d.leadStatus ? <Typography.Text type="secondary"> · {t(`leadsOperator.leadStatuses.${d.leadStatus}`)}</Typography.Text> : null}
          </span>
        ) : (
          t('common.none')
        ),
    },
    { key: 'returns', title: t('leadsOperator.field.returns'), width: 100, align: 'right', dataIndex: 'returns' },
    { key: 'createdAt', title: t('leadsBuyer.field.createdAt'), width: 170, render: (_, d) => formatDateTime(d.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 90,
      fixed: 'right',
      render: (_, d) => <Link to={routingDemandPath(d.id)}>{t('leadsOperator.detail')}</Link>,
    },
  ];
}

/** 商机路由: every demand, the ones waiting for routing first to hand (the toggle), and 代客户提需求. */
export function RoutingDemandsPage() {
  return (
    <SectionGate sections={[leadsBuyerSection, leadsOperatorSection]}>
      <RoutingList />
    </SectionGate>
  );
}

function RoutingList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => routingStateFrom(params), [params]);
  const list = useRoutingDemands(state);
  const [raising, setRaising] = useState(false);
  const go = (next: RoutingListState) => setParams(routingParams(next));
  const onSearch = (s: RoutingSearch) => go({ filters: { ...s }, page: 1, pageSize: state.pageSize });
  const cols = columns(t);
  const filtered = Object.values(state.filters).some(Boolean);

  return (
    <>
      <PageHeader
        title={t('leadsOperator.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)}>
            {t('leadsOperator.raise')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <RoutingFilterForm value={state.filters} loading={list.isFetching} onSearch={onSearch} />
      </Card>
      <Card>
        <Table<OperatorDemandRow>
          rowKey="id"
          columns={cols}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: columnsWidth(cols) }}
          size="middle"
          aria-label={t('leadsOperator.title')}
          locale={{ emptyText: listEmpty(t, list.error, filtered ? t('leadsOperator.emptyFiltered') : t('leadsOperator.empty')) }}
          pagination={listPagination(t, state, list.data?.total, go)}
        />
      </Card>
      <RaiseDemandModal open={raising} onClose={() => setRaising(false)} onRaised={(d) => void navigate(routingDemandPath(d.id))} />
    </>
  );
}
