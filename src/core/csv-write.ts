/**
 * Each element's CSV shape (its columns: the JSON field names, nested ones dotted) and
 * `toCSV()`'s writing of the element's document in that shape, so the file reads back in
 * (csv-shapes.ts) to the same `result`. Plain numbers (`String(n)`: digits, `.` decimal, no
 * grouping), money columns with the currency in brackets (`spend (USD)`), document fields on
 * the first row, what the element computed in `result.*` columns (not read back).
 *
 * In the main bundle: `toCSV()` answers at once, for JSON data too.
 */
export type CsvElement = 'kpi-scorecard' | 'funnel-planner' | 'rolling-trend' | 'lead-source-breakdown';

/** How a column's cells are read. */
export type Kind = 'text' | 'enum' | 'number' | 'boolean' | 'day' | 'days' | 'weekdays' | 'period' | 'numbers';

export interface Shape {
  /** Fields of a row (an item of the element's list), by dotted name. */
  fields: Record<string, Kind>;
  /** Dotted prefixes of fields with any name after them (`inputs.` for a catalogue metric's inputs). */
  open?: readonly string[];
  /** Fields of the whole document, read from the first row that has them. */
  document: Record<string, Kind>;
  /** The header needs one of these (the row's key). */
  key: readonly string[];
}

export const SHAPES: Record<CsvElement, Shape> = {
  'kpi-scorecard': {
    fields: {
      id: 'text', metric: 'enum', label: 'text', group: 'text', indicator: 'enum', cadence: 'enum', unit: 'enum',
      direction: 'enum', owner: 'text', note: 'text', actual: 'number', target: 'number', 'target.min': 'number',
      'target.max': 'number', pace: 'boolean', elapsed: 'number', previous: 'number', 'thresholds.atRisk': 'number',
      aggregate: 'enum', history: 'numbers', period: 'period',
    },
    open: ['inputs.'],
    document: {
      title: 'text', asOf: 'day', weekStart: 'number', workdays: 'weekdays', holidays: 'days',
      'period.label': 'text', 'period.elapsed': 'number', 'period.cadence': 'enum',
    },
    key: ['id', 'metric', 'label'],
  },
  'rolling-trend': {
    fields: { period: 'period', value: 'number', target: 'number', compare: 'number' },
    document: { label: 'text', unit: 'enum', 'compare.label': 'text' },
    key: ['period'],
  },
  'lead-source-breakdown': {
    fields: {
      source: 'text', label: 'text', visits: 'number', leads: 'number', mqls: 'number', opportunities: 'number',
      customers: 'number', spend: 'number', revenue: 'number',
    },
    document: { title: 'text', period: 'text' },
    key: ['source'],
  },
  'funnel-planner': {
    fields: { id: 'text', label: 'text', rate: 'number', volume: 'number', actual: 'number' },
    document: {
      title: 'text', 'goal.revenue': 'number', 'goal.period': 'enum', averageDealSize: 'number', volumePeriod: 'enum',
      actualsPeriod: 'enum', pipelineCoverage: 'number', salesCycleDays: 'number', salesCycleStage: 'text',
    },
    key: ['id'],
  },
};


/** A cell `toCSV()` writes: text from the data (guarded against formulas) or a plain number. */
export type MachineCell = { text: string } | { formatted: string } | null;

export interface MachineTable {
  header: string[];
  rows: MachineCell[][];
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A value as `toCSV()` writes it: numbers in plain digits (`String(n)`), booleans, lists space-separated. */
function cellOf(value: unknown): MachineCell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { formatted: String(value) } : null;
  if (typeof value === 'boolean') return { formatted: String(value) };
  // `toCsv` guards a formula start with `'`; text that already starts with `'` before one gets
  // another, so the reader's one-`'` unguard gives the text back as it was (`'=x` -> `''=x` -> `'=x`).
  if (typeof value === 'string') return { text: /^'+[=+\-@\t\r]/.test(value) ? `'${value}` : value };
  if (Array.isArray(value)) return { formatted: value.map((v) => (v === null ? '-' : String(v))).join(' ') };
  return null;
}

/** Dotted leaves of an object (`target.min`), in order. */
function flatten(value: Record<string, unknown>, prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(value)) {
    if (isRecord(v)) out.push(...flatten(v, `${prefix}${k}.`));
    else out.push([`${prefix}${k}`, v]);
  }
  return out;
}

/** Columns in the shape's order (then any open ones), keeping only those with a value somewhere. */
function orderColumns(shape: Shape, used: Set<string>, order: readonly string[]): string[] {
  const open = [...used].filter((c) => !order.includes(c)).sort();
  return [...order.filter((c) => used.has(c)), ...open];
}

/** A header for a field: its name, with the currency in brackets for money (`spend (USD)`). */
const withUnit = (field: string, money: ReadonlySet<string>, currency: string) => (money.has(field) ? `${field} (${currency})` : field);

/**
 * Writes a table of items and document fields. `rows` are the items' flat fields; document
 * fields go on the first row only; `extra` columns (`result.*`, what the element computed)
 * come last and are not read back.
 */
function table(shape: Shape, items: Map<string, unknown>[], docFields: [string, unknown][], extra: { header: string; cells: MachineCell[] }[], money: ReadonlySet<string>, currency: string): MachineTable {
  const used = new Set<string>();
  for (const item of items) for (const [k, v] of item) if (v !== undefined && v !== null) used.add(k);
  const itemColumns = orderColumns(shape, used, Object.keys(shape.fields));
  const docColumns = Object.keys(shape.document).filter((k) => docFields.some(([d, v]) => d === k && v !== undefined && v !== null));
  const header = [...itemColumns, ...docColumns].map((c) => withUnit(c, money, currency));
  const rows = items.map((item, i) => [
    ...itemColumns.map((c) => cellOf(item.get(c))),
    ...docColumns.map((c) => (i === 0 ? cellOf(docFields.find(([d]) => d === c)?.[1]) : null)),
    ...extra.map((e) => e.cells[i] ?? null),
  ]);
  return { header: [...header, ...extra.map((e) => e.header)], rows };
}

const docLeaves = (doc: Record<string, unknown>, shape: Shape): [string, unknown][] =>
  flatten(doc).filter(([k]) => Object.hasOwn(shape.document, k));

export interface ScorecardResultRow {
  id: string;
  label: string;
  metric: string | null;
  status: string;
  ratio: number | null;
  comparedTarget: unknown;
  paced: boolean;
  projected: number | null;
  change: number | null;
  shortfall: number | null;
}

/**
 * The scorecard as CSV: one row per metric with its current numbers, then one row per
 * period of its history; `result.*` columns carry what the scorecard judged.
 */
export function scorecardTable(doc: unknown, results: readonly ScorecardResultRow[], currency: string): MachineTable | null {
  if (!isRecord(doc) || !Array.isArray(doc.metrics)) return null;
  const shape = SHAPES['kpi-scorecard'];
  const docAtRisk = isRecord(doc.thresholds) ? doc.thresholds.atRisk : undefined;
  const items: Map<string, unknown>[] = [];
  const owners: (ScorecardResultRow | null)[] = [];
  const used = new Set<ScorecardResultRow>();
  for (const metric of doc.metrics) {
    if (!isRecord(metric)) continue;
    const { history, ...rest } = metric;
    const flat = new Map(flatten(rest));
    // The document's at-risk threshold travels on each metric that has none of its own.
    if (docAtRisk !== undefined && !flat.has('thresholds.atRisk')) flat.set('thresholds.atRisk', docAtRisk);
    const key = ['id', 'metric', 'label'].find((k) => typeof metric[k] === 'string');
    const result = results.find((r) => !used.has(r) && (
      (typeof metric.id === 'string' && r.id === metric.id) ||
      (metric.id === undefined && typeof metric.metric === 'string' && r.metric === metric.metric) ||
      (metric.id === undefined && metric.metric === undefined && r.label === metric.label))) ?? null;
    if (result) used.add(result);
    const entries = Array.isArray(history) ? history : [];
    if (entries.length && entries.every((e) => e === null || typeof e === 'number')) flat.set('history', entries);
    items.push(flat);
    owners.push(result);
    if (!entries.every((e) => e === null || typeof e === 'number')) {
      for (const e of entries) {
        if (!isRecord(e)) continue;
        const row = new Map<string, unknown>();
        if (key) row.set(key, metric[key]);
        row.set('period', e.period);
        row.set('actual', e.value);
        for (const [k, v] of flatten(isRecord(e.target) ? { target: e.target } : { target: e.target })) row.set(k, v);
        if (isRecord(e.inputs)) for (const [k, v] of Object.entries(e.inputs)) row.set(`inputs.${k}`, v);
        items.push(row);
        owners.push(null);
      }
    }
  }
  const pick = (f: (r: ScorecardResultRow) => unknown) => owners.map((r) => (r ? cellOf(f(r)) : null));
  const extra = [
    { header: 'result.status', cells: owners.map((r) => (r ? { text: r.status } : null)) },
    { header: 'result.ofTarget', cells: pick((r) => r.ratio) },
    { header: 'result.targetByNow', cells: pick((r) => (r.paced && typeof r.comparedTarget === 'number' ? r.comparedTarget : null)) },
    { header: 'result.projected', cells: pick((r) => r.projected) },
    { header: 'result.change', cells: pick((r) => r.change) },
    { header: 'result.shortfall', cells: pick((r) => r.shortfall) },
  ];
  return table(shape, items, docLeaves(doc, shape), extra, new Set(), currency);
}

export interface TrendResultPoint {
  period: string;
  change: number | null;
  yoy: number | null;
}

/** The trend as CSV: one row per period (value, target, compare). */
export function trendTable(doc: unknown, window: readonly TrendResultPoint[], unit: string, currency: string): MachineTable | null {
  if (!isRecord(doc) || !Array.isArray(doc.points)) return null;
  const shape = SHAPES['rolling-trend'];
  const targetList = Array.isArray(doc.target) ? doc.target.filter(isRecord) : null;
  const compare = isRecord(doc.compare) && Array.isArray(doc.compare.points) ? doc.compare.points.filter(isRecord) : [];
  const items = doc.points.filter(isRecord).map((p) => {
    const row = new Map<string, unknown>([['period', p.period], ['value', p.value]]);
    row.set('target', targetList ? targetList.find((t) => t.period === p.period)?.value : doc.target);
    row.set('compare', compare.find((c) => c.period === p.period)?.value);
    return row;
  });
  const byPeriod = new Map(window.map((w) => [w.period, w]));
  const periods = items.map((i) => String(i.get('period')));
  const extra = [
    { header: 'result.change', cells: periods.map((p) => cellOf(byPeriod.get(p)?.change)) },
    { header: 'result.yoy', cells: periods.map((p) => cellOf(byPeriod.get(p)?.yoy)) },
  ];
  const money = unit === 'currency' ? new Set(['value', 'target', 'compare']) : new Set<string>();
  return table(shape, items, docLeaves(doc, shape), extra, money, currency);
}

export interface SourcesResultRow {
  source: string;
  cpl: number | null;
  cost_per_opportunity: number | null;
  cac: number | null;
  roi: number | null;
  share: number | null;
}

/** The lead sources as CSV: one row per source; money in the element's currency. */
export function sourcesTable(doc: unknown, results: readonly SourcesResultRow[], currency: string): MachineTable | null {
  if (!isRecord(doc) || !Array.isArray(doc.sources)) return null;
  const shape = SHAPES['lead-source-breakdown'];
  const rows = doc.sources.filter(isRecord);
  const items = rows.map((s) => new Map(flatten(s)));
  const byKey = new Map(results.map((r) => [r.source, r]));
  const of = (f: (r: SourcesResultRow) => number | null) => rows.map((s) => cellOf(typeof s.source === 'string' ? (byKey.has(s.source) ? f(byKey.get(s.source)!) : null) : null));
  const extra = [
    { header: 'result.share', cells: of((r) => r.share) },
    { header: `result.cpl (${currency})`, cells: of((r) => r.cpl) },
    { header: `result.costPerOpportunity (${currency})`, cells: of((r) => r.cost_per_opportunity) },
    { header: `result.cac (${currency})`, cells: of((r) => r.cac) },
    { header: 'result.roi', cells: of((r) => r.roi) },
  ];
  return table(shape, items, docLeaves(doc, shape), extra, new Set(['spend', 'revenue']), currency);
}

export interface FunnelResultStage {
  id: string;
  required: number;
  gap: number | null;
}

/** The funnel as CSV: one row per stage (rate, volume, actual), the goal on the first row. */
export function funnelTable(doc: unknown, stages: readonly FunnelResultStage[], currency: string): MachineTable | null {
  if (!isRecord(doc) || !Array.isArray(doc.stages)) return null;
  const shape = SHAPES['funnel-planner'];
  const actuals = isRecord(doc.actuals) ? doc.actuals : {};
  const rows = doc.stages.filter(isRecord);
  const items = rows.map((s) => {
    const row = new Map(flatten(s));
    if (typeof s.id === 'string' && Object.hasOwn(actuals, s.id)) row.set('actual', actuals[s.id]);
    return row;
  });
  const byId = new Map(stages.map((s) => [s.id, s]));
  const of = (f: (s: FunnelResultStage) => number | null) => rows.map((s) => cellOf(typeof s.id === 'string' && byId.has(s.id) ? f(byId.get(s.id)!) : null));
  const extra = [
    { header: 'result.required', cells: of((s) => s.required) },
    { header: 'result.gap', cells: of((s) => s.gap) },
  ];
  return table(shape, items, docLeaves(doc, shape), extra, new Set(['goal.revenue', 'averageDealSize']), currency);
}

/** The funnel's edits (from its inputs) written into its document, so the CSV holds the plan as shown. */
export function withFunnelEdits(doc: unknown, edits: { goalRevenue?: number; goalPeriod?: string; averageDealSize?: number; volume?: number; rates?: Record<string, number> }): unknown {
  if (!isRecord(doc) || !Array.isArray(doc.stages)) return doc;
  const out: Record<string, unknown> = { ...doc, stages: doc.stages.map((s) => (isRecord(s) ? { ...s } : s)) };
  if (isRecord(doc.goal)) out.goal = { ...doc.goal, ...(edits.goalRevenue !== undefined ? { revenue: edits.goalRevenue } : {}), ...(edits.goalPeriod !== undefined ? { period: edits.goalPeriod } : {}) };
  if (edits.averageDealSize !== undefined) out.averageDealSize = edits.averageDealSize;
  const stages = out.stages as unknown[];
  if (edits.volume !== undefined && !isRecord(doc.goal) && isRecord(stages[0])) stages[0].volume = edits.volume;
  for (const s of stages.slice(1)) {
    if (isRecord(s) && typeof s.id === 'string' && edits.rates && Object.hasOwn(edits.rates, s.id)) s.rate = edits.rates[s.id];
  }
  return out;
}
