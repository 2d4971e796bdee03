/**
 * The one ECharts chunk, loaded on demand by the chart controller. Only the
 * parts the kit draws are registered (tree-shaken from `echarts/core`).
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components';
import { LegacyGridContainLabel } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  BarChart,
  PieChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkPointComponent,
  TooltipComponent,
  // `grid.containLabel`: keeps long (Arabic) axis labels inside the chart box.
  LegacyGridContainLabel,
  CanvasRenderer,
]);

/**
 * A local binding, not a re-export: were this module taken as free of side
 * effects, a bundler would resolve `export { echarts }` straight to
 * echarts/core and skip this module, and the `use()` above, entirely
 * ("painter is not a constructor" at init). package.json lists it in
 * `sideEffects` too.
 */
const registered: typeof echarts = echarts;
export { registered as echarts };
