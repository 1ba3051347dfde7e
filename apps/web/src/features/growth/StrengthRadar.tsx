import type { StrengthDimension } from '@cloudmart/contracts';
import type { RadarSeriesOption } from 'echarts/charts';
import type { RadarComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { useMemo } from 'react';
import { EChart, type ChartEngine } from '../../shared/charts/EChart';

interface Props {
  dims: { dimension: StrengthDimension; label: string; score: number }[];
  /** the what-if scores drawn over the current ones */
  after?: { dimension: StrengthDimension; score: number }[];
  labels: { now: string; after: string };
}

type RadarOption = ComposeOption<RadarSeriesOption | RadarComponentOption | TooltipComponentOption>;

/** the radar build, registered only with the growth page */
const radarEngine: ChartEngine = () => import('./echarts-radar');

/** 商品力 by dimension as an ECharts radar (decorative: the table beside it carries the figures). */
export function StrengthRadar({ dims, after, labels }: Props) {
  const option = useMemo<RadarOption>(() => {
    const data = [{ value: dims.map((d) => d.score), name: labels.now }];
    if (after) data.push({ value: dims.map((d) => after.find((a) => a.dimension === d.dimension)?.score ?? 0), name: labels.after });
    return {
      tooltip: {},
      radar: { indicator: dims.map((d) => ({ name: d.label, max: 100 })), radius: '65%' },
      series: [{ type: 'radar', data, areaStyle: { opacity: 0.15 } }],
    };
  }, [dims, after, labels]);
  return <EChart option={option} height={260} engine={radarEngine} />;
}
