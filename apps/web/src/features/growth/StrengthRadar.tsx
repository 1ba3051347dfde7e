import type { StrengthDimension } from '@cloudmart/contracts';
import type { EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

interface Props {
  dims: { dimension: StrengthDimension; label: string; score: number }[];
  /** the what-if scores drawn over the current ones */
  after?: { dimension: StrengthDimension; score: number }[];
  labels: { now: string; after: string };
}

/** 商品力 by dimension as an ECharts radar (decorative: the table beside it carries the figures). */
export function StrengthRadar({ dims, after, labels }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);
  useEffect(() => {
    let instance: EChartsType | null = null;
    let observer: ResizeObserver | null = null;
    let gone = false;
    void import('./echarts-radar').then(({ init }) => {
      const el = host.current;
      if (gone || !el) return;
      instance = init(el, undefined, { renderer: 'svg' });
      observer = new ResizeObserver(() => instance?.resize());
      observer.observe(el);
      setChart(instance);
    });
    return () => {
      gone = true;
      observer?.disconnect();
      instance?.dispose();
    };
  }, []);
  useEffect(() => {
    const data = [{ value: dims.map((d) => d.score), name: labels.now }];
    if (after) data.push({ value: dims.map((d) => after.find((a) => a.dimension === d.dimension)?.score ?? 0), name: labels.after });
    chart?.setOption(
      {
        tooltip: {},
        radar: { indicator: dims.map((d) => ({ name: d.label, max: 100 })), radius: '65%' },
        series: [{ type: 'radar', data, areaStyle: { opacity: 0.15 } }],
      },
      { notMerge: true },
    );
  }, [chart, dims, after, labels]);
  return <div ref={host} aria-hidden style={{ height: 260, width: '100%' }} />;
}
