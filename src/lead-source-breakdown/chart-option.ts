/**
 * The ECharts option for `<lead-source-breakdown>`: a pure function of the
 * model (no DOM). Horizontal bars ranked by the measure, or a donut. Every
 * label and tooltip is a plain string (tooltips render as rich text on the
 * canvas), so text from the data is never parsed as HTML.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { NumberFormatter } from '../core/format.js';
import type { Measure, SourceRow, SourcesModel } from '../core/sources.js';
import type { Unit } from '../core/types.js';
import type { ChartContext } from '../internal/chart-controller.js';
import type { SourcesStrings } from './strings.js';

/** Money measures show as currency, the rest as counts. */
export function measureUnit(measure: Measure): Unit {
  return measure === 'spend' || measure === 'revenue' ? 'currency' : 'count';
}

/** The rows the chart draws, in its order: ranked by the measure; the donut leaves out zeros. */
export function chartRows(model: SourcesModel): SourceRow[] {
  const bySource = new Map(model.rows.map((r) => [r.source, r]));
  const rows = model.ranked.map((s) => bySource.get(s)!);
  return model.chart === 'donut' ? rows.filter((r) => (r[model.measure] ?? 0) > 0) : rows;
}

/** The chart's text alternative: every value it draws, in order. */
export function chartDescription(model: SourcesModel, strings: SourcesStrings, formatter: NumberFormatter): string {
  const unit = measureUnit(model.measure);
  const rows = chartRows(model);
  const measure = strings.columns[model.measure];
  if (!rows.length) return strings.noChartData(measure);
  const items = rows.map((r) => `${r.label} ${formatter.format(r[model.measure], unit)} (${formatter.percent(r.share)})`);
  return strings.chartLabel(measure, model.chart, items.join(', '));
}

/** Relative luminance of a #rgb / #rrggbb / rgb() colour; 1 when unreadable. */
function luminance(colour: string): number {
  let rgb: number[] | null = null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    rgb = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  } else {
    const m = /rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(colour);
    if (m) rgb = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (!rgb) return 1;
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Each row's colour for the theme (read from the surface's lightness). */
export function sourceColours(rows: readonly SourceRow[], ctx: ChartContext): Map<string, string> {
  const dark = luminance(ctx.palette.surface) < 0.2;
  return new Map(rows.map((r) => [r.source, dark ? r.color.dark : r.color.light]));
}

const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', Tahoma, sans-serif";

interface ItemParams {
  dataIndex: number;
}

export function buildSourcesOption(
  model: SourcesModel,
  ctx: ChartContext,
  strings: SourcesStrings,
  formatter: NumberFormatter,
): EChartsCoreOption | null {
  const rows = chartRows(model);
  if (!rows.length) return null;
  const { palette, rtl } = ctx;
  const unit = measureUnit(model.measure);
  const colours = sourceColours(model.rows, ctx);
  const value = (r: SourceRow) => formatter.format(r[model.measure], unit);
  const tooltipText = (p: unknown): string => {
    const r = rows[(p as ItemParams).dataIndex];
    if (!r) return '';
    const c = strings.columns;
    const lines = [
      r.label,
      `${c[model.measure]}: ${value(r)} (${formatter.percent(r.share)})`,
      `${c.cpl}: ${formatter.money(r.cpl)}`,
      `${c.cac}: ${formatter.money(r.cac)}`,
      `${c.roi}: ${formatter.percent(r.roi)}`,
    ];
    return lines.join('\n');
  };
  const base = {
    animation: !ctx.reducedMotion,
    aria: {
      enabled: true,
      label: { enabled: true, description: chartDescription(model, strings, formatter) },
      // Patterns tell the donut's slices apart without colour; bars are labelled on their axis.
      decal: { show: model.chart === 'donut' },
    },
    // Canvas text needs a real font stack (the same as the element's default).
    textStyle: { color: palette.text, fontFamily: CHART_FONT, fontSize: 13 },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: tooltipText,
      backgroundColor: palette.surface,
      borderColor: palette.border,
      textStyle: { color: palette.text, fontFamily: CHART_FONT },
    },
  };
  if (model.chart === 'donut') {
    return {
      ...base,
      series: [
        {
          type: 'pie',
          radius: ['40%', '64%'],
          center: ['50%', '50%'],
          // Right to left, the slices run counter-clockwise from the top.
          clockwise: !rtl,
          avoidLabelOverlap: true,
          itemStyle: { borderColor: palette.surface, borderWidth: 2 },
          // Labels line up at the chart's edges so the many small slices do not pile up.
          labelLayout: { hideOverlap: false },
          label: {
            show: true,
            alignTo: 'edge',
            edgeDistance: 12,
            lineHeight: 16,
            color: palette.text,
            formatter: (p: unknown) => {
              const r = rows[(p as ItemParams).dataIndex];
              return r ? `${r.label}\n${formatter.percent(r.share)}` : '';
            },
          },
          labelLine: { show: true, length: 12, length2: 8, lineStyle: { color: palette.muted } },
          data: rows.map((r) => ({ name: r.label, value: r[model.measure], itemStyle: { color: colours.get(r.source) } })),
        },
      ],
    };
  }
  // Room for the value labels at the end of the bars.
  const labelRoom = 110;
  return {
    ...base,
    grid: {
      top: 8,
      bottom: 8,
      left: rtl ? labelRoom : 8,
      right: rtl ? 8 : labelRoom,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      inverse: rtl,
      axisLabel: { color: palette.muted, formatter: (v: number) => formatter.format(v, unit, { compact: true }) },
      splitLine: { lineStyle: { color: palette.border } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      position: rtl ? 'right' : 'left',
      data: rows.map((r) => r.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.border } },
      axisLabel: { color: palette.text, width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 26,
        data: rows.map((r) => ({ value: r[model.measure], itemStyle: { color: colours.get(r.source) } })),
        label: {
          show: true,
          position: rtl ? 'left' : 'right',
          color: palette.text,
          formatter: (p: unknown) => {
            const r = rows[(p as ItemParams).dataIndex];
            return r ? `${value(r)} · ${formatter.percent(r.share)}` : '';
          },
        },
      },
    ],
  };
}
