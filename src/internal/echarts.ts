/**
 * The one ECharts chunk, loaded on demand by the chart controller for a
 * `<rolling-trend>` window longer than `MAX_SVG_POINTS` (thousands of points,
 * down-sampled on a canvas). Only the parts it draws are registered (tree-shaken
 * from `echarts/core`): line and bar series on a grid, on a canvas. Legends are
 * HTML in the element (text as text), the tooltip is the element's own HTML one
 * (the same as over its SVG charts; ECharts' tooltip and axis pointer are 8 KB
 * gzip), marks are data-item styles, and the text alternative is the chart box's
 * own `aria-label`, so ECharts' legend, tooltip, markPoint and aria components are
 * not needed. Every other chart of the kit (13-month trends, the funnel, the lead
 * sources' bars and donut) is HTML and SVG, drawn with the first render.
 */
import { init, use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, BarChart, GridComponent, CanvasRenderer]);

const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;

/**
 * ECharts' canvas painter empties its box with `innerHTML = ''` when it starts and when it is
 * disposed (zrender's CanvasPainter): an HTML sink, which a page that enforces Trusted Types
 * (`require-trusted-types-for 'script'`) refuses even for an empty string, so the chart would
 * never draw and never dispose. On the kit's chart box only, emptying is done the DOM way
 * (`replaceChildren()`), which is no sink and needs no policy; any other value still goes to
 * the real sink, under the page's rules.
 */
function emptiedWithoutHtml(dom: HTMLElement): HTMLElement {
  if (Object.hasOwn(dom, 'innerHTML')) return dom;
  Object.defineProperty(dom, 'innerHTML', {
    configurable: true,
    get(this: Element): string {
      return innerHTML.get!.call(this) as string;
    },
    set(this: Element, value: unknown) {
      if (value === '' || value === null) this.replaceChildren();
      else innerHTML.set!.call(this, value);
    },
  });
  return dom;
}

/**
 * Only `init` is exported, as a local object: a namespace re-export of
 * echarts/core would keep every one of its exports (~4.6 KB gzip), and were
 * this module taken as free of side effects, a bundler could resolve a plain
 * re-export straight to echarts/core and skip the `use()` above ("painter is
 * not a constructor" at init). package.json lists it in `sideEffects` too.
 * Its box is emptied without an HTML sink (`emptiedWithoutHtml`).
 */
export const echarts = {
  init: (dom: HTMLElement, theme?: Parameters<typeof init>[1], opts?: Parameters<typeof init>[2]) => init(emptiedWithoutHtml(dom), theme, opts),
};
