/**
 * Each element's CSV shape: how a table of cells becomes the element's JSON document (then
 * validated exactly as JSON is), and how `toCSV()` writes the document back so it reads in
 * again to the same `result`.
 *
 * Header names are the JSON field names, nested ones dotted (`inputs.spend`, `target.min`);
 * matched without regard to case, spaces, `_` or `-`, and with a unit in brackets ignored
 * (`spend (USD)`). The `columns` attribute maps other names; the exports of Google Analytics
 * and HubSpot are recognised by their own headers (csv-exports.ts). Document fields
 * (`asOf`, `title`...) are columns too, read from the first row that has them.
 *
 * Every value placed in the document remembers its cell, so a problem that validation finds at
 * `metrics[3].target` is reported at `row 4, column "target"`.
 *
 * Part of the CSV chunk: loaded only when CSV data arrives.
 */
import { dayFirstOf, decimalOf, parseDayCell, parseNumberCell, parsePeriodCell, type Decimal } from './csv-cells.js';
import { recogniseExport, sourceKeyFor } from './csv-exports.js';
import { SHAPES, type CsvElement, type Kind, type Shape } from './csv-write.js';
import { detectDelimiter, splitCsv } from './csv-read.js';
import type { CsvCellRef, CsvRow, CsvTable } from './csv-table.js';
import { CADENCE_GRANULARITY } from './calendar.js';
import { formatDay } from './days.js';
import { formatPath, ownValue, setOwn, type PathSegment } from './json-path.js';
import { formatPeriod, ordinal, periodOfDay, type Granularity, type Period } from './periods.js';
import { isolateBidi, type Problem } from './validation.js';

/** Names in an Arabic sentence: «أ» و«ب» و«ج», or «أ» أو «ب» (Intl.ListFormat). */
const arabicList = (items: readonly string[], type: Intl.ListFormatType = 'conjunction') => new Intl.ListFormat('ar', { type }).format(items);

export type { CsvElement };
/** A JSON path as the key of `reported`. */
export { formatPath as pathKey };

export interface CsvReadOptions {
  /** The element's locale: its decimal mark and day-month order where `decimal` is not given. */
  locale: string;
  decimal?: Decimal | null;
  /** Field names to this file's header names (the `columns` attribute). */
  columns?: Readonly<Record<string, string>> | null;
}

export interface CsvDocument {
  /** The element's JSON document; null when the file could not be read as a table. */
  value: unknown;
  /** Problems with the file and its cells (validation's are added by the element). */
  problems: Problem[];
  /** The cell a JSON path came from (the nearest one up the path), for validation's problems. */
  locate(path: readonly PathSegment[]): CsvCellRef | null;
  /** Paths whose cell already has a problem: validation's problem there would say it twice. */
  reported: ReadonlySet<string>;
}

/** Header text compared loosely: case, spaces, `_` and `-` ignored, a trailing `(unit)` dropped. */
const loose = (name: string) => name.trim().replace(/\s*\([^()]*\)\s*$/, '').toLowerCase().replace(/[\s_-]+/g, '');

/** A totals row at the end of an export (Google Analytics' "Grand total", a sheet's "Total"). */
const TOTALS = /^(?:grand\s+)?totals?:?$|^sum$|^(?:ال)?إجمالي|^الاجمالي|^المجموع/i;

/**
 * The inverse of the export's formula guard: `'=SUM(A1)` written by `toCSV()` reads back as `=SUM(A1)`,
 * and `''=SUM(A1)` (text that itself began `'=`) as `'=SUM(A1)`.
 */
const unguard = (text: string) => (/^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

interface Cell {
  value: unknown;
  column: string;
}
interface Rec {
  row: number;
  cells: Map<string, Cell>;
  /** A period cell read as written, placed by the shape once it knows the metric's cadence. */
  period?: ReturnType<typeof parsePeriodCell>;
}

class Reader {
  readonly problems: Problem[] = [];
  readonly places = new Map<string, CsvCellRef>();
  readonly reported = new Set<string>();
  private decimal: Decimal;
  private readonly dayFirst: boolean;

  constructor(private readonly options: CsvReadOptions, dayFirst: boolean) {
    this.decimal = options.decimal ?? decimalOf(options.locale);
    this.dayFirst = dayFirst;
  }

  number = (text: string): number | null => {
    const n = parseNumberCell(text, this.decimal);
    return n.value;
  };

  cellProblem(row: number, column: string, en: string, ar: string): void {
    this.problems.push({ path: [], cell: { row, column }, code: 'custom', en, ar });
  }

  /** One cell by its kind: the value, or a problem at the cell and the text as written (validation then treats it as JSON). */
  read(kind: Kind, text: string, row: number, column: string): { value: unknown; bad: boolean } | null {
    const t = text.trim();
    if (t === '') return null;
    const shown = isolateBidi(t.length > 40 ? `${t.slice(0, 40)}…` : t);
    const bad = (en: string, ar: string) => {
      this.cellProblem(row, column, `"${shown}" ${en}`, `«${shown}» ${ar}`);
      return { value: t, bad: true };
    };
    switch (kind) {
      case 'text':
        return { value: unguard(t), bad: false };
      case 'enum':
        return { value: t.toLowerCase().replace(/\s+/g, '_'), bad: false };
      case 'number': {
        const n = parseNumberCell(t, this.decimal);
        if (n.value !== null) return { value: n.value, bad: false };
        const other: Decimal = this.decimal === '.' ? ',' : '.';
        if (parseNumberCell(t, other).value !== null) {
          return bad(
            `is not a number with "${this.decimal}" as the decimal mark: for this file, set decimal="${other}"`,
            `ليس رقمًا بعلامة عشرية «${this.decimal}»: لهذا الملف اضبط decimal="${other}"`,
          );
        }
        return bad('is not a number', 'ليس رقمًا');
      }
      case 'boolean': {
        const b = /^(?:true|yes|y|1|نعم)$/i.test(t) ? true : /^(?:false|no|n|0|لا)$/i.test(t) ? false : null;
        return b === null ? bad('is not true or false', 'ليس true أو false') : { value: b, bad: false };
      }
      case 'day': {
        const d = parseDayCell(t, this.dayFirst);
        return d.days === null ? bad('is not a date: write it as 2026-11-30', 'ليس تاريخًا: اكتبه بالصيغة 2026-11-30') : { value: formatDay(d.days), bad: false };
      }
      case 'days': {
        const days = t.split(/[\s,;|]+/).map((p) => parseDayCell(p, this.dayFirst).days);
        return days.some((d) => d === null)
          ? bad('is not a list of dates: write them as 2026-12-25 2027-01-01', 'ليس قائمة تواريخ: اكتبها بالصيغة 2026-12-25 2027-01-01')
          : { value: days.map((d) => formatDay(d!)), bad: false };
      }
      case 'weekdays': {
        const parts = t.split(/[\s,;|]+/);
        return parts.every((p) => /^[1-7]$/.test(p))
          ? { value: parts.map(Number), bad: false }
          : bad('is not a list of weekdays: write numbers 1-7 (1 = Monday), such as 1 2 3 4 5', 'ليس قائمة أيام: اكتب أرقامًا من 1 إلى 7 (1 = الاثنين) مثل 1 2 3 4 5');
      }
      case 'numbers': {
        const parts = t.split(/\s+/);
        const values = parts.map((p) => (p === '-' ? null : parseNumberCell(p, this.decimal).value));
        return values.some((v, i) => v === null && parts[i] !== '-')
          ? bad('is not a list of numbers separated by spaces (- for a period without a value)', 'ليس قائمة أرقام تفصلها مسافات (- لفترة بلا قيمة)')
          : { value: values, bad: false };
      }
      case 'period':
        return { value: t, bad: false }; // placed by the shape (a date's period depends on the metric)
    }
  }

  /** Notes where a value in the document came from. */
  place(path: PathSegment[], cell: CsvCellRef, bad = false): void {
    const key = formatPath(path);
    this.places.set(key, cell);
    if (bad) this.reported.add(key);
  }

  periodLabel(text: string, granularity: Granularity, row: number, column: string, path: PathSegment[]): string {
    const p = parsePeriodCell(text, this.dayFirst);
    if (p.kind === 'period') return formatPeriod(p.period);
    if (p.kind === 'day') return formatPeriod(periodOfDay(p.days, granularity));
    const shown = isolateBidi(text.trim());
    this.cellProblem(row, column, `"${shown}" is not a period: write 2026-11, 2026-W48, 2026-Q4 or a date`, `«${shown}» ليس فترة: اكتب 2026-11 أو 2026-W48 أو 2026-Q4 أو تاريخًا`);
    this.reported.add(formatPath(path));
    return text.trim();
  }

  /** Reads the numbers with this decimal mark from now on. */
  useDecimal(decimal: Decimal): void {
    this.decimal = decimal;
  }

  get dayFirstOrder(): boolean {
    return this.dayFirst;
  }
}

/** Field name -> column index, from `columns`, a recognised export's columns and the header names. */
function columnMap(shape: Shape, header: readonly string[], mapped: Readonly<Record<string, string>>): Map<string, number> {
  const byLoose = new Map<string, number>();
  header.forEach((h, i) => {
    if (h !== '' && !byLoose.has(loose(h))) byLoose.set(loose(h), i);
  });
  const exact = new Map<string, number>();
  header.forEach((h, i) => {
    if (!exact.has(h.toLowerCase())) exact.set(h.toLowerCase(), i);
  });
  const out = new Map<string, number>();
  const taken = new Set<number>();
  for (const [field, name] of Object.entries(mapped)) {
    const i = exact.get(name.trim().toLowerCase()) ?? byLoose.get(loose(name));
    if (i !== undefined) {
      out.set(field, i);
      taken.add(i);
    }
  }
  for (const field of [...Object.keys(shape.fields), ...Object.keys(shape.document)]) {
    if (out.has(field)) continue;
    const i = byLoose.get(loose(field));
    if (i !== undefined && !taken.has(i)) out.set(field, i);
  }
  for (const prefix of shape.open ?? []) {
    header.forEach((h, i) => {
      if (!taken.has(i) && h.toLowerCase().startsWith(prefix) && h.length > prefix.length) {
        out.set(`${prefix}${h.slice(prefix.length).replace(/\s*\([^()]*\)\s*$/, '').trim()}`, i);
      }
    });
  }
  return out;
}

/**
 * Sets a dotted field in an object, as own properties: the field names come from the file's
 * header and the columns attribute, so `inputs.__proto__.x` sets a field called `__proto__`,
 * never a property of every object on the page.
 */
function setDotted(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let cur = target;
  for (const part of parts.slice(0, -1)) {
    let next = ownValue(cur, part);
    if (next === null || typeof next !== 'object') setOwn(cur, part, (next = {}));
    cur = next as Record<string, unknown>;
  }
  setOwn(cur, parts[parts.length - 1]!, value);
}

const segments = (dotted: string): PathSegment[] => dotted.split('.');

/**
 * Reads CSV text as the element's JSON document. Never throws: a file that is not a table
 * gives `value: null` and the problems that say why.
 */
export function readCsvDocument(element: CsvElement, text: string, options: CsvReadOptions): CsvDocument {
  const shape = SHAPES[element];
  const reader = new Reader(options, dayFirstOf(options.locale));
  const userColumns = options.columns ?? {};
  const isHeader = (cells: string[]) => {
    if (recogniseExport(element, { header: cells, rows: [] }, { number: reader.number })) return true;
    const map = columnMap(shape, cells, userColumns);
    return shape.key.some((k) => map.has(k));
  };
  const split = splitCsv(text, isHeader);
  const done = (value: unknown): CsvDocument => ({
    value,
    problems: reader.problems,
    reported: reader.reported,
    locate(path) {
      for (let i = path.length; i > 0; i--) {
        const cell = reader.places.get(formatPath(path.slice(0, i)));
        if (cell) return cell;
      }
      return null;
    },
  });
  reader.problems.push(...split.problems);
  if (!split.table) return done(null);
  let table: CsvTable = split.table;
  // A file `toCSV()` wrote (its `result.*` columns, comma-separated) has `.` decimals in every
  // locale: read back in a decimal-comma locale, it still gives the same result. Other files,
  // and a `decimal` attribute, keep the locale's mark (a spreadsheet there saves with `;`).
  if (!options.decimal && table.header.some((h) => h.startsWith('result.')) && detectDelimiter(text.replace(/^\uFEFF/, '')) === ',') {
    reader.useDecimal('.');
  }
  let mapped: Record<string, string> = { ...userColumns };
  const known = recogniseExport(element, table, { number: reader.number });
  if (known && 'table' in known) {
    table = known.table;
    reader.problems.push(...known.problems);
  } else if (known) mapped = { ...known.columns, ...userColumns };
  const columns = columnMap(shape, table.header, mapped);
  for (const [field, name] of Object.entries(userColumns)) {
    if (!columns.has(field)) {
      reader.problems.push({ path: [], cell: { column: name }, code: 'custom',
        en: `is not a column of this file (the columns attribute maps "${isolateBidi(field)}" to it); the columns are: ${table.header.filter(Boolean).map((h) => `"${isolateBidi(h)}"`).join(', ')}`,
        ar: `ليس عمودًا في هذا الملف (تربط سمة columns الحقل «${isolateBidi(field)}» به)؛ الأعمدة هي: ${arabicList(table.header.filter(Boolean).map((h) => `«${isolateBidi(h)}»`))}` });
    }
  }
  if (!shape.key.some((k) => columns.has(k))) {
    const wanted = shape.key.map((k) => `"${k}"`).join(' or ');
    const wantedAr = arabicList(shape.key.map((k) => `«${k}»`), 'disjunction');
    const found = table.header.filter(Boolean).map((h) => `"${isolateBidi(h)}"`).join(', ');
    const foundAr = arabicList(table.header.filter(Boolean).map((h) => `«${isolateBidi(h)}»`));
    reader.problems.push({ path: [], code: 'custom',
      en: `has no column ${wanted}: the columns found are ${found}. Name one of them so, or map it with the columns attribute, e.g. columns='{"${shape.key[0]}":"${isolateBidi(table.header.find(Boolean) ?? 'Name')}"}'`,
      ar: `لا تحتوي على عمود ${wantedAr}: الأعمدة الموجودة هي ${foundAr}. سمِّ أحدها كذلك، أو اربطه بسمة columns، مثل columns='{"${shape.key[0]}":"${isolateBidi(table.header.find(Boolean) ?? 'Name')}"}'` });
    return done(null);
  }
  const keyField = shape.key.find((k) => columns.has(k))!;
  const records: Rec[] = [];
  const doc: Record<string, unknown> = {};
  const docFrom = new Map<string, { row: number; text: string }>();
  for (const r of table.rows) {
    const keyText = (r.cells[columns.get(keyField)!] ?? '').trim();
    if (TOTALS.test(keyText)) continue;
    const rec: Rec = { row: r.row, cells: new Map() };
    for (const [field, index] of columns) {
      const column = table.header[index]!;
      const text = r.cells[index] ?? '';
      if (Object.hasOwn(shape.document, field)) {
        readDocumentField(reader, shape, doc, docFrom, field, text, r, column);
        continue;
      }
      const kind = (ownValue(shape.fields, field) as Kind | undefined) ?? 'number';
      const v = reader.read(kind, text, r.row, column);
      if (v) rec.cells.set(field, { value: v.value, column });
      if (v?.bad) rec.cells.set(`${field}\u0000bad`, { value: true, column });
    }
    records.push(rec);
  }
  const value = BUILDERS[element](records, doc, reader);
  return done(value);
}

function readDocumentField(reader: Reader, shape: Shape, doc: Record<string, unknown>, from: Map<string, { row: number; text: string }>, field: string, text: string, r: CsvRow, column: string): void {
  const t = text.trim();
  if (t === '') return;
  const first = from.get(field);
  if (first) {
    if (first.text !== t) {
      const shown = isolateBidi(t);
      const was = isolateBidi(first.text);
      reader.problems.push({ path: [], cell: { row: r.row, column }, code: 'worded',
        say: (locale, lang) => {
          const row = new Intl.NumberFormat(locale).format(first.row);
          return lang === 'ar'
            ? `«${shown}» يخالف «${was}» في الصف ${row}: للملف كله قيمة واحدة؛ تُستخدم الأولى`
            : `"${shown}" differs from "${was}" in row ${row}: one value for the whole file; the first is used`;
        } });
    }
    return;
  }
  const v = reader.read(shape.document[field]!, text, r.row, column);
  if (!v) return;
  from.set(field, { row: r.row, text: t });
  setDotted(doc, field, v.value);
  reader.place(segments(field), { row: r.row, column }, v.bad);
}

type Builder = (records: Rec[], doc: Record<string, unknown>, reader: Reader) => Record<string, unknown>;

/** An item's own fields (not `skip`) into an object, each placed at `base` + its dotted path. */
function itemOf(rec: Rec, base: PathSegment[], reader: Reader, skip: readonly string[] = []): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [field, cell] of rec.cells) {
    if (field.includes('\u0000') || skip.includes(field)) continue;
    setDotted(item, field, cell.value);
    reader.place([...base, ...segments(field)], { row: rec.row, column: cell.column }, rec.cells.has(`${field}\u0000bad`));
  }
  return item;
}

const text = (rec: Rec, field: string): string | undefined => {
  const v = rec.cells.get(field)?.value;
  return typeof v === 'string' ? v : v === undefined ? undefined : String(v);
};

const BUILDERS: Record<CsvElement, Builder> = {
  /**
   * One row per metric, or per metric and period: rows with a `period` are the history of the
   * metric with the same id (else catalogue key, else label); its row without a period holds the
   * current numbers, or, when it has none, its latest period does.
   */
  'kpi-scorecard'(records, doc, reader) {
    const keyOf = (rec: Rec) => text(rec, 'id') ?? text(rec, 'metric') ?? text(rec, 'label') ?? `\u0000row${rec.row}`;
    const current: Rec[] = [];
    const byKey = new Map<string, { current: Rec | null; periods: Rec[] }>();
    const order: string[] = [];
    for (const rec of records) {
      const key = keyOf(rec);
      let group = byKey.get(key);
      if (!group) {
        group = { current: null, periods: [] };
        byKey.set(key, group);
        order.push(key);
      }
      if (rec.cells.has('period')) group.periods.push(rec);
      else if (!group.current) group.current = rec;
      else current.push(rec); // a second row for the same metric: its own metric (validation names the duplicate)
    }
    const metrics: Record<string, unknown>[] = [];
    const cadenceOf = (rec: Rec | null) => {
      const c = rec ? text(rec, 'cadence') : undefined;
      return c === 'weekly' || c === 'monthly' || c === 'quarterly' ? c : null;
    };
    for (const key of order) {
      const group = byKey.get(key)!;
      const cadence = cadenceOf(group.current) ?? cadenceOf(group.periods[0] ?? null);
      const granularity: Granularity = CADENCE_GRANULARITY[cadence ?? 'weekly'];
      const index = metrics.length;
      const labelled = group.periods.map((rec, j) => ({
        rec,
        label: reader.periodLabel(text(rec, 'period')!, granularity, rec.row, rec.cells.get('period')!.column, ['metrics', index, 'history', j, 'period']),
      }));
      let head = group.current;
      if (!head && labelled.length) {
        // No row without a period: the latest period holds the current numbers.
        const latest = labelled.reduce((a, b) => (periodOrdinal(b.label) > periodOrdinal(a.label) ? b : a));
        head = latest.rec;
        labelled.splice(labelled.indexOf(latest), 1);
      }
      const item = itemOf(head!, ['metrics', index], reader, ['period']);
      if (labelled.length) {
        item.history = labelled.map(({ rec, label }, j) => {
          const path: PathSegment[] = ['metrics', index, 'history', j];
          const entry: Record<string, unknown> = { period: label };
          reader.place([...path, 'period'], { row: rec.row, column: rec.cells.get('period')!.column });
          reader.place(path, { row: rec.row });
          for (const [field, cell] of rec.cells) {
            if (field.includes('\u0000')) continue;
            const to = field === 'actual' ? 'value' : field.startsWith('target') || field.startsWith('inputs.') ? field : null;
            if (!to) continue; // the metric's own fields are read from its row
            setDotted(entry, to, cell.value);
            reader.place([...path, ...segments(to)], { row: rec.row, column: cell.column }, rec.cells.has(`${field}\u0000bad`));
          }
          return entry;
        });
      }
      metrics.push(item);
    }
    for (const rec of current) metrics.push(itemOf(rec, ['metrics', metrics.length], reader, ['period']));
    return { ...doc, metrics };
  },

  /** One row per period: `value`, and optionally `target` (one number for all, or per period) and `compare`. */
  'rolling-trend'(records, doc, reader) {
    const texts = records.map((rec) => text(rec, 'period') ?? '');
    // Dates: the 1st of each month is a monthly series, other dates are weeks (ISO).
    const cells = texts.map((t) => parsePeriodCell(t, reader.dayFirstOrder));
    const monthly = cells.every((c) => c.kind !== 'day' || (c.kind === 'day' && formatDay(c.days).endsWith('-01')));
    const granularity: Granularity = monthly ? 'month' : 'week';
    const points: Record<string, unknown>[] = [];
    const targets: { period: string; value: unknown; rec: Rec }[] = [];
    const compare: Record<string, unknown>[] = [];
    records.forEach((rec, i) => {
      const periodCell = rec.cells.get('period');
      const period = periodCell ? reader.periodLabel(texts[i]!, granularity, rec.row, periodCell.column, ['points', points.length, 'period']) : undefined;
      const path: PathSegment[] = ['points', points.length];
      reader.place(path, { row: rec.row });
      if (periodCell) reader.place([...path, 'period'], { row: rec.row, column: periodCell.column });
      const value = rec.cells.get('value');
      if (value) reader.place([...path, 'value'], { row: rec.row, column: value.column }, rec.cells.has('value\u0000bad'));
      points.push({ period, value: value ? value.value : null });
      const target = rec.cells.get('target');
      if (target) targets.push({ period: period ?? '', value: target.value, rec });
      const c = rec.cells.get('compare');
      if (c) {
        const cp: PathSegment[] = ['compare', 'points', compare.length];
        reader.place(cp, { row: rec.row, column: c.column });
        reader.place([...cp, 'value'], { row: rec.row, column: c.column }, rec.cells.has('compare\u0000bad'));
        compare.push({ period, value: c.value });
      }
    });
    const out: Record<string, unknown> = { ...doc, points };
    if (targets.length) {
      const same = targets.length === records.length && targets.every((t) => t.value === targets[0]!.value);
      if (same) {
        out.target = targets[0]!.value;
        reader.place(['target'], { row: targets[0]!.rec.row, column: targets[0]!.rec.cells.get('target')!.column });
      } else {
        out.target = targets.map((t, j) => {
          reader.place(['target', j], { row: t.rec.row, column: t.rec.cells.get('target')!.column }, t.rec.cells.has('target\u0000bad'));
          return { period: t.period, value: t.value };
        });
      }
    }
    if (compare.length || (doc.compare && typeof doc.compare === 'object')) {
      out.compare = { ...(doc.compare as Record<string, unknown> | undefined), points: compare };
    }
    return out;
  },

  /** One row per source; channel names as GA4 and HubSpot write them become the known source keys. */
  'lead-source-breakdown'(records, doc, reader) {
    const sources = records.map((rec, i) => {
      const item = itemOf(rec, ['sources', i], reader);
      reader.place(['sources', i], { row: rec.row });
      if (typeof item.source === 'string' && item.label === undefined) {
        const key = sourceKeyFor(item.source);
        if (key) item.source = key;
        else item.label = item.source;
      }
      return item;
    });
    return { ...doc, sources };
  },

  /** One row per stage, in funnel order; `actual` is the stage's actual volume. */
  'funnel-planner'(records, doc, reader) {
    const actuals: Record<string, unknown> = {};
    const stages = records.map((rec, i) => {
      const item = itemOf(rec, ['stages', i], reader, ['actual']);
      reader.place(['stages', i], { row: rec.row });
      const actual = rec.cells.get('actual');
      if (actual && typeof item.id === 'string') {
        setOwn(actuals, item.id, actual.value);
        reader.place(['actuals', item.id], { row: rec.row, column: actual.column }, rec.cells.has('actual\u0000bad'));
      }
      return item;
    });
    const out: Record<string, unknown> = { ...doc, stages };
    if (Object.keys(actuals).length) out.actuals = actuals;
    return out;
  },
};

/** A period label's place in time, for picking the latest; labels that are not periods sort first. */
function periodOrdinal(label: string): number {
  const p = parsePeriodCell(label, false);
  return p.kind === 'period' ? ordinal(p.period as Period) : -Infinity;
}

