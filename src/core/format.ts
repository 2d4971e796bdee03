/**
 * Every number the kit shows goes through Intl.NumberFormat for the element's
 * locale and currency. Formatters are cached: constructing Intl objects is the
 * slow part, formatting is cheap.
 */
import type { Unit } from './types.js';
import { asciiDigits, excerpt, isolateBidi, type Problem } from './validation.js';

/** What stands in for a number that cannot be computed (with a reason beside it). */
export const DASH = '—';

export interface FormatOptions {
  /** Short forms for big numbers: 1.2M, 12K. */
  compact?: boolean;
  /** Show + for positive numbers (changes). */
  signed?: boolean;
  /** Short unit names where space is tight: "58 min" rather than "58 minutes". */
  shortUnits?: boolean;
}

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const resolvedLocales = new Map<string, string>();

/** A BCP 47 tag Intl accepts, else `en`. */
export function resolveLocale(candidate: string | null | undefined): string {
  if (!candidate) return 'en';
  let resolved = resolvedLocales.get(candidate);
  if (resolved === undefined) {
    resolved = lookupLocale(candidate);
    resolvedLocales.set(candidate, resolved);
  }
  return resolved;
}

function lookupLocale(candidate: string): string {
  try {
    const [supported] = Intl.NumberFormat.supportedLocalesOf([candidate]);
    if (supported) return supported;
  } catch {
    // malformed tag: fall through
  }
  return 'en';
}

const resolvedCurrencies = new Map<string, string | null>();

/** The ISO 4217 codes this browser knows (`Intl.supportedValuesOf`), or null where it cannot say. */
let knownCurrencies: ReadonlySet<string> | null | undefined;
function isoCurrencies(): ReadonlySet<string> | null {
  if (knownCurrencies === undefined) {
    try {
      knownCurrencies = typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;
    } catch {
      knownCurrencies = null;
    }
  }
  return knownCurrencies;
}

/**
 * An ISO 4217 code (`usd` and ` EUR ` are read as USD and EUR), else null: not three letters
 * (`US$`, `constructor`), or three letters that name no currency (`ABC`).
 */
export function resolveCurrency(candidate: string | null | undefined): string | null {
  if (typeof candidate !== 'string') return null;
  let resolved = resolvedCurrencies.get(candidate);
  if (resolved === undefined) {
    resolved = lookupCurrency(candidate.trim());
    resolvedCurrencies.set(candidate, resolved);
  }
  return resolved;
}

function lookupCurrency(code: string): string | null {
  if (!/^[A-Za-z]{3}$/.test(code)) return null;
  const upper = code.toUpperCase();
  const known = isoCurrencies();
  if (known) return known.has(upper) ? upper : null;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: upper });
    return upper;
  } catch {
    return null;
  }
}

/**
 * The problem with a `currency` attribute, or null when it is absent, empty or an ISO 4217 code.
 * Amounts are then shown in USD, and the problem says so rather than leaving it silent.
 */
export function currencyProblem(value: string | null | undefined): Problem | null {
  if (value === null || value === undefined || value.trim() === '' || resolveCurrency(value) !== null) return null;
  const shown = isolateBidi(excerpt(value) ?? '');
  return {
    path: [], code: 'custom',
    en: `has a currency attribute "${shown}" that is not an ISO 4217 code such as USD, EUR or SAR: amounts are shown in USD`,
    ar: `سمة currency فيه «${shown}» ليست رمز عملة ISO 4217 مثل USD أو EUR أو SAR: تُعرض المبالغ بالدولار الأمريكي (USD)`,
  };
}

const minorUnits = new Map<string, number>();

/** The digits of a currency's minor unit, as Intl knows them: 2 for USD, 3 for KWD, BHD and OMR, 0 for JPY. */
export function currencyDigits(currency: string): number {
  let digits = minorUnits.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorUnits.set(currency, digits);
  }
  return digits;
}

/**
 * From this size on (as shown: a percent counts a hundred times its ratio) numbers print in
 * scientific notation, "$1.23E21": written out, 1e21 is 22 digits that widen the page, and
 * compact notation stops at trillions ("$1,000,000,000T").
 */
export const SCIENTIFIC_FROM = 1e15;

/** Fraction digits that keep small numbers meaningful (0.758 customers) and big ones clean. */
function fractionDigits(value: number): number {
  const abs = Math.abs(value);
  if (Number.isInteger(value) || abs >= 100) return 0;
  return abs < 10 ? 2 : 1;
}

export function unitOptions(value: number, unit: Unit, currency: string, opts: FormatOptions): Intl.NumberFormatOptions {
  const options = plainUnitOptions(value, unit, currency, opts);
  const shown = Math.abs(unit === 'percent' ? value * 100 : value);
  if (shown < SCIENTIFIC_FROM) return options;
  return { ...options, notation: 'scientific', minimumFractionDigits: 0, maximumFractionDigits: 2 };
}

function plainUnitOptions(value: number, unit: Unit, currency: string, opts: FormatOptions): Intl.NumberFormatOptions {
  // A value that rounds to zero shows no sign: never "-0" or "-$0.00".
  const base: Intl.NumberFormatOptions = { signDisplay: opts.signed ? 'exceptZero' : 'negative' };
  if (opts.compact && Math.abs(value) >= 10_000 && unit !== 'percent') {
    base.notation = 'compact';
    base.maximumFractionDigits = 1;
    if (unit === 'currency') return { ...base, style: 'currency', currency };
    return base;
  }
  switch (unit) {
    case 'currency': {
      // Whole amounts and amounts from 100 on drop the minor unit; others show the currency's own digits.
      const digits = Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : currencyDigits(currency);
      return { ...base, style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits };
    }
    case 'percent':
      return { ...base, style: 'percent', maximumFractionDigits: 1 };
    case 'days':
      return { ...base, style: 'unit', unit: 'day', unitDisplay: opts.shortUnits ? 'short' : 'long', maximumFractionDigits: 1 };
    case 'minutes':
      return { ...base, style: 'unit', unit: 'minute', unitDisplay: opts.shortUnits ? 'short' : 'long', maximumFractionDigits: 1 };
    case 'score':
    case 'ratio':
      return { ...base, maximumFractionDigits: 1 };
    case 'count':
    default:
      return { ...base, maximumFractionDigits: fractionDigits(value) };
  }
}

/**
 * Arabic compact numbers with the counted noun in agreement: Intl writes «10 ألف» for 10,000 and
 * «5 مليون», where Arabic counts 3 to 10 with the plural («10 آلاف», «5 ملايين»); 11 and up take
 * the singular, as Intl has it.
 */
const ARABIC_PLURALS: Record<string, string> = { 'ألف': 'آلاف', 'مليون': 'ملايين', 'مليار': 'مليارات', 'ترليون': 'ترليونات' };
function arabicCompact(format: Intl.NumberFormat, value: number): string {
  const parts = format.formatToParts(value);
  const digits = parts
    .filter((p) => p.type === 'integer' || p.type === 'decimal' || p.type === 'fraction')
    .map((p) => (p.type === 'decimal' ? '.' : asciiDigits(p.value)))
    .join('');
  const n = Number(digits);
  const counted = Number.isInteger(n) && n >= 3 && n <= 10;
  return parts.map((p) => (p.type === 'compact' && counted ? ARABIC_PLURALS[p.value.trim()] ?? p.value : p.value)).join('');
}

/** Whether a locale's script is written right to left (Arabic, Hebrew, Persian, Urdu…), as Intl knows it. */
export function isRtlLocale(locale: string): boolean {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const direction = l.getTextInfo?.().direction ?? l.textInfo?.direction;
    if (direction) return direction === 'rtl';
    return ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug'].includes(l.language);
  } catch {
    return false;
  }
}

/** Formats numbers for one locale and currency. */
export class NumberFormatter {
  readonly locale: string;
  readonly currency: string;

  /** Whether the locale's script runs right to left (Arabic, Hebrew, Persian, Urdu). */
  readonly rtl: boolean;

  constructor(locale: string, currency = 'USD') {
    this.locale = resolveLocale(locale);
    this.currency = resolveCurrency(currency) ?? 'USD';
    this.rtl = isRtlLocale(this.locale);
  }

  /** A number in its unit, or the dash when there is none. */
  format(value: number | null | undefined, unit: Unit = 'count', opts: FormatOptions = {}): string {
    if (typeof value !== 'number' || !Number.isFinite(value)) return DASH;
    const options = unitOptions(value, unit, this.currency, opts);
    let text = options.notation === 'compact' && this.locale.toLowerCase().startsWith('ar')
      ? arabicCompact(numberFormat(this.locale, options), value)
      : numberFormat(this.locale, options).format(value);
    // In right-to-left text a trailing "$" (Arabic "23,000 US$") is neutral and drifts away
    // from "US"; a left-to-right mark after it keeps "US$" together.
    if (this.rtl && unit === 'currency') text = text.replace(/\$(?=\s|$)/u, '$\u200E');
    // A ratio (LTV : CAC) reads as "3.2×"; Intl has no unit for it.
    return unit === 'ratio' ? `${text}×` : text;
  }

  /** A ratio as a percentage: 0.2 -> "20%". */
  percent(ratio: number | null | undefined, opts: FormatOptions = {}): string {
    return this.format(ratio, 'percent', opts);
  }

  /** A plain count. */
  count(value: number | null | undefined, opts: FormatOptions = {}): string {
    return this.format(value, 'count', opts);
  }

  money(value: number | null | undefined, opts: FormatOptions = {}): string {
    return this.format(value, 'currency', opts);
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Names the data's days and periods (`2026-01`, `2026-W05`, `2026-11-30`) for a locale. They
 * are Gregorian labels, so they are named in the Gregorian calendar whatever the locale's own
 * (Persian for `fa`, Hijri for `ar-SA` or `…-u-ca-islamic`), in the locale's language and
 * digits: "2026-01" is ژانویهٔ ۲۰۲۶ in `fa`, not دی ۱۴۰۴. A label's date is a UTC instant named
 * in UTC, so it is the same day in every time zone.
 */
export function labelDateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, calendar: 'gregory', timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * A noun counted in Arabic, in the form the number takes (Intl.PluralRules `ar`, six forms):
 * «صف واحد», «صفّين», «٣ صفوف», «١١ صفًا», «١٠٠ صف». `{n}` is the number through Intl for
 * the locale, so `ar-EG` shows Arabic-Indic digits.
 */
export interface ArabicForms {
  zero?: string;
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<string, Intl.PluralRules>();

/** Picks the plural form for n in the locale and fills in `{n}` with `shown` (default: n as written). */
export function plural(locale: string, n: number, forms: PluralForms, shown: string = String(n)): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replace('{n}', shown);
}

export function arabicCount(locale: string, n: number, forms: ArabicForms, shown?: string): string {
  // Arabic's six forms even when the element's locale is not Arabic (a message quoted in Arabic).
  const rules = locale.toLowerCase().startsWith('ar') ? locale : 'ar';
  return plural(rules, n, forms, shown ?? numberFormat(locale, {}).format(n));
}

const ORDINAL_UNITS = ['', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];

/**
 * An Arabic ordinal, masculine and definite, to follow a masculine noun (الشهر، الأسبوع، الربع):
 * «الثالث», «الحادي عشر»; from 20 on «الـ٢٥» (the number through Intl), as the press writes it.
 */
export function arabicOrdinal(n: number, locale: string): string {
  if (Number.isInteger(n) && n >= 1 && n <= 10) return ORDINAL_UNITS[n]!;
  if (Number.isInteger(n) && n >= 11 && n <= 19) return `${n === 11 ? 'الحادي' : ORDINAL_UNITS[n - 10]} عشر`;
  return `الـ${numberFormat(locale, { useGrouping: false }).format(n)}`;
}

/**
 * A period named for a message, in the locale's language and digits: "November 2026",
 * "Week 5, 2026", "Q1 2026"; «نوفمبر ٢٠٢٦», «الأسبوع ٥، ٢٠٢٦», «الربع الأول ٢٠٢٦».
 */
export function periodWords(p: { granularity: 'month' | 'week' | 'quarter'; year: number; index: number }, locale: string): string {
  const arabic = locale.toLowerCase().startsWith('ar');
  const n = (x: number) => numberFormat(locale, { useGrouping: false }).format(x);
  switch (p.granularity) {
    case 'month':
      return labelDateFormat(locale, { month: 'long', year: 'numeric' }).format(Date.UTC(p.year, p.index - 1, 1));
    case 'week':
      return arabic ? `الأسبوع ${n(p.index)}، ${n(p.year)}` : `Week ${n(p.index)}, ${n(p.year)}`;
    case 'quarter':
      return arabic ? `الربع ${arabicOrdinal(p.index, locale)} ${n(p.year)}` : `Q${n(p.index)} ${n(p.year)}`;
  }
}

/** A day (`YYYY-MM-DD` as year, month, day) named for a message: «٢ ديسمبر ٢٠٢٦». */
export function dayWords(year: number, month: number, day: number, locale: string): string {
  return labelDateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(year, month - 1, day));
}
