/**
 * A scorecard metric over time: its history as a series of periods ending at
 * the current one, added up into months or quarters, and the change and run of
 * rises or falls a meeting talks about. Pure, no DOM.
 *
 * The current period is the one holding the scorecard's `asOf` date (in the
 * metric's cadence), else the latest period of its history. Its value is the
 * metric's own `actual`: the history entry for it, if any, only fills in what the
 * metric leaves out. Numbers-only history ends with the current period.
 */
import { changeRatio } from './change.js';
import { catalogueEntry, type CatalogueEntry } from './catalogue.js';
import { childPeriods, parentPeriod } from './calendar.js';
import { formatPeriod, fromOrdinal, ordinal, type Granularity, type Period } from './periods.js';
import { isRange, sameTarget, type Target, type TargetRange } from './status.js';

export const AGGREGATES = ['sum', 'average', 'last', 'min', 'max'] as const;
/** How a metric adds up over a longer period. */
export type Aggregate = (typeof AGGREGATES)[number];

export const ROLLUPS = ['none', 'month', 'quarter'] as const;
export type Rollup = (typeof ROLLUPS)[number];

/** One period of a metric's series. */
export interface SeriesPoint {
  /** The period; null for numbers-only history whose periods nothing names. */
  period: Period | null;
  value: number | null;
  /** The period's whole target (the metric's when the entry gives none). */
  target: Target | null;
  /** Catalogue inputs of the period, when given: a roll-up recomputes the formula from them. */
  inputs: Readonly<Record<string, number>> | null;
  /** The period in progress, judged against its paced target. */
  current: boolean;
  /**
   * For a rolled-up period: the target its value is judged against (only the parts it holds,
   * the current one paced), when that differs from `target`.
   */
  comparedTarget?: Target | null;
  /** A rolled-up period that holds fewer periods than it should (or is still in progress). */
  partial?: boolean;
  /** Periods held and periods it should hold, for a rolled-up period. */
  parts?: { held: number; expected: number };
}

/** Metrics given as values with unit count or currency add up; catalogue metrics only if their entry says so. */
export function defaultAggregate(entry: CatalogueEntry | undefined, unit: string): Aggregate {
  if (entry) return entry.amount ? 'sum' : 'average';
  return unit === 'count' || unit === 'currency' ? 'sum' : 'average';
}

function sumTargets(targets: readonly (Target | null)[]): Target | null {
  if (!targets.length || targets.some((t) => t === null)) return null;
  if (targets.every((t) => typeof t === 'number')) return (targets as number[]).reduce((a, b) => a + b, 0);
  if (!targets.every(isRange)) return null;
  const bound = (k: keyof TargetRange) => {
    const vs = (targets as TargetRange[]).map((t) => t[k]);
    return vs.some((v) => v === null) ? null : (vs as number[]).reduce((a, b) => a + b, 0);
  };
  const range = { min: bound('min'), max: bound('max') };
  return range.min === null && range.max === null ? null : range;
}

function averageTargets(targets: readonly (Target | null)[]): Target | null {
  const known = targets.filter((t): t is Target => t !== null);
  if (!known.length) return null;
  if (known.every((t) => typeof t === 'number')) return (known as number[]).reduce((a, b) => a + b, 0) / known.length;
  if (known.every(isRange)) {
    const sum = sumTargets(known);
    if (!isRange(sum)) return null;
    return { min: sum.min === null ? null : sum.min / known.length, max: sum.max === null ? null : sum.max / known.length };
  }
  return known[known.length - 1]!;
}

function scaleTarget(t: Target | null, share: number): Target | null {
  if (t === null) return null;
  if (!isRange(t)) return t * share;
  return { min: t.min === null ? null : t.min * share, max: t.max === null ? null : t.max * share };
}

function aggregateValues(values: readonly number[], how: Aggregate): number | null {
  if (!values.length) return null;
  switch (how) {
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'average':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'last':
      return values[values.length - 1]!;
    case 'min':
      return values.reduce((a, b) => Math.min(a, b));
    case 'max':
      return values.reduce((a, b) => Math.max(a, b));
  }
}

/** A catalogue metric's inputs over several periods, added up as its entry says; null when they do not add up. */
function aggregateInputs(entry: CatalogueEntry, rows: readonly Readonly<Record<string, number>>[]): Record<string, number> | null {
  const how = entry.inputAggregation;
  if (!how || !rows.length) return null;
  const out: Record<string, number> = {};
  for (const name of entry.inputs) {
    const values = rows.map((r) => r[name]);
    if (values.some((v) => typeof v !== 'number')) return null;
    const nums = values as number[];
    out[name] = how[name] === 'first' ? nums[0]! : how[name] === 'last' ? nums[nums.length - 1]! : nums.reduce((a, b) => a + b, 0);
  }
  return out;
}

export interface RollupOptions {
  into: Granularity;
  aggregate: Aggregate;
  /** The catalogue entry, to recompute its formula from summed inputs. */
  metric: string | null;
  /** The metric's own target, for the periods its history does not hold. */
  target: Target | null;
  /** The current period's compared (paced) target. */
  currentCompared: Target | null;
}

/**
 * Adds a series up into months or quarters. Sums add the periods' values and targets; a
 * period that holds only some of its weeks or months is `partial` and judged against the
 * targets of what it holds (the current one paced): "partial periods marked and paced".
 * Averages, `last`, `min` and `max` take the values and average (or last) targets of what
 * it holds. A catalogue metric whose periods all carry `inputs` is recomputed from them (a
 * quarter's cost per lead is its spend over its leads, not the average of three).
 */
export function rollUpSeries(series: readonly SeriesPoint[], o: RollupOptions): SeriesPoint[] {
  const groups = new Map<number, { parent: Period; points: SeriesPoint[] }>();
  for (const p of series) {
    if (!p.period) continue;
    const parent = parentPeriod(p.period, o.into);
    const key = ordinal(parent);
    const g = groups.get(key) ?? { parent, points: [] };
    g.points.push(p);
    groups.set(key, g);
  }
  const entry = o.metric ? catalogueEntry(o.metric) : undefined;
  const out: SeriesPoint[] = [];
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    const { parent, points } = groups.get(key)!;
    const childGranularity = points[0]!.period!.granularity;
    const children = childPeriods(parent, childGranularity);
    const current = points.some((p) => p.current);
    const byOrdinal = new Map(points.map((p) => [ordinal(p.period!), p]));
    const held = points.filter((p) => p.value !== null);
    const values = held.map((p) => p.value!);

    let value: number | null;
    let target: Target | null;
    let compared: Target | null;
    const rows = held.map((p) => p.inputs);
    const recomputed = entry && rows.length && rows.every((r) => r !== null) ? aggregateInputs(entry, rows as Record<string, number>[]) : null;
    if (recomputed && entry) {
      const r = entry.compute(recomputed);
      value = r.value;
      target = averageTargets(held.map((p) => p.target));
      compared = target;
    } else if (o.aggregate === 'sum') {
      value = aggregateValues(values, 'sum');
      // Every period it should hold counts in the whole target; only what it holds (the
      // current one paced, later ones not yet) in the target it is judged against.
      const whole: (Target | null)[] = [];
      const judged: (Target | null)[] = [];
      for (const child of children) {
        const n = ordinal(child);
        const p = byOrdinal.get(n);
        const t = p?.target ?? o.target;
        whole.push(t);
        // Parts missing from the history, and those still to come, are not judged.
        if (p && p.value !== null) judged.push(p.current ? (o.currentCompared ?? t) : t);
      }
      target = sumTargets(whole);
      compared = judged.length ? sumTargets(judged) : scaleTarget(target, 0);
    } else {
      value = aggregateValues(values, o.aggregate);
      target = o.aggregate === 'last' ? (held[held.length - 1]?.target ?? o.target) : averageTargets(held.map((p) => p.target));
      compared = target;
    }
    const heldCount = points.filter((p) => p.value !== null).length;
    const point: SeriesPoint = {
      period: parent,
      value,
      target,
      inputs: recomputed,
      current,
      parts: { held: heldCount, expected: children.length },
    };
    // Not complete: a part missing, or the part in progress.
    if (heldCount < children.length || current) point.partial = true;
    if (!sameTarget(compared, target)) point.comparedTarget = compared;
    out.push(point);
  }
  return out;
}


/** The point for the period before `p` in the series (by period, or by position when unnamed). */
export function previousPoint(series: readonly SeriesPoint[], index: number): SeriesPoint | null {
  const p = series[index];
  if (!p) return null;
  if (!p.period) return series[index - 1] ?? null;
  const before = ordinal(p.period) - 1;
  const q = series[index - 1];
  return q?.period && ordinal(q.period) === before ? q : null;
}

export { changeRatio };

/**
 * Consecutive rises (positive) or falls (negative) ending at the last point, with
 * `lastValue` standing in for its value (a paced period's run rate); a gap, a repeat or
 * a partial period ends the run.
 */
export function streakOf(series: readonly SeriesPoint[], lastValue: number | null): number {
  let streak = 0;
  for (let i = series.length - 1; i > 0; i--) {
    const cur = i === series.length - 1 ? lastValue : series[i]!.value;
    const prev = previousPoint(series, i);
    if (cur === null || !prev || prev.value === null || prev.partial || cur === prev.value) break;
    const step = cur < prev.value ? -1 : 1;
    if (streak !== 0 && Math.sign(streak) !== step) break;
    streak += step;
  }
  return streak;
}

/** The labels of the `count` periods ending at `last`, oldest first. */
export function labelsEndingAt(last: Period, count: number): string[] {
  const end = ordinal(last);
  const out: string[] = [];
  for (let n = end - count + 1; n <= end; n++) out.push(formatPeriod(fromOrdinal(last.granularity, n)));
  return out;
}
