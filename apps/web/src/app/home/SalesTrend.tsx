import type { HomeTrendPoint } from '@cloudmart/contracts';
import { theme } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../shared/charts/EChart';
import type { ChartOption } from '../../shared/charts/chart-option';
import { fenToYuan, formatFen } from '../../shared/money';
import { Panel } from '../../shared/ui/Panel';

/** Read by screen readers, not shown: the chart itself is an aria-hidden drawing. */
const visuallyHidden: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

/** Orders (bars) and GMV (line) per Beijing day over the last 30 days, today last. */
export function SalesTrend({ trend }: { trend: readonly HomeTrendPoint[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const option = useMemo((): ChartOption => {
    const days = trend.map((p) => p.day.slice(5));
    const text = { color: token.colorTextSecondary, fontSize: 11 };
    return {
      animation: false,
      grid: { left: 8, right: 8, top: 36, bottom: 4, containLabel: true },
      legend: { top: 0, textStyle: { color: token.colorTextSecondary } },
      tooltip: {
        trigger: 'axis',
        formatter: (params) => {
          const first = Array.isArray(params) ? params[0] : params;
          const p = first ? trend[first.dataIndex] : undefined;
          return p ? t('homePages.seller.trendDay', { day: p.day, orders: p.orders, gmv: formatFen(p.gmvFen) }) : '';
        },
      },
      xAxis: { type: 'category', data: days, axisTick: { show: false }, axisLabel: text, axisLine: { lineStyle: { color: token.colorSplit } } },
      yAxis: [
        { type: 'value', minInterval: 1, axisLabel: text, splitLine: { lineStyle: { color: token.colorSplit } } },
        { type: 'value', axisLabel: text, splitLine: { show: false } },
      ],
      series: [
        {
          name: t('homePages.seller.trendOrders'),
          type: 'bar',
          data: trend.map((p) => p.orders),
          itemStyle: { color: token.colorPrimary, borderRadius: [2, 2, 0, 0] },
          barMaxWidth: 16,
        },
        {
          name: t('homePages.seller.trendGmv'),
          type: 'line',
          yAxisIndex: 1,
          data: trend.map((p) => fenToYuan(p.gmvFen)),
          itemStyle: { color: token.colorWarning },
          symbolSize: 4,
        },
      ],
    };
  }, [trend, t, token.colorPrimary, token.colorWarning, token.colorSplit, token.colorTextSecondary]);

  return (
    <Panel title={t('homePages.seller.trendTitle')}>
      <div style={{ position: 'relative' }}>
        <ul aria-label={t('homePages.seller.trendTitle')} style={visuallyHidden}>
          {trend.map((p) => (
            <li key={p.day}>{t('homePages.seller.trendDay', { day: p.day, orders: p.orders, gmv: formatFen(p.gmvFen) })}</li>
          ))}
        </ul>
        <EChart option={option} height={260} />
      </div>
    </Panel>
  );
}
