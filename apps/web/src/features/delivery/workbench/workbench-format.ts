import type { ChartOption } from '../../../shared/charts/chart-option';

/* Pure display helpers of the workbenches. */

const AVATAR_EXTENSIONS = ['bmp', 'jpg', 'jpeg', 'png', 'tif', 'tiff'];
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_ACCEPT = AVATAR_EXTENSIONS.map((e) => `.${e}`).join(',');

/** A quick check before uploading (the server judges the content again): which message, or null when fine. */
export function avatarProblem(file: { name: string; size: number }): 'wrongType' | 'tooLarge' | null {
  const ext = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
  if (!AVATAR_EXTENSIONS.includes(ext)) return 'wrongType';
  return file.size > AVATAR_MAX_BYTES ? 'tooLarge' : null;
}

/** What the month trend draws with: the theme's colours and the per-month wording. */
export interface MonthTrendLook {
  bar: string;
  text: string;
  axis: string;
  barLabel: (month: number, count: number) => string;
}

/**
 * 本年度月交付趋势 as an ECharts option: January first, the count above each bar, month
 * numbers only on the axis (twelve "10月" labels do not fit a narrow card). An empty month
 * draws no bar; a small one keeps a visible sliver.
 */
export function monthTrendOption(monthly: readonly number[], look: MonthTrendLook): ChartOption {
  const labels = monthly.map((count, i) => look.barLabel(i + 1, count));
  return {
    animation: false,
    grid: { left: 0, right: 0, top: 18, bottom: 20 },
    tooltip: { trigger: 'item', formatter: (p) => (Array.isArray(p) ? '' : (labels[p.dataIndex] ?? '')) },
    xAxis: {
      type: 'category',
      data: monthly.map((_, i) => String(i + 1)),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: look.axis } },
      axisLabel: { color: look.text, fontSize: 11, interval: 0, margin: 6 },
    },
    yAxis: { type: 'value', show: false, min: 0 },
    series: [
      {
        type: 'bar',
        data: monthly.map((count) => (count > 0 ? count : null)),
        barMinHeight: 3,
        barCategoryGap: '25%',
        itemStyle: { color: look.bar, borderRadius: [2, 2, 0, 0] },
        label: { show: true, position: 'top', color: look.text, fontSize: 11 },
      },
    ],
  };
}
