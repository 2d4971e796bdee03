/**
 * One cell of a CSV exported by Google Analytics, HubSpot, Excel or Google
 * Sheets, read as a number, a calendar day or a period label. Pure, no DOM; a
 * day is a day number (days.ts) built from the date as written, never through
 * `Date` or a time zone: `2026-11-30T23:30:00-05:00` is 30 November.
 *
 * Every reader first tidies the text the same way (see `tidy`): trimmed, the
 * byte-order mark and bidi marks dropped, the many Unicode spaces made one
 * ordinary space, Arabic-Indic digits made ASCII digits, `٪` made `%`.
 */
import { daysFromCivil, daysInMonth } from './days.js';
import { asciiDigits } from './validation.js';
import { parsePeriod, type Period } from './periods.js';

export type Decimal = '.' | ',';

export type NumberCell = { value: number; percent: boolean } | { value: null; reason: 'empty' | 'not-a-number' };

export type DayCell = { days: number } | { days: null; reason: 'empty' | 'not-a-date' };

export type PeriodCell =
  | { kind: 'period'; period: Period } // the cell names a period itself
  | { kind: 'day'; days: number } // the cell is a date: the caller decides which period holds it
  | { kind: 'empty' }
  | { kind: 'invalid' };

/** BOM, LRM/RLM, the Arabic letter mark, embeddings, overrides and isolates: never part of a value. */
const INVISIBLE = /[\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/**
 * The text of a cell made plain. Spaces of every kind (NBSP, narrow NBSP, thin…)
 * become one ordinary space rather than nothing, so that `30 Nov 2026` keeps its
 * words apart and `1 234 567` its groups (which are then checked).
 */
function tidy(text: string): string {
  const plain = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return asciiDigits(plain).replaceAll('\u066A', '%');
}

/* ------------------------------------------------------------------ numbers */

/** `$`, `US$`, `€`, `﷼` (any `\p{Sc}`, with up to 3 capitals before it), `USD`, or an Arabic abbreviation such as `ر.س.` or `د.إ`. */
const CURRENCY = String.raw`[A-Z]{0,3}\p{Sc}|[A-Z]{3}|[\u0621-\u064A]\.[\u0621-\u064A]\.?`;
/** Digits with their marks (`.,'’٫٬`, or one space before a digit) and an optional exponent; checked further by `digitsOf`. */
const BODY = String.raw`[.,\u066B]?\d(?:[\d.,'\u2019\u066B\u066C]| (?=\d))*(?:[eE][-+]?\d+)?`;
const NUMBER = new RegExp(
  String.raw`^(\()?(?:([-+]) ?)?(?:(${CURRENCY}) ?)?(?:([-+]) ?)?(?:(%) ?)?(${BODY})(?: ?(%))?(?: ?(${CURRENCY}))?(?: ?(-))?(\))?$`,
  'u',
);

/** Group separators by decimal mark; the Arabic thousands separator `٬` is one with either. */
const GROUPS: Record<Decimal, string> = { '.': ",' \u2019\u066C", ',': '. \u066C' };

/**
 * The integer digits, fraction digits and exponent of a number's body, or null
 * when its marks are not well formed: one decimal mark (`decimal`, or the Arabic
 * `٫` always) followed by digits; integer groups of one kind, the first of 1-3
 * digits and the rest of exactly 3; an exponent only on ungrouped digits.
 */
function digitsOf(body: string, decimal: Decimal): { int: string; frac: string; exp: string } | null {
  const [mantissa = '', exp = '0'] = body.split(/[eE]/);
  const marks = [...mantissa].filter((c) => c === decimal || c === '\u066B').length;
  if (marks > 1) return null;
  const at = marks ? Math.max(mantissa.indexOf(decimal), mantissa.indexOf('\u066B')) : mantissa.length;
  let int = mantissa.slice(0, at);
  const frac = mantissa.slice(at + 1);
  if (marks && !/^\d+$/.test(frac)) return null;
  if (!/^\d*$/.test(int)) {
    const group = int.replace(/\d/g, '')[0]!;
    const parts = int.split(group);
    const wellFormed = GROUPS[decimal].includes(group) && /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
    if (!wellFormed || body.length !== mantissa.length) return null;
    int = parts.join('');
  }
  return { int, frac, exp };
}

/**
 * One cell as a number. Reads plain numbers as `String(n)` writes them (`-3`,
 * `.5`, `1e+21`, `1.5E-7`); grouped ones (`1,234,567.89`, `1 234 567`,
 * `1'234.5`; with `decimal` ',': `1.234.567,89`, `1 234,5`); a currency symbol,
 * ISO code or Arabic abbreviation on either side (`$15,000`, `SAR 1,200`,
 * `١٬٢٠٠ ر.س.`); a percent sign on either side (`86.7%` is 0.867, percent
 * true); a minus as `-`, `−`, accounting parentheses `($1,234)` or a trailing `-`.
 *
 * It does not guess: `1,5` with `decimal` '.' is not a number (a decimal comma,
 * probably), nor is Indian grouping `12,34,567`. With `decimal` ',' a '.' is read
 * only as a thousands separator, so `1.500` is 1500 and `1.5` is not a number.
 *
 * The value is computed by one `Number()` of the digits (a percent moves the
 * exponent by 2 instead of dividing, so `86.7%` is exactly the double nearest
 * 0.867), and is always finite: `1e999` is not a number.
 */
export function parseNumberCell(text: string, decimal: Decimal): NumberCell {
  const s = tidy(text).replaceAll('\u2212', '-');
  if (s === '') return { value: null, reason: 'empty' };
  const m = NUMBER.exec(s);
  const [, open, sign1, cur1, sign2, pct1, body = '', pct2, cur2, trailing, close] = m ?? [];
  const signs = [sign1, sign2, trailing, open].filter(Boolean).length;
  const marks = [cur1, cur2, pct1, pct2].filter(Boolean).length;
  const digits = m && signs <= 1 && marks <= 1 && !open === !close ? digitsOf(body, decimal) : null;
  if (!digits) return { value: null, reason: 'not-a-number' };
  const percent = Boolean(pct1 ?? pct2);
  const negative = sign1 === '-' || sign2 === '-' || Boolean(trailing ?? open);
  // An exponent beyond ±(digits + 400) overflows or underflows all the same: clamp it so Number() can read the sum.
  const bound = digits.int.length + digits.frac.length + 400;
  const exp = Math.max(-bound, Math.min(bound, Number(digits.exp))) - (percent ? 2 : 0);
  const value = Number(`${negative ? '-' : ''}${digits.int || '0'}.${digits.frac || '0'}e${exp}`);
  return Number.isFinite(value) ? { value, percent } : { value: null, reason: 'not-a-number' };
}

/** The decimal mark a locale's numbers use: ',' where Intl writes a comma (de, fr, es, pt-BR...), else '.' (en, ar: the Arabic decimal separator U+066B is always read as a decimal mark anyway). */
export function decimalOf(locale: string): Decimal {
  try {
    const mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    return mark === ',' ? ',' : '.';
  } catch {
    return '.'; // not a locale tag
  }
}

/* --------------------------------------------------------------------- days */

/** Month names, English (full, 3-letter, `Sept`) and Arabic (Egyptian-Gulf and Levantine), keyed as `monthKey` writes them. */
const MONTHS = new Map<string, number>();
[
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر',
  'كانون_الثاني شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين_الاول تشرين_الثاني كانون_الاول',
].forEach((names) => names.split(' ').forEach((name, i) => MONTHS.set(name.replace('_', ' '), i + 1)));
MONTHS.set('sept', 9).set('يونيه', 6).set('يوليه', 7);

/** Lower case, no trailing dot (`Nov.`), and every alef with hamza or madda a plain alef (أبريل = ابريل, آذار = اذار). */
const monthKey = (name: string) => name.toLowerCase().replace(/\.$/, '').replace(/[أإآ]/g, 'ا');

/** A month name: a Latin word (`Nov`, `Nov.`) or one or two Arabic words (`نوفمبر`, `تشرين الثاني`). */
const NAME = String.raw`([a-z]{3,9}\.?|[\u0621-\u064A]+(?: [\u0621-\u064A]+)?)`;
/** A time after the date, ignored: `T14:05:00Z`, ` 14:05`, ` 2:05 PM`, `T14:05:00+03:00`. */
const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?(?:[ap]\.?m\.?|ص|م))?(?: ?(?:z|utc|gmt|[-+]\d{2}(?::?\d{2})?))?)?`;
const form = (source: string) => new RegExp(`^${source}${TIME}$`, 'i');

type Ymd = [year: number, month: number, day: number];
/** Day and month in either order (`03/04`): one above 12 is the day; otherwise `dayFirst` says. */
const dayMonth = (a: number, b: number, dayFirst: boolean): [day: number, month: number] => (a > 12 || (dayFirst && b <= 12) ? [a, b] : [b, a]);

/** Date forms: each regex with how its groups make a year, month and day. */
const DAY_FORMS: [RegExp, (m: string[], dayFirst: boolean) => Ymd][] = [
  // 2026-11-30, 2026/11/30, 2026.11.30
  [form(String.raw`(\d{4})([-/.])(\d{1,2})\2(\d{1,2})`), (m) => [+m[1]!, +m[3]!, +m[4]!]],
  // 20261130: GA4's Date dimension
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  // 30/11/2026, 11/30/2026, 30.11.2026, 30-11-2026
  [form(String.raw`(\d{1,2})([-/.])(\d{1,2})\2(\d{4})`), (m, dayFirst) => { const [d, mo] = dayMonth(+m[1]!, +m[3]!, dayFirst); return [+m[4]!, mo, d]; }],
  // 30 Nov 2026, 30-Nov-2026, 30 نوفمبر 2026
  [form(String.raw`(\d{1,2})(?:st|nd|rd|th)?[ ./-]*${NAME}[ ,،./-]*(\d{4})`), (m) => [+m[3]!, MONTHS.get(monthKey(m[2]!)) ?? 0, +m[1]!]],
  // Nov 30, 2026; November 30 2026
  [form(String.raw`${NAME}[ ./-]*(\d{1,2})(?:st|nd|rd|th)?[ ,،./-]*(\d{4})`), (m) => [+m[3]!, MONTHS.get(monthKey(m[1]!)) ?? 0, +m[2]!]],
];

/** The day number of a date that exists, in years 1000-9999; else null. */
function civilDays([year, month, day]: Ymd): number | null {
  const exists = year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return exists ? daysFromCivil(year, month, day) : null;
}

/**
 * One cell as a calendar day. Reads ISO dates (`2026-11-30`, `2026/11/30`),
 * GA4's `20261130`, numeric dates with the day and month in either order
 * (`30/11/2026`, `11/30/2026`, `30.11.2026`, `30-11-2026`; `dayFirst` settles
 * `03/04/2026`, a part above 12 settles itself), and dates with an English or
 * Arabic month name (`Nov 30, 2026`, `30 Nov 2026`, `30 نوفمبر 2026`). A time
 * after the date (`T14:05:00+03:00`, ` 2:05 PM`) is ignored, never applied:
 * the date is a label, as written. Impossible dates (`2026-02-30`) are not dates.
 */
export function parseDayCell(text: string, dayFirst: boolean): DayCell {
  const s = tidy(text);
  if (s === '') return { days: null, reason: 'empty' };
  for (const [pattern, ymd] of DAY_FORMS) {
    const m = pattern.exec(s);
    if (m) {
      const days = civilDays(ymd(m as string[], dayFirst));
      return days === null ? { days: null, reason: 'not-a-date' } : { days };
    }
  }
  return { days: null, reason: 'not-a-date' };
}

/** Whether a locale writes the day before the month in numeric dates (en-US: false; en-GB, de, fr, ar: true). */
export function dayFirstOf(locale: string): boolean {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', calendar: 'gregory' }).formatToParts(Date.UTC(2026, 10, 30));
    const at = (type: string) => parts.findIndex((p) => p.type === type);
    return at('day') < at('month');
  } catch {
    return false; // not a locale tag: month first, as en-US
  }
}

/* ------------------------------------------------------------------ periods */

const pad2 = (n: string) => n.padStart(2, '0');
const monthLabel = (year: string, name: string) => { const month = MONTHS.get(monthKey(name)); return month ? `${year}-${pad2(String(month))}` : null; };

/** Period forms: each regex with the kit's own label (periods.ts) it stands for, which parsePeriod then checks. */
const PERIOD_FORMS: [RegExp, (m: string[]) => string | null][] = [
  // 2026-W48, 2026W48, 2026-w48, 2026 W48 / W48 2026, W48-2026
  [/^(\d{4}) ?-? ?W(\d{1,2})$/i, (m) => `${m[1]}-W${pad2(m[2]!)}`],
  [/^W(\d{1,2}) ?[-/,]? ?(\d{4})$/i, (m) => `${m[2]}-W${pad2(m[1]!)}`],
  // 2026-Q4, 2026Q4, 2026 Q4 / Q4 2026, Q4-2026
  [/^(\d{4}) ?-? ?Q(\d)$/i, (m) => `${m[1]}-Q${m[2]}`],
  [/^Q(\d) ?[-/,]? ?(\d{4})$/i, (m) => `${m[2]}-Q${m[1]}`],
  // 202611 (GA4's "Year month"), 2026-11, 2026/11 / 11/2026, 11-2026
  [/^(\d{4})(\d{2})$/, (m) => `${m[1]}-${m[2]}`],
  [/^(\d{4})[-/](\d{1,2})$/, (m) => `${m[1]}-${pad2(m[2]!)}`],
  [/^(\d{1,2})[-/](\d{4})$/, (m) => `${m[2]}-${pad2(m[1]!)}`],
  // Nov 2026, November 2026, نوفمبر 2026 / 2026 نوفمبر
  [new RegExp(String.raw`^${NAME}[ ,،./-]*(\d{4})$`, 'i'), (m) => monthLabel(m[2]!, m[1]!)],
  [new RegExp(String.raw`^(\d{4})[ ,،./-]*${NAME}$`, 'i'), (m) => monthLabel(m[1]!, m[2]!)],
];

/**
 * One cell of a period column. Reads the kit's labels (`2026-11`, `2026-W48`,
 * `2026-Q4`) and their common variants: weeks `2026W48`, `W48 2026`; quarters
 * `2026 Q4`, `Q4-2026`; months `202611` (GA4's "Year month"), `2026/11`,
 * `11/2026`, `Nov 2026`, `نوفمبر 2026`. A period that cannot be (`2026-W54`,
 * W53 of a 52-week year, `2026-13`) is invalid. A full date (anything
 * `parseDayCell` reads) comes back as a day, for the caller to place in a period.
 */
export function parsePeriodCell(text: string, dayFirst: boolean): PeriodCell {
  const s = tidy(text);
  if (s === '') return { kind: 'empty' };
  for (const [pattern, label] of PERIOD_FORMS) {
    const m = pattern.exec(s);
    const canonical = m && label(m as string[]);
    if (canonical) {
      const { period } = parsePeriod(canonical);
      return period && period.year >= 1000 ? { kind: 'period', period } : { kind: 'invalid' };
    }
  }
  const day = parseDayCell(s, dayFirst);
  return day.days === null ? { kind: 'invalid' } : { kind: 'day', days: day.days };
}
