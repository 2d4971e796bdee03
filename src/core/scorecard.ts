/**
 * The revenue-team scorecard: its data schema and the model the element shows.
 * Pure: no DOM. The element feeds it validated data and renders the model.
 */
import * as z from 'zod/mini';
import { CATALOGUE_KEYS, catalogueEntry, type CatalogueKey } from './catalogue.js';
import { metricStatus, DEFAULT_AT_RISK } from './status.js';
import {
  CADENCES, DIRECTIONS, INDICATORS, UNITS,
  type Cadence, type Computed, type Direction, type Indicator, type MissingReason, type Status, type Unit,
} from './types.js';
import { check, checkFields, checkItems, MAX_TEXT_LENGTH, type Problem, type Validated } from './validation.js';

export const GROUP_BY = ['group', 'indicator', 'none'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** Known departments, in the order a revenue-team meeting reads them. */
export const KNOWN_GROUPS = ['marketing', 'sales', 'service'] as const;

/** Most metrics a scorecard accepts; domain.md says 8 to 15 make a good one. */
export const MAX_METRICS = 1000;

/** Most points a metric's history (its sparkline) takes: 20 years of weeks. */
export const MAX_HISTORY = 1000;

const finite = () => z.number();
/** Text that is shown: never empty when given, never longer than MAX_TEXT_LENGTH. */
const shownText = () => z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH));

export const metricSchema = z.object({
  id: z.optional(shownText()),
  metric: z.optional(z.enum(CATALOGUE_KEYS)),
  label: z.optional(shownText()),
  group: z.optional(shownText()),
  indicator: z.optional(z.enum(INDICATORS)),
  cadence: z.optional(z.enum(CADENCES)),
  unit: z.optional(z.enum(UNITS)),
  actual: z.optional(z.nullable(finite())),
  target: z.optional(z.nullable(finite())),
  direction: z.optional(z.enum(DIRECTIONS)),
  pace: z.optional(z.boolean()),
  history: z.optional(z.array(z.nullable(finite())).check(z.maxLength(MAX_HISTORY))),
  owner: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
  note: z.optional(z.string()),
  inputs: z.optional(z.record(z.string(), finite())),
});
export type ScorecardMetricInput = z.infer<typeof metricSchema>;

const periodSchema = z.object({
  label: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
  elapsed: z.optional(z.number().check(z.gt(0), z.lte(1))),
});
const thresholdsSchema = z.object({
  atRisk: z.optional(z.number().check(z.gte(0), z.lte(1))),
});

/** The top level of a scorecard document; `metrics` items are checked one by one. */
const documentShape = {
  title: z.string().check(z.maxLength(MAX_TEXT_LENGTH)),
  period: periodSchema,
  thresholds: thresholdsSchema,
  metrics: z.array(z.unknown()),
};

/** The whole document, for JSON Schema export (validation itself is lenient, item by item). */
export const scorecardDocumentSchema = z.object({
  title: z.optional(documentShape.title),
  period: z.optional(documentShape.period),
  thresholds: z.optional(documentShape.thresholds),
  metrics: z.array(metricSchema).check(z.maxLength(MAX_METRICS)),
});

export interface ScorecardInput {
  title?: string;
  period?: z.infer<typeof periodSchema>;
  thresholds?: z.infer<typeof thresholdsSchema>;
  metrics: { index: number; item: ScorecardMetricInput }[];
}

/**
 * Validates a scorecard document. Invalid metrics are reported and left out;
 * the document is only rejected whole when it has no usable `metrics` list.
 */
export function validateScorecard(input: unknown): Validated<ScorecardInput> {
  const top = checkFields(
    documentShape,
    input,
    [],
    ['metrics'],
  );
  if (!top.value) return { value: null, problems: top.problems };
  const problems = [...top.problems];
  const raw = top.value.metrics ?? [];
  if (raw.length > MAX_METRICS) {
    return { value: null, problems: [...problems, { path: ['metrics'], code: 'too-large', limit: MAX_METRICS, actual: raw.length, what: 'metrics' }] };
  }
  const seen = new Set<string>();
  const items = checkItems(raw, ['metrics'], (value, path) => {
    const r = check(metricSchema, value, path);
    if (!r.value) return r;
    const m = r.value;
    const extra: Problem[] = [];
    if (!m.label && !m.metric && !m.id) {
      extra.push({ path: [...path, 'label'], code: 'required' });
      return { value: null, problems: extra };
    }
    const id = metricId(m, path[path.length - 1] as number);
    if (seen.has(id)) {
      return { value: null, problems: [{ path: [...path, 'id'], code: 'duplicate', value: id }] };
    }
    seen.add(id);
    // A catalogue metric without `actual` needs every input of its formula.
    if (m.metric && (m.actual === undefined)) {
      const entry = catalogueEntry(m.metric)!;
      // Without an `inputs` object at all, the problem is the object itself: a
      // path must point at a place in the document (`inputs`), not inside one that is missing.
      if (m.inputs === undefined) {
        extra.push({
          path: [...path, 'inputs'],
          code: 'custom',
          en: `is needed to compute ${entry.label.en} (${entry.formula})`,
          ar: `مطلوب لحساب ${entry.label.ar}`,
        });
      }
      for (const name of m.inputs === undefined ? [] : entry.inputs) {
        if (typeof m.inputs?.[name] !== 'number') {
          extra.push({
            path: [...path, 'inputs', name],
            code: 'custom',
            en: `is needed to compute ${entry.label.en} (${entry.formula})`,
            ar: `مطلوب لحساب ${entry.label.ar}`,
          });
        }
      }
    }
    return { value: m, problems: extra };
  });
  problems.push(...items.problems);
  return {
    value: { title: top.value.title, period: top.value.period, thresholds: top.value.thresholds, metrics: items.value ?? [] },
    problems,
  };
}

function metricId(m: ScorecardMetricInput, index: number): string {
  return m.id ?? m.metric ?? `metric-${index + 1}`;
}

export interface ScorecardMetric {
  id: string;
  label: string;
  actual: number | null;
  target: number | null;
  status: Status;
  /** Attainment (see status.ts), null where it has no meaning. */
  ratio: number | null;
  /** The target judged against: the paced share of `target` when `pace` is on. */
  comparedTarget: number | null;
  paced: boolean;
  /** Why `actual` is missing, when it is. */
  actualMissing: { reason: MissingReason; input?: string } | null;
  unit: Unit;
  direction: Direction;
  group: string | null;
  indicator: Indicator | null;
  cadence: Cadence | null;
  owner: string | null;
  note: string | null;
  metric: CatalogueKey | null;
  formula: string | null;
  history: (number | null)[];
}

export interface ScorecardGroup {
  /** A known group key, an indicator, a custom group name, or null for "other". */
  key: string | null;
  metricIds: string[];
}

export interface ScorecardModel {
  title: string | null;
  period: { label: string | null; elapsed: number | null };
  counts: Record<Status, number>;
  metrics: ScorecardMetric[];
  /** Ids of the off-track metrics: the meeting's "identify, discuss, solve" list. */
  offTrack: string[];
  groupBy: GroupBy;
  groups: ScorecardGroup[];
  cadence: Cadence | null;
}

export interface ScorecardOptions {
  /** `ar` picks the catalogue's Arabic default labels. */
  language?: string;
  cadence?: Cadence | null;
  groupBy?: GroupBy;
}

function actualOf(m: ScorecardMetricInput): Computed {
  if (typeof m.actual === 'number') return { value: m.actual };
  if (m.metric && m.actual === undefined && m.inputs) return catalogueEntry(m.metric)!.compute(m.inputs);
  if (m.metric && m.actual === undefined) {
    const first = catalogueEntry(m.metric)!.inputs[0];
    return { value: null, reason: 'missing-input', input: first };
  }
  return { value: null, reason: 'no-actual' };
}

export function buildScorecardModel(input: ScorecardInput, options: ScorecardOptions = {}): ScorecardModel {
  const lang = options.language?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
  const cadence = options.cadence ?? null;
  const groupBy = options.groupBy ?? 'group';
  const atRisk = input.thresholds?.atRisk ?? DEFAULT_AT_RISK;
  const elapsed = input.period?.elapsed ?? null;

  const metrics: ScorecardMetric[] = [];
  for (const { index, item: m } of input.metrics) {
    if (cadence && m.cadence !== cadence) continue;
    const entry = m.metric ? catalogueEntry(m.metric) : undefined;
    const direction = m.direction ?? entry?.direction ?? 'higher';
    const actual = actualOf(m);
    const target = typeof m.target === 'number' ? m.target : null;
    const paced = Boolean(m.pace && elapsed !== null);
    const s = metricStatus({ actual: actual.value, target, direction, atRisk, elapsed, pace: m.pace });
    metrics.push({
      id: metricId(m, index),
      label: m.label ?? entry?.label[lang] ?? m.id ?? `#${index + 1}`,
      actual: actual.value,
      target,
      status: s.status,
      ratio: s.ratio,
      comparedTarget: s.comparedTarget,
      paced,
      // No `input: undefined` key: `result` is plain JSON and survives a round trip unchanged.
      actualMissing: actual.value === null ? { reason: actual.reason, ...(actual.input !== undefined ? { input: actual.input } : {}) } : null,
      unit: m.unit ?? entry?.unit ?? 'count',
      direction,
      group: m.group ?? null,
      indicator: m.indicator ?? null,
      cadence: m.cadence ?? null,
      owner: m.owner ?? null,
      note: m.note ?? null,
      metric: m.metric ?? null,
      formula: entry?.formula ?? null,
      history: m.history ?? [],
    });
  }

  const counts: Record<Status, number> = { 'on-track': 0, 'at-risk': 0, 'off-track': 0, none: 0 };
  for (const m of metrics) counts[m.status]++;

  return {
    title: input.title ?? null,
    period: { label: input.period?.label ?? null, elapsed },
    counts,
    metrics,
    offTrack: metrics.filter((m) => m.status === 'off-track').map((m) => m.id),
    groupBy,
    groups: groupMetrics(metrics, groupBy),
    cadence,
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
