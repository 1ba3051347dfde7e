import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Tree-shaken: only the pieces the app draws are registered. The SVG renderer keeps charts
// sharp at any zoom and their text in the DOM. This module is loaded on demand by EChart.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export const init = echarts.init;
