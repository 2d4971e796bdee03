/**
 * Lead sources: where visitors and leads come from and what each source costs
 * (domain.md section 4). Pure: no DOM.
 *
 * Every ratio is computed from the counts given and is `null`, with the
 * reason, when its denominator is zero or missing; totals are sums, and the
 * totals' ratios are computed from those sums (never averaged over rows).
 */
import * as z from 'zod/mini';
import { computeMetric } from './catalogue.js';
import type { NumberFormatter } from './format.js';
import type { PathSegment } from './json-path.js';
import type { Computed, MissingReason } from './types.js';
import { check, checkFields, checkItems, isolateBidi, MAX_TEXT_LENGTH, type Problem, type Validated } from './validation.js';

type Language = 'en' | 'ar';

interface KnownSource {
  key: string;
  label: { en: string; ar: string };
  /** A colour that reads on the light surface and one that reads on the dark one. */
  color: { light: string; dark: string };
  /** Whether the English label is a plural ("Events bring leads"). */
  plural?: boolean;
}

function known<K extends string>(key: K, en: string, ar: string, light: string, dark: string, plural = false) {
  return { key, label: { en, ar }, color: { light, dark }, plural } as const satisfies KnownSource;
}

/** The known source keys, with default labels and a stable colour pair each. */
export const KNOWN_SOURCES = [
  known('organic_search', 'Organic search', 'البحث العضوي', '#1a7f37', '#3fb950'),
  known('paid_search', 'Paid search', 'البحث المدفوع', '#0969da', '#4493f8'),
  known('organic_social', 'Organic social', 'التواصل الاجتماعي العضوي', '#8250df', '#a371f7'),
  known('paid_social', 'Paid social', 'التواصل الاجتماعي المدفوع', '#bf3989', '#db61a2'),
  known('email', 'Email', 'البريد الإلكتروني', '#9a6700', '#d29922'),
  known('referral', 'Referral sites', 'المواقع المُحيلة', '#1b7c83', '#39c5cf', true),
  known('direct', 'Direct', 'الزيارات المباشرة', '#57606a', '#9198a1'),
  known('events', 'Events', 'الفعاليات', '#cf222e', '#f85149', true),
  known('content', 'Content marketing', 'تسويق المحتوى', '#953800', '#f0883e'),
  known('partner', 'Partner referrals', 'إحالات الشركاء', '#4f46e5', '#8b93f8', true),
  known('customer_referral', 'Customer referrals', 'إحالات العملاء', '#5f6b00', '#b5c33a', true),
  known('abm', 'Account-based marketing', 'التسويق القائم على الحسابات', '#a21caf', '#e879f9'),
  known('other', 'Other', 'مصادر أخرى', '#24292f', '#d1d9e0'),
] as const;

/** Colour pairs for sources outside the known list, in order of appearance; distinct from the known ones. */
export const EXTRA_COLOURS = [
  { light: '#1e3a8a', dark: '#93c5fd' },
  { light: '#9f1239', dark: '#fda4af' },
  { light: '#0e7490', dark: '#67e8f9' },
  { light: '#3f6212', dark: '#bef264' },
  { light: '#78350f', dark: '#fcd34d' },
  { light: '#701a75', dark: '#f0abfc' },
  { light: '#57534e', dark: '#d6d3d1' },
  { light: '#0369a1', dark: '#7dd3fc' },
] as const;

export type SourceKey = (typeof KNOWN_SOURCES)[number]['key'];
export const SOURCE_KEYS = KNOWN_SOURCES.map((s) => s.key) as readonly SourceKey[];
const KNOWN_BY_KEY = new Map<string, KnownSource>(KNOWN_SOURCES.map((s) => [s.key, s]));

export function knownSource(key: string): KnownSource | undefined {
  return KNOWN_BY_KEY.get(key);
}

/** The numbers a source row may carry (all optional, none negative). */
export const SOURCE_FIELDS = ['visits', 'leads', 'mqls', 'opportunities', 'customers', 'spend', 'revenue'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

/** What the chart can show (the `measure` attribute). */
export const MEASURES = SOURCE_FIELDS;
export type Measure = SourceField;

export const CHART_KINDS = ['bar', 'donut'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const COST_KEYS = ['cpl', 'cost_per_mql', 'cost_per_opportunity', 'cac', 'roi'] as const;
export type CostKey = (typeof COST_KEYS)[number];
export const RATE_KEYS = ['lead_to_mql', 'mql_to_opportunity', 'opportunity_to_customer'] as const;
export type RateKey = (typeof RATE_KEYS)[number];
export type RatioKey = 'share' | CostKey | RateKey;

/** Every table column, in the table's order; each is a valid `sort` key. */
export const COLUMN_KEYS = ['source', ...SOURCE_FIELDS, 'share', ...COST_KEYS, ...RATE_KEYS] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export interface SortOrder {
  key: ColumnKey;
  direction: SortDirection;
}

/** The most rows one element shows. */
export const MAX_SOURCES = 200;

/** A count or an amount of money: never negative; null (or absent) when not known. */
const count = () => z.nullable(z.number().check(z.gte(0)));
/** Text that is shown: never longer than MAX_TEXT_LENGTH (a 10 MB label freezes the page). */
const text = () => z.string().check(z.maxLength(MAX_TEXT_LENGTH));
/** Shown text that must not be empty when given. */
const shownText = () => z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH));

export const sourceSchema = z.object({
  source: shownText(),
  label: z.optional(shownText()),
  visits: z.optional(count()),
  leads: z.optional(count()),
  mqls: z.optional(count()),
  opportunities: z.optional(count()),
  customers: z.optional(count()),
  spend: z.optional(count()),
  revenue: z.optional(count()),
});
export type SourceInputRow = z.infer<typeof sourceSchema>;

const documentShape = { title: text(), period: text(), sources: z.array(z.unknown()) };

/** The whole document, for JSON Schema export (validation itself is lenient, row by row). */
export const sourcesDocumentSchema = z.object({
  title: z.optional(documentShape.title),
  period: z.optional(documentShape.period),
  sources: z.array(sourceSchema).check(z.maxLength(MAX_SOURCES)),
});

export interface SourcesInput {
  title?: string;
  period?: string;
  sources: { index: number; item: SourceInputRow }[];
}

const FIELD_WORDS: Record<SourceField, { en: string; ar: string }> = {
  visits: { en: 'visits', ar: 'الزيارات' },
  leads: { en: 'leads', ar: 'العملاء المحتملين' },
  mqls: { en: 'MQLs', ar: 'العملاء المؤهلين تسويقيًا (MQL)' },
  opportunities: { en: 'opportunities', ar: 'الفرص' },
  customers: { en: 'customers', ar: 'العملاء' },
  spend: { en: 'spend', ar: 'الإنفاق' },
  revenue: { en: 'revenue', ar: 'الإيرادات' },
};

/** Negative counts (and negative money) are errors naming the field. */
function negativeProblems(value: unknown, path: readonly PathSegment[]): Problem[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const record = value as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const field of SOURCE_FIELDS) {
    const v = record[field];
    // Finite only: -Infinity is not a number the data can hold (zod reports it as such, quoted).
    if (typeof v === 'number' && Number.isFinite(v) && v < 0) {
      problems.push({
        path: [...path, field],
        code: 'worded',
        say: (locale, lang) => lang === 'ar'
          ? `لا يمكن أن تكون قيمة ${FIELD_WORDS[field].ar} سالبة (${new Intl.NumberFormat(locale).format(v)})`
          : `${FIELD_WORDS[field].en} cannot be negative (${v})`,
      });
    }
  }
  return problems;
}

/**
 * Validates a lead-source document. Invalid rows are reported with their path
 * and left out; the document is rejected whole only without a `sources` list.
 */
export function validateSources(input: unknown): Validated<SourcesInput> {
  const top = checkFields(documentShape, input, [], ['sources']);
  if (!top.value) return { value: null, problems: top.problems };
  const problems = [...top.problems];
  const raw = top.value.sources ?? [];
  if (raw.length > MAX_SOURCES) {
    return { value: null, problems: [...problems, { path: ['sources'], code: 'too-large', limit: MAX_SOURCES, actual: raw.length, what: 'sources' }] };
  }
  const seen = new Set<string>();
  const items = checkItems(raw, ['sources'], (value, path) => {
    const r = check(sourceSchema, value, path);
    if (!r.value) {
      // A negative count gets its own words (naming the field) instead of zod's "at least 0".
      const others = r.problems.filter((p) => p.code !== 'too-small' || !(SOURCE_FIELDS as readonly unknown[]).includes(p.path[p.path.length - 1]));
      return { value: null, problems: [...others, ...negativeProblems(value, path)] };
    }
    const row = r.value;
    if (seen.has(row.source)) {
      return { value: null, problems: [{ path: [...path, 'source'], code: 'duplicate', value: row.source }] };
    }
    seen.add(row.source);
    if (!row.label && !KNOWN_BY_KEY.has(row.source)) {
      return {
        value: null,
        problems: [
          {
            path: [...path, 'label'],
            code: 'custom',
            en: `is required: "${isolateBidi(row.source)}" is not one of the known sources (${SOURCE_KEYS.join(', ')})`,
            ar: `مطلوب: «${isolateBidi(row.source)}» ليس من المصادر المعروفة (${new Intl.ListFormat('ar', { type: 'disjunction' }).format(SOURCE_KEYS)})`,
          },
        ],
      };
    }
    return { value: row, problems: [] };
  });
  problems.push(...items.problems);
  return {
    value: { title: top.value.title, period: top.value.period, sources: items.value ?? [] },
    problems,
  };
}

/** Why a ratio has no value: the input that was zero or missing, or a result too large to hold (1 / 5e-324). */
export interface MissingRatio {
  reason: Extract<MissingReason, 'zero-denominator' | 'missing-input' | 'out-of-range'>;
  input: SourceField;
}

export interface SourceRates {
  lead_to_mql: number | null;
  mql_to_opportunity: number | null;
  opportunity_to_customer: number | null;
}

/** The counts and every ratio derived from them, for a row or the totals. */
export interface SourceFigures extends Record<SourceField, number | null> {
  /** Share of the total of the measure (0.25 = 25 %). */
  share: number | null;
  cpl: number | null;
  cost_per_mql: number | null;
  cost_per_opportunity: number | null;
  cac: number | null;
  /** (revenue − spend) / spend. */
  roi: number | null;
  rates: SourceRates;
  /** Why each null ratio is null. */
  missing: Partial<Record<RatioKey, MissingRatio>>;
}

export interface SourceRow extends SourceFigures {
  source: string;
  label: string;
  /** Whether the key is one of the known sources (else it brought its own label). */
  known: boolean;
  /** The source's colour for light and dark surfaces: known sources' stable pair, else an extra colour. */
  color: { light: string; dark: string };
  /** Position in the input (stable tie-breaker for sorting). */
  index: number;
}

export interface SourcesModel {
  title: string | null;
  period: string | null;
  measure: Measure;
  chart: ChartKind;
  sort: SortOrder;
  /** Rows in the table's order (the `sort`). */
  rows: SourceRow[];
  /** Source keys with a value for the measure, largest first: the chart's order. */
  ranked: string[];
  totals: SourceFigures;
  /** The source with the lowest cost per lead, null when no cost per lead can be computed. */
  bestCpl: string | null;
  /** The source with the highest cost per lead. */
  worstCpl: string | null;
}

export interface SourcesModelOptions {
  language?: Language;
  measure?: Measure;
  chart?: ChartKind;
  sort?: SortOrder | null;
}

type Counts = Record<SourceField, number | null>;

function asMissing(c: Computed, rename: Record<string, SourceField> = {}, denominator?: SourceField): MissingRatio | undefined {
  if (c.value !== null) return undefined;
  // An out-of-range result names no input: blame the denominator (a tiny one overflows the ratio).
  const input = (rename[c.input ?? ''] ?? c.input ?? denominator) as SourceField;
  const reason = c.reason === 'zero-denominator' || c.reason === 'out-of-range' ? c.reason : 'missing-input';
  return { reason, input };
}

/** numerator / denominator over counts, or why not (mirrors the catalogue's ratios). */
function ratioOf(counts: Counts, numerator: SourceField, denominator: SourceField): Computed {
  const n = counts[numerator];
  const d = counts[denominator];
  if (n === null) return { value: null, reason: 'missing-input', input: numerator };
  if (d === null) return { value: null, reason: 'missing-input', input: denominator };
  if (d === 0) return { value: null, reason: 'zero-denominator', input: denominator };
  return finiteRatio(n / d, denominator);
}

/** A ratio of finite counts that overflowed (n / 5e-324) is out of range, never Infinity. */
function finiteRatio(value: number, denominator: SourceField): Computed {
  return Number.isFinite(value) ? { value } : { value: null, reason: 'out-of-range', input: denominator };
}

function inputsOf(counts: Counts): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of SOURCE_FIELDS) if (counts[f] !== null) out[f] = counts[f]!;
  return out;
}

/** Every ratio of one row (or of the totals) from its counts. */
export function figuresFrom(counts: Counts, measureTotal: number | null, measure: Measure): SourceFigures {
  const inputs = inputsOf(counts);
  const computed: Record<Exclude<RatioKey, 'share'>, { c: Computed; rename?: Record<string, SourceField>; denominator?: SourceField }> = {
    cpl: { c: computeMetric('cpl', inputs), denominator: 'leads' },
    cost_per_mql: { c: computeMetric('cost_per_mql', inputs), denominator: 'mqls' },
    cost_per_opportunity: { c: ratioOf(counts, 'spend', 'opportunities') },
    cac: { c: computeMetric('cac', inputs), denominator: 'customers' },
    roi: {
      c: computeMetric('roi', { ...(inputs.revenue !== undefined && { gain: inputs.revenue }), ...(inputs.spend !== undefined && { investment: inputs.spend }) }),
      rename: { gain: 'revenue', investment: 'spend' },
      denominator: 'spend',
    },
    lead_to_mql: { c: ratioOf(counts, 'mqls', 'leads') },
    mql_to_opportunity: { c: ratioOf(counts, 'opportunities', 'mqls') },
    opportunity_to_customer: { c: ratioOf(counts, 'customers', 'opportunities') },
  };
  const share: Computed =
    counts[measure] === null
      ? { value: null, reason: 'missing-input', input: measure }
      : measureTotal === null // with this row's value given, only an overflowing sum is null
        ? { value: null, reason: 'out-of-range', input: measure }
        : measureTotal === 0
          ? { value: null, reason: 'zero-denominator', input: measure }
          : finiteRatio(counts[measure]! / measureTotal, measure);
  const missing: Partial<Record<RatioKey, MissingRatio>> = {};
  const shareMissing = asMissing(share);
  if (shareMissing) missing.share = shareMissing;
  for (const [key, { c, rename, denominator }] of Object.entries(computed)) {
    const m = asMissing(c, rename, denominator);
    if (m) missing[key as RatioKey] = m;
  }
  return {
    ...counts,
    share: share.value,
    cpl: computed.cpl.c.value,
    cost_per_mql: computed.cost_per_mql.c.value,
    cost_per_opportunity: computed.cost_per_opportunity.c.value,
    cac: computed.cac.c.value,
    roi: computed.roi.c.value,
    rates: {
      lead_to_mql: computed.lead_to_mql.c.value,
      mql_to_opportunity: computed.mql_to_opportunity.c.value,
      opportunity_to_customer: computed.opportunity_to_customer.c.value,
    },
    missing,
  };
}

/** The value a column shows for a row (the label for `source`). */
export function columnValue(row: SourceFigures & { label?: string }, key: ColumnKey): number | string | null {
  if (key === 'source') return row.label ?? null;
  if ((RATE_KEYS as readonly string[]).includes(key)) return row.rates[key as RateKey];
  return row[key as Exclude<ColumnKey, 'source' | RateKey>];
}

/** Parses a `sort` attribute: `cpl`, `cpl:asc`, `cpl desc`. Unknown keys give null. */
export function parseSort(text: string | null | undefined): SortOrder | null {
  const m = /^\s*([a-z_]+)(?:\s*[:\s]\s*(asc|desc))?\s*$/i.exec(text ?? '');
  if (!m) return null;
  const key = m[1]!.toLowerCase();
  if (!(COLUMN_KEYS as readonly string[]).includes(key)) return null;
  const direction = (m[2]?.toLowerCase() as SortDirection | undefined) ?? defaultDirection(key as ColumnKey);
  return { key: key as ColumnKey, direction };
}

/** The direction a column sorts in first: names A to Z, numbers largest first. */
export function defaultDirection(key: ColumnKey): SortDirection {
  return key === 'source' ? 'asc' : 'desc';
}

export function formatSort(order: SortOrder): string {
  return `${order.key}:${order.direction}`;
}

/** Sorts rows by a column; rows without a value come last in either direction; ties keep input order. */
export function sortRows<T extends SourceFigures & { label: string; index: number }>(rows: readonly T[], order: SortOrder, locale = 'en'): T[] {
  const collator = new Intl.Collator(locale);
  const sign = order.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = columnValue(a, order.key);
    const vb = columnValue(b, order.key);
    if (va === null && vb === null) return a.index - b.index;
    if (va === null) return 1;
    if (vb === null) return -1;
    const diff = typeof va === 'string' || typeof vb === 'string' ? collator.compare(String(va), String(vb)) : va - vb;
    return diff === 0 ? a.index - b.index : sign * diff;
  });
}

/** The sum of the values given; null when none is, or when it overflows (two counts near 1.8e308). */
function sum(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (!present.length) return null;
  const total = present.reduce((a, b) => a + b, 0);
  return Number.isFinite(total) ? total : null;
}

/** Builds the model: every row's figures, the totals, the chart order, best and worst cost per lead. */
export function buildSourcesModel(input: SourcesInput, options: SourcesModelOptions = {}): SourcesModel {
  const language = options.language ?? 'en';
  const measure = options.measure ?? 'leads';
  const sort = options.sort ?? { key: measure, direction: 'desc' };
  const countsOf = (row: SourceInputRow): Counts =>
    Object.fromEntries(SOURCE_FIELDS.map((f) => [f, row[f] ?? null])) as Counts;
  const totalsCounts = Object.fromEntries(
    SOURCE_FIELDS.map((f) => [f, sum(input.sources.map(({ item }) => item[f] ?? null))]),
  ) as Counts;
  const measureTotal = totalsCounts[measure];
  let extra = 0;
  const rows: SourceRow[] = input.sources.map(({ index, item }) => {
    const k = KNOWN_BY_KEY.get(item.source);
    return {
      source: item.source,
      label: item.label ?? k?.label[language] ?? item.source,
      known: Boolean(k),
      color: { ...(k ? k.color : EXTRA_COLOURS[extra++ % EXTRA_COLOURS.length]!) },
      index,
      ...figuresFrom(countsOf(item), measureTotal, measure),
    };
  });
  const totals = figuresFrom(totalsCounts, measureTotal, measure);
  const ranked = sortRows(rows.filter((r) => r[measure] !== null), { key: measure, direction: 'desc' }).map((r) => r.source);
  const byCpl = sortRows(rows.filter((r) => r.cpl !== null), { key: 'cpl', direction: 'asc' });
  return {
    title: input.title ?? null,
    period: input.period ?? null,
    measure,
    chart: options.chart ?? 'bar',
    sort,
    rows: sortRows(rows, sort, language),
    ranked,
    totals,
    bestCpl: byCpl[0]?.source ?? null,
    worstCpl: byCpl.length > 1 ? byCpl[byCpl.length - 1]!.source : null,
  };
}

/** A label in the middle of a sentence: known default labels lose their capital ("paid search"). */
function inSentence(row: SourceRow, language: Language): string {
  const k = KNOWN_BY_KEY.get(row.source);
  if (language === 'en' && k && row.label === k.label.en) return row.label.charAt(0).toLowerCase() + row.label.slice(1);
  return row.label;
}

/**
 * The cost-per-lead sentence: "Organic search brings leads at $40, paid search
 * at $100" (best, then worst). Null when no cost per lead can be computed.
 */
export function cplSentence(model: SourcesModel, language: Language, formatter: NumberFormatter): string | null {
  const best = model.rows.find((r) => r.source === model.bestCpl);
  if (!best) return null;
  const worst = model.rows.find((r) => r.source === model.worstCpl);
  const bestCost = formatter.money(best.cpl);
  if (language === 'ar') {
    // Gender-neutral wording: labels from the data may be any noun.
    return worst
      ? `أقل تكلفة للعميل المحتمل: ${best.label} (${bestCost})، وأعلاها: ${worst.label} (${formatter.money(worst.cpl)})`
      : `تكلفة العميل المحتمل: ${best.label} (${bestCost})`;
  }
  const k = KNOWN_BY_KEY.get(best.source);
  const verb = k?.plural && best.label === k.label.en ? 'bring' : 'brings';
  return worst
    ? `${best.label} ${verb} leads at ${bestCost}, ${inSentence(worst, language)} at ${formatter.money(worst.cpl)}`
    : `${best.label} ${verb} leads at ${bestCost}`;
}
