import { RadarChart } from 'echarts/charts';
import { RadarComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// The radar is registered only with the growth page: this module is fetched on the chart's mount.
echarts.use([RadarChart, RadarComponent, TooltipComponent, SVGRenderer]);

export const init = echarts.init;
