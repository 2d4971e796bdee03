/**
 * The ECharts option for `<lead-source-breakdown>`: a pure function of the
 * model (no DOM). Horizontal bars ranked by the measure, or a donut. Every
 * label and tooltip is a plain string (tooltips render as rich text on the
 * canvas), so text from the data is never parsed as HTML.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { NumberFormatter } from '../core/format.js';
import type { SourceRow, SourcesModel } from '../core/sources.js';
import type { ChartContext } from '../internal/chart-controller.js';
import type { SourcesStrings } from './strings.js';
import { chartDescription, chartRows, measureUnit, sourceColours } from './chart-helpers.js';

export { chartDescription, chartRows, measureUnit, sourceColours };

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
    // No ECharts aria: the text alternative is the chart box's own `aria-label`
    // (`chartDescription`), and every bar and slice carries its name and share as a
    // direct label, so the chart reads without colour (no patterns needed).
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
