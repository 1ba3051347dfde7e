import type { AnalyticsTrade, CategoryTradeRow } from '@cloudmart/contracts';
import { Col, Row, Table, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatFen } from '../../shared/money';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { formatRate } from './analytics-format';
import { useTrade } from './analytics.queries';
import { DataPage, usePeriodState } from './DataPage';
import { FigureCard, FigureGrid, NoData, Section } from './figures';
import { MetricTrend } from './MetricTrend';

interface ShareRow {
  key: string;
  label: string;
  value: string;
  share: number | null;
}

function ShareTable({ rows, typeTitle, valueTitle, testId }: { rows: ShareRow[]; typeTitle: string; valueTitle: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table<ShareRow>
      size="small"
      rowKey="key"
      pagination={false}
      data-testid={testId}
      dataSource={rows}
      columns={[
        { key: 'label', title: typeTitle, dataIndex: 'label' },
        { key: 'value', title: valueTitle, dataIndex: 'value', align: 'right', width: 160 },
        { key: 'share', title: t('analytics.columns.share'), align: 'right', width: 110, render: (_, r) => formatRate(r.share) },
      ]}
    />
  );
}

function Finance({ data }: { data: AnalyticsTrade }) {
  const { t } = useTranslation();
  const f = data.finance;
  return (
    <Section title={t('analytics.sections.finance')} help={t('analytics.help.finance')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <h3 style={{ fontSize: 14, marginTop: 0 }}>{t('analytics.sections.business')}</h3>
          <Row gutter={[12, 12]}>
            <Col xs={24} sm={12}>
              <FigureCard name="tradeGmv" kind="fen" metric={f.gmvFen} />
            </Col>
            <Col xs={24} sm={12}>
              <FigureCard name="refundApplied" kind="fen" metric={f.refundAppliedFen} lowerIsBetter />
            </Col>
          </Row>
        </Col>
        <Col xs={24} xl={12}>
          <h3 style={{ fontSize: 14, marginTop: 0 }}>{t('analytics.sections.income')}</h3>
          <ShareTable
            testId="income-table"
            typeTitle={t('analytics.columns.incomeType')}
            valueTitle={t('analytics.columns.amount')}
            rows={[
              { key: 'cash', label: t('analytics.columns.cash'), value: formatFen(f.cashIncomeFen), share: f.cashShare },
              { key: 'voucher', label: t('analytics.columns.voucher'), value: formatFen(f.voucherIncomeFen), share: f.voucherShare },
            ]}
          />
        </Col>
      </Row>
    </Section>
  );
}

function Composition({ data }: { data: AnalyticsTrade }) {
  const { t } = useTranslation();
  const c = data.composition;
  return (
    <Section title={t('analytics.sections.composition')} help={t('analytics.help.composition')}>
      <h3 style={{ fontSize: 14, marginTop: 0 }}>{t('analytics.sections.orderTypes')}</h3>
      <ShareTable
        testId="order-types"
        typeTitle={t('analytics.columns.orderType')}
        valueTitle={t('analytics.columns.orderCount')}
        rows={[
          { key: 'purchase', label: t('analytics.columns.purchase'), value: c.purchaseOrders.toLocaleString('en-US'), share: c.purchaseShare },
          { key: 'refund', label: t('analytics.columns.refund'), value: c.refundOrders.toLocaleString('en-US'), share: c.refundShare },
        ]}
      />
      <h3 style={{ fontSize: 14, marginTop: 16 }}>{t('analytics.sections.orderCategories')}</h3>
      <Table<CategoryTradeRow>
        size="small"
        rowKey="categoryId"
        pagination={false}
        data-testid="order-categories"
        dataSource={c.categories}
        locale={{ emptyText: t('analytics.emptyCategories') }}
        scroll={{ x: 640 }}
        columns={[
          { key: 'category', title: t('analytics.columns.category'), dataIndex: 'categoryName', ellipsis: true },
          { key: 'paid', title: t('analytics.columns.paidAmount'), align: 'right', width: 140, render: (_, r) => formatFen(r.paidFen) },
          { key: 'buyers', title: t('analytics.columns.payingBuyers'), align: 'right', width: 130, dataIndex: 'payingBuyers' },
          { key: 'oc', title: t('analytics.columns.orderConversion'), align: 'right', width: 150, render: (_, r) => formatRate(r.orderConversion) },
          { key: 'pc', title: t('analytics.columns.payConversion'), align: 'right', width: 140, render: (_, r) => formatRate(r.payConversion) },
        ]}
      />
    </Section>
  );
}

function TradeOverview({ data }: { data: AnalyticsTrade }) {
  const { t } = useTranslation();
  const o = data.overview;
  const tr = data.trend;
  const empty = tr.every((p) => p.paidFen === 0 && p.orderAmountFen === 0 && p.orderingBuyers === 0 && p.payingBuyers === 0);
  return (
    <Section title={t('analytics.sections.tradeOverview')} help={t('analytics.help.tradeOverview')}>
      <h3 style={{ fontSize: 14, marginTop: 0 }}>{t('analytics.sections.flowOverview')}</h3>
      <FigureGrid
        figures={[
          { name: 'tradeVisitors', kind: 'count', metric: o.visitors },
          { name: 'orderingBuyers', kind: 'count', metric: o.orderingBuyers },
          { name: 'orderAmount', kind: 'fen', metric: o.orderAmountFen },
          { name: 'payingBuyers', kind: 'count', metric: o.payingBuyers },
          { name: 'paidAmount', kind: 'fen', metric: o.paidFen },
        ]}
      />
      <h3 style={{ fontSize: 14, marginTop: 16 }}>{t('analytics.sections.tradeTrend')}</h3>
      {empty ? (
        <NoData />
      ) : (
        <MetricTrend
          testId="trade-trend"
          buckets={tr.map((p) => p.bucket)}
          series={[
            { name: 'paidAmount', kind: 'fen', values: tr.map((p) => p.paidFen) },
            { name: 'payingBuyers', kind: 'count', values: tr.map((p) => p.payingBuyers) },
            { name: 'perCustomer', kind: 'fen', values: tr.map((p) => p.perCustomerFen) },
            { name: 'orderAmount', kind: 'fen', values: tr.map((p) => p.orderAmountFen) },
            { name: 'orderingBuyers', kind: 'count', values: tr.map((p) => p.orderingBuyers) },
            { name: 'orderConversion', kind: 'rate', values: tr.map((p) => p.orderConversion) },
            { name: 'payConversion', kind: 'rate', values: tr.map((p) => p.payConversion) },
            { name: 'orderToPayConversion', kind: 'rate', values: tr.map((p) => p.orderToPayConversion) },
          ]}
        />
      )}
    </Section>
  );
}

const tradeTabs = ['finance', 'composition', 'tradeOverview'] as const;
type TradeTab = (typeof tradeTabs)[number];

/** 数据 > 交易 (guide 7 查看交易分析数据): 财务概况, 交易构成 and 交易概况 as tabs. */
export function TradePage() {
  const { t } = useTranslation();
  const [state] = usePeriodState();
  const [params, setParams] = useSearchParams();
  const tab: TradeTab = tradeTabs.find((k) => k === params.get('tab')) ?? 'finance';
  const q = useTrade(state);
  return (
    <DataPage report="trade" range={q.data?.range}>
      {q.isPending ? (
        <LoadingBlock />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(k) =>
            setParams((prev) => {
              const p = new URLSearchParams(prev);
              p.set('tab', k);
              return p;
            })
          }
          items={[
            { key: 'finance', label: t('analytics.sections.finance'), children: <Finance data={q.data} /> },
            { key: 'composition', label: t('analytics.sections.composition'), children: <Composition data={q.data} /> },
            { key: 'tradeOverview', label: t('analytics.sections.tradeOverview'), children: <TradeOverview data={q.data} /> },
          ]}
        />
      )}
    </DataPage>
  );
}
