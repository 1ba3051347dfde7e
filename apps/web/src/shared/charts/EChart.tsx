import type { EChartsType } from 'echarts/core';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { ChartOption } from './chart-option';

interface EChartProps {
  option: ChartOption;
  height: number;
  style?: CSSProperties;
}

/**
 * One ECharts chart. ECharts itself is fetched on the first chart's mount (its own chunk),
 * so pages without charts never load it. The chart is decorative for assistive technology:
 * callers put the figures in accessible text beside it.
 */
export function EChart({ option, height, style }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);

  useEffect(() => {
    let instance: EChartsType | null = null;
    let observer: ResizeObserver | null = null;
    let gone = false;
    void import('./echarts-core').then(({ init }) => {
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
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);

  return <div ref={host} aria-hidden style={{ height, width: '100%', ...style }} />;
}
