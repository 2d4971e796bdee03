/**
 * The funnel chart's ECharts option, built purely from the model: horizontal
 * bars of the required (or projected) volume per stage, actuals beside the
 * plan where given. Volumes span four orders of magnitude (6,313 visits,
 * 0.758 customers), so the value axis is logarithmic (see `logScale`): a
 * linear funnel would draw the lower stages as invisible slivers.
 *
 * Every formatter returns plain text and the tooltip renders as rich text on
 * the canvas: no data text is ever parsed as HTML.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { FunnelModel, FunnelStage } from '../core/funnel.js';
import type { NumberFormatter } from '../core/format.js';
import type { ChartContext } from '../internal/chart-controller.js';
import type { FunnelStrings } from './strings.js';
import { formatVolume, hasActuals } from './chart-helpers.js';

export { formatVolume, hasActuals };

interface AxisParam {
  dataIndex: number;
  seriesIndex?: number;
}

/**
 * The logarithmic scale, done by hand: ECharts draws bars on its own log axis
 * from 1, so volumes below 1 (0.758 customers) would grow the wrong way. Each
 * volume becomes its number of decades above the axis start, a power of ten
 * below the smallest bar, on a plain value axis labelled in real volumes.
 */
export function logScale(model: FunnelModel): { start: number; decades: number; toAxis: (v: number | null) => number | null; fromAxis: (x: number) => number } {
  const values = model.stages.flatMap((st) => [st.required, st.actual ?? 0]).filter((v) => v > 0);
  const smallest = values.length ? Math.min(...values) : 1;
  const largest = values.length ? Math.max(...values) : 10;
  const start = Math.ceil(Math.log10(smallest) - 1e-9) - 1;
  const decades = Math.max(1, Math.ceil(Math.log10(largest) - 1e-9) - start);
  return {
    start,
    decades,
    // 0 and missing volumes have no place on a log scale: no bar (the table shows them).
    toAxis: (v) => (v !== null && v > 0 ? Math.log10(v) - start : null),
    fromAxis: (x) => 10 ** (x + start),
  };
}

/** The tooltip text for one stage: plain lines, no markup. */
export function stageTooltip(model: FunnelModel, stage: FunnelStage, s: FunnelStrings, f: NumberFormatter): string {
  const planWord = model.mode === 'forward' ? s.projected : s.plan;
  const lines = [stage.label, `${planWord}: ${formatVolume(f, stage.required)} ${s.per[model.view]}`];
  if (stage.actual !== null) lines.push(`${s.actual}: ${formatVolume(f, stage.actual)}`);
  if (stage.rate !== null) lines.push(`${s.table.rate}: ${f.percent(stage.rate)}`);
  if (stage.actualRate !== null) lines.push(`${s.table.actualRate}: ${f.percent(stage.actualRate)}`);
  return lines.join('\n');
}

export function buildFunnelOption(
  model: FunnelModel,
  ctx: ChartContext,
  s: FunnelStrings,
  f: NumberFormatter,
): EChartsCoreOption {
  const { palette, rtl } = ctx;
  const withActuals = hasActuals(model);
  const planName = model.mode === 'forward' ? s.projected : s.plan;
  const scale = logScale(model);
  const positive = scale.toAxis;
  const labelPosition = rtl ? 'left' : 'right';
  const series: Record<string, unknown>[] = [
    {
      type: 'bar',
      name: planName,
      id: 'plan',
      data: model.stages.map((st) => ({
        value: positive(st.required),
      })),
      itemStyle: { color: palette.accent },
      barMaxWidth: 26,
      label: {
        show: true,
        position: labelPosition,
        color: palette.text,
        formatter: (p: { dataIndex: number }) => formatVolume(f, model.stages[p.dataIndex]?.required),
      },
    },
  ];
  if (withActuals) {
    series.push({
      type: 'bar',
      name: s.actual,
      id: 'actual',
      data: model.stages.map((st) => ({
        value: positive(st.actual),
        // The bottleneck step's actual stands out; the sentence and the table say why.
        ...(st.id === model.bottleneck ? { itemStyle: { color: palette.offTrack } } : {}),
      })),
      itemStyle: { color: palette.series[6] ?? palette.muted },
      barMaxWidth: 26,
      label: {
        show: true,
        position: labelPosition,
        color: palette.muted,
        formatter: (p: { dataIndex: number }) => {
          const st = model.stages[p.dataIndex];
          return st && st.actual !== null ? formatVolume(f, st.actual) : '';
        },
      },
    });
  }
  return {
    animation: !ctx.reducedMotion,
    backgroundColor: 'transparent',
    textStyle: { color: palette.text },
    // Room beyond the longest bar for its value label. The legend is HTML, above the chart box.
    grid: { top: 12, bottom: 28, left: rtl ? 64 : 12, right: rtl ? 12 : 64 },
    tooltip: {
      show: true,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      renderMode: 'richText',
      confine: true,
      formatter: (params: AxisParam | AxisParam[]) => {
        const first = Array.isArray(params) ? params[0] : params;
        const st = first ? model.stages[first.dataIndex] : undefined;
        return st ? stageTooltip(model, st, s, f) : '';
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: scale.decades,
      interval: 1,
      inverse: rtl,
      axisLine: { show: true, lineStyle: { color: palette.border } },
      splitLine: { lineStyle: { color: palette.border, opacity: 0.6 } },
      axisLabel: { color: palette.muted, formatter: (x: number) => f.count(scale.fromAxis(x), { compact: true }) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      position: rtl ? 'right' : 'left',
      data: model.stages.map((st) => st.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.border } },
      axisLabel: { color: palette.text },
    },
    series,
  };
}
