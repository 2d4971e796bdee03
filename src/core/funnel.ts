/**
 * The lead-to-revenue plan (domain.md section 2): a revenue goal worked
 * backwards into the volume each funnel stage must produce, or today's top-of-
 * funnel volume worked forwards into customers and revenue; plan against
 * actuals, the bottleneck step, pipeline coverage, sales cycle and sensitivity.
 * Pure: no DOM. The element feeds it validated data and renders the model.
 */
import * as z from 'zod/mini';
import type { MissingReason } from './types.js';
import { asciiDigits, check, checkFields, checkItems, excerpt, isolateBidi, kindOf, MAX_TEXT_LENGTH, type Problem, type Validated } from './validation.js';
import { ownValue, setOwn, type PathSegment } from './json-path.js';

export const FUNNEL_PERIODS = ['month', 'quarter', 'year'] as const;
/** A planning period; also the `view` the required volumes are shown per. */
export type FunnelPeriod = (typeof FUNNEL_PERIODS)[number];

export const FUNNEL_ROUNDING = ['none', 'ceil'] as const;
/** `ceil` rounds every required volume up to whole units. */
export type FunnelRounding = (typeof FUNNEL_ROUNDING)[number];

/** Months in each period: converts a goal or a volume between periods. */
export const MONTHS_IN: Record<FunnelPeriod, number> = { month: 1, quarter: 3, year: 12 };
const DAYS_PER_MONTH = 365.25 / 12;

/** Most stages a plan accepts. */
export const MAX_STAGES = 20;
/** The step the sensitivity line tries on each rate: one percentage point. */
export const SENSITIVITY_STEP = 0.01;

const positive = () => z.number().check(z.gt(0));
/** Text that is shown: never longer than MAX_TEXT_LENGTH (10 MB of labels freezes the page). */
const text = () => z.string().check(z.maxLength(MAX_TEXT_LENGTH));
/** A stage id: shown where a stage has no label; never empty. */
const stageId = () => z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH));

const goalSchema = z.object({
  revenue: positive(),
  period: z.enum(FUNNEL_PERIODS),
});

const stageSchema = z.object({
  id: stageId(),
  label: z.optional(text()),
  rate: z.optional(z.unknown()),
  volume: z.optional(z.number().check(z.gte(0))),
});

/**
 * The whole document, for JSON Schema export. Validation itself is done by
 * `validateFunnel`, which also words the cross-field rules this cannot say
 * (a goal needs a deal size, no goal needs a first-stage volume, actuals name stages).
 */
export const funnelDocumentSchema = z.object({
  title: z.optional(text()),
  goal: z.optional(goalSchema),
  averageDealSize: z.optional(positive()),
  stages: z
    .array(
      z.object({
        id: stageId(),
        label: z.optional(text()),
        rate: z.optional(z.number().check(z.gt(0), z.lte(1))),
        volume: z.optional(z.number().check(z.gte(0))),
      }),
    )
    .check(z.minLength(2), z.maxLength(MAX_STAGES)),
  actuals: z.optional(z.record(z.string(), z.nullable(z.number().check(z.gte(0))))),
  volumePeriod: z.optional(z.enum(FUNNEL_PERIODS)),
  actualsPeriod: z.optional(z.enum(FUNNEL_PERIODS)),
  pipelineCoverage: z.optional(positive()),
  salesCycleDays: z.optional(z.number().check(z.gte(0))),
  salesCycleStage: z.optional(text()),
});

export interface FunnelStageInput {
  id: string;
  label: string;
  /** Conversion from the previous stage (0.2 = 20 %); null on the first stage. */
  rate: number | null;
  /** Only read on the first stage, in forward mode. */
  volume?: number;
}

export interface FunnelInput {
  title?: string;
  goal?: { revenue: number; period: FunnelPeriod };
  averageDealSize?: number;
  stages: FunnelStageInput[];
  /**
   * Actual volume per stage id, per `view` period (or per `actualsPeriod` when given). Read as
   * own properties only: a stage may be called `constructor` or `__proto__`.
   */
  actuals: Record<string, number>;
  /** The period the actuals were counted over; they are then scaled to the view. Unset: the view's. */
  actualsPeriod?: FunnelPeriod;
  /** The period the first stage's `volume` is counted over (forward mode). */
  volumePeriod: FunnelPeriod;
  pipelineCoverage?: number;
  salesCycleDays?: number;
  /** The stage that must exist `salesCycleDays` before the close; default `sqls`. */
  salesCycleStage?: string;
}

function custom(path: PathSegment[], en: string, ar: string): Problem {
  return { path, code: 'custom', en, ar };
}

/** A problem whose Arabic holds numbers, through Intl for the locale (the English stays as written). */
function worded(path: PathSegment[], en: string, ar: (num: (n: number) => string, pct: (r: number) => string) => string): Problem {
  return {
    path, code: 'worded',
    say: (locale, lang) => lang === 'ar'
      ? ar((n) => new Intl.NumberFormat(locale).format(n), (r) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(r))
      : en,
  };
}

/** Names in an Arabic sentence: «أ» و«ب» و«ج» (Intl.ListFormat). */
const arabicList = (items: readonly string[]) => new Intl.ListFormat('ar', { type: 'conjunction' }).format(items);

/** Validates a rate: a number above 0 and at most 1 (a share of the previous stage). */
function checkRate(value: unknown, path: PathSegment[], previousLabel: string): Validated<number> {
  if (value === undefined || value === null) {
    previousLabel = isolateBidi(previousLabel);
    return {
      value: null,
      problems: [worded(path,
        `is required: the share of "${previousLabel}" that reaches this stage (0.2 = 20 %)`,
        (_, pct) => `مطلوب: نسبة «${previousLabel}» التي تصل إلى هذه المرحلة (0.2 تعني ${pct(0.2)})`)],
    };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { value: null, problems: [{ path, code: 'wrong-type', expected: 'number', got: kindOf(value), value: excerpt(value) }] };
  }
  if (value === 0) {
    return {
      value: null,
      problems: [custom(path,
        'is 0: no one would reach this stage, so no volume can produce the goal',
        'يساوي صفرًا: لن يصل أحد إلى هذه المرحلة، فلا يمكن لأي حجم أن يحقق الهدف')],
    };
  }
  if (value < 0) return { value: null, problems: [{ path, code: 'too-small', minimum: 0, inclusive: false }] };
  if (value > 1) {
    return {
      value: null,
      problems: [worded(path,
        `is ${value}, above 100 %: a rate is a share of the previous stage, written 0.2 for 20 %`,
        (num, pct) => `يساوي ${num(value)}، أي أكثر من ${pct(1)}: المعدل نسبة من المرحلة السابقة، فاكتب 0.2 لتعني ${pct(0.2)}`)],
    };
  }
  return { value, problems: [] };
}

/**
 * Validates a plan. Every problem is located; the plan is rejected whole when
 * it cannot be computed (a missing or zero rate, a goal without a deal size),
 * while a bad optional field or actual is dropped and reported.
 */
export function validateFunnel(input: unknown): Validated<FunnelInput> {
  const top = checkFields(
    {
      title: text(),
      goal: goalSchema,
      averageDealSize: positive(),
      stages: z.array(z.unknown()),
      actuals: z.record(z.string(), z.unknown()),
      volumePeriod: z.enum(FUNNEL_PERIODS),
      actualsPeriod: z.enum(FUNNEL_PERIODS),
      pipelineCoverage: positive(),
      salesCycleDays: z.number().check(z.gte(0)),
      salesCycleStage: text(),
    },
    input,
    [],
    ['stages'],
  );
  if (!top.value) return { value: null, problems: top.problems };
  const raw = input as Record<string, unknown>;
  const t = top.value;
  const problems = [...top.problems];
  let fatal = false;

  const list = t.stages ?? [];
  if (list.length > MAX_STAGES) {
    return { value: null, problems: [...problems, { path: ['stages'], code: 'too-large', limit: MAX_STAGES, actual: list.length, what: 'stages' }] };
  }
  if (list.length < 2) {
    problems.push(custom(['stages'],
      'needs at least two stages (for example visits and customers)',
      'يحتاج إلى مرحلتين على الأقل (مثل الزيارات والعملاء)'));
    return { value: null, problems };
  }
  const seen = new Set<string>();
  const stages: FunnelStageInput[] = [];
  const items = checkItems(list, ['stages'], (value, path) => {
    const r = check(stageSchema, value, path);
    if (!r.value) return { value: null, problems: r.problems };
    const s = r.value;
    const index = path[path.length - 1] as number;
    const extra: Problem[] = [];
    if (seen.has(s.id)) return { value: null, problems: [{ path: [...path, 'id'], code: 'duplicate', value: s.id }] };
    seen.add(s.id);
    let rate: number | null = null;
    if (index === 0) {
      if (s.rate !== undefined) {
        extra.push(custom([...path, 'rate'],
          'is ignored: the first stage has no stage before it to convert from',
          'مُهمَل: لا تسبق المرحلةَ الأولى مرحلةٌ تتحوّل منها'));
      }
    } else {
      const prev = list[index - 1] as { label?: unknown; id?: unknown } | null;
      const prevLabel = String((prev && (typeof prev.label === 'string' ? prev.label : prev.id)) ?? `stages[${index - 1}]`);
      const rr = checkRate(s.rate, [...path, 'rate'], prevLabel);
      if (rr.value === null) return { value: null, problems: [...extra, ...rr.problems] };
      rate = rr.value;
      if (s.volume !== undefined) {
        extra.push(custom([...path, 'volume'],
          'is ignored: only the first stage\'s volume is used; later stages follow from the rates',
          'مُهمَل: يُستخدم حجم المرحلة الأولى فقط، وتُحسب المراحل التالية من المعدلات'));
      }
    }
    return { value: { id: s.id, label: s.label?.trim() || s.id, rate, ...(index === 0 && s.volume !== undefined ? { volume: s.volume } : {}) }, problems: extra };
  });
  problems.push(...items.problems);
  if (!items.value || items.value.length !== list.length) fatal = true;
  else stages.push(...items.value.map((i) => i.item));

  // Bad goal or deal size: rejected whole, not silently switched to the other mode.
  if (raw.goal !== undefined && !t.goal) fatal = true;
  if (t.goal) {
    if (raw.averageDealSize === undefined) {
      problems.push(custom(['averageDealSize'],
        'is required with a revenue goal: customers needed = goal revenue / average deal size',
        'مطلوب مع هدف الإيراد: العملاء المطلوبون = إيراد الهدف ÷ متوسط قيمة الصفقة'));
      fatal = true;
    } else if (t.averageDealSize === undefined) fatal = true;
  } else if (raw.goal === undefined && stages.length && stages[0]!.volume === undefined) {
    problems.push(custom(['goal'],
      'is required, or a `volume` on the first stage: the plan needs a revenue goal to work back from or a volume to work forward from',
      'مطلوب، أو حجم (volume) في المرحلة الأولى: تحتاج الخطة إلى هدف إيراد تعمل منه عكسيًا أو إلى حجم تبدأ منه'));
    fatal = true;
  }

  // Without a prototype, a stage id such as `__proto__` or `constructor` is a key like any other.
  const actuals = Object.create(null) as Record<string, number>;
  if (t.actuals) {
    const ids = stages.map((s) => s.id);
    // The document's own entries: zod's record drops a `__proto__` key, which must still be
    // kept (a stage may be called so) or reported (when it names none).
    for (const [id, v] of Object.entries(raw.actuals as Record<string, unknown>)) {
      const path: PathSegment[] = ['actuals', id];
      if (v === null) continue; // not measured yet: a gap, not a zero
      if (ids.length && !ids.includes(id)) {
        problems.push(custom(path,
          `names no stage; the stage ids are: ${ids.map(isolateBidi).join(', ')}`,
          `لا يطابق أي مرحلة؛ معرّفات المراحل: ${arabicList(ids.map((id) => isolateBidi(id)))}`));
      } else if (typeof v !== 'number' || !Number.isFinite(v)) {
        problems.push({ path, code: 'wrong-type', expected: 'number', got: kindOf(v), value: excerpt(v) });
      } else if (v < 0) {
        problems.push({ path, code: 'too-small', minimum: 0, inclusive: true });
      } else setOwn(actuals, id, v);
    }
  }
  if (t.salesCycleStage !== undefined && stages.length && !stages.some((s) => s.id === t.salesCycleStage)) {
    problems.push(custom(['salesCycleStage'],
      `names no stage; the stage ids are: ${stages.map((s) => isolateBidi(s.id)).join(', ')}`,
      `لا يطابق أي مرحلة؛ معرّفات المراحل: ${arabicList(stages.map((s) => isolateBidi(s.id)))}`));
  }

  if (fatal) return { value: null, problems };
  const value: FunnelInput = {
    title: t.title,
    goal: t.goal,
    averageDealSize: t.averageDealSize,
    stages,
    actuals,
    volumePeriod: t.volumePeriod ?? 'month',
    actualsPeriod: t.actualsPeriod,
    pipelineCoverage: t.pipelineCoverage,
    salesCycleDays: t.salesCycleDays,
    salesCycleStage: t.salesCycleStage !== undefined && stages.some((s) => s.id === t.salesCycleStage) ? t.salesCycleStage : undefined,
  };
  // Finite numbers can still overflow (a rate of 5e-324, a goal near 1.8e308): the plan
  // cannot be computed, and is reported as out of range, never shown with Infinity.
  const overflow = outOfRange(value);
  if (overflow) return { value: null, problems: [...problems, overflow] };
  return { value, problems };
}

/** The first number of a value (a model) that is not finite, as a path; null when all are. */
function nonFinitePath(v: unknown, path: PathSegment[] = []): PathSegment[] | null {
  if (typeof v === 'number') return Number.isFinite(v) ? null : path;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const r = nonFinitePath(v[i], [...path, i]);
      if (r) return r;
    }
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const r = nonFinitePath(x, [...path, k]);
      if (r) return r;
    }
  }
  return null;
}

/**
 * Whether a valid plan overflows in any view: a problem located at the field
 * to blame (the goal, the deal size, the first stage's volume, the coverage or
 * the smallest rate), or null when every number of every view is finite.
 */
export function outOfRange(input: FunnelInput): Problem | null {
  for (const view of FUNNEL_PERIODS) {
    for (const rounding of FUNNEL_ROUNDING) {
      const model = buildFunnelModel(input, { view, rounding });
      const at = nonFinitePath(model);
      if (at) {
        return custom(blame(input, model, at[0]),
          "is out of range: the plan's numbers become too large to compute",
          'خارج النطاق: تصبح أرقام الخطة أكبر من أن تُحسب');
      }
    }
  }
  return null;
}

function blame(input: FunnelInput, model: FunnelModel, field: PathSegment | undefined): PathSegment[] {
  const dealSize = input.averageDealSize ?? null;
  if (field === 'pipelineValue') return ['pipelineCoverage'];
  if (input.goal) {
    if (!Number.isFinite(model.goalRevenue)) return ['goal', 'revenue'];
    if (dealSize !== null && !Number.isFinite(model.goalRevenue! / dealSize)) return ['averageDealSize'];
  } else {
    if (!Number.isFinite(model.stages[0]!.exact)) return ['stages', 0, 'volume'];
    if (field === 'revenue') return ['averageDealSize'];
  }
  let smallest = 1;
  for (let i = 2; i < input.stages.length; i++) if (input.stages[i]!.rate! < input.stages[smallest]!.rate!) smallest = i;
  return ['stages', smallest, 'rate'];
}

/** Changes made in the element's inputs, laid over the data. */
export interface FunnelEdits {
  goalRevenue?: number;
  goalPeriod?: FunnelPeriod;
  averageDealSize?: number;
  /** The first stage's volume (forward mode). */
  volume?: number;
  /** Rates by stage id. */
  rates?: Record<string, number>;
}

/** The plan with edits applied. Pure; the values are assumed valid (the inputs check them). */
export function applyFunnelEdits(input: FunnelInput, edits: FunnelEdits): FunnelInput {
  const out: FunnelInput = { ...input, stages: input.stages.map((s) => ({ ...s })) };
  if (out.goal) {
    out.goal = { revenue: edits.goalRevenue ?? out.goal.revenue, period: edits.goalPeriod ?? out.goal.period };
  }
  if (edits.averageDealSize !== undefined) out.averageDealSize = edits.averageDealSize;
  if (edits.volume !== undefined && !out.goal) out.stages[0]!.volume = edits.volume;
  for (const s of out.stages.slice(1)) {
    const r = edits.rates ? ownValue(edits.rates, s.id) : undefined;
    if (typeof r === 'number') s.rate = r;
  }
  return out;
}

export interface FunnelStage {
  id: string;
  label: string;
  /** Planned conversion from the previous stage; null on the first. */
  rate: number | null;
  /** Share of the first stage that reaches this one (product of the rates so far); 1 on the first. */
  cumulative: number;
  /** Volume per `view` period: required (backward) or projected (forward), rounded per `rounding`. */
  required: number;
  /** `required` before rounding. */
  exact: number;
  /** Actual volume per `view` period, or null when not given. */
  actual: number | null;
  /** actual - required: negative is a shortfall. Null without an actual. */
  gap: number | null;
  /** Actual conversion from the previous stage's actual. */
  actualRate: number | null;
  /** Why `actualRate` is null (the first stage has neither). */
  actualRateMissing: { reason: MissingReason; input?: string } | null;
  /** (rate - actualRate) / rate: how far below plan this step converts, relative to plan. */
  shortfall: number | null;
}

export interface FunnelSensitivity {
  /** The stage whose rate (conversion into it) matters most. */
  stage: string;
  rate: number;
  improvedRate: number;
  /** Backward: top-of-funnel volume per view with the improved rate. */
  topVolume: number;
  /** Backward: top-of-funnel volume per view saved. Forward: null. */
  saved: number | null;
  /** Forward: customers per view gained. Backward: null. */
  gained: number | null;
}

export interface FunnelModel {
  mode: 'backward' | 'forward';
  view: FunnelPeriod;
  rounding: FunnelRounding;
  title: string | null;
  stages: FunnelStage[];
  /** Customers per view: needed (backward) or projected (forward). */
  customers: number;
  /** Revenue per view those customers bring (customers x deal size); null without a deal size. */
  revenue: number | null;
  /** Backward: the goal's revenue per view. */
  goalRevenue: number | null;
  goal: { revenue: number; period: FunnelPeriod } | null;
  averageDealSize: number | null;
  /** Id of the step converting furthest below plan, relative to plan; null when none is below. */
  bottleneck: string | null;
  /** Whether any step could be compared with plan (two adjacent actuals). */
  comparedSteps: number;
  pipelineCoverage: number | null;
  /** Pipeline value needed per view: coverage x revenue. */
  pipelineValue: number | null;
  salesCycle: { days: number; stage: string | null; months: number; periods: number } | null;
  sensitivity: FunnelSensitivity | null;
}

export interface FunnelOptions {
  view?: FunnelPeriod;
  rounding?: FunnelRounding;
}

/** Rounds up, forgiving floating-point dust (20.000000000004 is 20). */
function ceilUnits(x: number): number {
  return Math.ceil(x - 1e-9);
}

/** Required volumes from the customers needed back to the top, each stage = next / its rate. */
export function workBackward(customers: number, rates: readonly (number | null)[], rounding: FunnelRounding = 'none'): number[] {
  const n = rates.length;
  const out = new Array<number>(n);
  const round = rounding === 'ceil' ? ceilUnits : (x: number) => x;
  out[n - 1] = round(customers);
  // Rounding propagates: whole opportunities are needed to close whole customers.
  for (let i = n - 1; i > 0; i--) out[i - 1] = round(out[i]! / rates[i]!);
  return out;
}

/** Projected volumes from the top down, each stage = previous x its rate. */
export function workForward(top: number, rates: readonly (number | null)[]): number[] {
  const out = [top];
  for (let i = 1; i < rates.length; i++) out.push(out[i - 1]! * rates[i]!);
  return out;
}

function sensitivityOf(
  mode: 'backward' | 'forward',
  exact: readonly number[],
  rates: readonly (number | null)[],
  ids: readonly string[],
): FunnelSensitivity | null {
  const n = rates.length;
  const total = rates.slice(1).reduce<number>((p, r) => p * r!, 1);
  let best: FunnelSensitivity | null = null;
  let bestEffect = 0;
  for (let i = 1; i < n; i++) {
    const rate = rates[i]!;
    if (rate >= 1) continue;
    const improvedRate = Math.min(1, rate + SENSITIVITY_STEP);
    const improvedTotal = (total / rate) * improvedRate;
    // Backward: less top-of-funnel volume for the same customers; forward: more customers from the same top.
    const topVolume = mode === 'backward' ? exact[n - 1]! / improvedTotal : exact[0]!;
    const effect = mode === 'backward' ? exact[0]! - topVolume : exact[0]! * improvedTotal - exact[n - 1]!;
    // Rates so small their product underflows to 0 give no usable effect.
    if (!Number.isFinite(topVolume) || !Number.isFinite(effect)) continue;
    if (!best || effect > bestEffect + 1e-12) {
      bestEffect = effect;
      best = {
        stage: ids[i]!, rate, improvedRate, topVolume,
        saved: mode === 'backward' ? effect : null,
        gained: mode === 'forward' ? effect : null,
      };
    }
  }
  return best;
}

export function buildFunnelModel(input: FunnelInput, options: FunnelOptions = {}): FunnelModel {
  const view = options.view ?? 'month';
  const rounding = options.rounding ?? 'none';
  const rates = input.stages.map((s, i) => (i === 0 ? null : s.rate));
  const n = rates.length;
  const dealSize = input.averageDealSize ?? null;

  let mode: 'backward' | 'forward';
  let exact: number[];
  let required: number[];
  let goalRevenue: number | null = null;
  if (input.goal) {
    mode = 'backward';
    goalRevenue = (input.goal.revenue * MONTHS_IN[view]) / MONTHS_IN[input.goal.period];
    const customers = goalRevenue / dealSize!;
    exact = workBackward(customers, rates);
    required = rounding === 'ceil' ? workBackward(customers, rates, 'ceil') : exact;
  } else {
    mode = 'forward';
    const top = (input.stages[0]!.volume! * MONTHS_IN[view]) / MONTHS_IN[input.volumePeriod];
    // A projection is not a requirement: `rounding` applies to backward plans only.
    exact = required = workForward(top, rates);
  }

  // Actuals counted over a month, shown against a yearly plan, are scaled (x 12); rates are unaffected.
  const actualScale = input.actualsPeriod ? MONTHS_IN[view] / MONTHS_IN[input.actualsPeriod] : 1;
  const actualOf = (id: string): number | null => {
    const v = ownValue(input.actuals, id);
    // An actual that overflows once scaled (1.7e308 a month, shown per year) cannot be compared.
    return typeof v !== 'number' || !Number.isFinite(v * actualScale) ? null : v * actualScale;
  };
  let cumulative = 1;
  const stages: FunnelStage[] = input.stages.map((s, i) => {
    if (i > 0) cumulative *= s.rate!;
    const actual = actualOf(s.id);
    const prev = i > 0 ? actualOf(input.stages[i - 1]!.id) : null;
    let actualRate: number | null = null;
    let actualRateMissing: FunnelStage['actualRateMissing'] = null;
    if (i > 0) {
      if (actual === null) actualRateMissing = { reason: 'no-actual' };
      else if (prev === null) actualRateMissing = { reason: 'missing-input', input: input.stages[i - 1]!.label };
      else if (prev === 0) actualRateMissing = { reason: 'zero-denominator', input: input.stages[i - 1]!.label };
      else if (!Number.isFinite(actual / prev)) actualRateMissing = { reason: 'out-of-range', input: input.stages[i - 1]!.label };
      else actualRate = actual / prev;
    }
    const relative = actualRate !== null && s.rate ? (s.rate - actualRate) / s.rate : null;
    const shortfall = relative !== null && Number.isFinite(relative) ? relative : null;
    return {
      id: s.id,
      label: s.label,
      rate: i === 0 ? null : s.rate,
      cumulative,
      required: required[i]!,
      exact: exact[i]!,
      actual,
      gap: actual === null ? null : actual - required[i]!,
      actualRate,
      actualRateMissing,
      shortfall,
    };
  });

  let bottleneck: string | null = null;
  let worst = 0;
  for (const s of stages) {
    if (s.shortfall !== null && s.shortfall > worst + 1e-12) {
      worst = s.shortfall;
      bottleneck = s.id;
    }
  }

  const customers = required[n - 1]!;
  const revenue = dealSize === null ? null : customers * dealSize;
  const coverage = input.pipelineCoverage ?? null;
  const covered = mode === 'backward' ? goalRevenue : revenue;
  const sensitivity = sensitivityOf(mode, exact, rates, input.stages.map((s) => s.id));

  let salesCycle: FunnelModel['salesCycle'] = null;
  if (input.salesCycleDays !== undefined) {
    const days = input.salesCycleDays;
    const stage = input.salesCycleStage ?? (input.stages.some((s) => s.id === 'sqls') ? 'sqls' : null);
    const months = days / DAYS_PER_MONTH;
    salesCycle = { days, stage, months, periods: months / MONTHS_IN[view] };
  }

  return {
    mode,
    view,
    rounding,
    title: input.title?.trim() || null,
    stages,
    customers,
    revenue,
    goalRevenue,
    goal: input.goal ? { ...input.goal } : null,
    averageDealSize: dealSize,
    bottleneck,
    comparedSteps: stages.filter((s) => s.shortfall !== null).length,
    pipelineCoverage: coverage,
    pipelineValue: coverage !== null && covered !== null ? coverage * covered : null,
    salesCycle,
    sensitivity,
  };
}

/**
 * Reads a number typed in the element's locale: "1,100,000", "1.100.000,5"
 * (de), Arabic-Indic digits "١٬١٠٠٬٠٠٠" with "٫" as decimal point. Null when
 * the text is not a number.
 */
export function parseLocaleNumber(text: string, locale: string): number | null {
  let t = text.trim();
  if (!t) return null;
  // Arabic-Indic and Eastern Arabic-Indic digits to ASCII.
  t = asciiDigits(t);
  let group = ',';
  let decimal = '.';
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    group = parts.find((p) => p.type === 'group')?.value ?? ',';
    decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  } catch {
    // keep the defaults
  }
  t = t.replace(/[\u066c\u00a0\u202f\s']/g, '').replace(/\u066b/g, '.').replace(/\u2212/g, '-').replace(/[%\u066a]/g, '');
  if (decimal !== '.' && decimal !== '\u066b') {
    // e.g. de: 1.100.000,5 -> group ".", decimal ","
    t = t.split(group === '.' ? '.' : group).join('').replace(decimal, '.');
  } else if (group !== '\u066c') {
    t = t.split(group).join('');
  } else {
    t = t.replace(/,/g, '');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
