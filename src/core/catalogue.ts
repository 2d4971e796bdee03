/**
 * The metric catalogue: the formulas revenue teams use, computed correctly.
 *
 * Several source articles get the arithmetic wrong (ROI of $20,000 returning
 * $50,000 is 150 %, not 120 %; 10 of 100 customers leaving is 10 % churn and
 * 90 % retention, not a "10 % retention rate"; cost per lead is money per lead,
 * not a percentage). These functions follow the README's metric catalogue.
 */
import type { Computed, Direction, Unit } from './types.js';

/** The word a reader sees beside an input's value in a worked formula, and the unit the value is shown in. */
export interface InputTerm {
  en: string;
  ar: string;
  unit: Unit;
}

/**
 * An input's Arabic word in the genitive, as it reads after a noun («قيمة …», «عدد …»): the
 * sound masculine plural of a definite word takes -ين («العملاء المحتملون» → «العملاء
 * المحتملين», «المستخدمون العائدون» → «المستخدمين العائدين»). Other words do not change.
 */
export function arabicGenitive(term: string): string {
  return term.replace(/(^|[\s(])(ال[\p{L}\p{M}]{2,}?)ون(?=$|[\s)،.:؛])/gu, '$1$2ين');
}

/** One piece of a formula as a reader writes it: an input, an operator or bracket, or a constant. */
export type FormulaPart = { input: string } | { op: '÷' | '×' | '−' | '+' | '(' | ')' } | { number: number };

/** How an input adds up when periods are rolled up into a longer one. */
export type InputAggregation = 'sum' | 'first' | 'last';

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
  /** For every input: its word beside its value ("spend", "leads") and the unit its value is shown in. */
  terms: Readonly<Record<string, InputTerm>>;
  /** The formula in parts, for a worked formula: "$4,800 spend ÷ 100 leads = $48". Names only `inputs`, each at least once. */
  expression: readonly FormulaPart[];
  /**
   * How each input adds up when periods are rolled up (a quarter's CPL is the
   * quarter's spend over its leads); `null` when the formula does not add up over
   * periods, and its values are averaged instead.
   */
  inputAggregation: Readonly<Record<string, InputAggregation>> | null;
  /** True when the value itself adds up over a period and can be paced within one; every other entry is a rate or an average. */
  amount: boolean;
  /** Inputs that are parts of a whole and cannot exceed it: `[part, whole]`, or `[[part, part], whole]` for parts that add up. */
  parts: readonly (readonly [part: string | readonly string[], whole: string])[];
  compute(inputs: Readonly<Record<string, number>>): Computed;
}

/** A problem with the numbers given to a catalogue entry, found by {@link checkInputs}. */
export type InputProblem =
  | { input: string; code: 'negative'; value: number }
  | { input: string; code: 'exceeds'; value: number; whole: string; wholeValue: number };

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

/** (a - b) / denominator, or the reason it cannot be computed. */
function differenceOver(inputs: Inputs, a: string, b: string, denominator: string): Computed {
  const absent = missing(inputs, [a, b, denominator]);
  if (absent) return { value: null, reason: 'missing-input', input: absent };
  const d = inputs[denominator]!;
  if (d === 0) return { value: null, reason: 'zero-denominator', input: denominator };
  return { value: (inputs[a]! - inputs[b]!) / d };
}

/**
 * The words of every input name, as they read beside a value. An entry whose
 * input means something narrower ("new customers", "customers at start") says so
 * in its own `words`.
 */
const WORDS = {
  conversions: { en: 'conversions', ar: 'التحويلات', unit: 'count' },
  entrants: { en: 'entrants', ar: 'الداخلون إلى المرحلة', unit: 'count' },
  spend: { en: 'spend', ar: 'الإنفاق', unit: 'currency' },
  leads: { en: 'leads', ar: 'العملاء المحتملون', unit: 'count' },
  mqls: { en: 'MQLs', ar: 'العملاء المؤهلون تسويقيًا (MQL)', unit: 'count' },
  sqls: { en: 'SQLs', ar: 'العملاء المؤهلون للمبيعات (SQL)', unit: 'count' },
  sqos: { en: 'SQOs', ar: 'الفرص البيعية المؤهلة (SQO)', unit: 'count' },
  customers: { en: 'customers', ar: 'العملاء', unit: 'count' },
  acquisitions: { en: 'acquisitions', ar: 'عمليات الاكتساب', unit: 'count' },
  clicks: { en: 'clicks', ar: 'النقرات', unit: 'count' },
  impressions: { en: 'impressions', ar: 'مرات الظهور', unit: 'count' },
  gain: { en: 'gain', ar: 'العائد', unit: 'currency' },
  investment: { en: 'investment', ar: 'الاستثمار', unit: 'currency' },
  revenue: { en: 'revenue', ar: 'الإيرادات', unit: 'currency' },
  deals: { en: 'deals won', ar: 'الصفقات الرابحة', unit: 'count' },
  sales_value: { en: 'sales value', ar: 'قيمة المبيعات', unit: 'currency' },
  revenue_per_period: { en: 'revenue per customer per period', ar: 'الإيراد لكل عميل في الفترة', unit: 'currency' },
  lifetime_periods: { en: 'lifetime periods', ar: 'فترات عمر العميل', unit: 'count' },
  won: { en: 'deals won', ar: 'الصفقات الرابحة', unit: 'count' },
  closed: { en: 'opportunities closed', ar: 'الفرص المغلقة', unit: 'count' },
  opportunities: { en: 'opportunities', ar: 'الفرص البيعية', unit: 'count' },
  win_rate: { en: 'win rate', ar: 'معدل الفوز بالصفقات', unit: 'percent' },
  avg_deal_size: { en: 'average deal size', ar: 'متوسط حجم الصفقة', unit: 'currency' },
  cycle_days: { en: 'sales cycle days', ar: 'أيام دورة المبيعات', unit: 'days' },
  lost: { en: 'customers lost', ar: 'العملاء المفقودون', unit: 'count' },
  users: { en: 'users', ar: 'المستخدمون', unit: 'count' },
  returning: { en: 'returning users', ar: 'المستخدمون العائدون', unit: 'count' },
  bounces: { en: 'single-page sessions', ar: 'جلسات الصفحة الواحدة', unit: 'count' },
  sessions: { en: 'sessions', ar: 'الجلسات', unit: 'count' },
  opens: { en: 'opens', ar: 'مرات الفتح', unit: 'count' },
  delivered: { en: 'emails delivered', ar: 'الرسائل المُسلَّمة', unit: 'count' },
  cltv: { en: 'CLTV', ar: 'القيمة الدائمة للعميل (CLTV)', unit: 'currency' },
  cac: { en: 'CAC', ar: 'تكلفة اكتساب العميل (CAC)', unit: 'currency' },
  promoters: { en: 'promoters', ar: 'المروّجون', unit: 'count' },
  detractors: { en: 'detractors', ar: 'المنتقدون', unit: 'count' },
  respondents: { en: 'respondents', ar: 'المستجيبون', unit: 'count' },
  satisfied: { en: 'satisfied responses', ar: 'الردود الإيجابية', unit: 'count' },
  responses: { en: 'responses', ar: 'الردود', unit: 'count' },
  total_score: { en: 'total score', ar: 'مجموع الدرجات', unit: 'score' },
  attended: { en: 'meetings attended', ar: 'الاجتماعات المنعقدة', unit: 'count' },
  booked: { en: 'meetings booked', ar: 'الاجتماعات المحجوزة', unit: 'count' },
  new_subscribers: { en: 'new subscribers', ar: 'المشتركون الجدد', unit: 'count' },
  unsubscribes: { en: 'unsubscribes', ar: 'إلغاءات الاشتراك', unit: 'count' },
  list_size: { en: 'list size at start', ar: 'حجم القائمة في بداية الفترة', unit: 'count' },
  exits: { en: 'exits', ar: 'مرات الخروج', unit: 'count' },
  pageviews: { en: 'pageviews', ar: 'مشاهدات الصفحات', unit: 'count' },
  within_sla: { en: 'answered within SLA', ar: 'الاستفسارات المُجاب عنها ضمن اتفاقية مستوى الخدمة (SLA)', unit: 'count' },
  inquiries: { en: 'inquiries', ar: 'الاستفسارات', unit: 'count' },
  pipeline_value: { en: 'pipeline value', ar: 'قيمة خط المبيعات', unit: 'currency' },
  revenue_target: { en: 'revenue target', ar: 'الإيراد المستهدف', unit: 'currency' },
  previous_revenue: { en: "previous period's revenue", ar: 'إيرادات الفترة السابقة', unit: 'currency' },
} as const satisfies Record<string, InputTerm>;

type InputName = keyof typeof WORDS;

const NEW_CUSTOMERS: InputTerm = { en: 'new customers', ar: 'العملاء الجدد', unit: 'count' };
const CUSTOMERS_AT_START: InputTerm = { en: 'customers at start', ar: 'العملاء في بداية الفترة', unit: 'count' };
const AD_SPEND: InputTerm = { en: 'ad spend', ar: 'الإنفاق الإعلاني', unit: 'currency' };

const OPS = new Set(['÷', '×', '−', '+', '(', ')']);

/** Reads a formula written with spaces between its parts: "( gain − investment ) ÷ investment". */
function parseExpression(text: string): FormulaPart[] {
  return text.split(' ').map((token): FormulaPart => {
    if (OPS.has(token)) return { op: token as '÷' };
    if (/^\d+(\.\d+)?$/.test(token)) return { number: Number(token) };
    return { input: token };
  });
}

interface EntrySpec<K extends string> {
  key: K;
  en: string;
  ar: string;
  unit: Unit;
  direction: Direction;
  inputs: readonly InputName[];
  /** Words that differ from the shared ones for this entry. */
  words?: Partial<Record<InputName, InputTerm>>;
  formula: string;
  /** Parts separated by single spaces, in the symbols a reader writes: ÷ × − + ( ). */
  expression: string;
  /** `'sum'`: every input sums; otherwise one rule for each input (tested), or `null`. */
  aggregation: 'sum' | Readonly<Partial<Record<InputName, InputAggregation>>> | null;
  amount?: boolean;
  parts?: readonly (readonly [part: InputName | readonly InputName[], whole: InputName])[];
  compute: (i: Inputs) => Computed;
}

function entry<K extends string>(spec: EntrySpec<K>): CatalogueEntry<K> {
  const { key, en, ar, unit, direction, inputs, formula, compute } = spec;
  // Finite inputs can still overflow (1 / 5e-324, a product past 1.8e308): such a
  // result is reported as out of range, never passed on as Infinity.
  const finiteCompute = (i: Inputs): Computed => {
    const r = compute(i);
    return r.value !== null && !Number.isFinite(r.value) ? { value: null, reason: 'out-of-range' } : r;
  };
  const terms = Object.fromEntries(inputs.map((n) => [n, spec.words?.[n] ?? WORDS[n]]));
  const { aggregation } = spec;
  const inputAggregation: Readonly<Record<string, InputAggregation>> | null =
    aggregation === 'sum' ? Object.fromEntries(inputs.map((n) => [n, 'sum'])) : aggregation;
  return {
    key, label: { en, ar }, unit, direction, inputs, formula,
    terms, expression: parseExpression(spec.expression), inputAggregation,
    amount: spec.amount ?? false, parts: spec.parts ?? [],
    compute: finiteCompute,
  };
}

const div = (n: string, d: string) => (i: Inputs) => ratio(i, n, d);

export const CATALOGUE = [
  entry({
    key: 'conversion_rate', en: 'Conversion rate', ar: 'معدل التحويل', unit: 'percent', direction: 'higher',
    inputs: ['conversions', 'entrants'], formula: 'conversions / entrants',
    expression: 'conversions ÷ entrants', aggregation: 'sum', compute: div('conversions', 'entrants'),
  }),
  entry({
    key: 'cpl', en: 'Cost per lead', ar: 'تكلفة العميل المحتمل', unit: 'currency', direction: 'lower',
    inputs: ['spend', 'leads'], formula: 'spend / leads',
    expression: 'spend ÷ leads', aggregation: 'sum', compute: div('spend', 'leads'),
  }),
  entry({
    key: 'cost_per_mql', en: 'Cost per MQL', ar: 'تكلفة العميل المؤهل تسويقيًا (MQL)', unit: 'currency', direction: 'lower',
    inputs: ['spend', 'mqls'], formula: 'spend / MQLs',
    expression: 'spend ÷ mqls', aggregation: 'sum', compute: div('spend', 'mqls'),
  }),
  entry({
    key: 'cost_per_sql', en: 'Cost per SQL', ar: 'تكلفة العميل المؤهل للمبيعات (SQL)', unit: 'currency', direction: 'lower',
    inputs: ['spend', 'sqls'], formula: 'spend / SQLs',
    expression: 'spend ÷ sqls', aggregation: 'sum', compute: div('spend', 'sqls'),
  }),
  entry({
    key: 'cac', en: 'Customer acquisition cost', ar: 'تكلفة اكتساب العميل (CAC)', unit: 'currency', direction: 'lower',
    inputs: ['spend', 'customers'],
    words: { spend: { en: 'sales + marketing spend', ar: 'إنفاق المبيعات والتسويق', unit: 'currency' }, customers: NEW_CUSTOMERS },
    formula: 'sales + marketing spend / new customers',
    expression: 'spend ÷ customers', aggregation: 'sum', compute: div('spend', 'customers'),
  }),
  entry({
    key: 'cpa', en: 'Cost per acquisition', ar: 'تكلفة الاكتساب', unit: 'currency', direction: 'lower',
    inputs: ['spend', 'acquisitions'], words: { spend: AD_SPEND }, formula: 'ad spend / acquisitions',
    expression: 'spend ÷ acquisitions', aggregation: 'sum', compute: div('spend', 'acquisitions'),
  }),
  entry({
    key: 'cpc', en: 'Cost per click', ar: 'تكلفة النقرة', unit: 'currency', direction: 'lower',
    inputs: ['spend', 'clicks'], words: { spend: AD_SPEND }, formula: 'ad spend / clicks',
    expression: 'spend ÷ clicks', aggregation: 'sum', compute: div('spend', 'clicks'),
  }),
  entry({
    key: 'ctr', en: 'Click-through rate', ar: 'نسبة النقر إلى الظهور', unit: 'percent', direction: 'higher',
    inputs: ['clicks', 'impressions'], formula: 'clicks / impressions',
    expression: 'clicks ÷ impressions', aggregation: 'sum', parts: [['clicks', 'impressions']],
    compute: div('clicks', 'impressions'),
  }),
  entry({
    key: 'roi', en: 'Return on investment', ar: 'العائد على الاستثمار', unit: 'percent', direction: 'higher',
    inputs: ['gain', 'investment'], formula: '(gain - investment) / investment',
    expression: '( gain − investment ) ÷ investment', aggregation: 'sum', compute: (i) => {
      const r = ratio(i, 'gain', 'investment');
      return r.value === null ? r : { value: r.value - 1 };
    },
  }),
  entry({
    key: 'arpc', en: 'Average revenue per customer', ar: 'متوسط الإيراد لكل عميل', unit: 'currency', direction: 'higher',
    inputs: ['revenue', 'customers'], formula: 'revenue / customers',
    // `customers` is a head count, not a flow: a quarter's customers are neither the
    // sum of its months' (the same customer counted thrice) nor one month's.
    expression: 'revenue ÷ customers', aggregation: null, compute: div('revenue', 'customers'),
  }),
  entry({
    key: 'avg_deal_size', en: 'Average deal size', ar: 'متوسط حجم الصفقة', unit: 'currency', direction: 'higher',
    inputs: ['revenue', 'deals'], words: { revenue: { en: 'revenue won', ar: 'إيرادات الصفقات الرابحة', unit: 'currency' } },
    formula: 'revenue won / deals won',
    expression: 'revenue ÷ deals', aggregation: 'sum', compute: div('revenue', 'deals'),
  }),
  entry({
    key: 'lead_value', en: 'Lead value', ar: 'قيمة العميل المحتمل', unit: 'currency', direction: 'higher',
    inputs: ['sales_value', 'leads'], formula: 'total sales value / total leads',
    expression: 'sales_value ÷ leads', aggregation: 'sum', compute: div('sales_value', 'leads'),
  }),
  entry({
    key: 'cltv', en: 'Customer lifetime value', ar: 'القيمة الدائمة للعميل (CLTV)', unit: 'currency', direction: 'higher',
    inputs: ['revenue_per_period', 'lifetime_periods'], formula: 'revenue per customer per period × average lifetime in periods',
    // A per-customer figure: summing months' inputs would multiply it.
    expression: 'revenue_per_period × lifetime_periods', aggregation: null, compute: (i) => {
      const absent = missing(i, ['revenue_per_period', 'lifetime_periods']);
      if (absent) return { value: null, reason: 'missing-input', input: absent };
      return { value: i.revenue_per_period! * i.lifetime_periods! };
    },
  }),
  entry({
    key: 'close_rate', en: 'Close rate', ar: 'معدل إغلاق الصفقات', unit: 'percent', direction: 'higher',
    inputs: ['won', 'closed'], formula: 'deals won / opportunities closed',
    expression: 'won ÷ closed', aggregation: 'sum', parts: [['won', 'closed']], compute: div('won', 'closed'),
  }),
  entry({
    key: 'pipeline_velocity', en: 'Pipeline velocity', ar: 'سرعة خط المبيعات', unit: 'currency', direction: 'higher',
    inputs: ['opportunities', 'win_rate', 'avg_deal_size', 'cycle_days'],
    formula: 'opportunities × win rate × average deal size / sales cycle days',
    // A rate, an average and a duration among its inputs: none of them adds up over periods.
    expression: 'opportunities × win_rate × avg_deal_size ÷ cycle_days', aggregation: null, compute: (i) => {
      const absent = missing(i, ['opportunities', 'win_rate', 'avg_deal_size', 'cycle_days']);
      if (absent) return { value: null, reason: 'missing-input', input: absent };
      if (i.cycle_days === 0) return { value: null, reason: 'zero-denominator', input: 'cycle_days' };
      return { value: (i.opportunities! * i.win_rate! * i.avg_deal_size!) / i.cycle_days! };
    },
  }),
  entry({
    key: 'churn_rate', en: 'Churn rate', ar: 'معدل فقدان العملاء', unit: 'percent', direction: 'lower',
    inputs: ['lost', 'customers'], words: { customers: CUSTOMERS_AT_START }, formula: 'customers lost / customers at start',
    // Customers at the start of a quarter are those at the start of its first month.
    expression: 'lost ÷ customers', aggregation: { lost: 'sum', customers: 'first' }, parts: [['lost', 'customers']],
    compute: div('lost', 'customers'),
  }),
  entry({
    key: 'retention_rate', en: 'Retention rate', ar: 'معدل الاحتفاظ بالعملاء', unit: 'percent', direction: 'higher',
    inputs: ['lost', 'customers'], words: { customers: CUSTOMERS_AT_START }, formula: '1 - customers lost / customers at start',
    // As churn_rate: customers at the start of the first period.
    expression: '1 − lost ÷ customers', aggregation: { lost: 'sum', customers: 'first' }, parts: [['lost', 'customers']],
    compute: (i) => {
      const r = ratio(i, 'lost', 'customers');
      return r.value === null ? r : { value: 1 - r.value };
    },
  }),
  entry({
    key: 'new_users', en: 'New users', ar: 'المستخدمون الجدد', unit: 'count', direction: 'higher',
    inputs: ['users', 'returning'], formula: 'total users - returning users',
    // Each user is new once: the months' new users add up to the quarter's.
    expression: 'users − returning', aggregation: 'sum', amount: true, parts: [['returning', 'users']],
    compute: (i) => {
      const absent = missing(i, ['users', 'returning']);
      if (absent) return { value: null, reason: 'missing-input', input: absent };
      return { value: i.users! - i.returning! };
    },
  }),
  entry({
    key: 'bounce_rate', en: 'Bounce rate', ar: 'معدل الارتداد', unit: 'percent', direction: 'lower',
    inputs: ['bounces', 'sessions'], formula: 'single-page sessions / sessions',
    expression: 'bounces ÷ sessions', aggregation: 'sum', parts: [['bounces', 'sessions']], compute: div('bounces', 'sessions'),
  }),
  entry({
    key: 'email_open_rate', en: 'Email open rate', ar: 'معدل فتح البريد', unit: 'percent', direction: 'higher',
    inputs: ['opens', 'delivered'], formula: 'opens / delivered',
    expression: 'opens ÷ delivered', aggregation: 'sum', parts: [['opens', 'delivered']], compute: div('opens', 'delivered'),
  }),
  entry({
    key: 'email_click_rate', en: 'Email click rate', ar: 'معدل النقر في البريد', unit: 'percent', direction: 'higher',
    inputs: ['clicks', 'delivered'], formula: 'clicks / delivered',
    expression: 'clicks ÷ delivered', aggregation: 'sum', parts: [['clicks', 'delivered']], compute: div('clicks', 'delivered'),
  }),
  entry({
    key: 'ltv_cac', en: 'LTV : CAC', ar: 'نسبة القيمة الدائمة للعميل إلى تكلفة اكتساب العميل (LTV:CAC)', unit: 'ratio', direction: 'higher',
    inputs: ['cltv', 'cac'], formula: 'CLTV / CAC',
    // Both inputs are per-customer values, not flows.
    expression: 'cltv ÷ cac', aggregation: null, compute: div('cltv', 'cac'),
  }),
  entry({
    key: 'nps', en: 'Net Promoter Score', ar: 'صافي نقاط الترويج (NPS)', unit: 'score', direction: 'higher',
    inputs: ['promoters', 'detractors', 'respondents'], formula: '(promoters - detractors) / respondents × 100',
    expression: '( promoters − detractors ) ÷ respondents × 100', aggregation: 'sum',
    parts: [[['promoters', 'detractors'], 'respondents']], compute: (i) => {
      const r = differenceOver(i, 'promoters', 'detractors', 'respondents');
      return r.value === null ? r : { value: r.value * 100 };
    },
  }),
  entry({
    key: 'csat', en: 'Customer satisfaction score', ar: 'مؤشر رضا العملاء (CSAT)', unit: 'percent', direction: 'higher',
    inputs: ['satisfied', 'responses'], formula: 'satisfied responses / responses',
    expression: 'satisfied ÷ responses', aggregation: 'sum', parts: [['satisfied', 'responses']],
    compute: div('satisfied', 'responses'),
  }),
  entry({
    key: 'ces', en: 'Customer effort score', ar: 'مؤشر جهد العميل (CES)', unit: 'score', direction: 'lower',
    inputs: ['total_score', 'responses'], formula: 'total score / responses',
    expression: 'total_score ÷ responses', aggregation: 'sum', compute: div('total_score', 'responses'),
  }),
  entry({
    key: 'cost_per_sqo', en: 'Cost per SQO', ar: 'تكلفة الفرصة البيعية المؤهلة (SQO)', unit: 'currency', direction: 'lower',
    inputs: ['spend', 'sqos'], formula: 'spend / SQOs',
    expression: 'spend ÷ sqos', aggregation: 'sum', compute: div('spend', 'sqos'),
  }),
  entry({
    key: 'cost_per_opportunity', en: 'Cost per opportunity', ar: 'تكلفة الفرصة البيعية', unit: 'currency', direction: 'lower',
    inputs: ['spend', 'opportunities'], formula: 'spend / opportunities',
    expression: 'spend ÷ opportunities', aggregation: 'sum', compute: div('spend', 'opportunities'),
  }),
  entry({
    key: 'meeting_show_rate', en: 'Meeting show rate', ar: 'نسبة حضور الاجتماعات', unit: 'percent', direction: 'higher',
    inputs: ['attended', 'booked'], formula: 'meetings attended / meetings booked',
    expression: 'attended ÷ booked', aggregation: 'sum', parts: [['attended', 'booked']], compute: div('attended', 'booked'),
  }),
  entry({
    key: 'list_growth_rate', en: 'List growth rate', ar: 'معدل نمو قائمة المشتركين', unit: 'percent', direction: 'higher',
    inputs: ['new_subscribers', 'unsubscribes', 'list_size'],
    formula: '(new subscribers - unsubscribes) / list size at start',
    // The list at the start of a quarter is the list at the start of its first month.
    expression: '( new_subscribers − unsubscribes ) ÷ list_size',
    aggregation: { new_subscribers: 'sum', unsubscribes: 'sum', list_size: 'first' },
    compute: (i) => differenceOver(i, 'new_subscribers', 'unsubscribes', 'list_size'),
  }),
  entry({
    key: 'exit_rate', en: 'Exit rate', ar: 'معدل الخروج', unit: 'percent', direction: 'lower',
    inputs: ['exits', 'pageviews'], formula: 'exits / pageviews',
    expression: 'exits ÷ pageviews', aggregation: 'sum', parts: [['exits', 'pageviews']], compute: div('exits', 'pageviews'),
  }),
  entry({
    // Pages per session reads as a plain number ("3.2"), not as a multiple.
    key: 'pages_per_session', en: 'Pages per session', ar: 'عدد الصفحات لكل جلسة', unit: 'score', direction: 'higher',
    inputs: ['pageviews', 'sessions'], formula: 'pageviews / sessions',
    expression: 'pageviews ÷ sessions', aggregation: 'sum', compute: div('pageviews', 'sessions'),
  }),
  entry({
    key: 'repeat_visit_rate', en: 'Repeat visit rate', ar: 'معدل الزيارات المتكررة', unit: 'percent', direction: 'higher',
    inputs: ['returning', 'users'], formula: 'returning users / users',
    // Summed as new_users' inputs are: the users-weighted rate of the periods.
    expression: 'returning ÷ users', aggregation: 'sum', parts: [['returning', 'users']], compute: div('returning', 'users'),
  }),
  entry({
    key: 'lead_to_customer_rate', en: 'Lead-to-customer rate', ar: 'معدل تحويل العملاء المحتملين إلى عملاء', unit: 'percent',
    direction: 'higher', inputs: ['customers', 'leads'], words: { customers: NEW_CUSTOMERS }, formula: 'new customers / leads',
    expression: 'customers ÷ leads', aggregation: 'sum', compute: div('customers', 'leads'),
  }),
  entry({
    key: 'response_sla_rate', en: 'Responses within SLA', ar: 'نسبة الردود ضمن اتفاقية مستوى الخدمة (SLA)', unit: 'percent',
    direction: 'higher', inputs: ['within_sla', 'inquiries'], formula: 'inquiries answered within SLA / inquiries',
    expression: 'within_sla ÷ inquiries', aggregation: 'sum', parts: [['within_sla', 'inquiries']],
    compute: div('within_sla', 'inquiries'),
  }),
  entry({
    key: 'pipeline_coverage', en: 'Pipeline coverage', ar: 'نسبة تغطية خط المبيعات', unit: 'ratio', direction: 'higher',
    inputs: ['pipeline_value', 'revenue_target'], formula: 'pipeline value / revenue target',
    // The pipeline is a stock at a moment, the target a goal: neither adds up over periods.
    expression: 'pipeline_value ÷ revenue_target', aggregation: null, compute: div('pipeline_value', 'revenue_target'),
  }),
  entry({
    key: 'revenue_growth', en: 'Revenue growth', ar: 'نمو الإيرادات', unit: 'percent', direction: 'higher',
    inputs: ['revenue', 'previous_revenue'], formula: '(revenue - previous revenue) / previous revenue',
    // Summing both is right only when each row's previous_revenue is the revenue of that
    // row's own comparison period (the same month last year, say): then a quarter's
    // growth is its revenue against the comparison quarter's.
    expression: '( revenue − previous_revenue ) ÷ previous_revenue', aggregation: 'sum',
    compute: (i) => differenceOver(i, 'revenue', 'previous_revenue', 'previous_revenue'),
  }),
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

/**
 * Numbers a catalogue entry cannot have been given: every input is a count, an
 * amount of money, a rate or a duration, never negative (each negative input is
 * reported); and a part cannot exceed its whole (reported at the first part's
 * name, with the part's value, or the parts' sum). Rules with a missing or
 * non-finite input are skipped: missing inputs are reported elsewhere.
 */
export function checkInputs(entry: CatalogueEntry, inputs: Inputs): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const name of entry.inputs) {
    const value = inputs[name];
    if (typeof value === 'number' && value < 0) problems.push({ input: name, code: 'negative', value });
  }
  for (const [part, whole] of entry.parts) {
    const names: readonly string[] = typeof part === 'string' ? [part] : part;
    if (missing(inputs, [...names, whole]) !== undefined) continue;
    const value = names.reduce((sum, n) => sum + inputs[n]!, 0);
    const wholeValue = inputs[whole]!;
    if (value > wholeValue) problems.push({ input: names[0]!, code: 'exceeds', value, whole, wholeValue });
  }
  return problems;
}
