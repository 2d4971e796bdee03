/**
 * The one ECharts chunk, loaded on demand by the chart controller for
 * `<rolling-trend>`. Only the parts it draws are registered (tree-shaken from
 * `echarts/core`): line and bar series on a grid, with tooltips, on a canvas. Legends
 * are HTML in the element (text as text), marks are data-item styles, and the
 * text alternative is the chart box's own `aria-label`, so ECharts' legend,
 * markPoint and aria components are not needed. The funnel's and the lead
 * sources' bars and donut are HTML and SVG (`bar-chart.ts`): a ranked bar
 * list needs no chart library, and leaving the pie series out saves 7 KB gzip.
 */
import { init, use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/**
 * Only `init` is exported, as a local object: a namespace re-export of
 * echarts/core would keep every one of its exports (~4.6 KB gzip), and were
 * this module taken as free of side effects, a bundler could resolve a plain
 * re-export straight to echarts/core and skip the `use()` above ("painter is
 * not a constructor" at init). package.json lists it in `sideEffects` too.
 */
export const echarts = { init };
