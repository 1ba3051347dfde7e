import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/**
 * The options the kit can draw: only what echarts-core.ts registers (bar series, grid,
 * tooltip). Register a chart type there before adding its option type here.
 */
export type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;
