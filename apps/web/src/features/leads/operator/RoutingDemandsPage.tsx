import { PlusOutlined } from '@ant-design/icons';
import type { OperatorDemandRow } from '@cloudmart/contracts';
import { Button, Card, Table, Tag, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { listEmpty, listPagination } from '../../../shared/ui/commerce-ui';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { SectionGate } from '../../../shared/ui/SectionGate';
import { columnsWidth } from '../../../shared/ui/table-width';
import { DemandStatusTag } from '../buyer/DemandStatusTag';
import { leadsBuyerSection } from '../buyer/leads-buyer.section';
import { leadsOperatorSection } from './leads-operator.section';
import { useRoutingDemands } from './operator-leads.queries';
import { RaiseDemandModal } from './RaiseDemandModal';
import { RoutingFilterForm, type RoutingSearch } from './RoutingFilterForm';
import { routingDemandPath, routingParams, routingStateFrom, type RoutingListState } from './routing-format';

/** Laid out to fit 1440 px without scrolling: related facts share a cell (TwoLines). */
function columns(t: TFunction): TableColumnsType<OperatorDemandRow> {
  return [
    {
      key: 'demand',
      title: t('leadsOperator.field.demand'),
      width: 220,
      render: (_, d) => <TwoLines primary={<Link to={routingDemandPath(d.id)}>{d.name}</Link>} secondary={d.demandNo} />,
    },
    {
      key: 'status',
      title: t('leadsBuyer.field.status'),
      width: 150,
      render: (_, d) => (
        <TwoLines
          primary={
            <>
              <DemandStatusTag status={d.status} />
              {d.status === 'open' && !d.pooled ? <Tag color="orange">{t('leadsOperator.routingTag')}</Tag> : null}
            </>
          }
          secondary={d.returns > 0 ? t('leadsOperator.returnsCount', { count: d.returns }) : undefined}
        />
      ),
    },
    {
      key: 'source',
      title: t('leadsOperator.field.sourceCategory'),
      width: 120,
      render: (_, d) => <TwoLines primary={t(`leadsBuyer.sources.${d.source}`)} secondary={t(`leadsBuyer.categories.${d.category}`)} />,
    },
    { key: 'type', title: t('leadsBuyer.field.type'), width: 120, ellipsis: true, render: (_, d) => t(`leadsBuyer.types.${d.type}`) },
    { key: 'buyer', title: t('leadsOperator.field.buyerAccount'), width: 110, ellipsis: true, dataIndex: 'buyerAccount' },
    {
      key: 'seller',
      title: t('leadsOperator.field.seller'),
      width: 160,
      render: (_, d) =>
        d.sellerName ? (
          <TwoLines primary={d.sellerName} secondary={d.leadStatus ? t(`leadsOperator.leadStatuses.${d.leadStatus}`) : undefined} />
        ) : (
          t('common.none')
        ),
    },
    { key: 'createdAt', title: t('leadsBuyer.field.createdAt'), width: 150, render: (_, d) => formatDateTime(d.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 70,
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
