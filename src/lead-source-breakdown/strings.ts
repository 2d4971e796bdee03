/** The words of `<lead-source-breakdown>`, in English and Arabic. No DOM here. */
import type { ChartKind, ColumnKey, SortDirection, SourceField } from '../core/sources.js';
import { languageOf } from '../internal/i18n.js';

/** A column's name inside an English sentence: "cost per lead", but "MQLs", "CAC", "ROI". */
const inSentence = (column: string) => (/^[A-Z][a-z]/.test(column) ? column.charAt(0).toLowerCase() + column.slice(1) : column);

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
    lead_to_mql: 'Lead to MQL',
    mql_to_opportunity: 'MQL to opportunity',
    opportunity_to_customer: 'Opportunity to customer',
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
  /** The table's order, in its caption and said when the reader sorts: "Sorted by cost per lead, lowest first". */
  sortedBy: (column: string, key: ColumnKey, direction: SortDirection) =>
    `Sorted by ${inSentence(column)}, ${key === 'source'
      ? (direction === 'asc' ? 'A to Z' : 'Z to A')
      : direction === 'asc' ? 'lowest first' : 'highest first'}`,
  chartLabel: (measure: string, kind: ChartKind, items: string) =>
    `${measure} by source, ${kind === 'donut' ? 'donut chart' : 'bar chart'}: ${items}`,
  noChartData: (measure: string) => `No source has a value for ${measure.toLowerCase()}.`,
  nullNote: '— a value that cannot be computed (its denominator is zero or missing) or that the data does not give. The small number beside a dash gives its reason:',
  noCpl: 'No source has both spend and leads, so cost per lead cannot be compared.',
};

export type SourcesStrings = typeof en;

/**
 * A column's name after a preposition («حسب»): the sound masculine plurals of the headers
 * (nominative, «العملاء المحتملون») take the genitive («حسب العملاء المحتملين»).
 */
function afterPreposition(name: string): string {
  return name.replace('العملاء المحتملون', 'العملاء المحتملين').replace('المؤهلون', 'المؤهلين');
}

const ar: SourcesStrings = {
  columns: {
    source: 'المصدر',
    visits: 'الزيارات',
    leads: 'العملاء المحتملون',
    mqls: 'المؤهلون تسويقيًا (MQL)',
    opportunities: 'الفرص',
    customers: 'العملاء',
    spend: 'الإنفاق',
    revenue: 'الإيرادات',
    share: 'الحصة',
    cpl: 'تكلفة العميل المحتمل',
    cost_per_mql: 'تكلفة المؤهل تسويقيًا (MQL)',
    cost_per_opportunity: 'تكلفة الفرصة',
    cac: 'تكلفة اكتساب العميل (CAC)',
    roi: 'العائد على الاستثمار',
    lead_to_mql: 'من عميل محتمل إلى مؤهل (MQL)',
    mql_to_opportunity: 'من مؤهل (MQL) إلى فرصة',
    opportunity_to_customer: 'من فرصة إلى عميل',
  },
  fields: {
    visits: 'الزيارات',
    leads: 'العملاء المحتملين',
    mqls: 'العملاء المؤهلين تسويقيًا (MQL)',
    opportunities: 'الفرص',
    customers: 'العملاء',
    spend: 'الإنفاق',
    revenue: 'الإيرادات',
  },
  total: 'الإجمالي',
  notGiven: 'غير موجود في البيانات',
  caption: (measure) => `مصادر العملاء المحتملين: الأعداد والتكاليف ومعدلات التحويل (مرتبة حسب ${afterPreposition(measure)})`,
  sortedBy: (column, key, direction) => `مرتّب حسب ${afterPreposition(column)}، ${key === 'source'
    ? (direction === 'asc' ? 'أبجديًا من الألف إلى الياء' : 'أبجديًا من الياء إلى الألف')
    : direction === 'asc' ? 'الأقل أولًا' : 'الأعلى أولًا'}`,
  chartLabel: (measure, kind, items) => `${measure} حسب المصدر، ${kind === 'donut' ? 'مخطط حلقي' : 'مخطط أعمدة'}: ${items}`,
  noChartData: (measure) => `لا يوجد مصدر له قيمة في ${measure}.`,
  nullNote: '— قيمة لا يمكن حسابها (مقامها صفر أو غير موجود) أو غير موجودة في البيانات. الرقم الصغير بجانب الشرطة يدل على سببها:',
  noCpl: 'لا يوجد مصدر له إنفاق وعملاء محتملون معًا، فلا يمكن مقارنة تكلفة العميل المحتمل.',
};

export function sourcesStrings(locale: string): SourcesStrings {
  return languageOf(locale) === 'ar' ? ar : en;
}
