/**
 * The rolling trend's chart as a pure function of the model: where every line,
 * bar, dot, label and tick goes, as fractions of the plot (x from the start
 * edge, y from the top), and the words of every tooltip. The element draws it
 * in HTML and SVG with its first render; only a window longer than
 * `MAX_SVG_POINTS` is handed to ECharts (down-sampled on a canvas).
 *
 * Positions are fractions, not pixels, so the chart follows its box's size in
 * CSS alone (nothing is measured to draw). Right-to-left is mirrored here: x
 * runs from the right edge, and the element places everything by `left`.
 */
import type { NumberFormatter } from '../core/format.js';
import type { TrendChart, TrendModel } from '../core/trend.js';
import { periodName, type TrendStrings } from './strings.js';
import { plainText } from '../core/validation.js';

/** Windows up to this many points are drawn in SVG; longer ones by ECharts, down-sampled. */
export const MAX_SVG_POINTS = 500;
/** Up to this many points, each point of a line gets a dot. */
export const MAX_DOTS = 60;
/** The SVG's coordinate space (the lines' `viewBox` is this square, stretched to the plot). */
export const VIEW = 1000;

export type SeriesKind = 'main' | 'compare';

export interface TrendChartSpec {
  /** Periods in the window. */
  n: number;
  chart: TrendChart;
  /** Grid values, bottom to top: `y` from the top of the plot. */
  yTicks: { y: number; label: string }[];
  /** The period names that fit (every `step`-th, ending at the latest) with the start of their band (`x0`) and its width. */
  xLabels: { x0: number; width: number; label: string }[];
  /** SVG path data in the `VIEW` square; empty for bar charts' main and compare series. */
  lines: { kind: SeriesKind | 'target'; d: string }[];
  /** Bars, one band per period: `top` and `bottom` as fractions from the top of the plot. */
  bars: { index: number; x0: number; width: number; values: { kind: SeriesKind; top: number; bottom: number; below: boolean }[] }[];
  /** Dots on the lines (line charts only; every point up to `MAX_DOTS`, else lone points only). */
  dots: { index: number; kind: SeriesKind; x: number; y: number; below: boolean }[];
  /** The labelled marks: the same period last year and the latest period. */
  marks: { kind: 'last-year' | 'latest'; index: number; x: number; y: number; text: string }[];
  /** Centre of each period's band. */
  xs: number[];
}

export interface TrendChartOptions {
  chart: TrendChart;
  rtl: boolean;
  locale: string;
  /** The plot's width in pixels (an estimate before it is laid out), to fit the axis labels. */
  width: number;
}

/** The centre of period `i`'s band, as a fraction of the plot from its left edge. */
export function bandCentre(i: number, n: number, rtl: boolean): number {
  return rtl ? 1 - (i + 0.5) / n : (i + 0.5) / n;
}

/** Round, readable grid values spanning [min, max] (about `count` of them); bars start at zero. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw * (1 - 1e-9)) ?? 10 * magnitude;
  // Beyond what doubles can step through (a span over 1e308, or under 1e-300): the ends alone.
  if (!Number.isFinite(raw) || !(step > 0) || !Number.isFinite(step)) return [min, max];
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const ticks: number[] = [];
  // Multiples of the step, cleaned of binary fractions (0.30000000000000004).
  for (let k = first; k <= last; k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

/** One line of path data per run of consecutive values; a gap breaks the line. */
function linePath(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) return void (drawing = false);
    d += `${drawing ? 'L' : 'M'}${fixed(x(i) * VIEW)} ${fixed(y(v) * VIEW)}`;
    drawing = true;
  });
  return d;
}

/** A step line: each period's value across its whole band, joined at band edges. */
function stepPath(values: (number | null)[], edge: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) return void (drawing = false);
    const yy = fixed(y(v) * VIEW);
    d += drawing ? `V${yy}` : `M${fixed(edge(i) * VIEW)} ${yy}`;
    d += `H${fixed(edge(i + 1) * VIEW)}`;
    drawing = true;
  });
  return d;
}

const fixed = (n: number) => Math.round(n * 10) / 10;


/** A tooltip line: `name` (a series name from the data, or null) before its `text`, as "name: text". */
export interface TooltipLine {
  name: string | null;
  text: string;
}

/**
 * The tooltip's lines for one period: its name, the value, target, compare, last year and
 * changes. Series names are apart from the words, for the element to isolate in a `<bdi>`.
 */
export function trendTooltipLines(model: TrendModel, index: number, s: TrendStrings, f: NumberFormatter, locale: string): TooltipLine[] {
  const w = model.window[index];
  if (!w) return [];
  const fmt = (v: number) => f.format(v, model.unit);
  const line = (text: string, name: string | null = null): TooltipLine => ({ name, text });
  const lines = [line(periodName(w.period, locale)), line(w.value === null ? s.gap : fmt(w.value), model.label ?? s.series)];
  if (model.hasTarget && w.target !== null) lines.push(line(fmt(w.target) + (w.belowTarget ? ` (${s.belowTarget})` : ''), s.target));
  if (model.hasCompare) lines.push(line(w.compare === null ? s.gap : fmt(w.compare), model.compareLabel ?? s.compare));
  if (w.sameLastYear !== null) lines.push(line(fmt(w.sameLastYear), s.sameLastYearColumn[model.granularity]));
  if (w.change !== null) lines.push(line(`${f.percent(w.change, { signed: true })} ${s.previous[model.granularity]}`));
  if (w.yoy !== null) lines.push(line(`${f.percent(w.yoy, { signed: true })} ${s.lastYear[model.granularity]}`));
  return lines;
}

/** The tooltip's lines as plain text ("MQLs: 144"), with no bidi controls. */
export function trendTooltip(model: TrendModel, index: number, s: TrendStrings, f: NumberFormatter, locale: string): string[] {
  return trendTooltipLines(model, index, s, f, locale).map((l) => (l.name === null ? l.text : `${plainText(l.name)}: ${l.text}`));
}

/**
 * The numbers of the chart's text alternative: the latest value, and the window's highest and
 * lowest (the most recent period when several share it), formatted in the locale; null when
 * the window has no value.
 */
export function trendSummaryNumbers(
  model: TrendModel,
  s: TrendStrings,
  f: NumberFormatter,
  locale: string,
): { latest: string; high: string; highAt: string; low: string; lowAt: string } | null {
  let high: TrendModel['window'][number] | null = null;
  let low: TrendModel['window'][number] | null = null;
  for (const w of model.window) {
    if (w.value === null) continue;
    if (!high || w.value >= high.value!) high = w;
    if (!low || w.value <= low.value!) low = w;
  }
  if (!high || !low) return null;
  const latest = model.latest?.value ?? null;
  return {
    latest: latest === null ? s.gap : f.format(latest, model.unit),
    high: f.format(high.value, model.unit),
    highAt: periodName(high.period, locale),
    low: f.format(low.value, model.unit),
    lowAt: periodName(low.period, locale),
  };
}

/** The texts of the two labelled marks: the same period last year and the latest. */
export function markTexts(model: TrendModel, s: TrendStrings, f: NumberFormatter): { kind: 'last-year' | 'latest'; index: number; value: number; text: string }[] {
  const marks: { kind: 'last-year' | 'latest'; index: number; value: number; text: string }[] = [];
  const lastIndex = model.window.length - 1;
  const latest = model.window[lastIndex];
  const lastYearIndex = model.sameLastYear ? model.window.findIndex((w) => w.period === model.sameLastYear!.period) : -1;
  const lastYear = lastYearIndex >= 0 ? model.window[lastYearIndex]! : null;
  if (lastYear && lastYear.value !== null) {
    marks.push({ kind: 'last-year', index: lastYearIndex, value: lastYear.value, text: `${s.sameLastYearMark}: ${f.format(lastYear.value, model.unit)}` });
  }
  if (latest && latest.value !== null) marks.push({ kind: 'latest', index: lastIndex, value: latest.value, text: f.format(latest.value, model.unit) });
  return marks;
}

/** The chart for a window of at most `MAX_SVG_POINTS` periods; null when there is nothing to draw. */
export function trendChartSpec(model: TrendModel, s: TrendStrings, f: NumberFormatter, options: TrendChartOptions): TrendChartSpec | null {
  const n = model.window.length;
  if (!n || n > MAX_SVG_POINTS) return null;
  const bar = options.chart === 'bar';
  const values = model.window.map((w) => w.value);
  const compare = model.hasCompare ? model.window.map((w) => w.compare) : null;
  const target = model.hasTarget ? model.window.map((w) => w.target) : null;
  const numbers = [...values, ...(compare ?? []), ...(target ?? [])].filter((v): v is number => v !== null);
  // Bars measure from zero; a line shows its range (as ECharts' `scale` did).
  if (bar || !numbers.length) numbers.push(0);
  const ticks = niceTicks(Math.min(...numbers), Math.max(...numbers));
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  const y = (v: number) => (hi === lo ? 0.5 : (hi - v) / (hi - lo));
  // Band edges from the start edge: the right one in right-to-left.
  const edge = (i: number) => (options.rtl ? 1 - i / n : i / n);
  const x = (i: number) => bandCentre(i, n, options.rtl);
  const bandStart = (i: number) => Math.min(edge(i), edge(i + 1));

  const lines: TrendChartSpec['lines'] = [];
  if (!bar) {
    lines.push({ kind: 'main', d: linePath(values, x, y) });
    if (compare) lines.push({ kind: 'compare', d: linePath(compare, x, y) });
  }
  if (target) lines.push({ kind: 'target', d: stepPath(target, edge, y) });

  const bars: TrendChartSpec['bars'] = [];
  if (bar) {
    const zero = y(Math.min(Math.max(0, lo), hi));
    model.window.forEach((w, index) => {
      const vals: TrendChartSpec['bars'][number]['values'] = [];
      const add = (kind: SeriesKind, v: number | null, below: boolean) => {
        if (v === null) return;
        vals.push({ kind, top: Math.min(zero, y(v)), bottom: Math.max(zero, y(v)), below });
      };
      add('main', w.value, w.belowTarget);
      if (compare) add('compare', w.compare, false);
      if (vals.length) bars.push({ index, x0: bandStart(index), width: 1 / n, values: vals });
    });
  }

  const dots: TrendChartSpec['dots'] = [];
  if (!bar) {
    const series: [SeriesKind, (number | null)[]][] = [['main', values]];
    if (compare) series.push(['compare', compare]);
    for (const [kind, vs] of series) {
      vs.forEach((v, index) => {
        if (v === null) return;
        const lone = (vs[index - 1] ?? null) === null && (vs[index + 1] ?? null) === null;
        const below = kind === 'main' && model.window[index]!.belowTarget;
        if (n <= MAX_DOTS || lone || below) dots.push({ index, kind, x: x(index), y: y(v), below });
      });
    }
  }

  const marks = markTexts(model, s, f).map((m) => ({ kind: m.kind, index: m.index, x: x(m.index), y: y(m.value), text: m.text }));

  return {
    n,
    chart: options.chart,
    yTicks: ticks.map((t) => ({ y: y(t), label: f.format(t, model.unit, { compact: true }) })),
    xLabels: axisLabels(model, options, bandStart),
    lines,
    bars,
    dots,
    marks,
    xs: model.window.map((_, i) => x(i)),
  };
}

/** The axis labels that fit the width, every `labelStep`-th period back from the latest. */
function axisLabels(model: TrendModel, options: TrendChartOptions, bandStart: (i: number) => number): TrendChartSpec['xLabels'] {
  const n = model.window.length;
  // The first and the latest name: "Week 43, 2026" is longer than "Week 2, 2027".
  const chars = Math.max(...[0, n - 1].map((i) => periodName(model.window[i]!.period, options.locale).length));
  const step = labelStep(n, options.width, chars);
  const labels: TrendChartSpec['xLabels'] = [];
  for (let i = n - 1; i >= 0; i -= step) labels.unshift({ x0: bandStart(i), width: 1 / n, label: periodName(model.window[i]!.period, options.locale) });
  return labels;
}

/**
 * Every how many periods an axis label fits in `width` pixels (1, 2, 3, 4, 6, 12, then
 * doubling), for labels about `chars` characters long. The latest period is always labelled.
 */
export function labelStep(n: number, width: number, chars: number): number {
  const needed = chars * 6.5 + 12;
  const band = width / Math.max(1, n);
  for (const step of [1, 2, 3, 4, 6, 12]) if (band * step >= needed) return step;
  let step = 24;
  while (band * step < needed && step < n) step *= 2;
  return step;
}

/** The period under a pointer at `fraction` of the plot's width from its left edge. */
export function indexAt(fraction: number, n: number, rtl: boolean): number {
  const f = rtl ? 1 - fraction : fraction;
  return Math.min(n - 1, Math.max(0, Math.floor(f * n)));
}
