/**
 * The lead sources' chart, built purely from the model (no DOM): ranked
 * horizontal bars (laid out in HTML by `renderBarChart`) or a donut (SVG arc
 * paths, with a legend beside it). Every text is plain text: the element
 * renders it as text, never as markup.
 */
import type { NumberFormatter } from '../core/format.js';
import type { SourceRow, SourcesModel } from '../core/sources.js';
import type { BarChartSpec } from '../internal/bar-chart.js';
import { chartRows, measureUnit } from './chart-helpers.js';
import type { SourcesStrings } from './strings.js';

export { chartDescription, chartRows, measureUnit } from './chart-helpers.js';

/**
 * A source's colour for both themes: `light-dark()` picks one by the element's
 * `color-scheme` (light, or dark for `theme="dark"` and for `auto` on a dark
 * system), so the colours follow a theme switch with no redraw.
 */
export function sourceColour(row: Pick<SourceRow, 'color'>): string {
  return `light-dark(${row.color.light}, ${row.color.dark})`;
}

/** Whether any source has a value above zero for the measure (else there is nothing to draw). */
export function hasChartData(model: SourcesModel): boolean {
  return chartRows(model).some((r) => (r[model.measure] ?? 0) > 0);
}

/** The hover text for one source: plain lines, no markup. */
export function sourceTooltip(model: SourcesModel, row: SourceRow, s: SourcesStrings, f: NumberFormatter): string {
  const c = s.columns;
  return [
    row.label,
    `${c[model.measure]}: ${f.format(row[model.measure], measureUnit(model.measure))} (${f.percent(row.share)})`,
    `${c.cpl}: ${f.money(row.cpl)}`,
    `${c.cac}: ${f.money(row.cac)}`,
    `${c.roi}: ${f.percent(row.roi)}`,
  ].join('\n');
}

/** The bars: one per source, ranked by the measure, each as long as its value against the largest. */
export function sourcesBarChart(model: SourcesModel, s: SourcesStrings, f: NumberFormatter): BarChartSpec {
  const rows = chartRows(model);
  const unit = measureUnit(model.measure);
  const max = Math.max(0, ...rows.map((r) => r[model.measure] ?? 0));
  return {
    rows: rows.map((r) => {
      const value = r[model.measure];
      return {
        key: r.source,
        label: r.label,
        title: sourceTooltip(model, r, s, f),
        bars: [
          {
            size: value === null ? null : max > 0 ? value / max : 0,
            colour: sourceColour(r),
            text: `${f.format(value, unit)} · ${f.percent(r.share)}`,
          },
        ],
      };
    }),
  };
}

/** The donut's geometry, in viewBox units: a square of `SIZE`, the ring between `INNER` and `OUTER`. */
export const DONUT_SIZE = 200;
export const DONUT_OUTER = 98;
export const DONUT_INNER = 59; // ~60 % of the outer radius

export interface DonutSlice {
  key: string;
  label: string;
  title: string;
  colour: string;
  /** The measure's value and the share, formatted (the legend). */
  value: string;
  share: string;
  /** Where the slice starts and ends, in turns (0-1) from the top, in the reading direction. */
  start: number;
  end: number;
  /** The SVG path of the slice (an annular sector; a whole ring for a single source). */
  d: string;
}

export interface DonutSpec {
  viewBox: string;
  slices: DonutSlice[];
}

const TAU = Math.PI * 2;
/** Two decimals of a viewBox unit (1/100 of a pixel at the default size) are plenty. */
const n = (x: number) => String(Math.round(x * 100) / 100 || 0);

/**
 * A point on a circle around the donut's centre, `turn` (0-1) of the way round
 * from the top: clockwise, or counter-clockwise right to left.
 */
function point(radius: number, turn: number, rtl: boolean): string {
  const c = DONUT_SIZE / 2;
  const angle = turn * TAU;
  return `${n(c + (rtl ? -1 : 1) * radius * Math.sin(angle))} ${n(c - radius * Math.cos(angle))}`;
}

/**
 * The path of the ring between `inner` and `outer` from `start` to `end`
 * (turns). The outer arc runs in the reading direction (SVG sweep flag 1 is
 * clockwise on screen), the inner one back. A slice of more than half the
 * ring needs the large-arc flag; a whole ring (one source) cannot be one arc
 * (its ends coincide), so each circle is two half arcs, the inner one run the
 * other way round so that it is a hole under either fill rule.
 */
export function arcPath(start: number, end: number, rtl: boolean, outer = DONUT_OUTER, inner = DONUT_INNER): string {
  const forward = rtl ? 0 : 1;
  const back = 1 - forward;
  if (end - start >= 1 - 1e-9) {
    const half = start + 0.5;
    return [
      `M${point(outer, start, rtl)}`,
      `A${outer} ${outer} 0 0 ${forward} ${point(outer, half, rtl)}`,
      `A${outer} ${outer} 0 0 ${forward} ${point(outer, start, rtl)}Z`,
      `M${point(inner, start, rtl)}`,
      `A${inner} ${inner} 0 0 ${back} ${point(inner, half, rtl)}`,
      `A${inner} ${inner} 0 0 ${back} ${point(inner, start, rtl)}Z`,
    ].join('');
  }
  const large = end - start > 0.5 ? 1 : 0;
  return [
    `M${point(outer, start, rtl)}`,
    `A${outer} ${outer} 0 ${large} ${forward} ${point(outer, end, rtl)}`,
    `L${point(inner, end, rtl)}`,
    `A${inner} ${inner} 0 ${large} ${back} ${point(inner, start, rtl)}Z`,
  ].join('');
}

/**
 * The donut: a slice per source with a value above zero, largest first, from
 * the top, clockwise (counter-clockwise right to left); each slice's angle is
 * its value's share of the values drawn.
 */
export function sourcesDonut(model: SourcesModel, s: SourcesStrings, f: NumberFormatter, rtl: boolean): DonutSpec {
  const rows = chartRows(model).filter((r) => (r[model.measure] ?? 0) > 0);
  const unit = measureUnit(model.measure);
  const total = rows.reduce((sum, r) => sum + (r[model.measure] ?? 0), 0);
  let at = 0;
  const slices = rows.map((r, i) => {
    const start = at;
    // The last slice closes the ring exactly, whatever the rounding of the others.
    const end = i === rows.length - 1 ? 1 : Math.min(1, start + (r[model.measure] ?? 0) / total);
    at = end;
    return {
      key: r.source,
      label: r.label,
      title: sourceTooltip(model, r, s, f),
      colour: sourceColour(r),
      value: f.format(r[model.measure], unit),
      share: f.percent(r.share),
      start,
      end,
      d: arcPath(start, end, rtl),
    };
  });
  return { viewBox: `0 0 ${DONUT_SIZE} ${DONUT_SIZE}`, slices };
}
