import { expect } from '@open-wc/testing';
import {
  CATALOGUE, CATALOGUE_KEYS, catalogueEntry, checkInputs, computeMetric,
  type CatalogueEntry, type CatalogueKey, type FormulaPart,
} from '../../src/core/catalogue.js';
import { UNITS } from '../../src/core/types.js';
import { NumberFormatter } from '../../src/core/format.js';
import { buildScorecardModel, validateScorecard } from '../../src/core/scorecard.js';
import { formulaWorking } from '../../src/kpi-scorecard/words.js';

const NEW_KEYS = [
  'nps', 'csat', 'ces', 'cost_per_sqo', 'cost_per_opportunity', 'meeting_show_rate', 'list_growth_rate', 'exit_rate',
  'pages_per_session', 'repeat_visit_rate', 'lead_to_customer_rate', 'response_sla_rate', 'pipeline_coverage',
  'revenue_growth',
] as const;

/** Evaluates an entry's `expression` the way a reader does (× ÷ before + −, brackets first). */
function evaluate(expression: readonly FormulaPart[], inputs: Record<string, number>): number {
  const values: number[] = [];
  const ops: string[] = [];
  const rank = (op: string) => (op === '×' || op === '÷' ? 2 : op === '+' || op === '−' ? 1 : 0);
  const apply = () => {
    const op = ops.pop()!;
    const b = values.pop()!;
    const a = values.pop()!;
    values.push(op === '×' ? a * b : op === '÷' ? a / b : op === '+' ? a + b : a - b);
  };
  for (const part of expression) {
    if ('number' in part) values.push(part.number);
    else if ('input' in part) values.push(inputs[part.input]!);
    else if (part.op === '(') ops.push('(');
    else if (part.op === ')') {
      while (ops[ops.length - 1] !== '(') apply();
      ops.pop();
    } else {
      while (ops.length && rank(ops[ops.length - 1]!) >= rank(part.op)) apply();
      ops.push(part.op);
    }
  }
  while (ops.length) apply();
  return values[0]!;
}

describe('metric catalogue', () => {
  it('has the 36 keys of the contract, each with labels, unit, direction and inputs', () => {
    expect(CATALOGUE_KEYS).to.have.members([
      'conversion_rate', 'cpl', 'cost_per_mql', 'cost_per_sql', 'cac', 'cpa', 'cpc', 'ctr', 'roi', 'arpc',
      'avg_deal_size', 'lead_value', 'cltv', 'close_rate', 'pipeline_velocity', 'churn_rate', 'retention_rate',
      'new_users', 'bounce_rate', 'email_open_rate', 'email_click_rate', 'ltv_cac',
      ...NEW_KEYS,
    ]);
    expect(CATALOGUE).to.have.length(36);
    // CatalogueKey stays a literal union.
    const known: CatalogueKey = 'revenue_growth';
    // @ts-expect-error: not a catalogue key
    const unknown: CatalogueKey = 'nope';
    expect([known, unknown]).to.have.length(2);
    for (const e of CATALOGUE) {
      expect(e.label.en, e.key).to.be.a('string').and.not.empty;
      expect(e.label.ar, e.key).to.match(/[\u0600-\u06FF]/);
      expect(e.inputs.length, e.key).to.be.greaterThan(1);
    }
  });

  // Hand-computed values; the worked checks of domain.md section 5 among them.
  const cases: [string, Record<string, number>, number][] = [
    ['conversion_rate', { conversions: 90, entrants: 6000 }, 0.015],
    // $10,000 of PPC for 100 leads is $100 per lead (the article's "1 %" is wrong).
    ['cpl', { spend: 10000, leads: 100 }, 100],
    // $2,000 of SEO for 50 leads is $40 per lead (not "2.5 %").
    ['cpl', { spend: 2000, leads: 50 }, 40],
    ['cost_per_mql', { spend: 4800, mqls: 24 }, 200],
    ['cost_per_sql', { spend: 4800, sqls: 6 }, 800],
    // $25,000 for 100 customers is a CAC of $250.
    ['cac', { spend: 25000, customers: 100 }, 250],
    ['cpa', { spend: 3000, acquisitions: 12 }, 250],
    ['cpc', { spend: 150, clicks: 60 }, 2.5],
    // 50 clicks on 1,000 impressions is a 5 % CTR.
    ['ctr', { clicks: 50, impressions: 1000 }, 0.05],
    // $20,000 that brought $50,000 is an ROI of 150 % (one source says 120 %: wrong).
    ['roi', { gain: 50000, investment: 20000 }, 1.5],
    ['arpc', { revenue: 600000, customers: 40 }, 15000],
    ['avg_deal_size', { revenue: 10000000, deals: 8 }, 1250000],
    ['lead_value', { sales_value: 300000, leads: 600 }, 500],
    ['cltv', { revenue_per_period: 1200, lifetime_periods: 36 }, 43200],
    ['close_rate', { won: 9, closed: 30 }, 0.3],
    ['pipeline_velocity', { opportunities: 40, win_rate: 0.25, avg_deal_size: 30000, cycle_days: 60 }, 5000],
    // 10 of 100 customers leaving is 10 % churn ...
    ['churn_rate', { lost: 10, customers: 100 }, 0.1],
    // ... and 90 % retention (one source calls the 10 % a "retention rate": wrong).
    ['retention_rate', { lost: 10, customers: 100 }, 0.9],
    // 68,000 users of whom 18,000 returned is 50,000 new users.
    ['new_users', { users: 68000, returning: 18000 }, 50000],
    ['bounce_rate', { bounces: 420, sessions: 1200 }, 0.35],
    ['email_open_rate', { opens: 2480, delivered: 12400 }, 0.2],
    ['email_click_rate', { clicks: 372, delivered: 12400 }, 0.03],
    ['ltv_cac', { cltv: 43200, cac: 12000 }, 3.6],
    // (60 promoters - 15 detractors) / 200 respondents x 100 = 45 / 200 x 100 = 22.5
    ['nps', { promoters: 60, detractors: 15, respondents: 200 }, 22.5],
    // More detractors than promoters: (20 - 50) / 100 x 100 = -30
    ['nps', { promoters: 20, detractors: 50, respondents: 100 }, -30],
    // 170 satisfied / 200 responses = 0.85 (85 %)
    ['csat', { satisfied: 170, responses: 200 }, 0.85],
    // 1,100 points over 200 responses = 5.5
    ['ces', { total_score: 1100, responses: 200 }, 5.5],
    // $12,000 / 8 SQOs = $1,500
    ['cost_per_sqo', { spend: 12000, sqos: 8 }, 1500],
    // $12,000 / 5 opportunities = $2,400
    ['cost_per_opportunity', { spend: 12000, opportunities: 5 }, 2400],
    // 18 attended / 24 booked = 0.75
    ['meeting_show_rate', { attended: 18, booked: 24 }, 0.75],
    // (600 new - 150 unsubscribes) / 15,000 = 450 / 15,000 = 0.03
    ['list_growth_rate', { new_subscribers: 600, unsubscribes: 150, list_size: 15000 }, 0.03],
    // A shrinking list: (100 - 400) / 10,000 = -0.03
    ['list_growth_rate', { new_subscribers: 100, unsubscribes: 400, list_size: 10000 }, -0.03],
    // 300 exits / 7,500 pageviews = 0.04
    ['exit_rate', { exits: 300, pageviews: 7500 }, 0.04],
    // 7,500 pageviews / 2,500 sessions = 3 pages
    ['pages_per_session', { pageviews: 7500, sessions: 2500 }, 3],
    // 1,800 returning / 6,000 users = 0.3
    ['repeat_visit_rate', { returning: 1800, users: 6000 }, 0.3],
    // 6 customers / 400 leads = 0.015
    ['lead_to_customer_rate', { customers: 6, leads: 400 }, 0.015],
    // 45 within SLA / 50 inquiries = 0.9
    ['response_sla_rate', { within_sla: 45, inquiries: 50 }, 0.9],
    // $960,000 pipeline / $300,000 target = 3.2x
    ['pipeline_coverage', { pipeline_value: 960000, revenue_target: 300000 }, 3.2],
    // ($132,000 - $110,000) / $110,000 = 22,000 / 110,000 = 0.2
    ['revenue_growth', { revenue: 132000, previous_revenue: 110000 }, 0.2],
    // ($99,000 - $110,000) / $110,000 = -11,000 / 110,000 = -0.1
    ['revenue_growth', { revenue: 99000, previous_revenue: 110000 }, -0.1],
  ];
  for (const [key, inputs, expected] of cases) {
    it(`${key}(${JSON.stringify(inputs)}) = ${expected}`, () => {
      const r = computeMetric(key as never, inputs);
      expect(r.value).to.be.closeTo(expected, 1e-9);
    });
  }

  it('covers every key with a hand-computed case', () => {
    expect(new Set(cases.map((c) => c[0]))).to.have.property('size', 36);
  });

  it('writes each expression so that, worked by hand, it gives the computed value', () => {
    for (const [key, inputs, expected] of cases) {
      expect(evaluate(catalogueEntry(key)!.expression, inputs), key).to.be.closeTo(expected, 1e-9);
    }
  });

  // Every new key with valid inputs and the name of its denominator.
  const denominators: [(typeof NEW_KEYS)[number], Record<string, number>, string][] = [
    ['nps', { promoters: 60, detractors: 15, respondents: 200 }, 'respondents'],
    ['csat', { satisfied: 170, responses: 200 }, 'responses'],
    ['ces', { total_score: 1100, responses: 200 }, 'responses'],
    ['cost_per_sqo', { spend: 12000, sqos: 8 }, 'sqos'],
    ['cost_per_opportunity', { spend: 12000, opportunities: 5 }, 'opportunities'],
    ['meeting_show_rate', { attended: 18, booked: 24 }, 'booked'],
    ['list_growth_rate', { new_subscribers: 600, unsubscribes: 150, list_size: 15000 }, 'list_size'],
    ['exit_rate', { exits: 300, pageviews: 7500 }, 'pageviews'],
    ['pages_per_session', { pageviews: 7500, sessions: 2500 }, 'sessions'],
    ['repeat_visit_rate', { returning: 1800, users: 6000 }, 'users'],
    ['lead_to_customer_rate', { customers: 6, leads: 400 }, 'leads'],
    ['response_sla_rate', { within_sla: 45, inquiries: 50 }, 'inquiries'],
    ['pipeline_coverage', { pipeline_value: 960000, revenue_target: 300000 }, 'revenue_target'],
    ['revenue_growth', { revenue: 132000, previous_revenue: 110000 }, 'previous_revenue'],
  ];
  it('names the denominator of every new key', () => {
    expect(denominators.map((d) => d[0])).to.have.members([...NEW_KEYS]);
  });
  for (const [key, inputs, denominator] of denominators) {
    it(`${key}: a zero or missing ${denominator} gives a reason, not NaN or Infinity`, () => {
      expect(computeMetric(key, { ...inputs, [denominator]: 0 }))
        .to.deep.equal({ value: null, reason: 'zero-denominator', input: denominator });
      const { [denominator]: _dropped, ...without } = inputs;
      expect(computeMetric(key, without)).to.deep.equal({ value: null, reason: 'missing-input', input: denominator });
      // Every other input missing is reported too, at its own name.
      for (const name of catalogueEntry(key)!.inputs.filter((n) => n !== denominator)) {
        const { [name]: _gone, ...rest } = inputs;
        expect(computeMetric(key, rest), `${key} without ${name}`).to.deep.equal({ value: null, reason: 'missing-input', input: name });
      }
    });
  }

  it('gives a reason, not NaN or Infinity, for zero and missing denominators', () => {
    expect(computeMetric('cpl', { spend: 500, leads: 0 })).to.deep.equal({ value: null, reason: 'zero-denominator', input: 'leads' });
    expect(computeMetric('roi', { gain: 500, investment: 0 })).to.deep.equal({ value: null, reason: 'zero-denominator', input: 'investment' });
    expect(computeMetric('ctr', { clicks: 5 })).to.deep.equal({ value: null, reason: 'missing-input', input: 'impressions' });
    expect(computeMetric('pipeline_velocity', { opportunities: 4, win_rate: 0.2, avg_deal_size: 1000, cycle_days: 0 }))
      .to.deep.equal({ value: null, reason: 'zero-denominator', input: 'cycle_days' });
    expect(computeMetric('cltv', { revenue_per_period: 10 })).to.include({ value: null, reason: 'missing-input' });
  });

  it('states the direction revenue teams judge each metric by', () => {
    for (const k of ['cpl', 'cost_per_mql', 'cost_per_sql', 'cac', 'cpa', 'cpc', 'churn_rate', 'bounce_rate']) {
      expect(catalogueEntry(k)!.direction, k).to.equal('lower');
    }
    for (const k of ['ces', 'cost_per_sqo', 'cost_per_opportunity', 'exit_rate']) {
      expect(catalogueEntry(k)!.direction, k).to.equal('lower');
    }
    for (const k of ['ctr', 'roi', 'close_rate', 'retention_rate', 'ltv_cac', 'new_users']) {
      expect(catalogueEntry(k)!.direction, k).to.equal('higher');
    }
    for (const k of ['nps', 'csat', 'meeting_show_rate', 'list_growth_rate', 'pages_per_session', 'repeat_visit_rate',
      'lead_to_customer_rate', 'response_sla_rate', 'pipeline_coverage', 'revenue_growth']) {
      expect(catalogueEntry(k)!.direction, k).to.equal('higher');
    }
    expect(catalogueEntry('roi')!.unit).to.equal('percent');
    expect(catalogueEntry('cpl')!.unit).to.equal('currency');
    expect(catalogueEntry('ltv_cac')!.unit).to.equal('ratio');
    const units: Record<string, string> = {
      nps: 'score', csat: 'percent', ces: 'score', cost_per_sqo: 'currency', cost_per_opportunity: 'currency',
      meeting_show_rate: 'percent', list_growth_rate: 'percent', exit_rate: 'percent', pages_per_session: 'score',
      repeat_visit_rate: 'percent', lead_to_customer_rate: 'percent', response_sla_rate: 'percent',
      pipeline_coverage: 'ratio', revenue_growth: 'percent',
    };
    for (const [k, unit] of Object.entries(units)) expect(catalogueEntry(k)!.unit, k).to.equal(unit);
    expect(catalogueEntry('nope')).to.equal(undefined);
  });

  it('keeps the acronyms marketers use in the Arabic labels of the new keys', () => {
    expect(catalogueEntry('nps')!.label.ar).to.equal('صافي نقاط الترويج (NPS)');
    expect(catalogueEntry('cost_per_sqo')!.label.ar).to.equal('تكلفة الفرصة البيعية المؤهلة (SQO)');
    expect(catalogueEntry('csat')!.label.ar).to.contain('(CSAT)');
    expect(catalogueEntry('ces')!.label.ar).to.contain('(CES)');
  });

  describe('worked formulas', () => {
    it('has a term for every input, in English and Arabic, with the unit its value is shown in', () => {
      for (const e of CATALOGUE as readonly CatalogueEntry[]) {
        expect(Object.keys(e.terms), e.key).to.have.members([...e.inputs]);
        for (const name of e.inputs) {
          const term = e.terms[name]!;
          expect(term.en, `${e.key}.${name}`).to.be.a('string').and.not.empty;
          expect(term.ar, `${e.key}.${name}`).to.match(/[\u0600-\u06FF]/);
          expect(UNITS, `${e.key}.${name}`).to.include(term.unit);
        }
      }
    });

    it('shows each input in its own unit: money as currency, counts as counts, rates as percent', () => {
      const unitOf = (key: string, input: string) => catalogueEntry(key)!.terms[input]!.unit;
      expect(unitOf('cpl', 'spend')).to.equal('currency');
      expect(unitOf('cpl', 'leads')).to.equal('count');
      expect(unitOf('pipeline_velocity', 'win_rate')).to.equal('percent');
      expect(unitOf('pipeline_velocity', 'cycle_days')).to.equal('days');
      expect(unitOf('pipeline_velocity', 'avg_deal_size')).to.equal('currency');
      expect(unitOf('pipeline_velocity', 'opportunities')).to.equal('count');
      expect(unitOf('ltv_cac', 'cltv')).to.equal('currency');
      expect(unitOf('ltv_cac', 'cac')).to.equal('currency');
      expect(unitOf('cltv', 'lifetime_periods')).to.equal('count');
      expect(unitOf('cltv', 'revenue_per_period')).to.equal('currency');
      expect(unitOf('ces', 'total_score')).to.equal('score');
      expect(unitOf('roi', 'gain')).to.equal('currency');
      expect(unitOf('pipeline_coverage', 'revenue_target')).to.equal('currency');
      expect(catalogueEntry('cpl')!.terms.spend).to.deep.equal({ en: 'spend', ar: 'الإنفاق', unit: 'currency' });
      expect(catalogueEntry('cpl')!.terms.leads).to.deep.equal({ en: 'leads', ar: 'العملاء المحتملون', unit: 'count' });
      // The same input name reads as what it is in each formula.
      expect(catalogueEntry('churn_rate')!.terms.customers!.en).to.equal('customers at start');
      expect(catalogueEntry('cac')!.terms.customers!.en).to.equal('new customers');
    });

    it('names in each expression only its own inputs, and every one of them, with balanced brackets', () => {
      for (const e of CATALOGUE as readonly CatalogueEntry[]) {
        const named = e.expression.flatMap((p) => ('input' in p ? [p.input] : []));
        expect(new Set(named), e.key).to.have.all.keys(...e.inputs);
        let depth = 0;
        for (const p of e.expression) {
          if ('op' in p && p.op === '(') depth++;
          if ('op' in p && p.op === ')') depth--;
          expect(depth, e.key).to.be.at.least(0);
        }
        expect(depth, e.key).to.equal(0);
      }
    });

    it('writes the formulas the way a reader does', () => {
      expect(catalogueEntry('cpl')!.expression).to.deep.equal([{ input: 'spend' }, { op: '÷' }, { input: 'leads' }]);
      expect(catalogueEntry('roi')!.expression).to.deep.equal([
        { op: '(' }, { input: 'gain' }, { op: '−' }, { input: 'investment' }, { op: ')' }, { op: '÷' }, { input: 'investment' },
      ]);
      expect(catalogueEntry('retention_rate')!.expression).to.deep.equal([
        { number: 1 }, { op: '−' }, { input: 'lost' }, { op: '÷' }, { input: 'customers' },
      ]);
      expect(catalogueEntry('nps')!.expression).to.deep.equal([
        { op: '(' }, { input: 'promoters' }, { op: '−' }, { input: 'detractors' }, { op: ')' },
        { op: '÷' }, { input: 'respondents' }, { op: '×' }, { number: 100 },
      ]);
    });
  });

  describe('worked formulas with the user\'s numbers', () => {
    /** The working of one catalogue metric, as its card shows it, in the formatter's language. */
    const worked = (metric: string, inputs: Record<string, number>, f: NumberFormatter) => {
      const v = validateScorecard({ metrics: [{ id: 'm', metric, inputs }] }, { locale: f.locale });
      expect(v.problems, JSON.stringify(v.problems)).to.deep.equal([]);
      const [m] = buildScorecardModel(v.value!, { language: f.locale }).metrics;
      return formulaWorking(m!, f);
    };
    const en = new NumberFormatter('en-US', 'USD');
    const ar = new NumberFormatter('ar', 'SAR');
    // Arabic numbers as Intl writes them, for values worked out by hand below.
    const arCount = (n: number) => new Intl.NumberFormat('ar').format(n);
    const arOne = (n: number) => new Intl.NumberFormat('ar', { maximumFractionDigits: 1 }).format(n);
    const arPercent = (r: number) => new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 1 }).format(r);
    const arMoney = (n: number) =>
      new Intl.NumberFormat('ar', { style: 'currency', currency: 'SAR', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(n);

    it('works nps with its brackets and its × 100, in English and Arabic', () => {
      // (60 - 15) / 200 x 100 = 45 / 200 x 100 = 22.5
      const inputs = { promoters: 60, detractors: 15, respondents: 200 };
      expect(worked('nps', inputs, en)).to.equal('Net Promoter Score = (60 promoters − 15 detractors) ÷ 200 respondents × 100 = 22.5');
      expect(worked('nps', inputs, ar)).to.equal(
        `صافي نقاط الترويج (NPS) = (المروّجون ${arCount(60)} − المنتقدون ${arCount(15)}) ÷ المستجيبون ${arCount(200)} × ${arCount(100)} = ${arOne(22.5)}`,
      );
    });

    it('works list_growth_rate over the list at the start, a shrinking list negative', () => {
      // (100 - 400) / 10,000 = -300 / 10,000 = -0.03 = -3 %
      const inputs = { new_subscribers: 100, unsubscribes: 400, list_size: 10000 };
      expect(worked('list_growth_rate', inputs, en))
        .to.equal('List growth rate = (100 new subscribers − 400 unsubscribes) ÷ 10,000 list size at start = -3%');
      expect(worked('list_growth_rate', inputs, ar)).to.equal(
        `معدل نمو قائمة المشتركين = (المشتركون الجدد ${arCount(100)} − إلغاءات الاشتراك ${arCount(400)}) ÷ حجم القائمة في بداية الفترة ${arCount(10000)} = ${arPercent(-0.03)}`,
      );
    });

    it('works revenue_growth with the previous revenue twice, as money', () => {
      // (132,000 - 110,000) / 110,000 = 22,000 / 110,000 = 0.2 = 20 %
      const inputs = { revenue: 132000, previous_revenue: 110000 };
      expect(worked('revenue_growth', inputs, en)).to.equal(
        "Revenue growth = ($132,000 revenue − $110,000 previous period's revenue) ÷ $110,000 previous period's revenue = 20%",
      );
      expect(worked('revenue_growth', inputs, ar)).to.equal(
        `نمو الإيرادات = (الإيرادات ${arMoney(132000)} − إيرادات الفترة السابقة ${arMoney(110000)}) ÷ إيرادات الفترة السابقة ${arMoney(110000)} = ${arPercent(0.2)}`,
      );
    });

    it('works pipeline_coverage as money over money, read as a multiple', () => {
      // 960,000 / 300,000 = 3.2, shown as 3.2×
      const inputs = { pipeline_value: 960000, revenue_target: 300000 };
      expect(worked('pipeline_coverage', inputs, en)).to.equal('Pipeline coverage = $960,000 pipeline value ÷ $300,000 revenue target = 3.2×');
      expect(worked('pipeline_coverage', inputs, ar)).to.equal(
        `نسبة تغطية خط المبيعات = قيمة خط المبيعات ${arMoney(960000)} ÷ الإيراد المستهدف ${arMoney(300000)} = ${arOne(3.2)}×`,
      );
    });

    it('works pages_per_session as a plain number, not a multiple or a percentage', () => {
      // 8,000 / 2,500 = 3.2 pages
      const inputs = { pageviews: 8000, sessions: 2500 };
      expect(worked('pages_per_session', inputs, en)).to.equal('Pages per session = 8,000 pageviews ÷ 2,500 sessions = 3.2');
      expect(worked('pages_per_session', inputs, ar)).to.equal(
        `عدد الصفحات لكل جلسة = مشاهدات الصفحات ${arCount(8000)} ÷ الجلسات ${arCount(2500)} = ${arOne(3.2)}`,
      );
    });
  });

  describe('rolling periods up', () => {
    it('gives every input of an additive formula a rule, and none to one that is not', () => {
      for (const e of CATALOGUE as readonly CatalogueEntry[]) {
        if (e.inputAggregation === null) continue;
        expect(Object.keys(e.inputAggregation), e.key).to.have.members([...e.inputs]);
        for (const rule of Object.values(e.inputAggregation)) expect(['sum', 'first', 'last'], e.key).to.include(rule);
      }
      for (const k of ['cltv', 'ltv_cac', 'pipeline_velocity', 'pipeline_coverage']) {
        expect(catalogueEntry(k)!.inputAggregation, k).to.equal(null);
      }
    });

    it('sums flows and takes the first period of what is counted at the start', () => {
      expect(catalogueEntry('cpl')!.inputAggregation).to.deep.equal({ spend: 'sum', leads: 'sum' });
      expect(catalogueEntry('nps')!.inputAggregation).to.deep.equal({ promoters: 'sum', detractors: 'sum', respondents: 'sum' });
      expect(catalogueEntry('churn_rate')!.inputAggregation).to.deep.equal({ lost: 'sum', customers: 'first' });
      expect(catalogueEntry('retention_rate')!.inputAggregation).to.deep.equal({ lost: 'sum', customers: 'first' });
      expect(catalogueEntry('list_growth_rate')!.inputAggregation)
        .to.deep.equal({ new_subscribers: 'sum', unsubscribes: 'sum', list_size: 'first' });
      expect(catalogueEntry('revenue_growth')!.inputAggregation).to.deep.equal({ revenue: 'sum', previous_revenue: 'sum' });
      expect(catalogueEntry('new_users')!.inputAggregation).to.deep.equal({ users: 'sum', returning: 'sum' });
    });

    it('calls only new_users an amount that adds up and can be paced', () => {
      expect(CATALOGUE.filter((e) => e.amount).map((e) => e.key)).to.deep.equal(['new_users']);
    });
  });

  describe('checkInputs', () => {
    const check = (key: string, inputs: Record<string, number>) => checkInputs(catalogueEntry(key)!, inputs);

    it('names parts only among the entry\'s own inputs', () => {
      for (const e of CATALOGUE as readonly CatalogueEntry[]) {
        for (const [part, whole] of e.parts) {
          for (const name of [...(typeof part === 'string' ? [part] : part), whole]) expect(e.inputs, e.key).to.include(name);
        }
      }
      expect(catalogueEntry('new_users')!.parts).to.deep.equal([['returning', 'users']]);
      expect(catalogueEntry('cpl')!.parts).to.deep.equal([]);
    });

    it('reports every negative input', () => {
      expect(check('cpl', { spend: -10, leads: -2 })).to.deep.equal([
        { input: 'spend', code: 'negative', value: -10 },
        { input: 'leads', code: 'negative', value: -2 },
      ]);
      expect(check('revenue_growth', { revenue: 100, previous_revenue: -50 }))
        .to.deep.equal([{ input: 'previous_revenue', code: 'negative', value: -50 }]);
    });

    it('reports more returning users than users, at returning', () => {
      expect(check('new_users', { users: 100, returning: 120 }))
        .to.deep.equal([{ input: 'returning', code: 'exceeds', value: 120, whole: 'users', wholeValue: 100 }]);
    });

    it('reports promoters and detractors together exceeding the respondents, at promoters', () => {
      // 70 + 40 = 110 > 100, though each alone fits.
      expect(check('nps', { promoters: 70, detractors: 40, respondents: 100 }))
        .to.deep.equal([{ input: 'promoters', code: 'exceeds', value: 110, whole: 'respondents', wholeValue: 100 }]);
      expect(check('nps', { promoters: 60, detractors: 40, respondents: 100 })).to.deep.equal([]);
    });

    it('reports other parts above their whole', () => {
      expect(check('ctr', { clicks: 1200, impressions: 1000 })).to.have.length(1);
      expect(check('churn_rate', { lost: 110, customers: 100 })[0]).to.include({ input: 'lost', whole: 'customers' });
      expect(check('csat', { satisfied: 201, responses: 200 })[0]).to.include({ input: 'satisfied', code: 'exceeds' });
    });

    // Each part as large as its whole is still possible (every booked meeting held); one more is not.
    const partsOfWholes: [string, string, string, Record<string, number>][] = [
      // 24 meetings held of 24 booked is a 100 % show rate; 25 held of 24 booked cannot be.
      ['meeting_show_rate', 'attended', 'booked', { attended: 24, booked: 24 }],
      // Every pageview can be an exit (100 %), no more: 7,501 exits of 7,500 pageviews cannot be.
      ['exit_rate', 'exits', 'pageviews', { exits: 7500, pageviews: 7500 }],
      // Returning users are among the users: 6,001 returning of 6,000 cannot be.
      ['repeat_visit_rate', 'returning', 'users', { returning: 6000, users: 6000 }],
      // 51 inquiries answered within SLA of 50 cannot be.
      ['response_sla_rate', 'within_sla', 'inquiries', { within_sla: 50, inquiries: 50 }],
    ];
    for (const [key, part, whole, atWhole] of partsOfWholes) {
      it(`${key}: reports more ${part} than ${whole} at ${part}, and accepts them equal`, () => {
        expect(catalogueEntry(key)!.parts).to.deep.equal([[part, whole]]);
        expect(check(key, atWhole)).to.deep.equal([]);
        // Equal part and whole: a rate of exactly 1.
        expect(computeMetric(key as CatalogueKey, atWhole).value).to.equal(1);
        const over = { ...atWhole, [part]: atWhole[part]! + 1 };
        expect(check(key, over)).to.deep.equal([
          { input: part, code: 'exceeds', value: atWhole[part]! + 1, whole, wholeValue: atWhole[whole] },
        ]);
        // A negative part is reported as negative, never as exceeding.
        expect(check(key, { ...atWhole, [part]: -1 })).to.deep.equal([{ input: part, code: 'negative', value: -1 }]);
      });
    }

    it('reports nothing for valid inputs, and leaves missing ones to others', () => {
      for (const [key, inputs] of cases) expect(check(key, inputs), key).to.deep.equal([]);
      expect(check('new_users', { returning: 120 })).to.deep.equal([]);
      expect(check('nps', { promoters: 70, detractors: 40 })).to.deep.equal([]);
    });
  });
});
