import { Segmented, theme } from 'antd';
import { useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../shared/charts/EChart';
import type { ChartOption } from '../../shared/charts/chart-option';
import { bucketLabel, chartValue, type FigureKind } from './analytics-format';
import { useFigureText, type FigureName } from './figures';

/** Read by screen readers and tests, not shown: the chart itself is an aria-hidden drawing. */
const visuallyHidden: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

export interface TrendSeries {
  name: FigureName;
  kind: FigureKind;
  values: readonly (number | null)[];
}

/**
 * A trend (per hour for a day, per day for a week or month): one figure at a time, chosen with a
 * switch, drawn as a line in its unit (yuan, percent, seconds). The exact values are listed
 * beside the drawing for assistive technology (and the journey compares them with the API).
 */
export function MetricTrend({ buckets, series, testId }: { buckets: readonly string[]; series: readonly TrendSeries[]; testId: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const text = useFigureText();
  const [chosen, setChosen] = useState<FigureName | undefined>(series[0]?.name);
  const current = series.find((s) => s.name === chosen) ?? series[0];
  const label = current ? t(`analytics.figures.${current.name}.label`) : '';

  const option = useMemo((): ChartOption => {
    const axisText = { color: token.colorTextSecondary, fontSize: 11 };
    const kind = current?.kind ?? 'count';
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: 4, containLabel: true },
      tooltip: {
        trigger: 'axis',
        formatter: (params) => {
          const first = Array.isArray(params) ? params[0] : params;
          const i = first?.dataIndex ?? -1;
          const b = buckets[i];
          return b === undefined || !current ? '' : `${b}<br/>${label}: ${text(kind, current.values[i])}`;
        },
      },
      xAxis: {
        type: 'category',
        data: buckets.map(bucketLabel),
        axisTick: { show: false },
        axisLabel: axisText,
        axisLine: { lineStyle: { color: token.colorSplit } },
      },
      yAxis: {
        type: 'value',
        minInterval: kind === 'count' ? 1 : undefined,
        axisLabel: { ...axisText, formatter: kind === 'rate' ? '{value}%' : '{value}' },
        splitLine: { lineStyle: { color: token.colorSplit } },
      },
      series: [
        {
          name: label,
          type: 'line',
          data: current ? current.values.map((v) => chartValue(kind, v)) : [],
          itemStyle: { color: token.colorPrimary },
          areaStyle: { color: token.colorPrimaryBg },
          symbolSize: 5,
          connectNulls: false,
        },
      ],
    };
  }, [buckets, current, label, text, token.colorPrimary, token.colorPrimaryBg, token.colorSplit, token.colorTextSecondary]);

  return (
    <div style={{ position: 'relative' }}>
      {series.length > 1 ? (
        <Segmented<FigureName>
          aria-label={t('analytics.trendMetric')}
          size="small"
          style={{ marginBottom: 8, maxWidth: '100%', overflowX: 'auto' }}
          value={current?.name}
          onChange={setChosen}
          options={series.map((s) => ({ value: s.name, label: t(`analytics.figures.${s.name}.label`) }))}
        />
      ) : null}
      <ul aria-label={label} style={visuallyHidden} data-testid={testId} data-figure={current?.name}>
        {current
          ? buckets.map((b, i) => (
              <li key={b} data-bucket={b} data-value={current.values[i] ?? ''}>
                {t('analytics.trendPoint', { bucket: b, value: text(current.kind, current.values[i]) })}
              </li>
            ))
          : null}
      </ul>
      <EChart option={option} height={260} />
    </div>
  );
}
