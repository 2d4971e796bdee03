/**
 * CSV of what an element shows, for spreadsheets.
 * - RFC 4180 quoting; CRLF line ends; a UTF-8 byte-order mark so Excel reads
 *   Arabic and currency symbols correctly.
 * - `;` as the separator where the locale's decimal mark is a comma (as Excel
 *   there expects), else `,`.
 * - Formula injection: a text cell from the data that starts with = + - @ tab
 *   or carriage return is prefixed with an apostrophe, so a spreadsheet shows
 *   it as text instead of running it (OWASP "CSV injection"). Numbers are
 *   formatted by Intl and written as they are.
 */

/** A cell: text from the data (guarded), or a number already formatted for the locale. */
export type CsvCell = { text: string } | { formatted: string } | string | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvSeparator(locale: string): ',' | ';' {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return FORMULA_START.test(cell) ? `'${cell}` : cell;
  if ('text' in cell) return FORMULA_START.test(cell.text) ? `'${cell.text}` : cell.text;
  return cell.formatted;
}

function quote(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], locale: string): string {
  const sep = csvSeparator(locale);
  const lines = [header.map((h) => quote(cellText(h), sep)), ...rows.map((r) => r.map((c) => quote(cellText(c), sep)))];
  return `\uFEFF${lines.map((l) => l.join(sep)).join('\r\n')}\r\n`;
}
