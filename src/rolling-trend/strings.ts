/**
 * The rolling trend's interface strings in English and Arabic, and period
 * names through Intl. Period labels are UTC calendar dates: no local time.
 */
import { arabicOrdinal, labelDateFormat } from '../core/format.js';
import { periodStartUTC, parsePeriod, type Granularity } from '../core/periods.js';
import { languageOf } from '../internal/i18n.js';

const en = {
  value: 'Value',
  period: 'Period',
  target: 'Target',
  belowTarget: 'below target',
  previous: { month: 'on the previous month', week: 'on the previous week', quarter: 'on the previous quarter' } as Record<Granularity, string>,
  lastYear: { month: 'on the same month last year', week: 'on the same week last year', quarter: 'on the same quarter last year' } as Record<Granularity, string>,
  sameLastYearColumn: { month: 'Same month last year', week: 'Same week last year', quarter: 'Same quarter last year' } as Record<Granularity, string>,
  changeColumn: { month: 'Change on previous month', week: 'Change on previous week', quarter: 'Change on previous quarter' } as Record<Granularity, string>,
  yoyColumn: 'Change on last year',
  notComputable: 'not computable',
  showTable: 'Show the numbers as a table',
  hideTable: 'Hide the table',
  compare: 'Compare',
  series: 'Trend',
  chartLabel: (label: string, from: string, to: string, headline: string) => `${label}, ${from} to ${to}. ${headline}`,
  gap: 'no value',
  week: (week: string, year: string) => `Week ${week}, ${year}`,
  quarter: (quarter: string, year: string, _index: number, _locale: string) => `Q${quarter} ${year}`,
  noPoints: 'The series has no points yet.',
  sameLastYearMark: 'Last year',
  // The chart's text alternative with its numbers, and the table's caption (a11y audit 4).
  /** `numbers`: the latest value and the window's high and low with their periods, formatted; null when none. */
  chartSummary: (label: string, from: string, to: string, numbers: { latest: string; high: string; highAt: string; low: string; lowAt: string } | null, headline: string) =>
    `${label}, ${from} to ${to}${numbers ? `: latest ${numbers.latest}, high ${numbers.high} in ${numbers.highAt}, low ${numbers.low} in ${numbers.lowAt}` : ''}. ${headline}`,
  /** Follows the series label in the caption: "MQLs by month, Oct 2025 to Oct 2026". */
  tableCaption: (granularity: Granularity, from: string, to: string) =>
    `${{ month: 'by month', week: 'by week', quarter: 'by quarter' }[granularity]}, ${from} to ${to}`,
};

export type TrendStrings = typeof en;

const ar: TrendStrings = {
  value: 'القيمة',
  period: 'الفترة',
  target: 'الهدف',
  belowTarget: 'دون الهدف',
  previous: { month: 'مقارنة بالشهر السابق', week: 'مقارنة بالأسبوع السابق', quarter: 'مقارنة بالربع السابق' },
  lastYear: { month: 'مقارنة بالشهر نفسه من العام الماضي', week: 'مقارنة بالأسبوع نفسه من العام الماضي', quarter: 'مقارنة بالربع نفسه من العام الماضي' },
  sameLastYearColumn: { month: 'الشهر نفسه من العام الماضي', week: 'الأسبوع نفسه من العام الماضي', quarter: 'الربع نفسه من العام الماضي' },
  changeColumn: { month: 'التغير عن الشهر السابق', week: 'التغير عن الأسبوع السابق', quarter: 'التغير عن الربع السابق' },
  yoyColumn: 'التغير عن العام الماضي',
  notComputable: 'لا يمكن حسابه',
  showTable: 'عرض الأرقام في جدول',
  hideTable: 'إخفاء الجدول',
  compare: 'المقارنة',
  series: 'الاتجاه',
  chartLabel: (label, from, to, headline) => `${label}، من ${from} إلى ${to}. ${headline}`,
  gap: 'لا توجد قيمة',
  week: (week, year) => `الأسبوع ${week}، ${year}`,
  // Quarters by their ordinal: «الربع الثالث 2026».
  quarter: (_quarter, year, index, locale) => `الربع ${arabicOrdinal(index, locale)} ${year}`,
  noPoints: 'لا توجد نقاط في السلسلة بعد.',
  sameLastYearMark: 'العام الماضي',
  // The chart's text alternative with its numbers, and the table's caption (a11y audit 4).
  chartSummary: (label, from, to, numbers, headline) =>
    `${label}، من ${from} إلى ${to}${numbers ? `: آخر قيمة ${numbers.latest}، والأعلى ${numbers.high} في ${numbers.highAt}، والأدنى ${numbers.low} في ${numbers.lowAt}` : ''}. ${headline}`,
  tableCaption: (granularity, from, to) =>
    `${{ month: 'حسب الشهر', week: 'حسب الأسبوع', quarter: 'حسب الربع' }[granularity]}، من ${from} إلى ${to}`,
};

export function trendStringsFor(locale: string): TrendStrings {
  return languageOf(locale) === 'ar' ? ar : en;
}

const plainNumbers = new Map<string, Intl.NumberFormat>();

/** A month's name: Gregorian (the data's periods are), in the locale's language and digits. */
function monthFormat(locale: string): Intl.DateTimeFormat {
  return labelDateFormat(locale, { month: 'short', year: 'numeric' });
}

function plain(locale: string): Intl.NumberFormat {
  let f = plainNumbers.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { useGrouping: false });
    plainNumbers.set(locale, f);
  }
  return f;
}

/** A period label in the reader's words: "Mar 2026", "Week 5, 2026", "Q1 2026". */
export function periodName(label: string, locale: string): string {
  const { period } = parsePeriod(label);
  if (!period) return label;
  const s = trendStringsFor(locale);
  const n = plain(locale);
  switch (period.granularity) {
    case 'month':
      return monthFormat(locale).format(periodStartUTC(period));
    case 'week':
      return s.week(n.format(period.index), n.format(period.year));
    case 'quarter':
      return s.quarter(n.format(period.index), n.format(period.year), period.index, locale);
  }
}
