/**
 * fast-check arbitraries of valid documents for every element (what a page or a back end
 * sends), for properties that must hold for any valid input: the CSV round trip
 * (test/elements/csv-round-trip.test.ts). Every document they make validates with no problems:
 * a property asserts that first, so a drifting arbitrary fails loudly instead of testing less.
 *
 * Text fields include what a CSV writer must take care of: separators, quotes, line breaks,
 * spreadsheet formula starts (`=`, `+`, `-`, `@`), an apostrophe before one, Arabic.
 */
import fc from 'fast-check';
import { fromOrdinal, formatPeriod, ordinal, parsePeriod, type Granularity } from '../../src/core/periods.js';
import { SOURCE_KEYS } from '../../src/core/sources.js';

type Doc = Record<string, unknown>;

/** Drops the keys whose value is `undefined` (an optional field left out). */
const compact = (o: Doc): Doc => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Shown text: never empty, at most a few words; the awkward cases on purpose. */
export const text: fc.Arbitrary<string> = fc.oneof(
  // Cells are read trimmed (exports pad them): text with spaces at its ends does not round-trip
  // and is left out here (reported; see csv.test.ts).
  fc.string({ minLength: 1, maxLength: 14 }).filter((s) => s.trim() !== '' && s.trim() === s),
  fc.constantFrom(
    'Website visitors', 'زوار الموقع', 'a, b; c', 'say "hi"', 'two\nlines', '=HYPERLINK("http://x","y")',
    '+1 555', '-5 points', '@mention', "'=already", "'quoted'", 'tab\there', '٣٤ leads', '10%', 'Q4 2026',
  ),
);

/** Plain ids and keys, as exports have them. */
const ident = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);

/** Non-negative numbers of every size (integers, fractions, exponents when written). */
const count = fc.oneof(
  fc.nat({ max: 2_000_000 }),
  fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 0.5, 1e-7, 12345.678, 1e21),
);
/** Any finite number, negatives included. */
const real = fc.oneof(count, count.map((n) => -n));

/** `n` consecutive periods of a granularity, from a start between 2019 and 2026. */
function periods(granularity: Granularity, min: number, max: number): fc.Arbitrary<string[]> {
  const first = ordinal(parsePeriod(granularity === 'week' ? '2019-W01' : granularity === 'quarter' ? '2019-Q1' : '2019-01').period!);
  const span = granularity === 'week' ? 52 * 7 : granularity === 'quarter' ? 28 : 84;
  return fc.tuple(fc.nat({ max: span }), fc.integer({ min, max })).map(([start, n]) =>
    Array.from({ length: n }, (_, i) => formatPeriod(fromOrdinal(granularity, first + start + i))),
  );
}

const UNITS = ['count', 'currency', 'percent', 'days', 'minutes', 'score', 'ratio'] as const;

/* -------------------------------------------------------------- lead sources */

export const sourcesDocument: fc.Arbitrary<Doc> = fc
  .record({
    title: optional(text),
    period: optional(text),
    sources: fc.uniqueArray(
      fc.record({
        source: fc.oneof(fc.constantFrom(...SOURCE_KEYS), ident.map((s) => `x_${s}`)),
        label: optional(text),
        ownLabel: text,
        visits: optional(fc.oneof(count, fc.constant(null))),
        leads: optional(fc.oneof(count, fc.constant(null))),
        mqls: optional(count),
        opportunities: optional(count),
        customers: optional(count),
        spend: optional(fc.oneof(count, fc.constant(null))),
        revenue: optional(count),
      }),
      { minLength: 1, maxLength: 6, selector: (s) => s.source },
    ),
  })
  // A source that is not one of the known keys needs its label.
  .map((d) => compact({
    ...d,
    sources: d.sources.map(({ ownLabel, ...s }) => compact({ ...s, label: s.label ?? (s.source.startsWith('x_') ? ownLabel : undefined) })),
  }));

/* -------------------------------------------------------------- rolling trend */

export const trendDocument: fc.Arbitrary<Doc> = fc
  .constantFrom<Granularity>('month', 'week', 'quarter')
  .chain((g) => periods(g, 1, 30))
  .chain((ps) =>
    fc.record({
      label: optional(text),
      unit: optional(fc.constantFrom(...UNITS)),
      values: fc.array(fc.oneof(real, fc.constant(null)), { minLength: ps.length, maxLength: ps.length }),
      target: fc.oneof(
        fc.constant(undefined),
        real,
        fc.array(fc.option(real, { nil: undefined }), { minLength: ps.length, maxLength: ps.length }),
      ),
      compare: optional(fc.record({
        label: optional(text),
        values: fc.array(fc.option(fc.oneof(real, fc.constant(null)), { nil: undefined }), { minLength: ps.length, maxLength: ps.length }),
      })),
      ps: fc.constant(ps),
    }),
  )
  // Not kept by a round trip (README, "CSV in and out"): a per-period target list with one value on every point reads
  // back as one target for the whole window. Such lists are left out here until it is settled.
  .filter(({ ps, target }) => !(Array.isArray(target) && target.every((t) => t !== undefined && t === target[0]) && ps.length > 0))
  .map(({ ps, values, target, compare, label, unit }) => {
    const listed = Array.isArray(target)
      ? ps.flatMap((period, i) => (target[i] === undefined ? [] : [{ period, value: target[i] }]))
      : target;
    return compact({
      label,
      unit,
      points: ps.map((period, i) => ({ period, value: values[i] })),
      target: Array.isArray(listed) && listed.length === 0 ? undefined : listed,
      // A comparison with neither a label nor a value has nothing to write: null is written as an
      // empty cell, read back as no value (a round trip does not keep null apart from absent: README, "CSV in and out").
      compare: compare && (compare.label !== undefined || compare.values.some((v) => v !== undefined && v !== null))
        ? compact({ label: compare.label, points: ps.flatMap((period, i) => (compare.values[i] === undefined ? [] : [{ period, value: compare.values[i] }])) })
        : undefined,
    });
  });

/* -------------------------------------------------------------- funnel */

const FUNNEL_PERIODS = ['month', 'quarter', 'year'] as const;
const rate = fc.oneof(fc.double({ min: 0.001, max: 1, noNaN: true }), fc.constantFrom(0.015, 0.2, 0.5, 1));

export const funnelDocument: fc.Arbitrary<Doc> = fc
  .uniqueArray(ident, { minLength: 2, maxLength: 6 })
  .chain((ids) =>
    fc.record({
      title: optional(text),
      labels: fc.array(optional(text), { minLength: ids.length, maxLength: ids.length }),
      rates: fc.array(rate, { minLength: ids.length, maxLength: ids.length }),
      // backward from a revenue goal, or forward from the first stage's volume
      mode: fc.oneof(
        fc.record({ revenue: fc.double({ min: 1000, max: 1e9, noNaN: true }), period: fc.constantFrom(...FUNNEL_PERIODS), deal: fc.double({ min: 100, max: 1e6, noNaN: true }) }),
        fc.record({ volume: fc.oneof(fc.nat({ max: 1_000_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })) }),
      ),
      actuals: fc.array(optional(fc.oneof(fc.nat({ max: 100_000 }), fc.constant(null))), { minLength: ids.length, maxLength: ids.length }),
      volumePeriod: optional(fc.constantFrom(...FUNNEL_PERIODS)),
      actualsPeriod: optional(fc.constantFrom(...FUNNEL_PERIODS)),
      pipelineCoverage: optional(fc.double({ min: 0.5, max: 10, noNaN: true })),
      salesCycleDays: optional(fc.nat({ max: 365 })),
      ids: fc.constant(ids),
    }),
  )
  .map((d) => {
    const forward = 'volume' in d.mode;
    const stages = d.ids.map((id, i) =>
      compact({ id, label: d.labels[i], rate: i === 0 ? undefined : d.rates[i], volume: i === 0 && 'volume' in d.mode ? d.mode.volume : undefined }),
    );
    const actuals = Object.fromEntries(d.ids.flatMap((id, i) => (d.actuals[i] === undefined ? [] : [[id, d.actuals[i]]])));
    return compact({
      title: d.title,
      goal: 'revenue' in d.mode ? { revenue: d.mode.revenue, period: d.mode.period } : undefined,
      averageDealSize: 'deal' in d.mode ? d.mode.deal : undefined,
      stages,
      actuals: Object.keys(actuals).length ? actuals : undefined,
      volumePeriod: forward ? d.volumePeriod : undefined,
      actualsPeriod: d.actualsPeriod,
      pipelineCoverage: d.pipelineCoverage,
      salesCycleDays: d.salesCycleDays,
    });
  });

/* -------------------------------------------------------------- scorecard */

const CADENCE_GRANULARITY = { weekly: 'week', monthly: 'month', quarterly: 'quarter' } as const;
type Cadence = keyof typeof CADENCE_GRANULARITY;
const target = fc.oneof(
  real,
  fc.record({ min: optional(real), max: optional(real) }, { requiredKeys: [] }).filter((r) => r.min !== undefined || r.max !== undefined)
    .map((r) => compact(r as Doc)).filter((r) => typeof r.min !== 'number' || typeof r.max !== 'number' || r.min <= r.max),
);

const metric = (id: string): fc.Arbitrary<Doc> =>
  fc
    .record({
      label: text,
      group: optional(fc.oneof(fc.constantFrom('marketing', 'sales', 'service'), text)),
      indicator: optional(fc.constantFrom('leading', 'lagging')),
      cadence: optional(fc.constantFrom<Cadence>('weekly', 'monthly', 'quarterly')),
      unit: optional(fc.constantFrom(...UNITS)),
      direction: optional(fc.constantFrom('higher', 'lower')),
      owner: optional(text),
      note: optional(text),
      actual: fc.oneof(real, fc.constant(null)),
      target: optional(target),
      previous: optional(fc.oneof(real, fc.constant(null))),
      thresholds: optional(fc.record({ atRisk: fc.double({ min: 0.05, max: 0.95, noNaN: true }) })),
      history: fc.oneof(
        fc.constant(undefined),
        fc.array(fc.oneof(real, fc.constant(null)), { minLength: 1, maxLength: 8 }),
        fc.constant('entries' as const),
      ),
      entries: fc.array(fc.record({ value: optional(fc.oneof(real, fc.constant(null))), target: optional(real) }), { minLength: 1, maxLength: 6 }),
      start: fc.nat({ max: 40 }),
    })
    .map((m) => {
      const { entries, start, history, ...rest } = m;
      let h: unknown = history;
      if (history === 'entries') {
        // Periods of the metric's cadence (weekly by default), all before 2026 (and `asOf`).
        const g: Granularity = CADENCE_GRANULARITY[m.cadence ?? 'weekly'];
        const base = ordinal(parsePeriod(g === 'week' ? '2024-W01' : g === 'quarter' ? '2014-Q1' : '2022-01').period!);
        h = entries.map((e, i) => compact({ period: formatPeriod(fromOrdinal(g, base + start + i)), ...e }));
      }
      // Not kept by a round trip (README, "CSV in and out"): `actual: null` beside period entries is written as an empty
      // cell and read back as absent, which takes the current entry's value; left out here.
      const actual = history === 'entries' && rest.actual === null ? undefined : rest.actual;
      return compact({ id, ...rest, actual, history: h });
    });

export const scorecardDocument: fc.Arbitrary<Doc> = fc
  .uniqueArray(ident, { minLength: 1, maxLength: 5 })
  .chain((ids) =>
    fc.record({
      title: optional(text),
      asOf: optional(fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`)),
      weekStart: optional(fc.integer({ min: 1, max: 7 })),
      workdays: optional(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }).map((w) => w.sort((a, b) => a - b))),
      holidays: optional(fc.uniqueArray(fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`), { minLength: 1, maxLength: 3 })),
      period: optional(fc.record({ label: optional(text) }).map(compact)),
      thresholds: optional(fc.record({ atRisk: fc.double({ min: 0.05, max: 0.95, noNaN: true }) })),
      metrics: fc.tuple(...ids.map(metric)),
    }),
  )
  .map((d) => compact({ ...d, period: d.period && Object.keys(d.period).length ? d.period : undefined }));

/** Each element's tag and its valid documents. */
export const VALID_DOCUMENTS = [
  { tag: 'kpi-scorecard', documents: scorecardDocument },
  { tag: 'funnel-planner', documents: funnelDocument },
  { tag: 'rolling-trend', documents: trendDocument },
  { tag: 'lead-source-breakdown', documents: sourcesDocument },
] as const;
