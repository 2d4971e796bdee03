/**
 * The ECharts option for a long rolling trend (more than `MAX_SVG_POINTS` periods): a pure
 * function of the model, loaded with ECharts. Lines are down-sampled (LTTB) for drawing and
 * bars drawn in ECharts' large mode; `result` stays exact. Gaps stay gaps (null,
 * `connectNulls: false`); labels are plain strings (rich text on the canvas, never HTML).
 * The tooltip is the element's HTML one, as over the SVG chart.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { NumberFormatter } from '../core/format.js';
import type { TrendChart, TrendModel } from '../core/trend.js';
import type { ChartContext } from '../internal/chart-controller.js';
import { markTexts } from './chart.js';
import { periodName, type TrendStrings } from './strings.js';

export interface TrendOptionSettings {
  chart: TrendChart;
  /** Whether time runs right to left; default the text's direction (`ctx.rtl`). */
  timeRtl?: boolean;
}

export function buildTrendOption(
  model: TrendModel,
  ctx: ChartContext,
  s: TrendStrings,
  f: NumberFormatter,
  settings: TrendOptionSettings = { chart: 'line' },
): EChartsCoreOption | null {
  if (!model.window.length) return null;
  const { palette } = ctx;
  const locale = f.locale;
  // Periods are named only where they show (the axis labels ECharts picks, the tooltip's
  // point): thousands of Intl calls would cost more than the rest of the update.
  const periods = model.window.map((w) => w.period);
  const label = model.label ?? s.series;
  const bar = settings.chart === 'bar';
  // The oldest period at the right in right-to-left time, the y axis at time's start.
  const timeRtl = settings.timeRtl ?? ctx.rtl;
  const sampled = bar ? { large: true } : { sampling: 'lttb' };

  const series: object[] = [
    {
      id: 'main',
      name: label,
      type: bar ? 'bar' : 'line',
      data: model.window.map((w) => w.value),
      connectNulls: false,
      color: palette.series[0],
      showSymbol: false,
      lineStyle: { width: 2 },
      ...sampled,
      z: 3,
    },
  ];
  if (model.hasCompare) {
    series.push({
      id: 'compare',
      name: model.compareLabel ?? s.compare,
      type: bar ? 'bar' : 'line',
      data: model.window.map((w) => w.compare),
      connectNulls: false,
      color: palette.series[1],
      showSymbol: false,
      lineStyle: { width: 1.5, type: 'dashed' },
      ...sampled,
      z: 2,
    });
  }
  if (model.hasTarget) {
    series.push({
      id: 'target',
      name: s.target,
      type: 'line',
      step: 'middle',
      data: model.window.map((w) => w.target),
      connectNulls: false,
      color: palette.atRisk,
      showSymbol: false,
      lineStyle: { width: 1.5, type: 'dashed' },
      silent: true,
      z: 4,
    });
  }

  // The latest point and the same period last year carry a labelled dot: a second line
  // series holding only those points ([index, value] pairs, no line drawn), so the marks
  // show on down-sampled lines and on bars alike.
  const marks = markTexts(model, s, f);
  if (marks.length) {
    series.push({
      id: 'marks',
      type: 'line',
      data: marks.map((m) => ({
        value: [m.index, m.value],
        itemStyle:
          m.kind === 'latest'
            ? { color: palette.accent, borderColor: palette.surface, borderWidth: 2 }
            : { color: palette.surface, borderColor: palette.text, borderWidth: 2 },
        ...(m.kind === 'latest' ? { label: { fontWeight: 'bold' } } : {}),
      })),
      symbol: 'circle',
      symbolSize: 11,
      showSymbol: true,
      lineStyle: { width: 0 },
      label: {
        show: true,
        position: 'top',
        distance: 6,
        color: palette.text,
        fontSize: 11,
        backgroundColor: palette.surface,
        padding: [1, 3],
        formatter: (p: { dataIndex: number }) => marks[p.dataIndex]?.text ?? '',
      },
      emphasis: { disabled: true },
      silent: true,
      z: 5,
    });
  }

  const axisText = { color: palette.muted };
  return {
    animation: false,
    textStyle: { fontFamily: 'inherit' },
    // The legend is HTML above the chart box (in the element); axis labels stay inside the box.
    grid: { top: 28, bottom: 8, left: 28, right: 28, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: periods,
      inverse: timeRtl,
      boundaryGap: bar,
      axisLabel: { ...axisText, hideOverlap: true, formatter: (period: string) => periodName(period, locale) },
      axisLine: { lineStyle: { color: palette.border } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      position: timeRtl ? 'right' : 'left',
      scale: !bar,
      axisLabel: { ...axisText, formatter: (v: number) => f.format(v, model.unit, { compact: true }) },
      splitLine: { lineStyle: { color: palette.border, opacity: 0.6 } },
    },
    series,
  };
}
