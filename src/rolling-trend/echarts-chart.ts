/**
 * The ECharts side of `<rolling-trend>`, for windows longer than `MAX_SVG_POINTS`: the
 * chart controller (lazy ECharts, resize, dispose) and the option builder. Imported only
 * when such a window is asked for, so a page of ordinary trends never loads any of it.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { NumberFormatter } from '../core/format.js';
import type { TrendChart, TrendModel } from '../core/trend.js';
import { ChartController } from '../internal/chart-controller.js';
import { buildTrendOption } from './chart-option.js';
import type { TrendStrings } from './strings.js';

export interface TrendChartSource {
  model(): TrendModel | null;
  chart(): TrendChart;
  strings(): TrendStrings;
  formatter(): NumberFormatter;
  /** Whether time runs right to left (the element's `timeRtl`: its direction and `time-direction`). */
  timeRtl(): boolean;
  /** Resolves once the trend is within a screen of the viewport (its viewport gate). */
  near: Promise<void>;
}

export function trendChartController(host: ConstructorParameters<typeof ChartController>[0], source: TrendChartSource): ChartController {
  let cache: { key: unknown[]; option: EChartsCoreOption | null } | null = null;
  return new ChartController(host, {
    container: () => host.shadowRoot?.querySelector<HTMLElement>('.chart .echarts'),
    near: source.near,
    option: (ctx) => {
      const model = source.model();
      const f = source.formatter();
      // The same inputs give the same option object, so the controller skips redrawing
      // (the formatter is one per locale and currency).
      const timeRtl = source.timeRtl();
      const key = [model, source.chart(), f, timeRtl, JSON.stringify(ctx)];
      if (cache && key.every((k, i) => k === cache!.key[i])) return cache.option;
      let option: EChartsCoreOption | null = null;
      try {
        option = model ? buildTrendOption(model, ctx, source.strings(), f, { chart: source.chart(), timeRtl }) : null;
      } catch (e) {
        // Never throw out of the element: the headline and the table still show the numbers.
        console.error('scorecard-kit:', e);
      }
      cache = { key, option };
      return option;
    },
  });
}
