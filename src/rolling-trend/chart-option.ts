/**
 * The rolling trend's ECharts option: a pure function of the model. Gaps stay
 * gaps (null, `connectNulls: false`); tooltips and labels are plain strings
 * (rich text on the canvas, never HTML).
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { NumberFormatter } from '../core/format.js';
import type { TrendChart, TrendModel, TrendWindowPoint } from '../core/trend.js';
import type { ChartContext } from '../internal/chart-controller.js';
import { periodName, type TrendStrings } from './strings.js';

/** Above this many points the line is down-sampled (LTTB) for drawing; `result` stays exact. */
export const SAMPLING_THRESHOLD = 500;

export interface TrendOptionSettings {
  chart: TrendChart;
}

interface TooltipParam {
  dataIndex: number;
}

/** The main series' data item for a window point: below-target points carry their own colour and symbol. */
function mainItem(w: TrendWindowPoint, ctx: ChartContext, long: boolean): number | null | { value: number; itemStyle: object; symbol?: string; symbolSize?: number } {
  if (w.value === null) return null;
  if (!w.belowTarget || long) return w.value;
  return { value: w.value, itemStyle: { color: ctx.palette.offTrack }, symbol: 'diamond', symbolSize: 9 };
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
  const long = model.window.length > SAMPLING_THRESHOLD;
  // A long window names its periods only where they show (the axis labels ECharts picks, the
  // tooltip's point): ten thousand Intl calls would cost more than the rest of the update.
  const periodLabels = model.window.map((w) => w.period);
  const names = long ? periodLabels : periodLabels.map((p) => periodName(p, locale));
  const nameAt = (index: number) => (long ? periodName(periodLabels[index] ?? '', locale) : names[index]!);
  const label = model.label ?? s.series;
  const fmt = (v: number | null) => f.format(v, model.unit);
  const bar = settings.chart === 'bar';

  // The latest point and the same period last year are marked with a labelled dot: a second
  // line series holding only those points ([index, value] pairs, no line drawn), so the marks
  // show on lines and bars alike, and on long down-sampled lines too.
  const marks: { value: [number, number]; itemStyle: object; text: string; label?: object }[] = [];
  const lastIndex = model.window.length - 1;
  const latest = model.window[lastIndex]!;
  const lastYearIndex = model.sameLastYear ? model.window.findIndex((w) => w.period === model.sameLastYear!.period) : -1;
  const lastYearPoint = lastYearIndex >= 0 ? model.window[lastYearIndex]! : null;
  if (lastYearPoint && lastYearPoint.value !== null) {
    marks.push({
      value: [lastYearIndex, lastYearPoint.value],
      itemStyle: { color: palette.surface, borderColor: palette.text, borderWidth: 2 },
      text: `${s.sameLastYearMark}: ${fmt(lastYearPoint.value)}`,
    });
  }
  if (latest.value !== null) {
    marks.push({
      value: [lastIndex, latest.value],
      itemStyle: { color: palette.accent, borderColor: palette.surface, borderWidth: 2 },
      text: fmt(latest.value),
      label: { fontWeight: 'bold' },
    });
  }

  const series: object[] = [
    {
      id: 'main',
      name: label,
      type: bar ? 'bar' : 'line',
      data: model.window.map((w) => mainItem(w, ctx, long)),
      connectNulls: false,
      color: palette.series[0],
      showSymbol: !long,
      symbolSize: 6,
      lineStyle: { width: 2.5 },
      barMaxWidth: 28,
      large: bar && long,
      ...(long && !bar ? { sampling: 'lttb' } : {}),
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
      showSymbol: !long,
      symbolSize: 5,
      lineStyle: { width: 2, type: 'dashed' },
      barMaxWidth: 28,
      ...(long && !bar ? { sampling: 'lttb' } : {}),
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

  if (marks.length) {
    series.push({
      id: 'marks',
      type: 'line',
      data: marks.map(({ value, itemStyle, label }) => ({ value, itemStyle, label })),
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
      tooltip: { show: false },
      silent: true,
      z: 5,
    });
  }

  const tooltipText = (index: number): string => {
    const w = model.window[index];
    if (!w) return '';
    const lines = [nameAt(index), `${label}: ${w.value === null ? s.gap : fmt(w.value)}`];
    if (model.hasTarget && w.target !== null) lines.push(`${s.target}: ${fmt(w.target)}${w.belowTarget ? ` (${s.belowTarget})` : ''}`);
    if (model.hasCompare) lines.push(`${model.compareLabel ?? s.compare}: ${w.compare === null ? s.gap : fmt(w.compare)}`);
    if (w.sameLastYear !== null) lines.push(`${s.sameLastYearColumn[model.granularity]}: ${fmt(w.sameLastYear)}`);
    if (w.change !== null) lines.push(`${f.percent(w.change, { signed: true })} ${s.previous[model.granularity]}`);
    if (w.yoy !== null) lines.push(`${f.percent(w.yoy, { signed: true })} ${s.lastYear[model.granularity]}`);
    return lines.join('\n');
  };

  const axisText = { color: palette.muted };
  return {
    // Long series are drawn without animation (ECharts skips it past 2,000 points anyway, but
    // still sets up the axis and mark transitions).
    animation: !ctx.reducedMotion && !long,
    textStyle: { fontFamily: 'inherit' },
    // The legend is HTML above the chart box (in the element); axis labels stay inside the box.
    grid: { top: 28, bottom: 8, left: 28, right: 28, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      renderMode: 'richText',
      confine: true,
      backgroundColor: palette.surface,
      borderColor: palette.border,
      textStyle: { color: palette.text },
      formatter: (params: TooltipParam | TooltipParam[]) => {
        const first = Array.isArray(params) ? params[0] : params;
        return first ? tooltipText(first.dataIndex) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: names,
      inverse: ctx.rtl,
      boundaryGap: bar,
      axisLabel: { ...axisText, hideOverlap: true, ...(long ? { formatter: (label: string) => periodName(label, locale) } : {}) },
      axisLine: { lineStyle: { color: palette.border } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      position: ctx.rtl ? 'right' : 'left',
      scale: !bar,
      axisLabel: { ...axisText, formatter: (v: number) => f.format(v, model.unit, { compact: true }) },
      splitLine: { lineStyle: { color: palette.border, opacity: 0.6 } },
    },
    series,
  };
}
