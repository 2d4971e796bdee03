/**
 * Every number the kit shows goes through Intl.NumberFormat for the element's
 * locale and currency. Formatters are cached: constructing Intl objects is the
 * slow part, formatting is cheap.
 */
import type { Unit } from './types.js';

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

/** An ISO 4217 code Intl accepts (upper-cased), else null. */
export function resolveCurrency(candidate: string | null | undefined): string | null {
  if (!candidate || !/^[A-Za-z]{3}$/.test(candidate)) return null;
  let resolved = resolvedCurrencies.get(candidate);
  if (resolved === undefined) {
    try {
      new Intl.NumberFormat('en', { style: 'currency', currency: candidate });
      resolved = candidate.toUpperCase();
    } catch {
      resolved = null;
    }
    resolvedCurrencies.set(candidate, resolved);
  }
  return resolved;
}

/** Fraction digits that keep small numbers meaningful (0.758 customers) and big ones clean. */
function fractionDigits(value: number): number {
  const abs = Math.abs(value);
  if (Number.isInteger(value) || abs >= 100) return 0;
  return abs < 10 ? 2 : 1;
}

export function unitOptions(value: number, unit: Unit, currency: string, opts: FormatOptions): Intl.NumberFormatOptions {
  const base: Intl.NumberFormatOptions = {};
  if (opts.signed) base.signDisplay = 'exceptZero';
  if (opts.compact && Math.abs(value) >= 10_000 && unit !== 'percent') {
    base.notation = 'compact';
    base.maximumFractionDigits = 1;
    if (unit === 'currency') return { ...base, style: 'currency', currency };
    return base;
  }
  switch (unit) {
    case 'currency': {
      const digits = Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : 2;
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

/** Formats numbers for one locale and currency. */
export class NumberFormatter {
  readonly locale: string;
  readonly currency: string;

  /** Whether the locale's script runs right to left (Arabic, Hebrew, Persian, Urdu). */
  readonly rtl: boolean;

  constructor(locale: string, currency = 'USD') {
    this.locale = resolveLocale(locale);
    this.currency = resolveCurrency(currency) ?? 'USD';
    this.rtl = /^(ar|he|fa|ur)\b/i.test(this.locale);
  }

  /** A number in its unit, or the dash when there is none. */
  format(value: number | null | undefined, unit: Unit = 'count', opts: FormatOptions = {}): string {
    if (typeof value !== 'number' || !Number.isFinite(value)) return DASH;
    let text = numberFormat(this.locale, unitOptions(value, unit, this.currency, opts)).format(value);
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
