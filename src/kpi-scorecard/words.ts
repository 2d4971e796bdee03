/**
 * The scorecard's sentences in English and Arabic: how a metric stands against its
 * goal, the run-rate projection, the change on the previous period, the streak, the
 * gap, how each number was made, and the meeting's list as plain text. Pure: every
 * number, date, plural and list goes through Intl for the locale. No DOM.
 */
import { arabicGenitive, catalogueEntry } from '../core/catalogue.js';
import { daysOf } from '../core/calendar.js';
import { civilFromDays, type Weekday } from '../core/days.js';
import type { NumberFormatter } from '../core/format.js';
import { arabicCount, arabicOrdinal, DASH, labelDateFormat } from '../core/format.js';
import { parsePeriod, type Granularity } from '../core/periods.js';
import { isRange, type Target } from '../core/status.js';
import type { Cadence, MissingReason, Status } from '../core/types.js';
import type { ScorecardMetric, ScorecardModel } from '../core/scorecard.js';
import { languageOf, plural } from '../internal/i18n.js';

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const GRANULARITY_OF: Record<Cadence, Granularity> = { weekly: 'week', monthly: 'month', quarterly: 'quarter' };

/** A period's noun in every plural form: "3 weeks". */
const PERIOD_FORMS: Record<Granularity, Forms> = {
  week: { one: '{n} week', other: '{n} weeks' },
  month: { one: '{n} month', other: '{n} months' },
  quarter: { one: '{n} quarter', other: '{n} quarters' },
};

/** Arabic counts a run by its latest period: «للأسبوع الثالث», «للشهر الحادي عشر». */
const AR_PERIOD_NOUN: Record<Granularity, string> = { week: 'أسبوع', month: 'شهر', quarter: 'ربع' };
const forPeriod = (g: Granularity, n: number, locale: string) => `لل${AR_PERIOD_NOUN[g]} ${arabicOrdinal(n, locale)}`;

/** A cadence's word (أسبوعي، شهري، ربع سنوي، أخرى) as metrics take it: «المؤشرات الشهرية». */
const AR_CADENCE_METRICS: Readonly<Record<string, string>> = {
  'أسبوعي': 'المؤشرات الأسبوعية', 'شهري': 'المؤشرات الشهرية', 'ربع سنوي': 'المؤشرات الربع سنوية', 'أخرى': 'المؤشرات الأخرى',
};
const arCadenceMetrics = (cadence: string) =>
  (Object.hasOwn(AR_CADENCE_METRICS, cadence) ? AR_CADENCE_METRICS[cadence] : undefined) ?? `المؤشرات ذات الدورية: ${cadence}`;

const en = {
  target: 'Target',
  goal: 'Goal',
  range: (min: string, max: string) => `${min} to ${max}`,
  atLeast: (min: string) => `at least ${min}`,
  atMost: (max: string) => `at most ${max}`,
  byNow: (paced: string) => `${paced} by now`,
  pacedFor: { week: 'for this point in the week', month: 'for this point in the month', quarter: 'for this point in the quarter', period: 'for this point in the period' } as Record<Granularity | 'period', string>,
  ofTarget: (pct: string) => `${pct} of target`,
  ofPacedTarget: (pct: string, when: string) => `${pct} of the target ${when}`,
  overTarget: (pct: string) => `${pct} over target`,
  underTarget: (pct: string) => `${pct} under target`,
  overPacedTarget: (pct: string, when: string) => `${pct} over the target ${when}`,
  underPacedTarget: (pct: string, when: string) => `${pct} under the target ${when}`,
  onTarget: 'on target',
  withinRange: 'within the goal range',
  belowRange: (pct: string, min: string) => `below the range: ${pct} under the minimum of ${min}`,
  aboveRange: (pct: string, max: string) => `above the range: ${pct} over the maximum of ${max}`,
  belowRangeWord: 'Below the range',
  aboveRangeWord: 'Above the range',
  onPaceFor: (projected: string, target: string) => `On pace for ${projected} of ${target}`,
  change: {
    up: (pct: string, on: string) => `up ${pct} on ${on}`,
    down: (pct: string, on: string) => `down ${pct} on ${on}`,
    flat: (on: string) => `no change on ${on}`,
  },
  lastPeriod: { week: 'last week', month: 'last month', quarter: 'last quarter' } as Record<Granularity, string>,
  atThisPace: ', at this pace',
  streak: {
    up: (n: number, g: Granularity, locale: string) => `up ${plural(locale, n, PERIOD_FORMS[g], plainNumber(locale).format(n))} in a row`,
    down: (n: number, g: Granularity, locale: string) => `down ${plural(locale, n, PERIOD_FORMS[g], plainNumber(locale).format(n))} in a row`,
  },
  short: (gap: string, of: string) => `${gap} short of ${of}`,
  over: (gap: string, of: string) => `${gap} over the target of ${of}`,
  belowMin: (gap: string, min: string) => `${gap} below the minimum of ${min}`,
  aboveMax: (gap: string, max: string) => `${gap} above the maximum of ${max}`,
  workingDays: (done: string, total: string, n: number, locale: string) =>
    `${done} of ${plural(locale, n, { one: '{n} working day', other: '{n} working days' }, total)}`,
  calendarDays: (done: string, total: string, n: number, locale: string) =>
    `${done} of ${plural(locale, n, { one: '{n} day', other: '{n} days' }, total)}`,
  givenShare: (pct: string) => `${pct} of the period, as the metric gives it`,
  documentShare: (pct: string) => `${pct} of the period, as the scorecard gives it`,
  howCalculated: 'How it’s calculated',
  formula: 'Formula',
  actualGiven: 'as given in the data',
  paced: 'Target by now',
  notPaced: 'The whole period’s target: this metric is not paced',
  rolledUp: (period: string) => `Added up from its history into ${period}`,
  rolledUpPartial: 'not complete yet',
  rolledUpComplete: 'complete',
  rolledUpPaced: 'the whole target of each period done, and the share due by now of the one in progress',
  rolledUpValue: { sum: 'the sum of its periods so far', average: 'the average of its periods so far', last: 'its latest period', min: 'the lowest of its periods', max: 'the highest of its periods', formula: 'from its summed inputs' } as Record<string, string>,
  threshold: 'At-risk threshold',
  points: (n: string, _value: number, _locale: string) => `${n} percentage points`,
  judgedWith: (pct: string) => `At risk from ${pct} of target`,
  lowerIsBetter: 'Lower is better',
  asOf: (date: string) => `As of ${date}`,
  meetingHeading: (title: string, n: number, locale: string, date: string | null) =>
    `${title}: ${plural(locale, n, { one: '1 item to discuss', other: '{n} items to discuss' })}${date ? ` (as of ${date})` : ''}`,
  nothingToDiscuss: (title: string, date: string | null) => `${title}: nothing to discuss${date ? ` (as of ${date})` : ''}.`,
  owner: (name: string) => `owner ${name}`,
  note: 'Note',
  againstTarget: (actual: string, target: string) => `${actual} against ${target}`,
  weekShort: (n: string) => `W${n}`,
  weekFull: (name: string, first: string, year: string) => `${name} (${first}), ${year}`,
  quarterShort: (n: string, year: string, _index: number, _locale: string) => `Q${n} ${year}`,
  unnamed: (n: string) => `#${n}`,
  status: { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', none: 'Not rated' } as Record<Status, string>,
  discussHint: { 'off-track': 'Off-track metrics, worst first: identify, discuss, solve.', 'at-risk': 'Off-track and at-risk metrics, worst first: identify, discuss, solve.' } as Record<string, string>,
  untitled: 'Scorecard',
  copy: 'Copy for the meeting',
  copied: 'Copied: paste it into the meeting notes.',
  copyFailed: 'Could not copy here: select the text and copy it.',
  metricColumn: 'Metric',
  goalColumn: 'Goal',
  ownerColumn: 'Owner',
  periodColumn: 'Period',
  valueColumn: 'Value',
  noteColumn: 'Note',
  projectedColumn: 'On pace for',
  changeColumn: 'Change on previous period',
  inProgress: 'in progress',
  partial: 'not complete',
  noValue: 'no value',
  gridCaption: (cadence: string, from: string, to: string) => `${cadence} metrics, ${from} to ${to}`,
  gridCaptionOne: (cadence: string, at: string) => `${cadence} metrics, ${at}`,
  rolledUpCaption: (into: string) => `added up by ${into}`,
  into: { month: 'month', quarter: 'quarter', week: 'week' } as Record<Granularity, string>,
  scrollHint: 'Scroll sideways for earlier periods.',
  /** A sparkline in words: "13 weeks, 3,800 to 4,200, high 4,650" (kpi-scorecard.ts). */
  trendSummary: (n: number, cadence: Cadence | null, locale: string, first: string, last: string, high: string) =>
    `${plural(locale, n, cadence ? PERIOD_FORMS[GRANULARITY_OF[cadence]] : { one: '{n} period', other: '{n} periods' }, plainNumber(locale).format(n))}, ${first} to ${last}, high ${high}`,
};

export type ScorecardWords = typeof en;

const ar: ScorecardWords = {
  target: 'الهدف',
  goal: 'النطاق المستهدف',
  range: (min, max) => `من ${min} إلى ${max}`,
  atLeast: (min) => `${min} على الأقل`,
  atMost: (max) => `${max} على الأكثر`,
  byNow: (paced) => `${paced} حتى الآن`,
  pacedFor: { week: 'حتى هذا الوقت من الأسبوع', month: 'حتى هذا الوقت من الشهر', quarter: 'حتى هذا الوقت من الربع', period: 'حتى هذا الوقت من الفترة' },
  ofTarget: (pct) => `${pct} من الهدف`,
  ofPacedTarget: (pct, when) => `${pct} من الهدف ${when}`,
  overTarget: (pct) => `أعلى من الهدف بنسبة ${pct}`,
  underTarget: (pct) => `أقل من الهدف بنسبة ${pct}`,
  overPacedTarget: (pct, when) => `أعلى من الهدف ${when} بنسبة ${pct}`,
  underPacedTarget: (pct, when) => `أقل من الهدف ${when} بنسبة ${pct}`,
  onTarget: 'عند الهدف تمامًا',
  withinRange: 'ضمن النطاق المستهدف',
  belowRange: (pct, min) => `دون النطاق: أقل من الحد الأدنى ${min} بنسبة ${pct}`,
  aboveRange: (pct, max) => `فوق النطاق: أعلى من الحد الأقصى ${max} بنسبة ${pct}`,
  belowRangeWord: 'دون النطاق',
  aboveRangeWord: 'فوق النطاق',
  onPaceFor: (projected, target) => `بهذه الوتيرة يبلغ ${projected} مقابل هدف ${target}`,
  change: {
    up: (pct, on) => `ارتفاع بنسبة ${pct} عن ${on}`,
    down: (pct, on) => `انخفاض بنسبة ${pct} عن ${on}`,
    flat: (on) => `دون تغيير عن ${on}`,
  },
  lastPeriod: { week: 'الأسبوع الماضي', month: 'الشهر الماضي', quarter: 'الربع الماضي' },
  atThisPace: '، بهذه الوتيرة',
  streak: {
    up: (n, g, locale) => `ارتفع ${forPeriod(g, n, locale)} على التوالي`,
    down: (n, g, locale) => `تراجع ${forPeriod(g, n, locale)} على التوالي`,
  },
  short: (gap, of) => `ينقصه ${gap} ليبلغ ${of}`,
  over: (gap, of) => `يزيد ${gap} على الهدف ${of}`,
  belowMin: (gap, min) => `أقل من الحد الأدنى ${min} بمقدار ${gap}`,
  aboveMax: (gap, max) => `أعلى من الحد الأقصى ${max} بمقدار ${gap}`,
  workingDays: (done, total, n, locale) =>
    `${done} من ${plural(locale, n, { zero: '{n} يوم عمل', one: 'يوم عمل واحد', two: 'يومي عمل', few: '{n} أيام عمل', many: '{n} يوم عمل', other: '{n} يوم عمل' }, total)}`,
  calendarDays: (done, total, n, locale) =>
    `${done} من ${plural(locale, n, { zero: '{n} يوم', one: 'يوم واحد', two: 'يومين', few: '{n} أيام', many: '{n} يومًا', other: '{n} يوم' }, total)}`,
  givenShare: (pct) => `${pct} من الفترة، كما يحددها المؤشر`,
  documentShare: (pct) => `${pct} من الفترة، كما تحددها بطاقة الأداء`,
  howCalculated: 'طريقة الحساب',
  formula: 'المعادلة',
  actualGiven: 'كما وردت في البيانات',
  paced: 'الهدف حتى الآن',
  notPaced: 'هدف الفترة كاملة: هذا المؤشر لا يُقاس بالوتيرة',
  rolledUp: (period) => `مجمَّع من سجله في ${period}`,
  rolledUpPartial: 'لم يكتمل بعد',
  rolledUpComplete: 'مكتمل',
  rolledUpPaced: 'الهدف الكامل لكل فترة انتهت، والحصة المستحقة حتى الآن من الفترة الجارية',
  rolledUpValue: { sum: 'مجموع فتراته حتى الآن', average: 'متوسط فتراته حتى الآن', last: 'آخر فتراته', min: 'أدنى فتراته', max: 'أعلى فتراته', formula: 'من مجموع مدخلاته' },
  threshold: 'حد الخطر',
  points: (n, value, locale) => arabicCount(locale, value, { one: 'نقطة مئوية واحدة', two: 'نقطتان مئويتان', few: '{n} نقاط مئوية', many: '{n} نقطة مئوية', other: '{n} نقطة مئوية' }, n),
  judgedWith: (pct) => `معرَّض للخطر ابتداءً من ${pct} من الهدف`,
  lowerIsBetter: 'الأقل أفضل',
  asOf: (date) => `حتى ${date}`,
  meetingHeading: (title, n, locale, date) =>
    `${title}: ${plural(locale, n, { zero: 'لا بنود للنقاش', one: 'بند واحد للنقاش', two: 'بندان للنقاش', few: '{n} بنود للنقاش', many: '{n} بندًا للنقاش', other: '{n} بند للنقاش' }, new Intl.NumberFormat(locale).format(n))}${date ? ` (حتى ${date})` : ''}`,
  nothingToDiscuss: (title, date) => `${title}: لا بنود للنقاش${date ? ` (حتى ${date})` : ''}.`,
  owner: (name) => `المسؤول ${name}`,
  note: 'ملاحظة',
  againstTarget: (actual, target) => `${actual} مقابل ${target}`,
  weekShort: (n) => `الأسبوع ${n}`,
  weekFull: (name, first, year) => `${name} (${first})، ${year}`,
  quarterShort: (_n, year, index, locale) => `الربع ${arabicOrdinal(index, locale)} ${year}`,
  unnamed: (n) => `#${n}`,
  status: { 'on-track': 'على المسار', 'at-risk': 'معرَّض للخطر', 'off-track': 'خارج المسار', none: 'غير مُقيَّم' },
  discussHint: { 'off-track': 'المؤشرات خارج المسار، الأسوأ أولًا: حدِّدوها وناقشوها وحُلّوها.', 'at-risk': 'المؤشرات خارج المسار والمعرَّضة للخطر، الأسوأ أولًا: حدِّدوها وناقشوها وحُلّوها.' },
  untitled: 'بطاقة الأداء',
  copy: 'نسخ لمحضر الاجتماع',
  copied: 'تم النسخ: الصقه في محضر الاجتماع.',
  copyFailed: 'تعذّر النسخ هنا: حدِّد النص وانسخه.',
  metricColumn: 'المؤشر',
  goalColumn: 'الهدف',
  ownerColumn: 'المسؤول',
  periodColumn: 'الفترة',
  valueColumn: 'القيمة',
  noteColumn: 'ملاحظة',
  projectedColumn: 'بهذه الوتيرة يبلغ',
  changeColumn: 'التغير عن الفترة السابقة',
  inProgress: 'جارٍ',
  partial: 'غير مكتمل',
  noValue: 'لا توجد قيمة',
  gridCaption: (cadence, from, to) => `${arCadenceMetrics(cadence)}، من ${from} إلى ${to}`,
  gridCaptionOne: (cadence, at) => `${arCadenceMetrics(cadence)}، ${at}`,
  rolledUpCaption: (into) => `مجمَّعة حسب ${into}`,
  into: { month: 'الشهر', quarter: 'الربع', week: 'الأسبوع' },
  scrollHint: 'مرِّر أفقيًا لرؤية الفترات السابقة.',
  trendSummary: (n, cadence, locale, first, last, high) => `${arabicCount(locale, n, {
    weekly: { one: 'أسبوع واحد', two: 'أسبوعان', few: '{n} أسابيع', many: '{n} أسبوعًا', other: '{n} أسبوع' },
    monthly: { one: 'شهر واحد', two: 'شهران', few: '{n} أشهر', many: '{n} شهرًا', other: '{n} شهر' },
    quarterly: { one: 'ربع واحد', two: 'ربعان', few: '{n} أرباع', many: '{n} ربعًا', other: '{n} ربع' },
    none: { one: 'فترة واحدة', two: 'فترتان', few: '{n} فترات', many: '{n} فترةً', other: '{n} فترة' },
  }[cadence ?? 'none'])}، من ${first} إلى ${last}، أعلى قيمة ${high}`,
};

export function wordsFor(locale: string): ScorecardWords {
  return languageOf(locale) === 'ar' ? ar : en;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function plainNumber(locale: string, grouping = true): Intl.NumberFormat {
  const key = `${locale}|${grouping}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, { useGrouping: grouping })));
  return f;
}

/** The data's days and periods are Gregorian labels: named so in every locale, as UTC instants (the same day everywhere). */
const dateFormat = labelDateFormat;

/** A day number (days since 1970-01-01) in words: "Wednesday 2 December 2026". */
export function dayName(day: number, locale: string, style: 'full' | 'short' = 'full'): string {
  const { year, month, day: d } = civilFromDays(day);
  const opts: Intl.DateTimeFormatOptions = style === 'full'
    ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
    : { day: 'numeric', month: 'short' };
  return dateFormat(locale, opts).format(Date.UTC(year, month - 1, d));
}

/** A `YYYY-MM-DD` label in words, or null. */
export function asOfName(label: string | null, locale: string): string | null {
  if (!label) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  if (!m) return label;
  return dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
}

/**
 * A period label as a column heading: `{ name: "W49", detail: "30 Nov" }` for a week
 * (its first day in the scorecard's week), "Dec 2026" for a month, "Q4 2026" for a quarter.
 */
export function periodHeading(label: string | null, locale: string, weekStart: Weekday = 1): { name: string; detail: string | null; full: string } {
  const w = wordsFor(locale);
  if (!label) return { name: DASH, detail: null, full: DASH };
  const { period } = parsePeriod(label);
  if (!period) return { name: label, detail: null, full: label };
  const n = plainNumber(locale, false);
  switch (period.granularity) {
    case 'week': {
      const first = daysOf(period, weekStart).first;
      const detail = dayName(first, locale, 'short');
      const name = w.weekShort(n.format(period.index));
      return { name, detail, full: w.weekFull(name, detail, n.format(period.year)) };
    }
    case 'month': {
      const name = dateFormat(locale, { month: 'short', year: 'numeric' }).format(Date.UTC(period.year, period.index - 1, 1));
      return { name, detail: null, full: dateFormat(locale, { month: 'long', year: 'numeric' }).format(Date.UTC(period.year, period.index - 1, 1)) };
    }
    case 'quarter': {
      const name = w.quarterShort(n.format(period.index), n.format(period.year), period.index, locale);
      return { name, detail: null, full: name };
    }
  }
}

/** The goal in words: "5,000", "3× to 4×", "at least 3×". */
export function goalText(target: Target | null, m: Pick<ScorecardMetric, 'unit'>, f: NumberFormatter): string {
  if (target === null) return DASH;
  const w = wordsFor(f.locale);
  if (!isRange(target)) return f.format(target, m.unit);
  if (target.min !== null && target.max !== null) return w.range(f.format(target.min, m.unit), f.format(target.max, m.unit));
  if (target.min !== null) return w.atLeast(f.format(target.min, m.unit));
  return w.atMost(f.format(target.max, m.unit));
}

function granularityOf(m: Pick<ScorecardMetric, 'shownCadence'>): Granularity | null {
  return m.shownCadence ? GRANULARITY_OF[m.shownCadence] : null;
}

/** The attainment in words that read the right way for the metric's direction and goal. */
export function attainmentText(m: ScorecardMetric, f: NumberFormatter): string | null {
  const w = wordsFor(f.locale);
  if (m.actual === null || m.comparedTarget === null) return null;
  const pct = (r: number) => f.percent(r);
  const compared = m.comparedTarget;
  if (isRange(compared)) {
    if (m.position === 'within') return w.withinRange;
    if (m.position === 'below' && compared.min !== null && compared.min !== 0)
      return w.belowRange(pct((compared.min - m.actual) / Math.abs(compared.min)), f.format(compared.min, m.unit));
    if (m.position === 'above' && compared.max !== null && compared.max !== 0)
      return w.aboveRange(pct((m.actual - compared.max) / Math.abs(compared.max)), f.format(compared.max, m.unit));
    return m.position === 'below' ? w.belowRangeWord : m.position === 'above' ? w.aboveRangeWord : null;
  }
  const pacedNow = m.paced && m.target !== null && !isRange(m.target) && compared !== m.target;
  const when = w.pacedFor[granularityOf(m) ?? 'period'];
  if (m.direction === 'lower') {
    if (compared === 0) return null;
    const diff = (m.actual - compared) / Math.abs(compared);
    if (diff === 0) return w.onTarget;
    if (diff > 0) return pacedNow ? w.overPacedTarget(pct(diff), when) : w.overTarget(pct(diff));
    return pacedNow ? w.underPacedTarget(pct(-diff), when) : w.underTarget(pct(-diff));
  }
  if (m.ratio === null) return null;
  return pacedNow ? w.ofPacedTarget(pct(m.ratio), when) : w.ofTarget(pct(m.ratio));
}

/** "On pace for 7,000 of 5,000": where a paced amount ends its period at today's rate. */
export function projectionText(m: ScorecardMetric, f: NumberFormatter): string | null {
  if (m.projected === null || m.target === null || isRange(m.target)) return null;
  return wordsFor(f.locale).onPaceFor(f.format(m.projected, m.unit), f.format(m.target, m.unit));
}

export type Tone = 'good' | 'bad' | 'flat';

/** The change on the previous period, and whether it is good news for the metric's direction. */
export function changeText(m: ScorecardMetric, f: NumberFormatter): { text: string; arrow: '▲' | '▼' | '='; tone: Tone } | null {
  const g = granularityOf(m);
  if (m.change === null || g === null) return null;
  const w = wordsFor(f.locale);
  const on = w.lastPeriod[g];
  const pace = m.projected !== null ? w.atThisPace : '';
  const pct = f.percent(Math.abs(m.change));
  // Rounded to nothing reads as no change.
  if (pct === f.percent(0)) return { text: w.change.flat(on) + pace, arrow: '=', tone: 'flat' };
  const up = m.change > 0;
  const good = m.position !== null ? 'flat' : up === (m.direction === 'higher') ? 'good' : 'bad';
  return { text: (up ? w.change.up(pct, on) : w.change.down(pct, on)) + pace, arrow: up ? '▲' : '▼', tone: good };
}

/** "down 3 weeks in a row", from two periods on. */
export function streakText(m: ScorecardMetric, locale: string): string | null {
  const g = granularityOf(m);
  const n = Math.abs(m.streak);
  if (g === null || n < 2) return null;
  const w = wordsFor(locale);
  return m.streak > 0 ? w.streak.up(n, g, locale) : w.streak.down(n, g, locale);
}

/** The gap in the metric's unit and in words: "600 short of 3,000 by now". */
export function gapText(m: ScorecardMetric, f: NumberFormatter): string | null {
  if (m.shortfall === null || m.comparedTarget === null || m.shortfall <= 0) return null;
  const w = wordsFor(f.locale);
  // A gap between two percentages is in points: 5 points short of 25 %, not "5 %".
  const gap = m.unit === 'percent' ? w.points(f.format(m.shortfall * 100, 'count'), m.shortfall * 100, f.locale) : f.format(m.shortfall, m.unit);
  const compared = m.comparedTarget;
  if (isRange(compared)) {
    if (m.position === 'below' && compared.min !== null) return w.belowMin(gap, f.format(compared.min, m.unit));
    if (m.position === 'above' && compared.max !== null) return w.aboveMax(gap, f.format(compared.max, m.unit));
    return null;
  }
  const paced = m.paced && compared !== m.target;
  const of = paced ? w.byNow(f.format(compared, m.unit)) : f.format(compared, m.unit);
  return m.direction === 'lower' ? w.over(gap, of) : w.short(gap, of);
}

/** How far into its period a paced metric is: "3 of 5 working days", or the share given. */
export function pacingText(m: ScorecardMetric, f: NumberFormatter): string | null {
  const p = m.pacing;
  if (!p) return null;
  const w = wordsFor(f.locale);
  const n = (x: number) => f.count(x);
  if (p.source === 'asOf' && p.done !== undefined && p.total !== undefined) {
    return p.basis === 'calendar-days'
      ? w.calendarDays(n(p.done), n(p.total), p.total, f.locale)
      : w.workingDays(n(p.done), n(p.total), p.total, f.locale);
  }
  return p.source === 'metric' ? w.givenShare(f.percent(p.elapsed)) : w.documentShare(f.percent(p.elapsed));
}

/** The paced target worked out: "5,000 × 3 of 5 working days = 3,000". */
export function pacedWorking(m: ScorecardMetric, f: NumberFormatter): string | null {
  const how = pacingText(m, f);
  if (!how || m.target === null || isRange(m.target) || m.comparedTarget === null || isRange(m.comparedTarget)) return null;
  return `${f.format(m.target, m.unit)} × ${how} = ${f.format(m.comparedTarget, m.unit)}`;
}

/** A catalogue metric's formula with the user's numbers: "Cost per lead = $4,800 spend ÷ 100 leads = $48". */
export function formulaWorking(m: ScorecardMetric, f: NumberFormatter): string | null {
  if (!m.metric) return null;
  const entry = catalogueEntry(m.metric);
  if (!entry) return null;
  const lang = languageOf(f.locale);
  const inputs = m.inputs;
  const parts = entry.expression.map((part) => {
    if ('op' in part) return part.op;
    if ('number' in part) return plainNumber(f.locale).format(part.number);
    const term = entry.terms[part.input];
    const word = term ? term[lang] : part.input;
    const value = inputs?.[part.input];
    if (typeof value !== 'number') return word;
    const shown = f.format(value, term?.unit ?? 'count');
    return lang === 'ar' ? `${word} ${shown}` : `${shown} ${word}`;
  });
  const expression = parts.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
  const result = inputs && m.actual !== null ? ` = ${f.format(m.actual, m.unit)}` : '';
  return `${m.label} = ${expression}${result}`;
}

/** The reason beside a dash, in words. */
export function missingText(reason: MissingReason, input: string | undefined, metric: ScorecardMetric, locale: string, table: Record<MissingReason, (input?: string) => string>): string {
  const entry = metric.metric ? catalogueEntry(metric.metric) : undefined;
  const term = input && entry?.terms[input] ? entry.terms[input]![languageOf(locale)] : input;
  // Arabic names the input after «قيمة», in the genitive: «قيمة العملاء المحتملين».
  return table[reason](term && languageOf(locale) === 'ar' ? arabicGenitive(term) : term);
}

/** The actual against what it is judged by: "2 against 3 by now", "$48 against $40". */
export function againstText(m: ScorecardMetric, f: NumberFormatter): string {
  const w = wordsFor(f.locale);
  const target = m.comparedTarget !== null && m.comparedTarget !== m.target && !isRange(m.comparedTarget)
    ? w.byNow(f.format(m.comparedTarget, m.unit))
    : goalText(m.target, m, f);
  return w.againstTarget(f.format(m.actual, m.unit), target);
}

/** A metric's line in the meeting's list, without its number in the list. */
export function discussLine(m: ScorecardMetric, f: NumberFormatter): string {
  const w = wordsFor(f.locale);
  const lang = languageOf(f.locale);
  const sep = lang === 'ar' ? '، ' : ', ';
  const head = m.owner ? `${m.label} (${w.owner(m.owner)})` : m.label;
  const facts: string[] = [w.status[m.status]];
  facts.push(againstText(m, f));
  const gap = gapText(m, f);
  if (gap) facts.push(gap);
  const streak = streakText(m, f.locale);
  if (streak) facts.push(streak);
  const projection = projectionText(m, f);
  if (projection) facts.push(projection.charAt(0).toLowerCase() + projection.slice(1));
  const body = facts.join(sep);
  // A sentence ends with one full stop, also after a currency that ends in one ("ر.س.").
  const line = `${head}: ${body}${/\.[\u200e\u200f]*$/u.test(body) ? '' : '.'}`;
  return m.note ? `${line}\n   ${w.note}: ${m.note}` : line;
}

/** The meeting's list as plain text, worst first, ready to paste into the notes. */
export function meetingNotes(model: ScorecardModel, f: NumberFormatter, fallbackTitle: string): string {
  const w = wordsFor(f.locale);
  const title = model.title ?? fallbackTitle;
  const date = asOfName(model.period.asOf, f.locale);
  if (model.discuss.length === 0) return w.nothingToDiscuss(title, date);
  const byId = new Map(model.metrics.map((m) => [m.id, m]));
  const n = plainNumber(f.locale);
  const lines = model.discuss.map((item, i) => `${n.format(i + 1)}. ${discussLine(byId.get(item.id)!, f)}`);
  return `${w.meetingHeading(title, model.discuss.length, f.locale, date)}\n\n${lines.join('\n')}\n`;
}
