/**
 * Calendar days as whole numbers: days since 1970-01-01 in the proleptic
 * Gregorian calendar, by integer arithmetic alone. No `Date`, no clock, no
 * time zone: a day label such as `2026-12-02` names the same day everywhere.
 * Pure, no DOM.
 *
 * The conversions are H. Hinnant's `days_from_civil` / `civil_from_days`
 * (eras of 400 years, March-based years so the leap day ends the year).
 */
import { arabicCount, periodWords } from './format.js';
import type { Wording } from './validation.js';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface CivilDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** Day number (days since 1970-01-01) of a calendar date; month 1-12. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // [0, 399]
  const mp = (month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number. */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(days: number): Weekday {
  return ((((days + 3) % 7) + 7) % 7) + 1 as Weekday;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a day number. */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a text is not a day, worded for a locale (numbers through Intl); the caller names the value. */
export type DayError = Wording;

export type ParsedDay = { days: number; error?: undefined } | { days: null; error: DayError };

/** Parses a `YYYY-MM-DD` label into a day number; an impossible day (`2026-02-30`) comes back with the reason. */
export function parseDay(text: string): ParsedDay {
  const m = DAY_PATTERN.exec(text);
  if (!m) {
    return { days: null, error: (_, lang) => (lang === 'ar' ? 'ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD، مثل 2026-12-02' : 'is not a date: write it as YYYY-MM-DD, e.g. 2026-12-02') };
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) {
    return { days: null, error: (_, lang) => (lang === 'ar' ? 'لا يوجد شهر كهذا: الأشهر من 01 إلى 12' : 'has no such month: months run from 01 to 12') };
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    const monthLabel = `${pad(year, 4)}-${pad(month)}`;
    return {
      days: null,
      error: (locale, lang) => {
        if (lang === 'ar') {
          const name = periodWords({ granularity: 'month', year, index: month }, locale);
          return `ليس يومًا في التقويم: ${name} فيه ${arabicCount(locale, last, { one: 'يوم واحد', two: 'يومان', few: '{n} أيام', many: '{n} يومًا', other: '{n} يوم' })}`;
        }
        return `is not a day: ${monthLabel} has ${new Intl.NumberFormat(locale).format(last)} days`;
      },
    };
  }
  return { days: daysFromCivil(year, month, day) };
}
