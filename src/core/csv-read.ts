/**
 * A CSV file split into a header and rows, as tools export it: the delimiter found
 * (`,` `;` tab or `|`), a byte-order mark dropped, CRLF or LF, quoted fields (RFC 4180,
 * parsed by d3-dsv), comment and title lines above the header skipped, empty trailing
 * columns ignored. Every problem names its row (counted from 1 after the header row,
 * as a spreadsheet shows it) and, where there is one, its column.
 *
 * Part of the CSV chunk: loaded only when CSV data arrives.
 */
import { dsvFormat } from 'd3-dsv';
import type { CsvTable } from './csv-table.js';
import { arabicCount, type ArabicForms } from './format.js';
import type { Problem } from './validation.js';

/** The largest CSV read, in characters (a 20 MB export is refused, not parsed for seconds). */
export const MAX_CSV_CHARS = 10_000_000;
/** The most data rows read (a HubSpot export of every contact is added up; beyond this, filter it first). */
export const MAX_CSV_ROWS = 100_000;

const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const num = (locale: string, n: number) => new Intl.NumberFormat(locale).format(n);
const AR_ROWS: ArabicForms = { one: 'صف واحد', two: 'صفين', few: '{n} صفوف', many: '{n} صفًا', other: '{n} صف' };
const AR_CELLS: ArabicForms = { one: 'خلية واحدة', two: 'خليتين', few: '{n} خلايا', many: '{n} خلية', other: '{n} خلية' };
const megabytes = (locale: string, chars: number) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(chars / 1_000_000);

const problem = (en: string, ar: string, cell?: Problem['cell']): Problem => ({ path: [], code: 'custom', en, ar, ...(cell ? { cell } : {}) });

/** Whether a record holds nothing (a blank line, or a row of empty cells). */
const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
/** A comment line above the header, as Google Analytics writes its report's title and dates. */
const comment = (cells: readonly string[]) => (cells[0] ?? '').trimStart().startsWith('#');
/**
 * A comment line among the data: one that starts with `#` and fills no other cell. A row such
 * as `# of demos booked,Omar,12,20` is data (a sheet's usual way to write "number of"), not a
 * comment to drop without a word.
 */
const dataComment = (cells: readonly string[]) => comment(cells) && blank(cells.slice(1));

/**
 * The delimiter that splits the first lines into the same number (at least two) of fields
 * most often; ties go to the one giving more fields. Null when none splits them.
 */
export function detectDelimiter(text: string): Delimiter | null {
  const sample = text.split(/\r\n|\n|\r/, 30).filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#')).join('\n');
  let best: { delimiter: Delimiter; rows: number; fields: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const record of dsvFormat(delimiter).parseRows(sample)) {
      if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    }
    for (const [fields, rows] of counts) {
      if (!best || rows > best.rows || (rows === best.rows && fields > best.fields)) best = { delimiter, rows, fields };
    }
  }
  return best?.delimiter ?? null;
}

/** Text that is an HTML page (an error or sign-in page answered instead of the file). */
function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text) && /<(?:!doctype|html|head|body|title)\b/i.test(text.slice(0, 2000));
}

export interface SplitCsv {
  /** Null when the text is not a table at all (the problems say why). */
  table: CsvTable | null;
  problems: Problem[];
}

/**
 * Splits CSV text into a header and rows. `isHeader` says whether a record is the header the
 * element reads (it names the columns it needs, or a tool's export it recognises); the first
 * such record among the first 30 is the header, else the first record with two or more cells.
 */
export function splitCsv(text: string, isHeader: (cells: string[]) => boolean): SplitCsv {
  if (text.length > MAX_CSV_CHARS) {
    const size = text.length;
    return {
      table: null,
      problems: [{
        path: [], code: 'worded',
        say: (locale, lang) => lang === 'ar'
          ? `حجم ملف CSV ${megabytes(locale, size)}؛ الحد الأقصى ${megabytes(locale, MAX_CSV_CHARS)}: صدِّر صفوفًا أقل أو فترة أقصر`
          : `is a CSV of ${megabytes(locale, size)}; the most read is ${megabytes(locale, MAX_CSV_CHARS)}: export fewer rows or a shorter period`,
      }],
    };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (looksLikeHtml(body)) {
    return { table: null, problems: [problem(
      'is a web page (HTML), not CSV: the address answered with a page instead of the file (an error, or a sign-in page)',
      'صفحة ويب (HTML) وليست ملف CSV: ردّ العنوان بصفحة بدلًا من الملف (صفحة خطأ أو صفحة تسجيل دخول)',
    )] };
  }
  if (body.trim() === '') return { table: null, problems: [problem('is an empty CSV file', 'ملف CSV فارغ')] };
  const delimiter = detectDelimiter(body);
  if (!delimiter) {
    return { table: null, problems: [problem(
      'has a single column: separate the columns with commas, semicolons or tabs, and put the column names in the first row',
      'تحتوي على عمود واحد: افصل الأعمدة بفواصل أو فواصل منقوطة أو علامات جدولة، وضع أسماء الأعمدة في الصف الأول',
    )] };
  }
  const records = dsvFormat(delimiter).parseRows(body);
  const problems: Problem[] = [];
  // An opening quote never closed swallows the rest of the file into one cell.
  if (unclosedQuote(body, delimiter)) {
    problems.push(problem(
      'has a quote (") that is never closed: everything after it was read as one cell',
      'تحتوي على علامة اقتباس (") لم تُغلق: قُرئ كل ما بعدها على أنه خلية واحدة',
    ));
  }
  let headerAt = -1;
  let fallback = -1;
  for (let i = 0; i < Math.min(records.length, 30); i++) {
    const cells = records[i]!;
    if (blank(cells) || comment(cells)) continue;
    if (fallback < 0 && cells.filter((c) => c.trim() !== '').length >= 2) fallback = i;
    if (isHeader(cells.map((c) => c.trim()))) {
      headerAt = i;
      break;
    }
  }
  if (headerAt < 0) headerAt = fallback;
  if (headerAt < 0) {
    return { table: null, problems: [...problems, problem('has no header row: the first row should name the columns', 'لا تحتوي على صف عناوين: يجب أن يحمل الصف الأول أسماء الأعمدة')] };
  }
  const header = records[headerAt]!.map((c) => c.trim());
  // Empty trailing columns (a spreadsheet's unused columns, HubSpot's trailing comma) are not columns.
  let width = header.length;
  while (width > 0 && header[width - 1] === '') width--;
  const rows: CsvTable['rows'] = [];
  const dataRows = records.length - headerAt - 1;
  if (dataRows > MAX_CSV_ROWS) {
    problems.push({
      path: [], code: 'worded',
      say: (locale, lang) => lang === 'ar'
        ? `تحتوي على ${arabicCount(locale, dataRows, AR_ROWS)}؛ يُقرأ أول ${arabicCount(locale, MAX_CSV_ROWS, AR_ROWS)} فقط`
        : `has ${num(locale, dataRows)} rows; only the first ${num(locale, MAX_CSV_ROWS)} are read`,
    });
  }
  const last = Math.min(records.length, headerAt + 1 + MAX_CSV_ROWS);
  for (let i = headerAt + 1; i < last; i++) {
    const cells = records[i]!;
    const row = i - headerAt;
    if (blank(cells) || dataComment(cells)) continue;
    const extra = cells.slice(width).some((c) => c.trim() !== '');
    if (extra || cells.length < width) {
      const got = cells.length;
      problems.push({
        path: [], cell: { row }, code: 'worded',
        say: (locale, lang) => lang === 'ar'
          ? `يحتوي على ${arabicCount(locale, got, AR_CELLS)} بينما يحتوي صف العناوين على ${arabicCount(locale, width, AR_CELLS)}: تحقّق من الفاصل أو من علامة اقتباس ناقصة؛ تُرك هذا الصف`
          : `has ${num(locale, got)} cells where the header has ${num(locale, width)}: check the delimiter, or a missing quote; the row is left out`,
      });
      continue;
    }
    rows.push({ row, cells: cells.slice(0, width) });
  }
  return { table: { header: header.slice(0, width), rows }, problems };
}

/** Whether a quoted field opens and never closes (d3-dsv reads it to the end of the file). */
function unclosedQuote(text: string, delimiter: string): boolean {
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"' && fieldStart) inQuotes = true;
    fieldStart = c === delimiter || c === '\n' || c === '\r';
  }
  return inQuotes;
}
