/**
 * Reporting periods as labels: months `YYYY-MM`, ISO weeks `YYYY-Www` and
 * quarters `YYYY-Qn`. Labels, not timestamps: nothing here reads a clock or a
 * time zone; days are counted by integer arithmetic (days.ts), and a `Date` is
 * built only as a UTC instant for Intl.DateTimeFormat to name a month. Pure, no DOM.
 *
 * Every period maps to an ordinal (a whole number, one step per period) so
 * ordering, next and previous, and windows are plain integer arithmetic.
 */

import { civilFromDays, daysFromCivil, isLeapYear, weekdayOf } from './days.js';

export const GRANULARITIES = ['month', 'week', 'quarter'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface Period {
  granularity: Granularity;
  /** The calendar year; for weeks the ISO week-numbering year (which can differ from the calendar year at its edges). */
  year: number;
  /** Month 1-12, ISO week 1-53, or quarter 1-4. */
  index: number;
}

/**
 * Why a label is not a period, in both languages (the value is named by the caller); `say` words
 * it for a locale, its numbers in the locale's digits (`ar-EG`: «٢٠٢٦ فيه ٥٣ أسبوع ISO»).
 */
export interface PeriodError {
  en: string;
  ar: string;
  say(locale: string, lang: 'en' | 'ar'): string;
}

/** A reason with no number in it: the same words for every locale of a language. */
const fixed = (en: string, ar: string): PeriodError => ({ en, ar, say: (_locale, lang) => (lang === 'ar' ? ar : en) });

export type ParsedPeriod = { period: Period; error?: undefined } | { period: null; error: PeriodError };

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})-(?:(\d{2})|W(\d{2})|Q(\d))$/;

/** Days since 1970-01-01 of a calendar date; month0 is 0-11. */
function dayNumber(year: number, month0: number, day: number): number {
  return daysFromCivil(year, month0 + 1, day);
}

/** 0 = Monday … 6 = Sunday (ISO), for a day number. */
function isoWeekday(days: number): number {
  return weekdayOf(days) - 1;
}

/**
 * ISO weeks in an ISO year: 53 when 1 January is a Thursday, or a Wednesday in
 * a leap year; otherwise 52.
 */
export function isoWeeksInYear(year: number): 52 | 53 {
  const jan1 = isoWeekday(dayNumber(year, 0, 1));
  return jan1 === 3 || (jan1 === 2 && isLeapYear(year)) ? 53 : 52;
}

/** Day number of the Monday of ISO week 1 (the week holding 4 January). */
function week1Monday(year: number): number {
  const jan4 = dayNumber(year, 0, 4);
  return jan4 - isoWeekday(jan4);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

const NAMES: Record<Granularity, { en: string; ar: string }> = {
  month: { en: 'months', ar: 'الأشهر' },
  week: { en: 'ISO weeks', ar: 'أسابيع ISO' },
  quarter: { en: 'quarters', ar: 'الأرباع' },
};

/** The granularity in words (plural), for messages. */
export function granularityName(g: Granularity): { en: string; ar: string } {
  return NAMES[g];
}

/** Parses a period label; an impossible or malformed one comes back with the reason. */
export function parsePeriod(text: string): ParsedPeriod {
  const m = PATTERN.exec(text);
  if (!m) {
    return {
      period: null,
      error: fixed(
        'is not a period: use YYYY-MM for a month, YYYY-Www for an ISO week or YYYY-Qn for a quarter',
        'ليست فترة صالحة: استخدم YYYY-MM للشهر أو YYYY-Www لأسبوع ISO أو YYYY-Qn للربع',
      ),
    };
  }
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) {
      const en = 'has no such month: months run from 01 to 12';
      const ar = 'لا يوجد شهر كهذا: الأشهر من 01 إلى 12';
      const two = (locale: string, n: number) => new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 }).format(n);
      return {
        period: null,
        error: { en, ar, say: (locale, lang) => (lang === 'ar' ? `لا يوجد شهر كهذا: الأشهر من ${two(locale, 1)} إلى ${two(locale, 12)}` : en) },
      };
    }
    return { period: { granularity: 'month', year, index: month } };
  }
  if (m[3] !== undefined) {
    const week = Number(m[3]);
    const weeks = isoWeeksInYear(year);
    if (week < 1 || week > weeks) {
      return {
        period: null,
        error: {
          en: `has no such week: ${year} has ${weeks} ISO weeks`,
          ar: `لا يوجد أسبوع كهذا: عدد أسابيع ISO في ${year} هو ${weeks}`,
          say: (locale, lang) => {
            const n = (v: number) => new Intl.NumberFormat(locale, { useGrouping: false }).format(v);
            return lang === 'ar' ? `لا يوجد أسبوع كهذا: عدد أسابيع ISO في ${n(year)} هو ${n(weeks)}` : `has no such week: ${n(year)} has ${n(weeks)} ISO weeks`;
          },
        },
      };
    }
    return { period: { granularity: 'week', year, index: week } };
  }
  const quarter = Number(m[4]);
  if (quarter < 1 || quarter > 4) return { period: null, error: fixed('has no such quarter: quarters run from Q1 to Q4', 'لا يوجد ربع كهذا: الأرباع من Q1 إلى Q4') };
  return { period: { granularity: 'quarter', year, index: quarter } };
}

/** The canonical label of a period: `2026-03`, `2026-W05`, `2026-Q1`. */
export function formatPeriod(p: Period): string {
  switch (p.granularity) {
    case 'month':
      return `${p.year}-${pad2(p.index)}`;
    case 'week':
      return `${p.year}-W${pad2(p.index)}`;
    case 'quarter':
      return `${p.year}-Q${p.index}`;
  }
}

/** One step per period, increasing with time; comparable within one granularity. */
export function ordinal(p: Period): number {
  switch (p.granularity) {
    case 'month':
      return p.year * 12 + (p.index - 1);
    case 'quarter':
      return p.year * 4 + (p.index - 1);
    case 'week':
      // Mondays are the day numbers congruent to 4 mod 7 (1970-01-05 was day 4).
      return (week1Monday(p.year) - 4) / 7 + (p.index - 1);
  }
}

/** The period with this ordinal. */
export function fromOrdinal(granularity: Granularity, n: number): Period {
  switch (granularity) {
    case 'month':
      return { granularity, year: Math.floor(n / 12), index: (((n % 12) + 12) % 12) + 1 };
    case 'quarter':
      return { granularity, year: Math.floor(n / 4), index: (((n % 4) + 4) % 4) + 1 };
    case 'week': {
      const monday = n * 7 + 4;
      // The ISO year is the calendar year of the week's Thursday.
      const thursday = monday + 3;
      const year = civilFromDays(thursday).year;
      return { granularity, year, index: Math.floor((monday - week1Monday(year)) / 7) + 1 };
    }
  }
}

/** Negative when a comes first, 0 when equal, positive when a comes later. */
export function comparePeriods(a: Period, b: Period): number {
  return ordinal(a) - ordinal(b);
}

export function nextPeriod(p: Period): Period {
  return fromOrdinal(p.granularity, ordinal(p) + 1);
}

export function previousPeriod(p: Period): Period {
  return fromOrdinal(p.granularity, ordinal(p) - 1);
}

/**
 * The same period one year earlier: the same month, the same quarter, or the
 * same ISO week number of the previous ISO year (52 or 53 weeks back). Week 53
 * maps to week 52 of the previous year, its last week (two 53-week years are
 * never adjacent, so the previous year always has 52).
 */
export function sameLastYear(p: Period): Period {
  const year = p.year - 1;
  if (p.granularity === 'week') return { granularity: 'week', year, index: Math.min(p.index, isoWeeksInYear(year)) };
  return { granularity: p.granularity, year, index: p.index };
}

/** The `count` periods ending at (and including) `latest`, oldest first. */
export function windowEndingAt(latest: Period, count: number): Period[] {
  const end = ordinal(latest);
  const out: Period[] = [];
  for (let n = end - Math.max(1, Math.floor(count)) + 1; n <= end; n++) out.push(fromOrdinal(latest.granularity, n));
  return out;
}

/** Default window per granularity: 13 months or weeks (this one beside the same one last year), 5 quarters. */
export const DEFAULT_WINDOW: Record<Granularity, number> = { month: 13, week: 13, quarter: 5 };

/** A UTC date inside the period (its first day), for Intl.DateTimeFormat; never local time. */
export function periodStartUTC(p: Period): Date {
  switch (p.granularity) {
    case 'month':
      return new Date(Date.UTC(p.year, p.index - 1, 1));
    case 'quarter':
      return new Date(Date.UTC(p.year, (p.index - 1) * 3, 1));
    case 'week':
      return new Date((week1Monday(p.year) + (p.index - 1) * 7) * DAY_MS);
  }
}

/** Day number of the Monday of an ISO week. */
export function mondayOf(week: Period): number {
  return week1Monday(week.year) + (week.index - 1) * 7;
}

/** The ISO week, month or quarter holding a day (a day number: see days.ts). */
export function periodOfDay(days: number, granularity: Granularity): Period {
  if (granularity === 'week') {
    // The ISO week's year is the calendar year of its Thursday.
    const thursday = days - isoWeekday(days) + 3;
    const year = civilFromDays(thursday).year;
    return { granularity, year, index: Math.floor((thursday - 3 - week1Monday(year)) / 7) + 1 };
  }
  const { year, month } = civilFromDays(days);
  return granularity === 'month' ? { granularity, year, index: month } : { granularity, year, index: Math.ceil(month / 3) };
}
