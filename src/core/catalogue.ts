/**
 * The metric catalogue: the formulas revenue teams use, computed correctly.
 *
 * Several source articles get the arithmetic wrong (ROI of $20,000 returning
 * $50,000 is 150 %, not 120 %; 10 of 100 customers leaving is 10 % churn and
 * 90 % retention, not a "10 % retention rate"; cost per lead is money per lead,
 * not a percentage). These functions follow domain.md section 5.
 */
import type { Computed, Direction, Unit } from './types.js';

export interface CatalogueEntry<K extends string = string> {
  key: K;
  /** Default label in English and Arabic. */
  label: { en: string; ar: string };
  unit: Unit;
  direction: Direction;
  /** Names of the numbers the formula takes, in the contract's order. */
  inputs: readonly string[];
  /** The formula, as a reader would write it (documentation and tooltips). */
  formula: string;
  compute(inputs: Readonly<Record<string, number>>): Computed;
}

type Inputs = Readonly<Record<string, number>>;

function missing(inputs: Inputs, names: readonly string[]): string | undefined {
  return names.find((n) => typeof inputs[n] !== 'number' || !Number.isFinite(inputs[n]));
}

/** numerator / denominator, or the reason it cannot be computed. */
function ratio(inputs: Inputs, numerator: string, denominator: string): Computed {
  const absent = missing(inputs, [numerator, denominator]);
  if (absent) return { value: null, reason: 'missing-input', input: absent };
  const d = inputs[denominator]!;
  if (d === 0) return { value: null, reason: 'zero-denominator', input: denominator };
  return { value: inputs[numerator]! / d };
}

function entry<K extends string>(
  key: K,
  en: string,
  ar: string,
  unit: Unit,
  direction: Direction,
  inputs: readonly string[],
  formula: string,
  compute: (i: Inputs) => Computed,
): CatalogueEntry<K> {
  // Finite inputs can still overflow (1 / 5e-324, a product past 1.8e308): such a
  // result is reported as out of range, never passed on as Infinity.
  const finiteCompute = (i: Inputs): Computed => {
    const r = compute(i);
    return r.value !== null && !Number.isFinite(r.value) ? { value: null, reason: 'out-of-range' } : r;
  };
  return { key, label: { en, ar }, unit, direction, inputs, formula, compute: finiteCompute };
}

const div = (n: string, d: string) => (i: Inputs) => ratio(i, n, d);

export const CATALOGUE = [
  entry('conversion_rate', 'Conversion rate', 'معدل التحويل', 'percent', 'higher',
    ['conversions', 'entrants'], 'conversions / entrants', div('conversions', 'entrants')),
  entry('cpl', 'Cost per lead', 'تكلفة العميل المحتمل', 'currency', 'lower',
    ['spend', 'leads'], 'spend / leads', div('spend', 'leads')),
  entry('cost_per_mql', 'Cost per MQL', 'تكلفة العميل المؤهل تسويقيًا', 'currency', 'lower',
    ['spend', 'mqls'], 'spend / MQLs', div('spend', 'mqls')),
  entry('cost_per_sql', 'Cost per SQL', 'تكلفة العميل المؤهل للمبيعات', 'currency', 'lower',
    ['spend', 'sqls'], 'spend / SQLs', div('spend', 'sqls')),
  entry('cac', 'Customer acquisition cost', 'تكلفة اكتساب العميل', 'currency', 'lower',
    ['spend', 'customers'], 'sales + marketing spend / new customers', div('spend', 'customers')),
  entry('cpa', 'Cost per acquisition', 'تكلفة الاكتساب', 'currency', 'lower',
    ['spend', 'acquisitions'], 'ad spend / acquisitions', div('spend', 'acquisitions')),
  entry('cpc', 'Cost per click', 'تكلفة النقرة', 'currency', 'lower',
    ['spend', 'clicks'], 'ad spend / clicks', div('spend', 'clicks')),
  entry('ctr', 'Click-through rate', 'نسبة النقر إلى الظهور', 'percent', 'higher',
    ['clicks', 'impressions'], 'clicks / impressions', div('clicks', 'impressions')),
  entry('roi', 'Return on investment', 'العائد على الاستثمار', 'percent', 'higher',
    ['gain', 'investment'], '(gain - investment) / investment', (i) => {
      const r = ratio(i, 'gain', 'investment');
      return r.value === null ? r : { value: r.value - 1 };
    }),
  entry('arpc', 'Average revenue per customer', 'متوسط الإيراد لكل عميل', 'currency', 'higher',
    ['revenue', 'customers'], 'revenue / customers', div('revenue', 'customers')),
  entry('avg_deal_size', 'Average deal size', 'متوسط حجم الصفقة', 'currency', 'higher',
    ['revenue', 'deals'], 'revenue won / deals won', div('revenue', 'deals')),
  entry('lead_value', 'Lead value', 'قيمة العميل المحتمل', 'currency', 'higher',
    ['sales_value', 'leads'], 'total sales value / total leads', div('sales_value', 'leads')),
  entry('cltv', 'Customer lifetime value', 'القيمة الدائمة للعميل', 'currency', 'higher',
    ['revenue_per_period', 'lifetime_periods'], 'revenue per customer per period × average lifetime in periods', (i) => {
      const absent = missing(i, ['revenue_per_period', 'lifetime_periods']);
      if (absent) return { value: null, reason: 'missing-input', input: absent };
      return { value: i.revenue_per_period! * i.lifetime_periods! };
    }),
  entry('close_rate', 'Close rate', 'معدل إغلاق الصفقات', 'percent', 'higher',
    ['won', 'closed'], 'deals won / opportunities closed', div('won', 'closed')),
  entry('pipeline_velocity', 'Pipeline velocity', 'سرعة خط المبيعات', 'currency', 'higher',
    ['opportunities', 'win_rate', 'avg_deal_size', 'cycle_days'],
    'opportunities × win rate × average deal size / sales cycle days', (i) => {
      const absent = missing(i, ['opportunities', 'win_rate', 'avg_deal_size', 'cycle_days']);
      if (absent) return { value: null, reason: 'missing-input', input: absent };
      if (i.cycle_days === 0) return { value: null, reason: 'zero-denominator', input: 'cycle_days' };
      return { value: (i.opportunities! * i.win_rate! * i.avg_deal_size!) / i.cycle_days! };
    }),
  entry('churn_rate', 'Churn rate', 'معدل فقدان العملاء', 'percent', 'lower',
    ['lost', 'customers'], 'customers lost / customers at start', div('lost', 'customers')),
  entry('retention_rate', 'Retention rate', 'معدل الاحتفاظ بالعملاء', 'percent', 'higher',
    ['lost', 'customers'], '1 - customers lost / customers at start', (i) => {
      const r = ratio(i, 'lost', 'customers');
      return r.value === null ? r : { value: 1 - r.value };
    }),
  entry('new_users', 'New users', 'المستخدمون الجدد', 'count', 'higher',
    ['users', 'returning'], 'total users - returning users', (i) => {
      const absent = missing(i, ['users', 'returning']);
      if (absent) return { value: null, reason: 'missing-input', input: absent };
      return { value: i.users! - i.returning! };
    }),
  entry('bounce_rate', 'Bounce rate', 'معدل الارتداد', 'percent', 'lower',
    ['bounces', 'sessions'], 'single-page sessions / sessions', div('bounces', 'sessions')),
  entry('email_open_rate', 'Email open rate', 'معدل فتح البريد', 'percent', 'higher',
    ['opens', 'delivered'], 'opens / delivered', div('opens', 'delivered')),
  entry('email_click_rate', 'Email click rate', 'معدل النقر في البريد', 'percent', 'higher',
    ['clicks', 'delivered'], 'clicks / delivered', div('clicks', 'delivered')),
  entry('ltv_cac', 'LTV : CAC', 'نسبة القيمة الدائمة إلى تكلفة الاكتساب', 'ratio', 'higher',
    ['cltv', 'cac'], 'CLTV / CAC', div('cltv', 'cac')),
] as const;

export type CatalogueKey = (typeof CATALOGUE)[number]['key'];
export const CATALOGUE_KEYS = CATALOGUE.map((e) => e.key) as readonly CatalogueKey[] as readonly [CatalogueKey, ...CatalogueKey[]];

const BY_KEY = new Map<string, CatalogueEntry>(CATALOGUE.map((e) => [e.key, e]));

export function catalogueEntry(key: string): CatalogueEntry | undefined {
  return BY_KEY.get(key);
}

/** Computes a catalogue metric from its inputs: a value, or why there is none. */
export function computeMetric(key: CatalogueKey, inputs: Inputs): Computed {
  return BY_KEY.get(key)!.compute(inputs);
}
