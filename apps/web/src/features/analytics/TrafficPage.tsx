import type { AnalyticsTraffic } from '@cloudmart/contracts';
import { useTranslation } from 'react-i18next';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { useTraffic } from './analytics.queries';
import { DataPage, usePeriodState } from './DataPage';
import { FigureGrid, NoData, Section } from './figures';
import { MetricTrend } from './MetricTrend';

function TrafficBody({ data }: { data: AnalyticsTraffic }) {
  const { t } = useTranslation();
  const o = data.overview;
  const tr = data.trend;
  const empty = tr.every((p) => p.productVisitors === 0 && p.productViews === 0);
  return (
    <>
      <Section title={t('analytics.sections.trafficOverview')}>
        <FigureGrid
          figures={[
            { name: 'trafficVisitors', kind: 'count', metric: o.visitors },
            { name: 'trafficViews', kind: 'count', metric: o.views },
            { name: 'trafficBounce', kind: 'rate', metric: o.bounceRate, lowerIsBetter: true },
            { name: 'trafficPvPerVisitor', kind: 'ratio', metric: o.pvPerVisitor },
            { name: 'trafficStay', kind: 'seconds', metric: o.avgStaySeconds },
          ]}
        />
      </Section>
      <Section title={t('analytics.sections.trafficTrend')} help={t('analytics.help.trafficTrend')}>
        {empty ? (
          <NoData />
        ) : (
          <MetricTrend
            testId="traffic-trend"
            buckets={tr.map((p) => p.bucket)}
            series={[
              { name: 'goodsVisitors', kind: 'count', values: tr.map((p) => p.productVisitors) },
              { name: 'goodsViews', kind: 'count', values: tr.map((p) => p.productViews) },
              { name: 'visitedProducts', kind: 'count', values: tr.map((p) => p.visitedProducts) },
              { name: 'goodsStay', kind: 'seconds', values: tr.map((p) => p.avgStaySeconds) },
              { name: 'trafficBounce', kind: 'rate', values: tr.map((p) => p.bounceRate) },
            ]}
          />
        )}
      </Section>
    </>
  );
}

/** 数据 > 流量 (guide 7 查看流量分析数据): 流量总览 with 环比 and the trends. */
export function TrafficPage() {
  const [state] = usePeriodState();
  const q = useTraffic(state);
  return (
    <DataPage report="traffic" range={q.data?.range}>
      {q.isPending ? <LoadingBlock /> : q.isError ? <LoadError error={q.error} onRetry={() => void q.refetch()} /> : <TrafficBody data={q.data} />}
    </DataPage>
  );
}
