/**
 * The funnel planner's words, in English and Arabic. Numbers arrive already
 * formatted (Intl, the element's locale); these only place them in sentences.
 */
import type { FunnelPeriod } from '../core/funnel.js';
import { languageOf } from '../internal/i18n.js';

/**
 * Data text in a sentence is isolated (FSI ... PDI) so an English stage name in
 * an Arabic sentence, or the reverse, keeps its own direction and the arrows
 * and punctuation around it stay in place.
 */
export const iso = (text: string): string => `\u2068${text}\u2069`;

const en = {
  /** "a month": how often, after a number. */
  per: { month: 'a month', quarter: 'a quarter', year: 'a year' } as Record<FunnelPeriod, string>,
  period: { month: 'Month', quarter: 'Quarter', year: 'Year' } as Record<FunnelPeriod, string>,
  periodsAhead: { month: 'months', quarter: 'quarters', year: 'years' } as Record<FunnelPeriod, string>,
  planTitle: 'Funnel plan',
  modeBackward: 'Worked back from the revenue goal',
  modeForward: 'Projected forward from today’s volume',
  backwardSummary: (revenue: string, per: string, deal: string, customers: string, top: string, topLabel: string) =>
    `To bring in ${revenue} ${per} at ${deal} a deal, you need ${customers} customers ${per}, which takes ${top} ${iso(topLabel)} ${per}.`,
  forwardSummary: (top: string, topLabel: string, per: string, customers: string, revenue: string | null) =>
    `${top} ${iso(topLabel)} ${per} become ${customers} customers ${per}${revenue ? `, worth ${revenue} ${per}` : ''}.`,
  forwardNoDealSize: 'Give `averageDealSize` to see the revenue these customers bring.',
  rounded: 'Required volumes are rounded up to whole units.',
  bottleneck: (from: string, to: string, actual: string, plan: string, below: string) =>
    `Bottleneck: ${iso(from)} → ${iso(to)} converts at ${actual} against a plan of ${plan} (${below} below plan).`,
  noBottleneck: 'Every measured step converts at or above plan.',
  noActualRates: 'Give actuals for two adjacent stages to compare conversion with plan.',
  coverage: (times: string, value: string, per: string) => `At ${times} pipeline coverage you need ${value} of pipeline ${per}.`,
  salesCycle: (days: string, stage: string | null, months: string) =>
    `With a sales cycle of ${days}, ${stage ? `the ${iso(stage)}` : 'deals'} must exist about ${months} months before they close.`,
  sensitivitySaved: (label: string, from: string, to: string, saved: string, topLabel: string, per: string) =>
    `Most sensitive rate: raising ${iso(label)} from ${iso(from)} to ${iso(to)} (one point) saves ${saved} ${iso(topLabel)} ${per}, more than any other single rate.`,
  sensitivityGained: (label: string, from: string, to: string, gained: string, per: string) =>
    `Most sensitive rate: raising ${iso(label)} from ${iso(from)} to ${iso(to)} (one point) adds ${gained} customers ${per}, more than any other single rate.`,
  chartLabel: (per: string) => `Required volume per stage, ${per} (logarithmic scale)`,
  chartLabelActuals: (per: string) => `Plan and actual volume per stage, ${per} (logarithmic scale)`,
  plan: 'Plan',
  projected: 'Projected',
  actual: 'Actual',
  table: {
    caption: (per: string) => `Funnel stages, volumes ${per}`,
    stage: 'Stage',
    rate: 'Step rate',
    cumulative: 'From the top',
    required: 'Required',
    projected: 'Projected',
    actual: 'Actual',
    gap: 'Gap',
    actualRate: 'Actual rate',
  },
  step: (from: string, to: string) => `${iso(from)} → ${iso(to)}`,
  rateOf: (pct: string, from: string, to: string) => `${pct} of ${iso(from)} become ${iso(to)}`,
  ofTop: (pct: string, top: string) => `${pct} of ${iso(top)}`,
  first: 'start',
  edit: {
    legend: 'Change the plan',
    goalRevenue: 'Revenue goal',
    goalPeriod: 'Goal period',
    averageDealSize: 'Average deal size',
    volumeIn: (label: string, per: string) => `${iso(label)} ${per}`,
    rate: (from: string, to: string) => `${iso(from)} → ${iso(to)}, %`,
    invalid: 'Enter a number above 0',
    invalidRate: 'Enter a percentage above 0 and at most 100',
    reset: 'Reset to the data',
  },
};

export type FunnelStrings = typeof en;

const ar: FunnelStrings = {
  per: { month: 'شهريًا', quarter: 'كل ربع سنة', year: 'سنويًا' },
  period: { month: 'شهر', quarter: 'ربع سنة', year: 'سنة' },
  periodsAhead: { month: 'أشهر', quarter: 'أرباع', year: 'سنوات' },
  planTitle: 'خطة القمع',
  modeBackward: 'محسوبة عكسيًا من هدف الإيراد',
  modeForward: 'متوقعة من الحجم الحالي',
  backwardSummary: (revenue, per, deal, customers, top, topLabel) =>
    `لتحقيق ${revenue} ${per} بمتوسط ${deal} للصفقة، تحتاج ${customers} من العملاء ${per}، وهذا يتطلب ${top} من «${iso(topLabel)}» ${per}.`,
  forwardSummary: (top, topLabel, per, customers, revenue) =>
    `${top} من «${iso(topLabel)}» ${per} تصبح ${customers} من العملاء ${per}${revenue ? `، بقيمة ${revenue} ${per}` : ''}.`,
  forwardNoDealSize: 'أضف averageDealSize لمعرفة الإيراد الذي يجلبه هؤلاء العملاء.',
  rounded: 'الأحجام المطلوبة مقرّبة إلى أعلى لأعداد صحيحة.',
  bottleneck: (from, to, actual, plan, below) =>
    `عنق الزجاجة: التحويل من «${iso(from)}» إلى «${iso(to)}» ${actual} مقابل ${plan} في الخطة (أقل من الخطة بنسبة ${below}).`,
  noBottleneck: 'كل مرحلة مقيسة تتحول بمعدل الخطة أو أعلى.',
  noActualRates: 'أضف القيم الفعلية لمرحلتين متتاليتين لمقارنة التحويل بالخطة.',
  coverage: (times, value, per) => `بتغطية خط مبيعات ${times} تحتاج خط مبيعات بقيمة ${value} ${per}.`,
  salesCycle: (days, stage, months) =>
    `مع دورة مبيعات مدتها ${days}، يجب أن ${stage ? `تكون «${iso(stage)}» موجودة` : 'تكون الصفقات موجودة'} قبل الإغلاق بنحو ${months} أشهر.`,
  sensitivitySaved: (label, from, to, saved, topLabel, per) =>
    `المعدل الأكثر تأثيرًا: رفع «${iso(label)}» من ${iso(from)} إلى ${iso(to)} (نقطة واحدة) يوفّر ${saved} من «${iso(topLabel)}» ${per}، أكثر من أي معدل آخر.`,
  sensitivityGained: (label, from, to, gained, per) =>
    `المعدل الأكثر تأثيرًا: رفع «${iso(label)}» من ${iso(from)} إلى ${iso(to)} (نقطة واحدة) يضيف ${gained} من العملاء ${per}، أكثر من أي معدل آخر.`,
  chartLabel: (per) => `الحجم المطلوب لكل مرحلة ${per} (مقياس لوغاريتمي)`,
  chartLabelActuals: (per) => `الحجم المخطط والفعلي لكل مرحلة ${per} (مقياس لوغاريتمي)`,
  plan: 'الخطة',
  projected: 'المتوقع',
  actual: 'الفعلي',
  table: {
    caption: (per) => `مراحل القمع، الأحجام ${per}`,
    stage: 'المرحلة',
    rate: 'معدل التحويل',
    cumulative: 'من أعلى القمع',
    required: 'المطلوب',
    projected: 'المتوقع',
    actual: 'الفعلي',
    gap: 'الفجوة',
    actualRate: 'المعدل الفعلي',
  },
  step: (from, to) => `${iso(from)} ← ${iso(to)}`,
  rateOf: (pct, from, to) => `${pct} من «${iso(from)}» تصبح «${iso(to)}»`,
  ofTop: (pct, top) => `${pct} من «${iso(top)}»`,
  first: 'البداية',
  edit: {
    legend: 'تعديل الخطة',
    goalRevenue: 'هدف الإيراد',
    goalPeriod: 'فترة الهدف',
    averageDealSize: 'متوسط قيمة الصفقة',
    volumeIn: (label, per) => `${iso(label)} ${per}`,
    rate: (from, to) => `${iso(from)} ← ${iso(to)}، ٪`,
    invalid: 'أدخل رقمًا أكبر من صفر',
    invalidRate: 'أدخل نسبة أكبر من صفر ولا تتجاوز 100',
    reset: 'العودة إلى البيانات',
  },
};

export function funnelStrings(locale: string): FunnelStrings {
  return languageOf(locale) === 'ar' ? ar : en;
}
