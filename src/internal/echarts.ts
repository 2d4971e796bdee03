/**
 * The one ECharts chunk, loaded on demand by the chart controller. Only the
 * parts the kit draws are registered (tree-shaken from `echarts/core`).
 */
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  BarChart,
  PieChart,
  FunnelChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/**
 * A local binding, not a re-export: package.json marks src/ as free of side
 * effects, so a bundler would resolve `export { echarts }` straight to
 * echarts/core and skip this module, and the `use()` above, entirely
 * ("painter is not a constructor" at init).
 */
const registered: typeof echarts = echarts;
export { registered as echarts };
