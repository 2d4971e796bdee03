/** The words of `<lead-source-breakdown>`, in English and Arabic. No DOM here. */
import type { ChartKind, ColumnKey, SortDirection, SourceField } from '../core/sources.js';
import { languageOf } from '../internal/i18n.js';

const en = {
  columns: {
    source: 'Source',
    visits: 'Visits',
    leads: 'Leads',
    mqls: 'MQLs',
    opportunities: 'Opportunities',
    customers: 'Customers',
    spend: 'Spend',
    revenue: 'Revenue',
    share: 'Share',
    cpl: 'Cost per lead',
    cost_per_mql: 'Cost per MQL',
    cost_per_opportunity: 'Cost per opportunity',
    cac: 'CAC',
    roi: 'ROI',
    lead_to_mql: 'Lead → MQL',
    mql_to_opportunity: 'MQL → opportunity',
    opportunity_to_customer: 'Opportunity → customer',
  } satisfies Record<ColumnKey, string>,
  /** Field names inside a sentence ("leads is 0"). */
  fields: {
    visits: 'visits',
    leads: 'leads',
    mqls: 'MQLs',
    opportunities: 'opportunities',
    customers: 'customers',
    spend: 'spend',
    revenue: 'revenue',
  } satisfies Record<SourceField, string>,
  total: 'Total',
  notGiven: 'not given in the data',
  caption: (measure: string) => `Lead sources: counts, costs and conversion rates (ranked by ${measure.toLowerCase()})`,
  sortedBy: (column: string, direction: SortDirection) =>
    `Sorted by ${column}, ${direction === 'asc' ? 'ascending' : 'descending'}`,
  chartLabel: (measure: string, kind: ChartKind, items: string) =>
    `${measure} by source, ${kind === 'donut' ? 'donut chart' : 'bar chart'}: ${items}`,
  noChartData: (measure: string) => `No source has a value for ${measure.toLowerCase()}.`,
  nullNote: '— cannot be computed: its denominator is zero or missing. Hover over a dash for the reason.',
  noCpl: 'No source has both spend and leads, so cost per lead cannot be compared.',
};

export type SourcesStrings = typeof en;

const ar: SourcesStrings = {
  columns: {
    source: 'المصدر',
    visits: 'الزيارات',
    leads: 'العملاء المحتملون',
    mqls: 'المؤهلون تسويقيًا',
    opportunities: 'الفرص',
    customers: 'العملاء',
    spend: 'الإنفاق',
    revenue: 'الإيرادات',
    share: 'الحصة',
    cpl: 'تكلفة العميل المحتمل',
    cost_per_mql: 'تكلفة المؤهل تسويقيًا',
    cost_per_opportunity: 'تكلفة الفرصة',
    cac: 'تكلفة الاكتساب',
    roi: 'العائد على الاستثمار',
    lead_to_mql: 'محتمل ← مؤهل',
    mql_to_opportunity: 'مؤهل ← فرصة',
    opportunity_to_customer: 'فرصة ← عميل',
  },
  fields: {
    visits: 'الزيارات',
    leads: 'العملاء المحتملين',
    mqls: 'العملاء المؤهلين تسويقيًا',
    opportunities: 'الفرص',
    customers: 'العملاء',
    spend: 'الإنفاق',
    revenue: 'الإيرادات',
  },
  total: 'الإجمالي',
  notGiven: 'غير موجود في البيانات',
  caption: (measure) => `مصادر العملاء المحتملين: الأعداد والتكاليف ومعدلات التحويل (مرتبة حسب ${measure})`,
  sortedBy: (column, direction) => `مرتب حسب ${column}، ${direction === 'asc' ? 'تصاعديًا' : 'تنازليًا'}`,
  chartLabel: (measure, kind, items) => `${measure} حسب المصدر، ${kind === 'donut' ? 'مخطط حلقي' : 'مخطط أعمدة'}: ${items}`,
  noChartData: (measure) => `لا يوجد مصدر له قيمة في ${measure}.`,
  nullNote: '— لا يمكن حسابها: مقامها صفر أو غير موجود. مرّر المؤشر فوق الشرطة لمعرفة السبب.',
  noCpl: 'لا يوجد مصدر له إنفاق وعملاء محتملون معًا، فلا يمكن مقارنة تكلفة العميل المحتمل.',
};

export function sourcesStrings(locale: string): SourcesStrings {
  return languageOf(locale) === 'ar' ? ar : en;
}
