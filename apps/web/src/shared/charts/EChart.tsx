import type { EChartsCoreOption, EChartsType, init } from 'echarts/core';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { ChartOption } from './chart-option';

/** An ECharts build with its chart types registered, fetched on the first chart's mount. */
export type ChartEngine = () => Promise<{ init: typeof init }>;

const kitEngine: ChartEngine = () => import('./echarts-core');

interface EChartProps<O extends EChartsCoreOption> {
  option: O;
  height: number;
  style?: CSSProperties;
  /** the kit's bar and line build unless a page registers chart types of its own (a radar) */
  engine?: ChartEngine;
}

/**
 * One ECharts chart. ECharts itself is fetched on the first chart's mount (its own chunk),
 * so pages without charts never load it. The chart is decorative for assistive technology:
 * callers put the figures in accessible text beside it.
 */
export function EChart<O extends EChartsCoreOption = ChartOption>({ option, height, style, engine = kitEngine }: EChartProps<O>) {
  const host = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);

  useEffect(() => {
    let instance: EChartsType | null = null;
    let observer: ResizeObserver | null = null;
    let gone = false;
    void engine().then(({ init }) => {
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
  }, [engine]);

  useEffect(() => {
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);

  return <div ref={host} aria-hidden style={{ height, width: '100%', ...style }} />;
}
