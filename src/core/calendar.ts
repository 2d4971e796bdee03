/**
 * The working calendar a scorecard is paced on: which days a week, month or
 * quarter holds, which of them are working days, how far into its period a
 * date is, and which month or quarter a week adds up into. Days are day
 * numbers (days.ts), periods are labels (periods.ts): no `Date`, no time zone.
 * Pure, no DOM.
 *
 * Weeks start on `weekStart` (1 = Monday … 7 = Sunday). A week is labelled
 * with the ISO week (`2026-W49`) that holds its Thursday: seven days from any
 * start hold exactly one Thursday, and at least four of their days lie in
 * that ISO week, so a Sunday-to-Saturday or a Saturday-to-Friday week keeps the
 * label of the ISO week it mostly is. For the same reason a week adds up into
 * the month (and quarter) of its Thursday.
 */
import { daysFromCivil, daysInMonth, weekdayOf, type Weekday } from './days.js';
import { ordinal, fromOrdinal, mondayOf, periodOfDay, type Granularity, type Period } from './periods.js';
import type { Cadence } from './types.js';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const satisfies readonly Weekday[];

/** The period a cadence is paced in. */
export const CADENCE_GRANULARITY = { weekly: 'week', monthly: 'month', quarterly: 'quarter' } as const satisfies Record<Cadence, Granularity>;

export const GRANULARITY_CADENCE = { week: 'weekly', month: 'monthly', quarter: 'quarterly' } as const satisfies Record<Granularity, Cadence>;

/** Coarser granularities come later: a week adds up into a month, a month into a quarter. */
const SIZE: Record<Granularity, number> = { week: 0, month: 1, quarter: 2 };

export function isCoarser(a: Granularity, than: Granularity): boolean {
  return SIZE[a] > SIZE[than];
}

export interface WorkWeek {
  /** The first day of the week, ISO numbering. */
  weekStart: Weekday;
  /** The days of the week that are worked. */
  workdays: ReadonlySet<Weekday>;
  /** Day numbers that are not worked although their weekday is. */
  holidays: ReadonlySet<number>;
}

/** First and last day (inclusive) of a period, as day numbers. */
export interface DaySpan {
  first: number;
  last: number;
}

/** Days from `weekStart` to the Thursday of the same week. */
const toThursday = (weekStart: Weekday) => (4 - weekStart + 7) % 7;

/** The days of a period; an ISO week label names the seven days from `weekStart` that hold its Thursday. */
export function daysOf(period: Period, weekStart: Weekday = 1): DaySpan {
  switch (period.granularity) {
    case 'week': {
      const first = mondayOf(period) + 3 - toThursday(weekStart);
      return { first, last: first + 6 };
    }
    case 'month': {
      const first = daysFromCivil(period.year, period.index, 1);
      return { first, last: first + daysInMonth(period.year, period.index) - 1 };
    }
    case 'quarter': {
      const lastMonth = period.index * 3;
      return {
        first: daysFromCivil(period.year, lastMonth - 2, 1),
        last: daysFromCivil(period.year, lastMonth, daysInMonth(period.year, lastMonth)),
      };
    }
  }
}

/** The week (from `weekStart`), month or quarter holding a day. */
export function periodHolding(days: number, granularity: Granularity, weekStart: Weekday = 1): Period {
  if (granularity !== 'week') return periodOfDay(days, granularity);
  const start = days - ((weekdayOf(days) - weekStart + 7) % 7);
  return periodOfDay(start + toThursday(weekStart), 'week');
}

/** Working days from `first` to `last` inclusive (none when last < first). */
export function workingDays(first: number, last: number, week: WorkWeek): number {
  let n = 0;
  for (let d = first; d <= last; d++) if (week.workdays.has(weekdayOf(d)) && !week.holidays.has(d)) n++;
  return n;
}

export interface Elapsed {
  /** done / total, 0 to 1. */
  elapsed: number;
  /** Days counted up to and including the date. */
  done: number;
  /** Days counted in the whole period. */
  total: number;
  /**
   * What was counted: working days, or calendar days for a period with no working day at all
   * (a week of public holidays), where nothing else can say how far into it the date is.
   */
  basis: 'working-days' | 'calendar-days';
}

/** How far into a period a day is: working days up to and including it over working days in the period. */
export function elapsedShare(span: DaySpan, asOf: number, week: WorkWeek): Elapsed {
  const until = Math.min(asOf, span.last);
  const total = workingDays(span.first, span.last, week);
  if (total === 0) {
    const days = span.last - span.first + 1;
    const done = Math.max(0, Math.min(days, until - span.first + 1));
    return { elapsed: done / days, done, total: days, basis: 'calendar-days' };
  }
  const done = workingDays(span.first, until, week);
  return { elapsed: done / total, done, total, basis: 'working-days' };
}

/** The month or quarter a period adds up into: a week into the month (or quarter) of its Thursday. */
export function parentPeriod(p: Period, into: Granularity): Period {
  if (!isCoarser(into, p.granularity)) return p;
  if (p.granularity === 'week') return periodOfDay(mondayOf(p) + 3, into);
  // a month into its quarter
  return { granularity: 'quarter', year: p.year, index: Math.ceil(p.index / 3) };
}

/** The periods of a finer granularity that add up into `parent` (weeks by their Thursday), oldest first. */
export function childPeriods(parent: Period, granularity: Granularity): Period[] {
  if (!isCoarser(parent.granularity, granularity)) return [parent];
  const span = daysOf(parent);
  if (granularity === 'month') {
    const first = ordinal(periodOfDay(span.first, 'month'));
    return [0, 1, 2].map((i) => fromOrdinal('month', first + i));
  }
  // Weeks whose Thursday lies in the span: from the week holding its first day, on.
  const out: Period[] = [];
  let week = periodOfDay(span.first, 'week');
  if (mondayOf(week) + 3 < span.first) week = fromOrdinal('week', ordinal(week) + 1);
  while (mondayOf(week) + 3 <= span.last) {
    out.push(week);
    week = fromOrdinal('week', ordinal(week) + 1);
  }
  return out;
}

interface WeekInfo {
  firstDay: number;
  weekend: readonly number[];
}

const localeWeeks = new Map<string, { weekStart: Weekday; workdays: Weekday[]; fromLocale: boolean }>();

/**
 * The locale's week where the browser knows it (`Intl.Locale#getWeekInfo`, or the older
 * `weekInfo` getter): Sunday to Thursday worked for `ar-SA`, Monday to Friday for `de`.
 * Elsewhere: weeks from Monday, Monday to Friday worked.
 */
export function localeWorkWeek(locale: string): { weekStart: Weekday; workdays: Weekday[]; fromLocale: boolean } {
  let known = localeWeeks.get(locale);
  if (known) return known;
  known = { weekStart: 1, workdays: [1, 2, 3, 4, 5], fromLocale: false };
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    const info = typeof l.getWeekInfo === 'function' ? l.getWeekInfo() : l.weekInfo;
    const isDay = (d: unknown): d is Weekday => Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 7;
    if (info && isDay(info.firstDay) && Array.isArray(info.weekend)) {
      const workdays = WEEKDAYS.filter((d) => !info.weekend.includes(d));
      if (workdays.length) known = { weekStart: info.firstDay, workdays, fromLocale: true };
    }
  } catch {
    // an unknown or malformed tag: the default week
  }
  localeWeeks.set(locale, known);
  return known;
}
