/**
 * What the element needs from the chart before any chart is drawn: the rows it
 * draws, its text alternative and the sources' colours (the table's swatches).
 * The chart option builder (`chart-option.ts`) is imported lazily, with ECharts.
 */
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
