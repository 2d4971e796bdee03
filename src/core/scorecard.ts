/**
 * The revenue-team scorecard: its data schema, its validation, and the model the
 * element shows. Pure: no DOM. The element feeds it validated data and renders the model.
 *
 * Time (README, "Periods and pacing"): every metric is paced in its own period. With
 * `asOf`, a weekly metric is judged against the share of its week's target that the
 * working days so far make due, a monthly one against its month's, a quarterly one against
 * its quarter's. History gives the periods before it; `rollup` adds weeks up into months or
 * quarters. Goals (README, "Goals and the meeting"): a number or a range, each metric with
 * its own at-risk threshold; the metrics off track become the meeting's items to discuss,
 * worst first, each with how far it falls short.
 */
import * as z from 'zod/mini';
import { arabicGenitive, CATALOGUE_KEYS, catalogueEntry, checkInputs, type CatalogueEntry, type CatalogueKey } from './catalogue.js';
import {
  CADENCE_GRANULARITY,
  GRANULARITY_CADENCE,
  WEEKDAYS,
  daysOf,
  elapsedShare,
  isCoarser,
  localeWorkWeek,
  periodHolding,
  type Elapsed,
  type WorkWeek,
} from './calendar.js';
import { civilFromDays, formatDay, parseDay, type Weekday } from './days.js';
import { arabicCount, dayWords, periodWords, type ArabicForms } from './format.js';
import type { PathSegment } from './json-path.js';
import { formatPeriod, fromOrdinal, ordinal, parsePeriod, type Granularity, type Period } from './periods.js';
import {
  AGGREGATES,
  ROLLUPS,
  changeRatio,
  defaultAggregate,
  previousPoint,
  rollUpSeries,
  streakOf,
  type Aggregate,
  type Rollup,
  type SeriesPoint,
} from './scorecard-time.js';
import { DEFAULT_AT_RISK, isRange, metricStatus, sameTarget, shortfall, type RangePosition, type Target } from './status.js';
import {
  CADENCES, DIRECTIONS, INDICATORS, UNITS,
  type Cadence, type Computed, type Direction, type Indicator, type MissingReason, type Status, type Unit,
} from './types.js';
import { check, checkFields, checkItems, kindOf, MAX_TEXT_LENGTH, type Problem, type Validated } from './validation.js';

export { AGGREGATES, ROLLUPS, type Aggregate, type Rollup };

export const GROUP_BY = ['group', 'indicator', 'none'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export const LAYOUTS = ['cards', 'grid'] as const;
/** `cards` (default) or `grid`: the weekly meeting's table, one row per metric, one column per period. */
export type Layout = (typeof LAYOUTS)[number];

export const DISCUSS = ['off-track', 'at-risk'] as const;
/** Which metrics become items to discuss: off track (default), or at risk too. */
export type DiscussLevel = (typeof DISCUSS)[number];

/** Known departments, in the order a revenue-team meeting reads them. */
export const KNOWN_GROUPS = ['marketing', 'sales', 'service'] as const;

/** Most metrics a scorecard accepts; a good one holds 8 to 15 (README). */
export const MAX_METRICS = 1000;

/** Most points a metric's history (its sparkline, its grid row) takes: 20 years of weeks. */
export const MAX_HISTORY = 1000;

/** Most holidays a scorecard lists: decades of them. */
export const MAX_HOLIDAYS = 2000;

/** Periods of history the grid shows by default: this week beside the same week a quarter ago. */
export const DEFAULT_GRID_PERIODS = 13;

const finite = () => z.number();
/** Text that is shown: never empty when given, never longer than MAX_TEXT_LENGTH. */
const shownText = () => z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH));

/** A goal as a range: inside is on track (either bound may be left out). */
const rangeSchema = z.object({ min: z.optional(finite()), max: z.optional(finite()) });
/** A number, or a range `{ min, max }`. */
const targetSchema = z.union([finite(), rangeSchema]);
const thresholdsSchema = z.object({
  atRisk: z.optional(z.number().check(z.gt(0), z.lt(1))),
});
/** One period of a metric's history. */
const historyEntrySchema = z.object({
  period: z.string().check(z.maxLength(16)),
  value: z.optional(z.nullable(finite())),
  target: z.optional(z.nullable(targetSchema)),
  inputs: z.optional(z.record(z.string(), finite())),
});
/** A history item: a number (oldest first, the current period last) or a period entry. */
const historyItemSchema = z.union([z.nullable(finite()), historyEntrySchema]);

/** What a metric is: when one of these is wrong, the metric cannot be shown and is left out (and reported). */
const metricCoreShape = {
  id: z.optional(shownText()),
  metric: z.optional(z.enum(CATALOGUE_KEYS)),
  label: z.optional(shownText()),
  group: z.optional(shownText()),
  indicator: z.optional(z.enum(INDICATORS)),
  cadence: z.optional(z.enum(CADENCES)),
  unit: z.optional(z.enum(UNITS)),
  actual: z.optional(z.nullable(finite())),
  target: z.optional(z.nullable(targetSchema)),
  direction: z.optional(z.enum(DIRECTIONS)),
  owner: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
  inputs: z.optional(z.record(z.string(), finite())),
};
/** What a metric carries beside: a wrong one is reported and left out, the metric still shown. */
const metricExtraShape = {
  pace: z.optional(z.boolean()),
  elapsed: z.optional(z.number().check(z.gt(0), z.lte(1))),
  previous: z.optional(z.nullable(finite())),
  thresholds: z.optional(thresholdsSchema),
  note: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
  aggregate: z.optional(z.enum(AGGREGATES)),
};
const metricCoreSchema = z.object(metricCoreShape);

export const metricSchema = z.object({
  ...metricCoreShape,
  ...metricExtraShape,
  history: z.optional(z.array(historyItemSchema).check(z.maxLength(MAX_HISTORY))),
});
export type ScorecardMetricInput = z.infer<typeof metricSchema>;

const weekdaySchema = () => z.int().check(z.gte(1), z.lte(7));
const periodSchema = z.object({
  label: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
  elapsed: z.optional(z.number().check(z.gt(0), z.lte(1))),
  cadence: z.optional(z.enum(CADENCES)),
});

/** The top level of a scorecard document; `metrics` items are checked one by one. */
const documentShape = {
  title: z.string().check(z.maxLength(MAX_TEXT_LENGTH)),
  period: periodSchema,
  thresholds: thresholdsSchema,
  asOf: z.string().check(z.maxLength(10)),
  weekStart: weekdaySchema(),
  workdays: z.array(weekdaySchema()).check(z.minLength(1), z.maxLength(7)),
  holidays: z.array(z.string().check(z.maxLength(10))).check(z.maxLength(MAX_HOLIDAYS)),
  metrics: z.array(z.unknown()),
};

/** The whole document, for JSON Schema export (validation itself is lenient, item by item). */
export const scorecardDocumentSchema = z.object({
  title: z.optional(documentShape.title),
  period: z.optional(documentShape.period),
  thresholds: z.optional(documentShape.thresholds),
  asOf: z.optional(documentShape.asOf),
  weekStart: z.optional(documentShape.weekStart),
  workdays: z.optional(documentShape.workdays),
  holidays: z.optional(documentShape.holidays),
  metrics: z.array(metricSchema).check(z.maxLength(MAX_METRICS)),
});

/** A scorecard document as a page or a back end writes it. */
export type ScorecardInput = z.input<typeof scorecardDocumentSchema>;

/** A metric's history once read: period entries (sorted) or numbers (the current period last). */
export type MetricHistory =
  | { kind: 'none' }
  | { kind: 'values'; values: (number | null)[] }
  | { kind: 'periods'; granularity: Granularity; points: HistoryEntry[] };

export interface HistoryEntry {
  period: Period;
  value: number | null;
  target: Target | null;
  inputs: Readonly<Record<string, number>> | null;
}

/** How a paced metric knows how far into its period the scorecard is. */
export type PacingSource = 'metric' | 'asOf' | 'period';

export interface ValidMetric {
  index: number;
  item: ScorecardMetricInput;
  /** The metric's cadence, or the granularity its history is written in. */
  cadence: Cadence | null;
  history: MetricHistory;
  /** Where a paced metric's elapsed share comes from; null when not paced or nothing covers it. */
  pacing: PacingSource | null;
  /** `pace` is on but nothing says how far into the period we are: judged "not rated", never against another cadence's share. */
  paceUncovered: boolean;
  /** An input of the formula is invalid (negative, or a part larger than its whole). */
  invalidInput: string | null;
}

/** A scorecard that passed validation (invalid metrics and fields left out, each reported). */
export interface ValidatedScorecard {
  title?: string;
  period?: z.infer<typeof periodSchema>;
  thresholds?: z.infer<typeof thresholdsSchema>;
  /** The day the scorecard is as of, as a day number (days.ts). */
  asOf: number | null;
  week: WorkWeek;
  /** Where the week came from: the data, or the locale (for the details and the README). */
  weekFromData: boolean;
  metrics: ValidMetric[];
}

export interface ScorecardValidationOptions {
  /** The element's locale: its week (first day, working days) where the data gives none. */
  locale?: string;
  rollup?: Rollup;
}

const problem = (path: PathSegment[], en: string, ar: string): Problem => ({ path, code: 'custom', en, ar });
const worded = (path: PathSegment[], say: (locale: string, lang: 'en' | 'ar') => string): Problem => ({ path, code: 'worded', say });
const num = (locale: string, n: number) => new Intl.NumberFormat(locale).format(n);

/** `metrics`: the Arabic adjective as metrics take it (feminine plural, definite): «المؤشرات الأسبوعية». */
const CADENCE_WORDS: Record<Cadence, { en: string; ar: string; metrics: string; period: { en: string; ar: string } }> = {
  weekly: { en: 'weekly', ar: 'أسبوعي', metrics: 'الأسبوعية', period: { en: 'week', ar: 'الأسبوع' } },
  monthly: { en: 'monthly', ar: 'شهري', metrics: 'الشهرية', period: { en: 'month', ar: 'الشهر' } },
  quarterly: { en: 'quarterly', ar: 'ربع سنوي', metrics: 'الربع سنوية', period: { en: 'quarter', ar: 'الربع' } },
};
/** Periods counted in Arabic: «٣ أسابيع», «شهران», «١١ شهرًا». */
const AR_PERIODS: Record<Granularity, ArabicForms & { noun: string; plural: string; definite: string }> = {
  week: { one: 'أسبوع واحد', two: 'أسبوعين', few: '{n} أسابيع', many: '{n} أسبوعًا', other: '{n} أسبوع', noun: 'أسبوع', plural: 'أسابيع', definite: 'الأسبوع' },
  month: { one: 'شهر واحد', two: 'شهرين', few: '{n} أشهر', many: '{n} شهرًا', other: '{n} شهر', noun: 'شهر', plural: 'أشهر', definite: 'الشهر' },
  quarter: { one: 'ربع واحد', two: 'ربعين', few: '{n} أرباع', many: '{n} ربعًا', other: '{n} ربع', noun: 'ربع', plural: 'أرباع', definite: 'الربع' },
};
const GRANULARITY_WORDS: Record<Granularity, { en: string; ar: string; label: string }> = {
  week: { en: 'an ISO week', ar: 'أسبوع ISO', label: 'YYYY-Www' },
  month: { en: 'a month', ar: 'شهر', label: 'YYYY-MM' },
  quarter: { en: 'a quarter', ar: 'ربع سنة', label: 'YYYY-Qn' },
};

/** Reads a metric's history item by item: bad entries are reported and left out, the metric kept. */
function readHistory(raw: unknown[] | undefined, cadence: Cadence | null, path: PathSegment[], problems: Problem[]): MetricHistory {
  if (!raw || raw.length === 0) return { kind: 'none' };
  const hp = [...path, 'history'];
  const numbers = raw.some((v) => v === null || typeof v === 'number');
  const entries = raw.some((v) => v !== null && typeof v === 'object');
  if (numbers && entries) {
    problems.push(problem(hp, 'mixes numbers and period entries: give every entry a period, or none', 'يخلط الأرقام بإدخالات الفترات: أعطِ كل إدخال فترة، أو لا تعطِ أيًا منها'));
    return { kind: 'none' };
  }
  if (numbers) return { kind: 'values', values: raw as (number | null)[] };
  const expected = cadence ? CADENCE_GRANULARITY[cadence] : null;
  let granularity: Granularity | null = expected;
  const seen = new Set<number>();
  const points: HistoryEntry[] = [];
  raw.forEach((item, i) => {
    const ip = [...hp, i];
    const r = check(historyEntrySchema, item, ip);
    if (!r.value) {
      problems.push(...r.problems);
      return;
    }
    const { period, error } = parsePeriod(r.value.period);
    if (!period) {
      const label = r.value.period;
      problems.push(worded([...ip, 'period'], (locale, lang) => `${lang === 'ar' ? `«${label}»` : `"${label}"`} ${error.say(locale, lang)}`));
      return;
    }
    granularity ??= period.granularity;
    if (period.granularity !== granularity) {
      const want = GRANULARITY_WORDS[granularity];
      const got = GRANULARITY_WORDS[period.granularity];
      problems.push(cadence
        ? problem([...ip, 'period'],
          `"${r.value.period}" is ${got.en}, but this metric is ${CADENCE_WORDS[cadence].en}: its history needs ${want.en} per entry (${want.label})`,
          `«${r.value.period}» ${got.ar}، لكن هذا المؤشر ${CADENCE_WORDS[cadence].ar}: يحتاج سجله إلى ${want.ar} لكل إدخال (${want.label})`)
        : problem([...ip, 'period'],
          `"${r.value.period}" is ${got.en}, but the entries before it are ${want.en} each: one granularity per history`,
          `«${r.value.period}» ${got.ar}، لكن كل إدخال قبله ${want.ar}: نوع واحد من الفترات في السجل`));
      return;
    }
    const n = ordinal(period);
    if (seen.has(n)) {
      problems.push({ path: [...ip, 'period'], code: 'duplicate', value: r.value.period });
      return;
    }
    const target = r.value.target ?? null;
    if (isRange(target as Target | null) && !rangeOk(target as { min?: number; max?: number }, [...ip, 'target'], problems)) return;
    seen.add(n);
    points.push({
      period,
      value: r.value.value ?? null,
      target: target === null ? null : normaliseTarget(target),
      inputs: r.value.inputs ?? null,
    });
  });
  if (!points.length || granularity === null) return { kind: 'none' };
  points.sort((a, b) => ordinal(a.period) - ordinal(b.period));
  return { kind: 'periods', granularity, points };
}

function normaliseTarget(t: number | { min?: number; max?: number }): Target {
  return typeof t === 'number' ? t : { min: t.min ?? null, max: t.max ?? null };
}

/** A range needs a bound, and `min` at most `max`. */
function rangeOk(t: { min?: number; max?: number }, path: PathSegment[], problems: Problem[]): boolean {
  if (t.min === undefined && t.max === undefined) {
    problems.push(problem(path, 'is a range with neither min nor max: give one or both', 'نطاق بلا حد أدنى ولا أعلى: أعطِ أحدهما أو كليهما'));
    return false;
  }
  if (t.min !== undefined && t.max !== undefined && t.min > t.max) {
    const { min, max } = t;
    problems.push(worded(path, (locale, lang) => lang === 'ar'
      ? `نطاق حده الأدنى (${num(locale, min)}) أكبر من حده الأقصى (${num(locale, max)})`
      : `is a range whose min (${num(locale, min)}) is above its max (${num(locale, max)})`));
    return false;
  }
  return true;
}

/** May this metric be paced? Only amounts that add up over a period. */
function paceable(m: ScorecardMetricInput, entry: CatalogueEntry | undefined): boolean {
  if (entry) return entry.amount;
  const unit = m.unit ?? 'count';
  return unit === 'count' || unit === 'currency';
}

/**
 * Validates a scorecard document. Invalid metrics are reported and left out; invalid extras
 * of a metric (a note too long, a bad history entry) are reported and left out, the metric
 * kept; the document is only rejected whole when it has no usable `metrics` list.
 */
export function validateScorecard(input: unknown, options: ScorecardValidationOptions = {}): Validated<ValidatedScorecard> {
  const top = checkFields(documentShape, input, [], ['metrics']);
  if (!top.value) return { value: null, problems: top.problems };
  // An empty week says what is missing, not "must be at least 1".
  const problems = top.problems.map((p) => p.code === 'too-small' && p.path.length === 1 && p.path[0] === 'workdays'
    ? problem(['workdays'], 'must name at least one working day (1 = Monday ... 7 = Sunday): the default week is used', 'يجب أن يتضمن يوم عمل واحدًا على الأقل (1 = الاثنين … 7 = الأحد): يُستخدم أسبوع العمل الافتراضي')
    : p);
  const doc = top.value;
  const raw = doc.metrics ?? [];
  if (raw.length > MAX_METRICS) {
    return { value: null, problems: [...problems, { path: ['metrics'], code: 'too-large', limit: MAX_METRICS, actual: raw.length, what: 'metrics' }] };
  }

  // The calendar the metrics are paced on.
  let asOf: number | null = null;
  if (doc.asOf !== undefined) {
    const r = parseDay(doc.asOf);
    const text = doc.asOf;
    if (r.days === null) {
      const say = r.error;
      problems.push(worded(['asOf'], (locale, lang) => `${lang === 'ar' ? `«${text}»` : `"${text}"`} ${say(locale, lang)}`));
    } else asOf = r.days;
  }
  const workdays = doc.workdays ? uniqueWorkdays(doc.workdays, problems) : null;
  const holidays = new Set<number>();
  doc.holidays?.forEach((text, i) => {
    const r = parseDay(text);
    if (r.days === null) {
      const say = r.error;
      problems.push(worded(['holidays', i], (locale, lang) => `${lang === 'ar' ? `«${text}»` : `"${text}"`} ${say(locale, lang)}`));
    } else holidays.add(r.days);
  });
  const localeWeek = localeWorkWeek(options.locale ?? 'en');
  const week: WorkWeek = {
    weekStart: (doc.weekStart as Weekday | undefined) ?? localeWeek.weekStart,
    workdays: new Set(workdays ?? localeWeek.workdays),
    holidays,
  };

  const seen = new Set<string>();
  const items = checkItems(raw, ['metrics'], (value, path) => {
    const core = check(metricCoreSchema, value, path);
    if (!core.value) return { value: null, problems: core.problems };
    const extra = checkFields(metricExtraShape, value, path);
    const out: Problem[] = [...extra.problems];
    const m: ScorecardMetricInput = { ...core.value, ...extra.value };
    if (!m.label && !m.metric && !m.id) return { value: null, problems: [{ path: [...path, 'label'], code: 'required' }] };
    const id = metricId(m, path[path.length - 1] as number);
    if (seen.has(id)) return { value: null, problems: [{ path: [...path, 'id'], code: 'duplicate', value: id }] };
    if (isRange(m.target as Target | null | undefined) && !rangeOk(m.target as { min?: number; max?: number }, [...path, 'target'], out)) {
      return { value: null, problems: out };
    }
    seen.add(id);
    const entry = m.metric ? catalogueEntry(m.metric) : undefined;
    let invalidInput: string | null = null;
    // A catalogue metric without `actual` needs every input of its formula.
    if (entry && m.actual === undefined) {
      const needed = (p: PathSegment[]) => worded(p, (_, lang) => lang === 'ar'
        ? `مطلوب لحساب ${entry.label.ar}`
        : `is needed to compute ${entry.label.en} (${entry.formula})`);
      // Without an `inputs` object at all, the problem is the object itself: a path points
      // at a place in the document (`inputs`), not inside one that is missing.
      if (m.inputs === undefined && !historyHasInputs(value)) out.push(needed([...path, 'inputs']));
      const given = m.inputs;
      for (const name of given === undefined ? [] : entry.inputs) {
        if (typeof given![name] !== 'number') out.push(needed([...path, 'inputs', name]));
      }
    }
    if (entry && m.inputs) {
      for (const p of checkInputs(entry, m.inputs)) {
        invalidInput ??= p.input;
        out.push(inputProblem(entry, p, [...path, 'inputs', p.input]));
      }
    }
    if (m.pace && !paceable(m, entry)) {
      const label = { en: m.label ?? entry?.label.en, ar: m.label ?? entry?.label.ar };
      out.push(problem([...path, 'pace'],
        `is only for amounts that add up over the period (counts and money)${label.en ? `; ${label.en}` : '; this metric'} is ${entry ? 'a rate or an average' : `measured in ${m.unit}`}, so it is judged as it stands, not against a share of its target`,
        `يقتصر على الكميات التي تتراكم خلال الفترة (الأعداد والمبالغ)؛ ${label.ar ? `«${label.ar}»` : 'هذا المؤشر'} ${entry ? 'معدل أو متوسط' : `وحدته ${m.unit}`}، لذا يُقيَّم كما هو، لا مقابل حصة من هدفه`));
      delete m.pace;
    }
    const cadence = m.cadence ?? null;
    const rawHistory = (value as { history?: unknown }).history;
    let history: MetricHistory = { kind: 'none' };
    if (rawHistory !== undefined) {
      if (!Array.isArray(rawHistory)) {
        out.push({ path: [...path, 'history'], code: 'wrong-type', expected: 'array', got: kindOf(rawHistory) });
      } else if (rawHistory.length > MAX_HISTORY) {
        out.push({ path: [...path, 'history'], code: 'too-large', limit: MAX_HISTORY, actual: rawHistory.length, what: 'items' });
      } else {
        history = readHistory(rawHistory, cadence, path, out);
      }
    }
    const effective = cadence ?? (history.kind === 'periods' ? GRANULARITY_CADENCE[history.granularity] : null);
    const valid: ValidMetric = { index: 0, item: m, cadence: effective, history, pacing: null, paceUncovered: false, invalidInput };
    return { value: valid, problems: out };
  });
  problems.push(...items.problems);
  const metrics = (items.value ?? []).map(({ index, item }) => ({ ...item, index }));

  // Which elapsed share paces each paced metric: its own, the asOf date's in its cadence, or
  // the document's `period.elapsed` where that applies (its cadence, or a one-cadence scorecard).
  const cadences = new Set(metrics.map((v) => v.cadence).filter((c) => c !== null));
  const period = doc.period;
  for (const v of metrics) {
    const path: PathSegment[] = ['metrics', v.index];
    if (v.history.kind === 'periods' && asOf !== null && v.cadence) {
      const current = periodHolding(asOf, CADENCE_GRANULARITY[v.cadence], week.weekStart);
      const after = v.history.points.filter((p) => ordinal(p.period) > ordinal(current));
      for (const p of after) {
        const i = historyIndex(input, v.index, p.period);
        const words = CADENCE_WORDS[v.cadence];
        const day = asOf;
        const { year, month, day: d } = civilFromDays(day);
        problems.push(worded([...path, 'history', i, 'period'], (locale, lang) => lang === 'ar'
          ? `«${formatPeriod(p.period)}» بعد ${words.period.ar} الذي يقع فيه تاريخ asOf ‏(${periodWords(current, locale)}، حتى ${dayWords(year, month, d, locale)}): استُبعد`
          : `"${formatPeriod(p.period)}" is after the ${words.period.en} of asOf (${formatPeriod(current)}, as of ${formatDay(day)}): left out`));
      }
      if (after.length) {
        const kept = v.history.points.filter((p) => ordinal(p.period) <= ordinal(current));
        // Every entry after asOf: no history left, as if none were given (each one said why).
        if (kept.length) v.history.points = kept;
        else v.history = { kind: 'none' };
      }
    }
    if (!v.item.pace) continue;
    if (v.item.elapsed !== undefined) v.pacing = 'metric';
    else if (asOf !== null && v.cadence) v.pacing = 'asOf';
    else if (period?.elapsed !== undefined && (period.cadence ? period.cadence === v.cadence : cadences.size <= 1)) v.pacing = 'period';
    else {
      v.paceUncovered = true;
      const which = v.cadence ? CADENCE_WORDS[v.cadence].period : { en: 'period', ar: 'الفترة' };
      const hint = asOf !== null
        ? { en: 'give it a cadence (or its own elapsed share)', ar: 'أعطه دورية (أو حصته المنقضية elapsed)' }
        : { en: 'give the scorecard an asOf date (YYYY-MM-DD), or the metric its own elapsed share', ar: 'أعطِ بطاقة الأداء تاريخ asOf ‏(YYYY-MM-DD)، أو أعطِ المؤشر حصته المنقضية elapsed' };
      problems.push(problem([...path, 'pace'],
        `is on, but nothing says how far into its ${which.en} the scorecard is${period?.elapsed !== undefined ? ` (period.elapsed is for ${period.cadence ? `${CADENCE_WORDS[period.cadence].en} metrics` : 'a scorecard of one cadence'})` : ''}: ${hint.en}. Shown as not rated until then`,
        `مفعَّل، لكن لا شيء يبيّن إلى أين وصلت بطاقة الأداء في ${which.ar}${period?.elapsed !== undefined ? ` (period.elapsed ${period.cadence ? `للمؤشرات ${CADENCE_WORDS[period.cadence].metrics}` : 'لبطاقة أداء ذات دورية واحدة'})` : ''}: ${hint.ar}. يُعرض غير مُقيَّم حتى ذلك الحين`));
    }
  }

  // A roll-up needs history that fills a period (or reaches the one in progress).
  const rollInto = options.rollup && options.rollup !== 'none' ? options.rollup : null;
  if (rollInto) {
    for (const v of metrics) {
      const g = v.cadence ? CADENCE_GRANULARITY[v.cadence] : null;
      if (!g || !isCoarser(rollInto, g)) continue;
      const short = rollupShortfall(v, rollInto, asOf, week);
      if (short) problems.push(short);
    }
  }

  return {
    value: {
      title: doc.title,
      period: doc.period,
      thresholds: doc.thresholds,
      asOf,
      week,
      weekFromData: doc.weekStart !== undefined || doc.workdays !== undefined,
      metrics,
    },
    problems,
  };
}

/** Where a history entry for `period` sits in the raw document, for its path. */
function historyIndex(input: unknown, metricIndex: number, period: Period): number {
  const raw = (input as { metrics: { history?: unknown[] }[] }).metrics[metricIndex]?.history ?? [];
  const label = formatPeriod(period);
  return Math.max(0, raw.findIndex((e) => e !== null && typeof e === 'object' && (e as { period?: unknown }).period === label));
}

function historyHasInputs(value: unknown): boolean {
  const h = (value as { history?: unknown }).history;
  return Array.isArray(h) && h.some((e) => e !== null && typeof e === 'object' && (e as { inputs?: unknown }).inputs !== undefined);
}

function uniqueWorkdays(days: number[], problems: Problem[]): Weekday[] | null {
  const seen = new Set<number>();
  let ok = true;
  days.forEach((d, i) => {
    if (seen.has(d)) {
      problems.push({ path: ['workdays', i], code: 'duplicate', value: String(d) });
      ok = false;
    }
    seen.add(d);
  });
  return ok ? WEEKDAYS.filter((d) => seen.has(d)) : null;
}

function inputProblem(entry: CatalogueEntry, p: ReturnType<typeof checkInputs>[number], path: PathSegment[]): Problem {
  const term = entry.terms[p.input]!;
  if (p.code === 'negative') {
    return worded(path, (locale, lang) => lang === 'ar'
      ? `لا يمكن أن يكون سالبًا (${num(locale, p.value)})؛ ${term.ar} عدد أو مبلغ أو معدل`
      : `cannot be negative (${num(locale, p.value)}): ${term.en} is a count, an amount or a rate`);
  }
  const whole = entry.terms[p.whole]!;
  return worded(path, (locale, lang) => lang === 'ar'
    ? `(${num(locale, p.value)}) أكبر من ${whole.unit === 'count' ? `عدد ${arabicGenitive(whole.ar)}` : whole.ar} (${num(locale, p.wholeValue)})، وهو جزء منه: لا يمكن حساب ${entry.label.ar}`
    : `(${num(locale, p.value)}) is more than ${whole.en} (${num(locale, p.wholeValue)}), which it is part of: ${entry.label.en} cannot be computed`);
}

/** The error for history too short to fill one period of the roll-up, or null. */
function rollupShortfall(v: ValidMetric, into: Granularity, asOf: number | null, week: WorkWeek): Problem | null {
  const g = CADENCE_GRANULARITY[v.cadence!];
  const path: PathSegment[] = ['metrics', v.index, 'history'];
  const noun = { week: 'weeks', month: 'months', quarter: 'quarters' }[g];
  const intoWord = { week: 'week', month: 'month', quarter: 'quarter' }[into];
  const intoAr = AR_PERIODS[into];
  if (v.history.kind !== 'periods' && !(v.history.kind === 'values' && asOf !== null)) {
    return problem(path, `needs period labels (or the scorecard's asOf date) to be added up into ${intoWord}s`, `يحتاج إلى تسميات الفترات (أو تاريخ asOf لبطاقة الأداء) ليُجمَع في ${intoAr.plural}`);
  }
  const series = seriesOf(v, asOf, week, null, null, null, undefined);
  const labelled = series.filter((p) => p.period);
  if (!labelled.length) return null;
  const rolled = rollUpSeries(labelled, { into, aggregate: 'sum', metric: null, target: null, currentCompared: null });
  // The period in progress is paced, not short; without a date, the latest one is not "in progress".
  if (rolled.some((r) => !r.partial || (r.current && asOf !== null))) return null;
  const held = labelled.length;
  const expected = Math.max(...rolled.map((r) => r.parts?.expected ?? 0));
  return worded(path, (locale, lang) => lang === 'ar'
    ? `يغطي ${arabicCount(locale, held, AR_PERIODS[g])} فقط، ولا يكفي لملء ${intoAr.noun} كامل (${arabicCount(locale, expected, AR_PERIODS[g])}): يُعرض ${intoAr.definite} غير مكتمل`
    : `covers ${num(locale, held)} ${noun}, not enough to fill a ${intoWord} (${num(locale, expected)}): shown as a partial ${intoWord}`);
}

function metricId(m: ScorecardMetricInput, index: number): string {
  return m.id ?? m.metric ?? `metric-${index + 1}`;
}

/** One period of a metric as the result (and the grid) show it. */
export interface MetricPeriod {
  /** The period label (`2026-W45`, `2026-11`, `2026-Q4`), or null for numbers-only history that no date names. */
  period: string | null;
  value: number | null;
  /** The period's target (for a range, `{ min, max }`). */
  target: Target | null;
  status: Status;
  /** The period in progress: judged against `comparedTarget`, its target paced. */
  current?: true;
  /** A rolled-up period that holds fewer weeks or months than it should, or is still in progress. */
  partial?: true;
  /** The target it was judged against, where that differs from `target` (paced, or the part a partial period holds). */
  comparedTarget?: Target | null;
}

export interface MetricPacing {
  source: PacingSource;
  elapsed: number;
  /** Days counted so far and in the whole period, for `asOf` pacing. */
  done?: number;
  total?: number;
  basis?: Elapsed['basis'];
  /** The period paced in (`2026-W49`), for `asOf` pacing. */
  period?: string;
}

export interface ScorecardMetric {
  id: string;
  label: string;
  actual: number | null;
  /** The whole period's target: a number or a range. */
  target: Target | null;
  status: Status;
  /** Attainment (see status.ts), null where it has no meaning and inside a range. */
  ratio: number | null;
  /** The target judged against: the paced share of `target` when `pace` is on. */
  comparedTarget: Target | null;
  paced: boolean;
  /** Share of the period elapsed for a paced metric, else null. */
  elapsed: number | null;
  pacing: MetricPacing | null;
  /** Where a paced amount ends its period at today's rate (actual / elapsed); null otherwise. */
  projected: number | null;
  /** The previous period's value, and the ratio of this one (its run rate when paced) to it. */
  previous: number | null;
  change: number | null;
  /** Consecutive rises (+) or falls (−) ending at this period. */
  streak: number;
  /** How far it falls short of its (paced) target in its unit: positive when short. */
  shortfall: number | null;
  /** Against a range: below, within or above it. */
  position: RangePosition | null;
  /** The at-risk threshold it was judged with (its own, or the scorecard's). */
  atRisk: number;
  /** The current period's label, when a date or history names it. */
  period: string | null;
  history: MetricPeriod[];
  /** Why `actual` is missing, when it is. */
  actualMissing: { reason: MissingReason; input?: string } | null;
  /** `pace` is on, but nothing says how far into the period the scorecard is. */
  paceUncovered: boolean;
  unit: Unit;
  direction: Direction;
  group: string | null;
  indicator: Indicator | null;
  cadence: Cadence | null;
  /** The cadence the card shows: the metric's own, or the roll-up's. */
  shownCadence: Cadence | null;
  /** Set when history was added up into a longer period. */
  rollup: { into: Granularity; aggregate: Aggregate | 'formula'; partial: boolean } | null;
  owner: string | null;
  note: string | null;
  metric: CatalogueKey | null;
  formula: string | null;
  /** The catalogue inputs the actual was computed from. */
  inputs: Readonly<Record<string, number>> | null;
}

export interface ScorecardGroup {
  /** A known group key, an indicator, a custom group name, or null for "other". */
  key: string | null;
  metricIds: string[];
}

/** An item for the meeting's "identify, discuss, solve" list. */
export interface DiscussItem {
  id: string;
  label: string;
  status: Status;
  owner: string | null;
  note: string | null;
  /** Target (paced where paced) minus actual in the metric's unit; positive is how far it falls short. */
  shortfall: number | null;
}

export interface ScorecardModel {
  title: string | null;
  period: { label: string | null; elapsed: number | null; cadence: Cadence | null; asOf: string | null };
  /** The working week paced on. */
  week: { weekStart: Weekday; workdays: Weekday[]; holidays: number };
  counts: Record<Status, number>;
  metrics: ScorecardMetric[];
  /** Ids of the off-track metrics. */
  offTrack: string[];
  /** The meeting's items to discuss, worst first. */
  discuss: DiscussItem[];
  discussLevel: DiscussLevel;
  groupBy: GroupBy;
  groups: ScorecardGroup[];
  cadence: Cadence | null;
  rollup: Rollup;
}

export interface ScorecardOptions {
  /** `ar` picks the catalogue's Arabic default labels. */
  language?: string;
  cadence?: Cadence | null;
  groupBy?: GroupBy;
  rollup?: Rollup;
  discuss?: DiscussLevel;
}

function computedActual(m: ScorecardMetricInput, invalidInput: string | null): Computed {
  if (typeof m.actual === 'number') return { value: m.actual };
  if (m.actual === null) return { value: null, reason: 'no-actual' };
  const entry = m.metric ? catalogueEntry(m.metric) : undefined;
  if (entry && invalidInput) return { value: null, reason: 'invalid-input', input: invalidInput };
  if (entry && m.inputs) return entry.compute(m.inputs);
  if (entry) return { value: null, reason: 'missing-input', input: entry.inputs[0] };
  return { value: null, reason: 'no-actual' };
}

/**
 * The metric's periods, oldest first, ending at the current one (which carries the
 * metric's actual and target). `current` is the period holding asOf, else the latest entry.
 */
function seriesOf(
  v: ValidMetric,
  asOf: number | null,
  week: WorkWeek,
  actual: number | null,
  target: Target | null,
  inputs: Readonly<Record<string, number>> | null,
  entry: CatalogueEntry | undefined,
): SeriesPoint[] {
  const g = v.cadence ? CADENCE_GRANULARITY[v.cadence] : null;
  const dated = asOf !== null && g !== null ? periodHolding(asOf, g, week.weekStart) : null;
  const h = v.history;
  if (h.kind === 'values') {
    // Numbers-only history ends with the current period; a date names them all.
    const n = h.values.length;
    return h.values.map((value, i) => {
      const last = i === n - 1;
      return {
        period: dated ? fromOrdinal(dated.granularity, ordinal(dated) - (n - 1 - i)) : null,
        value: last && actual !== null ? actual : value,
        target,
        inputs: last ? inputs : null,
        current: last,
      };
    });
  }
  const points: SeriesPoint[] = h.kind === 'periods'
    ? h.points.map((p) => ({
      period: p.period,
      // An entry of a catalogue metric may give its inputs instead of its value.
      value: p.value ?? (entry && p.inputs ? entry.compute(p.inputs).value : null),
      target: p.target ?? target,
      inputs: p.inputs,
      current: false,
    }))
    : [];
  const current = dated ?? points[points.length - 1]?.period ?? null;
  const last = points[points.length - 1];
  if (current && last?.period && ordinal(last.period) === ordinal(current)) {
    last.current = true;
    if (actual !== null) last.value = actual;
    if (inputs) last.inputs = inputs;
    if (!isRange(last.target) && last.target === null) last.target = target;
  } else {
    points.push({ period: current, value: actual, target, inputs, current: true });
  }
  return points;
}

/** The first non-null history value in the current entry, when the metric gives no actual of its own. */
function currentFromHistory(v: ValidMetric, asOf: number | null, week: WorkWeek): { value: number | null; inputs: Readonly<Record<string, number>> | null; target: Target | null } | null {
  if (v.history.kind !== 'periods') return null;
  const g = CADENCE_GRANULARITY[GRANULARITY_CADENCE[v.history.granularity]];
  const dated = asOf !== null ? periodHolding(asOf, g, week.weekStart) : null;
  const last = v.history.points[v.history.points.length - 1]!;
  if (dated && ordinal(last.period) !== ordinal(dated)) return null;
  return { value: last.value, inputs: last.inputs, target: last.target };
}

function buildMetric(v: ValidMetric, input: ValidatedScorecard, options: ScorecardOptions, lang: 'en' | 'ar'): ScorecardMetric {
  const { item: m, index } = v;
  const entry = m.metric ? catalogueEntry(m.metric) : undefined;
  const direction = m.direction ?? entry?.direction ?? 'higher';
  const unit = m.unit ?? entry?.unit ?? 'count';
  const atRisk = m.thresholds?.atRisk ?? input.thresholds?.atRisk ?? DEFAULT_AT_RISK;
  const week = input.week;
  const asOf = input.asOf;

  // The current period's actual: the metric's own, its formula, or its history entry for now.
  let actual = computedActual(m, v.invalidInput);
  let inputs: Readonly<Record<string, number>> | null = m.inputs ?? null;
  const fromHistory = currentFromHistory(v, asOf, week);
  let target: Target | null = m.target === undefined || m.target === null ? null : normaliseTarget(m.target);
  if (actual.value === null && m.actual === undefined && fromHistory) {
    if (fromHistory.value !== null) actual = { value: fromHistory.value };
    else if (entry && fromHistory.inputs) {
      actual = entry.compute(fromHistory.inputs);
      inputs = fromHistory.inputs;
    }
  }
  if (target === null && fromHistory?.target) target = fromHistory.target;

  // How far into its period: the metric's own share, the asOf date's, or the document's.
  let pacing: MetricPacing | null = null;
  if (v.pacing === 'metric') pacing = { source: 'metric', elapsed: m.elapsed! };
  else if (v.pacing === 'period') pacing = { source: 'period', elapsed: input.period!.elapsed! };
  else if (v.pacing === 'asOf') {
    const period = periodHolding(asOf!, CADENCE_GRANULARITY[v.cadence!], week.weekStart);
    const e = elapsedShare(daysOf(period, week.weekStart), asOf!, week);
    pacing = { source: 'asOf', elapsed: e.elapsed, done: e.done, total: e.total, basis: e.basis, period: formatPeriod(period) };
  }
  const paced = pacing !== null;
  const elapsed = pacing?.elapsed ?? null;

  let series = seriesOf(v, asOf, week, actual.value, target, inputs, entry);
  let status = metricStatus({ actual: actual.value, target, direction, atRisk, elapsed, pace: paced });
  let shownCadence = v.cadence;
  let rollup: ScorecardMetric['rollup'] = null;
  let projected = paced && actual.value !== null && elapsed !== null && elapsed > 0 ? actual.value / elapsed : null;
  let shownActual = actual.value;
  let shownTarget = target;
  let shownElapsed = elapsed;

  // Added up into months or quarters: the card shows the period in progress so far.
  const into = options.rollup && options.rollup !== 'none' ? options.rollup : null;
  const g = v.cadence ? CADENCE_GRANULARITY[v.cadence] : null;
  if (into && g && isCoarser(into, g) && series.some((p) => p.period)) {
    const aggregate = m.aggregate ?? defaultAggregate(entry, unit);
    const rolled = rollUpSeries(series.filter((p) => p.period), {
      into, aggregate, metric: m.metric ?? null, target, currentCompared: status.comparedTarget,
    });
    const current = rolled[rolled.length - 1]!;
    series = rolled;
    shownCadence = GRANULARITY_CADENCE[into];
    shownActual = current.value;
    shownTarget = current.target;
    const recomputed = current.inputs !== null;
    rollup = { into, aggregate: recomputed ? 'formula' : aggregate, partial: Boolean(current.partial) };
    if (recomputed) inputs = current.inputs;
    const compared = current.comparedTarget ?? current.target;
    // A paced amount's share of the whole roll-up target that is due by now.
    shownElapsed = paced && typeof compared === 'number' && typeof current.target === 'number' && current.target !== 0 ? compared / current.target : null;
    status = metricStatus({ actual: shownActual, target: compared, direction, atRisk });
    status.comparedTarget = compared;
    projected = paced && shownActual !== null && shownElapsed !== null && shownElapsed > 0 ? shownActual / shownElapsed : null;
  }
  if (v.paceUncovered) status = { status: 'none', ratio: null, comparedTarget: status.comparedTarget };

  // Each period judged against its own target; the current one as the card is.
  const history: MetricPeriod[] = series.map((p) => {
    if (p.current) {
      const out: MetricPeriod = { period: p.period ? formatPeriod(p.period) : null, value: shownActual, target: p.target, status: status.status, current: true };
      if (p.partial) out.partial = true;
      if (!sameTarget(status.comparedTarget, p.target)) out.comparedTarget = status.comparedTarget;
      return out;
    }
    const judged = p.comparedTarget ?? p.target;
    const out: MetricPeriod = {
      period: p.period ? formatPeriod(p.period) : null,
      value: p.value,
      target: p.target,
      status: metricStatus({ actual: p.value, target: judged, direction, atRisk }).status,
    };
    if (p.partial) out.partial = true;
    if (p.comparedTarget !== undefined) out.comparedTarget = p.comparedTarget;
    return out;
  });

  // The change on the previous period compares like with like: a paced amount's run rate.
  const comparable = projected ?? shownActual;
  const before = previousPoint(series, series.length - 1);
  // A given `previous` stands in for history (not for a rolled-up period: it is the metric's own cadence's).
  const previous = before ? (before.partial ? null : before.value) : rollup ? null : (m.previous ?? null);
  const currentPoint = series[series.length - 1];

  return {
    id: metricId(m, index),
    label: m.label ?? entry?.label[lang] ?? m.id ?? `#${index + 1}`,
    actual: shownActual,
    target: shownTarget,
    status: status.status,
    ratio: status.ratio,
    comparedTarget: status.comparedTarget,
    paced,
    elapsed: shownElapsed,
    pacing,
    projected,
    previous,
    change: changeRatio(comparable, previous),
    streak: streakOf(series, comparable),
    shortfall: v.paceUncovered ? null : shortfall(shownActual, status.comparedTarget, direction),
    position: status.position ?? null,
    atRisk,
    period: currentPoint?.period ? formatPeriod(currentPoint.period) : null,
    history,
    // No `input: undefined` key: `result` is plain JSON and survives a round trip unchanged.
    actualMissing: shownActual === null
      ? actual.value === null
        ? { reason: actual.reason, ...(actual.input !== undefined ? { input: actual.input } : {}) }
        : { reason: 'no-actual' }
      : null,
    paceUncovered: v.paceUncovered,
    unit,
    direction,
    group: m.group ?? null,
    indicator: m.indicator ?? null,
    cadence: v.cadence,
    shownCadence,
    rollup,
    owner: m.owner ?? null,
    note: m.note ?? null,
    metric: m.metric ?? null,
    formula: entry?.formula ?? null,
    inputs,
  };
}

const SEVERITY: Record<Status, number> = { 'off-track': 0, 'at-risk': 1, none: 2, 'on-track': 3 };

/**
 * The meeting's items: off-track metrics (and at-risk ones with `discuss="at-risk"`), worst
 * first: off track before at risk, then by attainment (lowest first; a metric judged by a
 * direct comparison, with no ratio, first of its status), then in the scorecard's order.
 */
export function discussItems(metrics: readonly ScorecardMetric[], level: DiscussLevel = 'off-track'): DiscussItem[] {
  const listed = metrics
    .map((m, order) => ({ m, order }))
    .filter(({ m }) => m.status === 'off-track' || (level === 'at-risk' && m.status === 'at-risk'));
  listed.sort((a, b) => SEVERITY[a.m.status] - SEVERITY[b.m.status] || (a.m.ratio ?? -1) - (b.m.ratio ?? -1) || a.order - b.order);
  return listed.map(({ m }) => ({ id: m.id, label: m.label, status: m.status, owner: m.owner, note: m.note, shortfall: m.shortfall }));
}

export function buildScorecardModel(input: ValidatedScorecard, options: ScorecardOptions = {}): ScorecardModel {
  const lang = options.language?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
  const cadence = options.cadence ?? null;
  const groupBy = options.groupBy ?? 'group';
  const discussLevel = options.discuss ?? 'off-track';

  const metrics: ScorecardMetric[] = [];
  for (const v of input.metrics) {
    if (cadence && v.cadence !== cadence) continue;
    metrics.push(buildMetric(v, input, options, lang));
  }

  const counts: Record<Status, number> = { 'on-track': 0, 'at-risk': 0, 'off-track': 0, none: 0 };
  for (const m of metrics) counts[m.status]++;

  return {
    title: input.title ?? null,
    period: {
      label: input.period?.label ?? null,
      elapsed: input.period?.elapsed ?? null,
      cadence: input.period?.cadence ?? null,
      asOf: input.asOf === null ? null : formatDay(input.asOf),
    },
    week: { weekStart: input.week.weekStart, workdays: [...input.week.workdays].sort((a, b) => a - b), holidays: input.week.holidays.size },
    counts,
    metrics,
    offTrack: metrics.filter((m) => m.status === 'off-track').map((m) => m.id),
    discuss: discussItems(metrics, discussLevel),
    discussLevel,
    groupBy,
    groups: groupMetrics(metrics, groupBy),
    cadence,
    rollup: options.rollup ?? 'none',
  };
}

/** Groups in reading order: known departments first, then others as they appear, ungrouped last. */
export function groupMetrics(metrics: readonly ScorecardMetric[], groupBy: GroupBy): ScorecardGroup[] {
  if (groupBy === 'none') return [{ key: null, metricIds: metrics.map((m) => m.id) }];
  const keyOf = (m: ScorecardMetric) => (groupBy === 'group' ? m.group : m.indicator);
  const order: (string | null)[] = groupBy === 'group' ? [...KNOWN_GROUPS] : [...INDICATORS];
  const byKey = new Map<string | null, string[]>();
  for (const m of metrics) {
    const k = keyOf(m);
    if (!order.includes(k)) order.push(k);
    byKey.set(k, [...(byKey.get(k) ?? []), m.id]);
  }
  // Ungrouped metrics go last.
  const sorted = [...order.filter((k) => k !== null), null];
  return sorted.filter((k) => byKey.has(k)).map((key) => ({ key, metricIds: byKey.get(key)! }));
}

/** Points of a sparkline in a width x height box; gaps (null) split the line. */
export function sparklineSegments(values: readonly (number | null)[], width: number, height: number, pad = 2): [number, number][][] {
  const nums = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (nums.length === 0) return [];
  // A loop, not Math.min(...nums): spreading a long list overflows the call stack.
  let min = Infinity;
  let max = -Infinity;
  for (const v of nums) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min || 1;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const segments: [number, number][][] = [];
  let current: [number, number][] = [];
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      if (current.length) segments.push(current);
      current = [];
      return;
    }
    const x = values.length > 1 ? pad + i * step : width / 2;
    const y = max === min ? height / 2 : pad + (1 - (v - min) / span) * (height - 2 * pad);
    current.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  });
  if (current.length) segments.push(current);
  return segments;
}
