/**
 * The funnel planner's words, in English and Arabic. Numbers arrive already
 * formatted (Intl, the element's locale); these only place them in sentences.
 *
 * Sentences shown on screen are templates: text from the data (stage names)
 * sits in a `<bdi>`, so an English stage name in an Arabic sentence, or the
 * reverse, keeps its own direction without invisible isolate characters in
 * the text (they would reach accessible names and copied text). Plain-text
 * words (tooltips, accessible names) say the step in words: "Leads to MQLs",
 * «من … إلى …», never an arrow, which points the wrong way in one direction.
 */
import { html, type TemplateResult } from 'lit';
import type { FunnelPeriod } from '../core/funnel.js';
import { languageOf } from '../internal/i18n.js';

/** Text from the data (or a number) in a sentence on screen: isolated by markup. */
const b = (text: string): TemplateResult => html`<bdi>${text}</bdi>`;

const en = {
  /** "a month": how often, after a number. */
  per: { month: 'a month', quarter: 'a quarter', year: 'a year' } as Record<FunnelPeriod, string>,
  period: { month: 'Month', quarter: 'Quarter', year: 'Year' } as Record<FunnelPeriod, string>,
  periodsAhead: { month: 'months', quarter: 'quarters', year: 'years' } as Record<FunnelPeriod, string>,
  planTitle: 'Funnel plan',
  modeBackward: 'Worked back from the revenue goal',
  modeForward: 'Projected forward from today’s volume',
  backwardSummary: (revenue: string, per: string, deal: string, customers: string, top: string, topLabel: string): TemplateResult =>
    html`To bring in ${revenue} ${per} at ${deal} a deal, you need ${customers} customers ${per}, which takes ${top} ${b(topLabel)} ${per}.`,
  forwardSummary: (top: string, topLabel: string, per: string, customers: string, revenue: string | null): TemplateResult =>
    html`${top} ${b(topLabel)} ${per} become ${customers} customers ${per}${revenue ? `, worth ${revenue} ${per}` : ''}.`,
  forwardNoDealSize: 'Give `averageDealSize` to see the revenue these customers bring.',
  rounded: 'Required volumes are rounded up to whole units.',
  bottleneck: (from: string, to: string, actual: string, plan: string, below: string): TemplateResult =>
    html`Bottleneck: the step from ${b(from)} to ${b(to)} converts at ${actual} against a plan of ${plan} (${below} below plan).`,
  noBottleneck: 'Every measured step converts at or above plan.',
  noActualRates: 'Give actuals for two adjacent stages to compare conversion with plan.',
  coverage: (times: string, value: string, per: string) => `At ${times} pipeline coverage you need ${value} of pipeline ${per}.`,
  /** `months` as shown, `plural` its Intl.PluralRules category in this language. */
  salesCycle: (days: string, stage: string | null, months: string, plural: Intl.LDMLPluralRule): TemplateResult =>
    html`With a sales cycle of ${days}, ${stage ? html`the ${b(stage)}` : 'deals'} must exist about ${months} ${plural === 'one' ? 'month' : 'months'} before they close.`,
  sensitivitySaved: (from: string, to: string, rate: string, improved: string, saved: string, topLabel: string, per: string): TemplateResult =>
    html`Most sensitive rate: ${b(from)} to ${b(to)}. Raising it from ${b(rate)} to ${b(improved)} (one point) saves ${saved} ${b(topLabel)} ${per}, more than any other single rate.`,
  sensitivityGained: (from: string, to: string, rate: string, improved: string, gained: string, per: string): TemplateResult =>
    html`Most sensitive rate: ${b(from)} to ${b(to)}. Raising it from ${b(rate)} to ${b(improved)} (one point) adds ${gained} customers ${per}, more than any other single rate.`,
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
  /** Plain text (a tooltip). */
  rateOf: (pct: string, from: string, to: string) => `${pct} of ${from} become ${to}`,
  /** Plain text (a tooltip). */
  ofTop: (pct: string, top: string) => `${pct} of ${top}`,
  first: 'start',
  edit: {
    legend: 'Change the plan',
    goalRevenue: 'Revenue goal',
    goalPeriod: 'Goal period',
    averageDealSize: 'Average deal size',
    volumeIn: (label: string, per: string): TemplateResult => html`${b(label)} ${per}`,
    rate: (from: string, to: string): TemplateResult => html`${b(from)} to ${b(to)}, %`,
    invalid: 'Enter a number above 0',
    invalidRate: (max: string) => `Enter a percentage above 0 and at most ${max}`,
    reset: 'Reset to the data',
  },
};

export type FunnelStrings = typeof en;

/** "about N months" in Arabic: its six plural forms (شهر واحد، شهرين، ٣ أشهر، ١١ شهرًا، ١٠٠ شهر). */
function arMonths(months: string, plural: Intl.LDMLPluralRule): string {
  switch (plural) {
    case 'one':
      return 'شهر واحد';
    case 'two':
      return 'شهرين';
    case 'few':
      return `${months} أشهر`;
    case 'many':
      return `${months} شهرًا`;
    default: // zero, other (100, 1.5)
      return `${months} شهر`;
  }
}

const ar: FunnelStrings = {
  per: { month: 'شهريًا', quarter: 'كل ربع سنة', year: 'سنويًا' },
  period: { month: 'شهر', quarter: 'ربع سنة', year: 'سنة' },
  periodsAhead: { month: 'أشهر', quarter: 'أرباع', year: 'سنوات' },
  planTitle: 'خطة قمع المبيعات',
  modeBackward: 'محسوبة عكسيًا من هدف الإيراد',
  modeForward: 'متوقعة من الحجم الحالي',
  backwardSummary: (revenue, per, deal, customers, top, topLabel) =>
    html`لتحقيق ${revenue} ${per} بمتوسط ${deal} للصفقة، تحتاج ${customers} من العملاء ${per}، وهذا يتطلب ${top} من «${b(topLabel)}» ${per}.`,
  forwardSummary: (top, topLabel, per, customers, revenue) =>
    html`${top} من «${b(topLabel)}» ${per} تصبح ${customers} من العملاء ${per}${revenue ? `، بقيمة ${revenue} ${per}` : ''}.`,
  forwardNoDealSize: 'أضف averageDealSize لمعرفة الإيراد الذي يجلبه هؤلاء العملاء.',
  rounded: 'الأحجام المطلوبة مقرّبة إلى أعلى لأعداد صحيحة.',
  bottleneck: (from, to, actual, plan, below) =>
    html`عنق الزجاجة: التحويل من «${b(from)}» إلى «${b(to)}» ${actual} مقابل ${plan} في الخطة (أقل من الخطة بنسبة ${below}).`,
  noBottleneck: 'كل مرحلة مقيسة تتحول بمعدل الخطة أو أعلى.',
  noActualRates: 'أضف القيم الفعلية لمرحلتين متتاليتين لمقارنة التحويل بالخطة.',
  coverage: (times, value, per) => `بتغطية خط مبيعات ${times} تحتاج خط مبيعات بقيمة ${value} ${per}.`,
  salesCycle: (days, stage, months, plural) =>
    html`مع دورة مبيعات مدتها ${days}، يجب أن ${stage ? html`تكون «${b(stage)}» موجودة` : 'تكون الصفقات موجودة'} قبل الإغلاق بنحو ${arMonths(months, plural)}.`,
  sensitivitySaved: (from, to, rate, improved, saved, topLabel, per) =>
    html`المعدل الأكثر تأثيرًا: التحويل من «${b(from)}» إلى «${b(to)}». رفعه من ${b(rate)} إلى ${b(improved)} (نقطة واحدة) يوفّر ${saved} من «${b(topLabel)}» ${per}، أكثر من أي معدل آخر.`,
  sensitivityGained: (from, to, rate, improved, gained, per) =>
    html`المعدل الأكثر تأثيرًا: التحويل من «${b(from)}» إلى «${b(to)}». رفعه من ${b(rate)} إلى ${b(improved)} (نقطة واحدة) يضيف ${gained} من العملاء ${per}، أكثر من أي معدل آخر.`,
  chartLabel: (per) => `الحجم المطلوب لكل مرحلة ${per} (مقياس لوغاريتمي)`,
  chartLabelActuals: (per) => `الحجم المخطط والفعلي لكل مرحلة ${per} (مقياس لوغاريتمي)`,
  plan: 'الخطة',
  projected: 'المتوقع',
  actual: 'الفعلي',
  table: {
    caption: (per) => `مراحل قمع المبيعات، الأحجام ${per}`,
    stage: 'المرحلة',
    rate: 'معدل التحويل',
    cumulative: 'من أعلى القمع',
    required: 'المطلوب',
    projected: 'المتوقع',
    actual: 'الفعلي',
    gap: 'الفجوة',
    actualRate: 'المعدل الفعلي',
  },
  rateOf: (pct, from, to) => `${pct} من «${from}» تصبح «${to}»`,
  ofTop: (pct, top) => `${pct} من «${top}»`,
  first: 'البداية',
  edit: {
    legend: 'تعديل الخطة',
    goalRevenue: 'هدف الإيراد',
    goalPeriod: 'فترة الهدف',
    averageDealSize: 'متوسط قيمة الصفقة',
    volumeIn: (label, per) => html`${b(label)} ${per}`,
    rate: (from, to) => html`من «${b(from)}» إلى «${b(to)}»، ٪`,
    invalid: 'أدخل رقمًا أكبر من صفر',
    invalidRate: (max) => `أدخل نسبة أكبر من صفر ولا تتجاوز ${max}`,
    reset: 'العودة إلى البيانات',
  },
};

export function funnelStrings(locale: string): FunnelStrings {
  return languageOf(locale) === 'ar' ? ar : en;
}
