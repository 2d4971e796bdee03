/**
 * The rolling trend: its data schema, validation and the model the element
 * shows. Look at 13 months so this month sits beside the same month last year
 * (domain.md section 3). Pure: no DOM.
 */
import { changeRatio } from './change.js';
import * as z from 'zod/mini';
import { arabicOrdinal, NumberFormatter, periodWords } from './format.js';
import type { PathSegment } from './json-path.js';
import {
  DEFAULT_WINDOW,
  formatPeriod,
  granularityName,
  ordinal,
  parsePeriod,
  previousPeriod,
  sameLastYear as sameLastYearOf,
  windowEndingAt,
  type Granularity,
  type Period,
} from './periods.js';
import { UNITS, type Unit } from './types.js';
import { check, checkFields, checkItems, excerpt, isolateBidi, kindOf, type Problem, type Validated } from './validation.js';

/** Most points a series (or the compare series, or a target list) accepts. 100,000 monthly points is 8,000 years. */
export const MAX_POINTS = 100_000;
/** Largest `window` honoured; longer windows show everything up to this. */
export const MAX_WINDOW = MAX_POINTS;

export const TREND_CHARTS = ['line', 'bar'] as const;
export type TrendChart = (typeof TREND_CHARTS)[number];

const pointSchema = z.object({
  period: z.string(),
  value: z.nullable(z.number()),
});
const targetPointSchema = z.object({
  period: z.string(),
  value: z.number(),
});

/** The shape of a period label (JSON Schema export); the calendar checks (week 53, …) are done by parsePeriod. */
export const PERIOD_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2]|W(?:0[1-9]|[1-4]\d|5[0-3])|Q[1-4])$/;
const documentPoint = z.object({ period: z.string().check(z.regex(PERIOD_PATTERN)), value: z.nullable(z.number()) });

/** The whole document, for JSON Schema export (validation itself is lenient, point by point). */
export const trendDocumentSchema = z.object({
  label: z.optional(z.string()),
  unit: z.optional(z.enum(UNITS)),
  points: z.array(documentPoint).check(z.maxLength(MAX_POINTS)),
  target: z.optional(
    z.union([
      z.number(),
      z.array(z.object({ period: z.string().check(z.regex(PERIOD_PATTERN)), value: z.number() })).check(z.maxLength(MAX_POINTS)),
    ]),
  ),
  compare: z.optional(z.object({ label: z.optional(z.string()), points: z.array(documentPoint).check(z.maxLength(MAX_POINTS)) })),
});

export interface TrendPoint {
  period: string;
  value: number | null;
}

/** A validated point: its parsed period kept for ordering. */
interface ParsedPoint {
  period: Period;
  ordinal: number;
  value: number | null;
}

export interface TrendInput {
  label?: string;
  unit: Unit;
  granularity: Granularity;
  /** Sorted oldest first. */
  points: ParsedPoint[];
  target: number | ParsedPoint[] | null;
  compare: { label?: string; points: ParsedPoint[] } | null;
}

interface SeriesCheck {
  points: ParsedPoint[];
  problems: Problem[];
}

/** Whether a point passes the point schema as it is: an object with a string period and a finite number (or, unless `required`, null) value. */
function isPlainPoint(value: unknown, required: boolean): value is { period: string; value: number | null } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const p = value as { period?: unknown; value?: unknown };
  return typeof p.period === 'string' && ((typeof p.value === 'number' && Number.isFinite(p.value)) || (!required && p.value === null));
}

/**
 * Validates one list of `{ period, value }`: malformed or impossible periods,
 * periods of another granularity and repeated periods are reported with
 * their path and left out; the rest is kept, sorted.
 */
function checkSeries(
  list: unknown,
  path: PathSegment[],
  schema: typeof pointSchema | typeof targetPointSchema,
  granularity: { current: Granularity | null; firstLabel: string | null },
): SeriesCheck {
  if (Array.isArray(list) && list.length > MAX_POINTS) {
    return {
      points: [],
      problems: [{ path, code: 'too-large', limit: MAX_POINTS, actual: list.length, what: 'points' }],
    };
  }
  const seen = new Set<number>();
  const items = checkItems<ParsedPoint>(list, path, (value, itemPath) => {
    let label: string;
    let pointValue: number | null;
    if (isPlainPoint(value, schema === targetPointSchema)) {
      // The common case, checked without zod (the same rules: a string period, a finite number or null).
      label = value.period;
      pointValue = value.value;
    } else {
      const r = check(schema, value, itemPath);
      if (!r.value) return { value: null, problems: r.problems };
      label = r.value.period;
      pointValue = r.value.value;
    }
    const parsed = parsePeriod(label);
    const at = [...itemPath, 'period'];
    if (!parsed.period) {
      const quoted = isolateBidi(label);
      const { say } = parsed.error;
      return { value: null, problems: [{ path: at, code: 'worded', say: (locale, lang) => `${lang === 'ar' ? `«${quoted}»` : `"${quoted}"`} ${say(locale, lang)}` }] };
    }
    const g = parsed.period.granularity;
    if (granularity.current === null) {
      granularity.current = g;
      granularity.firstLabel = label;
    } else if (g !== granularity.current) {
      const want = granularityName(granularity.current);
      const got = granularityName(g);
      return {
        value: null,
        problems: [
          {
            path: at,
            code: 'custom',
            en: `"${isolateBidi(label)}" is in ${got.en}, but this series is in ${want.en} (like "${isolateBidi(granularity.firstLabel ?? '')}"): use one granularity per series`,
            ar: `«${isolateBidi(label)}» من ${got.ar}، لكن هذه السلسلة من ${want.ar} (مثل «${isolateBidi(granularity.firstLabel ?? '')}»): استخدم نوع فترة واحدًا لكل سلسلة`,
          },
        ],
      };
    }
    const n = ordinal(parsed.period);
    if (seen.has(n)) return { value: null, problems: [{ path: at, code: 'duplicate', value: label }] };
    seen.add(n);
    return { value: { period: parsed.period, ordinal: n, value: pointValue }, problems: [] };
  });
  const points = (items.value ?? []).map((i) => i.item).sort((a, b) => a.ordinal - b.ordinal);
  return { points, problems: items.problems };
}

/**
 * Validates a trend document. Bad points are reported and left out; the
 * document is rejected whole only when `points` is unusable.
 */
export function validateTrend(input: unknown): Validated<TrendInput> {
  const top = checkFields(
    {
      label: z.string(),
      unit: z.enum(UNITS),
      points: z.array(z.unknown()),
      target: z.unknown(),
      compare: z.object({ label: z.optional(z.string()), points: z.array(z.unknown()) }),
    },
    input,
    [],
    ['points'],
  );
  if (!top.value) return { value: null, problems: top.problems };
  const problems = [...top.problems];
  const granularity = { current: null as Granularity | null, firstLabel: null as string | null };
  const main = checkSeries(top.value.points, ['points'], pointSchema, granularity);
  problems.push(...main.problems);
  if (main.points.length === 0 && main.problems.length > 0) return { value: null, problems };

  let target: TrendInput['target'] = null;
  const rawTarget = top.value.target;
  if (typeof rawTarget === 'number') {
    // NaN and Infinity (given by the property: JSON has neither) are not a target.
    if (Number.isFinite(rawTarget)) target = rawTarget;
    else problems.push({ path: ['target'], code: 'wrong-type', expected: 'number', got: kindOf(rawTarget), value: excerpt(rawTarget) });
  } else if (Array.isArray(rawTarget)) {
    const t = checkSeries(rawTarget, ['target'], targetPointSchema, granularity);
    problems.push(...t.problems);
    target = t.points;
  } else if (rawTarget !== undefined && rawTarget !== null) {
    problems.push({
      path: ['target'],
      code: 'custom',
      en: `should be a number or a list of { period, value }, but is ${isolateBidi(String(JSON.stringify(rawTarget)).slice(0, 40))}`,
      ar: `يجب أن يكون رقمًا أو قائمة من { period, value }، لكنه ${isolateBidi(String(JSON.stringify(rawTarget)).slice(0, 40))}`,
    });
  }

  let compare: TrendInput['compare'] = null;
  if (top.value.compare) {
    const c = checkSeries(top.value.compare.points, ['compare', 'points'], pointSchema, granularity);
    problems.push(...c.problems);
    compare = { label: top.value.compare.label, points: c.points };
  }

  return {
    value: {
      label: top.value.label,
      unit: top.value.unit ?? 'count',
      granularity: granularity.current ?? 'month',
      points: main.points,
      target,
      compare,
    },
    problems,
  };
}

/** One period of the window, with everything the table and the chart show. */
export interface TrendWindowPoint extends TrendPoint {
  /** The target for this period, or null. */
  target: number | null;
  /** True when there is a value and a target and the value is below it. */
  belowTarget: boolean;
  /** Change on the previous period as a ratio (0.2 = +20 %), or null. */
  change: number | null;
  /** The value of the same period last year (in the data, inside or outside the window), or null. */
  sameLastYear: number | null;
  /** Change on the same period last year as a ratio, or null. */
  yoy: number | null;
  /** The compare series' value for this period, or null. */
  compare: number | null;
}

export interface TrendModel {
  label: string | null;
  unit: Unit;
  granularity: Granularity;
  /** The latest period in the data and its value (null when that period's value is missing). */
  latest: TrendPoint | null;
  /** The period before the latest one (a gap gives a null value). */
  previous: TrendPoint | null;
  /** The same period one year before the latest (12 months, 4 quarters, 52 or 53 weeks). */
  sameLastYear: TrendPoint | null;
  /** Change of the latest on the previous period, as a ratio; null when not computable. */
  mom: number | null;
  /** Change of the latest on the same period last year, as a ratio; null when not computable. */
  yoy: number | null;
  /** The periods shown, oldest first, ending at the latest; gaps have value null. */
  window: TrendWindowPoint[];
  /** Periods in the window whose value is below their target. */
  belowTarget: string[];
  /** Consecutive falls (negative) or rises (positive) ending at the latest period, 0 when level or unknown. */
  streak: number;
  /** The compare series' label, when there is one. */
  compareLabel: string | null;
  hasTarget: boolean;
  hasCompare: boolean;
  /** One sentence a reader can act on, in the locale's language. */
  headline: string;
}

export interface TrendOptions {
  /** Periods shown; null for the default of the granularity. */
  window?: number | null;
  locale?: string;
}

export { changeRatio };

/** Builds the model shown (and exposed as `result`). */
export function buildTrendModel(input: TrendInput, options: TrendOptions = {}): TrendModel {
  const g = input.granularity;
  const values = new Map<number, number | null>(input.points.map((p) => [p.ordinal, p.value]));
  const valueOf = (p: Period) => values.get(ordinal(p)) ?? null;
  const compareValues = new Map<number, number | null>((input.compare?.points ?? []).map((p) => [p.ordinal, p.value]));
  const targetValues = Array.isArray(input.target) ? new Map(input.target.map((p) => [p.ordinal, p.value])) : null;
  const targetOf = (n: number): number | null =>
    typeof input.target === 'number' ? input.target : (targetValues?.get(n) ?? null);

  const last = input.points[input.points.length - 1];
  const locale = options.locale ?? 'en';
  if (!last) {
    return {
      label: input.label ?? null, unit: input.unit, granularity: g,
      latest: null, previous: null, sameLastYear: null, mom: null, yoy: null,
      window: [], belowTarget: [], streak: 0, compareLabel: input.compare?.label ?? null,
      hasTarget: input.target !== null, hasCompare: input.compare !== null,
      headline: headlineSentence({ granularity: g, latest: null, streak: 0, mom: null, yoy: null, locale }),
    };
  }
  const latestPeriod = last.period;
  const prevPeriod = previousPeriod(latestPeriod);
  const lastYearPeriod = sameLastYearOf(latestPeriod);
  const latest: TrendPoint = { period: formatPeriod(latestPeriod), value: last.value };
  const previous: TrendPoint = { period: formatPeriod(prevPeriod), value: valueOf(prevPeriod) };
  const sameLastYear: TrendPoint = { period: formatPeriod(lastYearPeriod), value: valueOf(lastYearPeriod) };
  const mom = changeRatio(latest.value, previous.value);
  const yoy = changeRatio(latest.value, sameLastYear.value);

  const size = Math.min(MAX_WINDOW, options.window && options.window > 0 ? Math.floor(options.window) : DEFAULT_WINDOW[g]);
  const window: TrendWindowPoint[] = windowEndingAt(latestPeriod, size).map((p) => {
    const n = ordinal(p);
    const value = values.get(n) ?? null;
    const target = targetOf(n);
    const before = values.get(n - 1) ?? null;
    const lastYear = valueOf(sameLastYearOf(p));
    return {
      period: formatPeriod(p),
      value,
      target,
      belowTarget: value !== null && target !== null && value < target,
      change: changeRatio(value, before),
      sameLastYear: lastYear,
      yoy: changeRatio(value, lastYear),
      compare: compareValues.get(n) ?? null,
    };
  });

  // Consecutive falls or rises ending at the latest period; a gap ends the run.
  let streak = 0;
  for (let n = last.ordinal; ; n--) {
    const cur = values.get(n) ?? null;
    const prev = values.get(n - 1) ?? null;
    if (cur === null || prev === null || cur === prev) break;
    const step = cur < prev ? -1 : 1;
    if (streak !== 0 && Math.sign(streak) !== step) break;
    streak += step;
  }

  return {
    label: input.label ?? null,
    unit: input.unit,
    granularity: g,
    latest,
    previous,
    sameLastYear,
    mom,
    yoy,
    window,
    belowTarget: window.filter((w) => w.belowTarget).map((w) => w.period),
    streak,
    compareLabel: input.compare ? (input.compare.label ?? null) : null,
    hasTarget: input.target !== null,
    hasCompare: input.compare !== null,
    headline: headlineSentence({ granularity: g, latest, streak, mom, yoy, locale }),
  };
}

/* ---------- The headline sentence ---------- */

const UNIT_WORDS = {
  en: {
    month: { one: 'month', other: 'months', previous: 'the previous month', lastYear: 'the same month last year' },
    week: { one: 'week', other: 'weeks', previous: 'the previous week', lastYear: 'the same week last year' },
    quarter: { one: 'quarter', other: 'quarters', previous: 'the previous quarter', lastYear: 'the same quarter last year' },
  },
  ar: {
    // A run is counted by its latest period: «للشهر الثالث على التوالي».
    month: { noun: 'شهر', previous: 'الشهر السابق', lastYear: 'الشهر نفسه من العام الماضي' },
    week: { noun: 'أسبوع', previous: 'الأسبوع السابق', lastYear: 'الأسبوع نفسه من العام الماضي' },
    quarter: { noun: 'ربع', previous: 'الربع السابق', lastYear: 'الربع نفسه من العام الماضي' },
  },
} as const;

/** The preposition لـ joined to a definite noun: ل + الشهر = «للشهر» (the alif of ال drops). */
function toNoun(definite: string): string {
  return definite.startsWith('ال') ? `لل${definite.slice(2)}` : `لـ${definite}`;
}

interface HeadlineFacts {
  granularity: Granularity;
  latest: TrendPoint | null;
  streak: number;
  mom: number | null;
  yoy: number | null;
  locale: string;
}

/**
 * One sentence: the run of falls or rises (or the change on the previous
 * period), joined by "but" or "and" to the change on the same period last
 * year. "Down 3 months in a row, but 20% above the same month last year."
 */
export function headlineSentence(f: HeadlineFacts): string {
  const arabic = f.locale.toLowerCase().startsWith('ar');
  const fmt = new NumberFormatter(f.locale);
  const pct = (r: number) => fmt.percent(Math.abs(r));
  const count = (n: number) => fmt.count(n);
  if (arabic) {
    const w = UNIT_WORDS.ar[f.granularity];
    if (!f.latest) return 'لا توجد بيانات بعد.';
    if (f.latest.value === null) {
      const { period } = parsePeriod(f.latest.period);
      return `لا توجد قيمة بعد لآخر فترة (${period ? periodWords(period, f.locale) : f.latest.period}).`;
    }
    let first: string | null = null;
    let direction = 0;
    if (Math.abs(f.streak) >= 2) {
      direction = Math.sign(f.streak);
      first = `${direction < 0 ? 'تراجع' : 'ارتفع'} لل${w.noun} ${arabicOrdinal(Math.abs(f.streak), f.locale)} على التوالي`;
    } else if (f.mom !== null) {
      direction = Math.sign(f.mom);
      first = direction === 0 ? `مساوٍ ${toNoun(w.previous)}` : `${direction < 0 ? 'أقل' : 'أعلى'} بنسبة ${pct(f.mom)} من ${w.previous}`;
    }
    let second: string | null = null;
    if (f.yoy !== null) {
      second = f.yoy === 0 ? `مساوٍ ${toNoun(w.lastYear)}` : `${f.yoy < 0 ? 'أقل' : 'أعلى'} بنسبة ${pct(f.yoy)} من ${w.lastYear}`;
    }
    if (first && second) {
      const contrast = direction !== 0 && f.yoy !== 0 && Math.sign(f.yoy!) !== direction;
      return `${first}، ${contrast ? 'لكنه' : 'وهو'} ${second}.`;
    }
    if (first) return `${first}؛ لا توجد قيمة ${toNoun(w.lastYear)} للمقارنة.`;
    if (second) return `${second[0]!.toUpperCase()}${second.slice(1)}.`;
    return 'لا توجد بيانات كافية للمقارنة بعد.';
  }
  const w = UNIT_WORDS.en[f.granularity];
  if (!f.latest) return 'No data yet.';
  if (f.latest.value === null) {
    const { period } = parsePeriod(f.latest.period);
    return `No value for the latest period (${period ? periodWords(period, f.locale) : f.latest.period}) yet.`;
  }
  let first: string | null = null;
  let direction = 0;
  if (Math.abs(f.streak) >= 2) {
    direction = Math.sign(f.streak);
    first = `${direction < 0 ? 'Down' : 'Up'} ${count(Math.abs(f.streak))} ${w.other} in a row`;
  } else if (f.mom !== null) {
    direction = Math.sign(f.mom);
    first = direction === 0 ? `Level with ${w.previous}` : `${direction < 0 ? 'Down' : 'Up'} ${pct(f.mom)} on ${w.previous}`;
  }
  let second: string | null = null;
  if (f.yoy !== null) {
    second = f.yoy === 0 ? `level with ${w.lastYear}` : `${pct(f.yoy)} ${f.yoy < 0 ? 'below' : 'above'} ${w.lastYear}`;
  }
  if (first && second) {
    const contrast = direction !== 0 && f.yoy !== 0 && Math.sign(f.yoy!) !== direction;
    return `${first}, ${contrast ? 'but' : 'and'} ${second}.`;
  }
  if (first) return `${first}; no value for ${w.lastYear} to compare.`;
  if (second) return `${second[0]!.toUpperCase()}${second.slice(1)}.`;
  return 'Not enough data to compare yet.';
}
