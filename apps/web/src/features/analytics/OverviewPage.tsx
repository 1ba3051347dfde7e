import type { AnalyticsOverview, TopProduct } from '@cloudmart/contracts';
import { Col, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { useOverview } from './analytics.queries';
import { DataPage, usePeriodState } from './DataPage';
import { FigureGrid, NoData, Section } from './figures';
import { MetricTrend } from './MetricTrend';

function TopTable({ rows, valueTitle, testId }: { rows: readonly TopProduct[]; valueTitle: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table<TopProduct>
      size="small"
      rowKey="productId"
      pagination={false}
      data-testid={testId}
      dataSource={[...rows]}
      locale={{ emptyText: t('analytics.emptyTop') }}
      columns={[
        { key: 'rank', title: t('analytics.columns.rank'), width: 64, render: (_, __, i) => i + 1 },
        {
          key: 'title',
          title: t('analytics.columns.product'),
          ellipsis: true,
          render: (_, r) => <Link to={`/seller/products/${encodeURIComponent(r.productId)}`}>{r.title}</Link>,
        },
        { key: 'value', title: valueTitle, width: 110, align: 'right', render: (_, r) => r.value.toLocaleString('en-US') },
      ]}
    />
  );
}

function OverviewBody({ data }: { data: AnalyticsOverview }) {
  const { t } = useTranslation();
  const buckets = data.trend.map((p) => p.bucket);
  const empty = data.trend.every((p) => p.visitors === 0 && p.views === 0 && p.orderingBuyers === 0 && p.payingBuyers === 0 && p.gmvFen === 0);
  return (
    <>
      <Section title={t('analytics.sections.trade')}>
        <FigureGrid
          figures={[
            { name: 'orderConversion', kind: 'rate', metric: data.trade.orderConversion },
            { name: 'payConversion', kind: 'rate', metric: data.trade.payConversion },
            { name: 'orderToPayConversion', kind: 'rate', metric: data.trade.orderToPayConversion },
            { name: 'gmv', kind: 'fen', metric: data.trade.gmvFen },
          ]}
        />
      </Section>
      <Section title={t('analytics.sections.traffic')}>
        <FigureGrid
          figures={[
            { name: 'visitors', kind: 'count', metric: data.traffic.visitors },
            { name: 'views', kind: 'count', metric: data.traffic.views },
            { name: 'pvPerVisitor', kind: 'ratio', metric: data.traffic.pvPerVisitor },
            { name: 'avgStay', kind: 'seconds', metric: data.traffic.avgStaySeconds },
          ]}
        />
      </Section>
      <Section title={t('analytics.sections.products')}>
        <FigureGrid
          figures={[
            { name: 'productVisitors', kind: 'count', metric: data.products.visitors },
            { name: 'productViews', kind: 'count', metric: data.products.views },
            { name: 'detailPvPerVisitor', kind: 'ratio', metric: data.products.pvPerVisitor },
            { name: 'productBounce', kind: 'rate', metric: data.products.bounceRate, lowerIsBetter: true },
          ]}
        />
      </Section>
      <Section title={t('analytics.trendTitle')}>
        {empty ? (
          <NoData />
        ) : (
          <MetricTrend
            testId="overview-trend"
            buckets={buckets}
            series={[
              { name: 'visitors', kind: 'count', values: data.trend.map((p) => p.visitors) },
              { name: 'views', kind: 'count', values: data.trend.map((p) => p.views) },
              { name: 'orderingBuyers', kind: 'count', values: data.trend.map((p) => p.orderingBuyers) },
              { name: 'payingBuyers', kind: 'count', values: data.trend.map((p) => p.payingBuyers) },
              { name: 'gmv', kind: 'fen', values: data.trend.map((p) => p.gmvFen) },
            ]}
          />
        )}
      </Section>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Section title={t('analytics.sections.topVisitors')} help={t('analytics.help.topVisitors')}>
            <TopTable rows={data.topByVisitors} valueTitle={t('analytics.columns.visitors')} testId="top-visitors" />
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section title={t('analytics.sections.topOrders')} help={t('analytics.help.topOrders')}>
            <TopTable rows={data.topByOrders} valueTitle={t('analytics.columns.orders')} testId="top-orders" />
          </Section>
        </Col>
      </Row>
    </>
  );
}

/** 数据 > 总览 (guide 7 查看数据总览): the shop's main figures for a day, week or month. */
export function OverviewPage() {
  const [state] = usePeriodState();
  const q = useOverview(state);
  return (
    <DataPage report="overview" range={q.data?.range}>
      {q.isPending ? <LoadingBlock /> : q.isError ? <LoadError error={q.error} onRetry={() => void q.refetch()} /> : <OverviewBody data={q.data} />}
    </DataPage>
  );
}
