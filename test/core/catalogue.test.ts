import { expect } from '@open-wc/testing';
import { CATALOGUE, CATALOGUE_KEYS, catalogueEntry, computeMetric } from '../../src/core/catalogue.js';

describe('metric catalogue', () => {
  it('has the 22 keys of the contract, each with labels, unit, direction and inputs', () => {
    expect(CATALOGUE_KEYS).to.have.members([
      'conversion_rate', 'cpl', 'cost_per_mql', 'cost_per_sql', 'cac', 'cpa', 'cpc', 'ctr', 'roi', 'arpc',
      'avg_deal_size', 'lead_value', 'cltv', 'close_rate', 'pipeline_velocity', 'churn_rate', 'retention_rate',
      'new_users', 'bounce_rate', 'email_open_rate', 'email_click_rate', 'ltv_cac',
    ]);
    expect(CATALOGUE).to.have.length(22);
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
  ];
  for (const [key, inputs, expected] of cases) {
    it(`${key}(${JSON.stringify(inputs)}) = ${expected}`, () => {
      const r = computeMetric(key as never, inputs);
      expect(r.value).to.be.closeTo(expected, 1e-9);
    });
  }

  it('covers every key with a hand-computed case', () => {
    expect(new Set(cases.map((c) => c[0]))).to.have.property('size', 22);
  });

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
    for (const k of ['ctr', 'roi', 'close_rate', 'retention_rate', 'ltv_cac', 'new_users']) {
      expect(catalogueEntry(k)!.direction, k).to.equal('higher');
    }
    expect(catalogueEntry('roi')!.unit).to.equal('percent');
    expect(catalogueEntry('cpl')!.unit).to.equal('currency');
    expect(catalogueEntry('ltv_cac')!.unit).to.equal('ratio');
    expect(catalogueEntry('nope')).to.equal(undefined);
  });
});
