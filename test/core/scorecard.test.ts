import { expect } from '@open-wc/testing';
import weekly from '../../demo/data/scorecard-weekly.json';
import { buildScorecardModel, groupMetrics, sparklineSegments, validateScorecard } from '../../src/core/scorecard.js';
import { formatPath } from '../../src/core/json-path.js';

const model = (data: unknown, opts = {}) => buildScorecardModel(validateScorecard(data).value!, opts);

describe('scorecard model', () => {
  it('derives the weekly revenue-team scorecard', () => {
    const v = validateScorecard(weekly);
    expect(v.problems).to.deep.equal([]);
    const m = buildScorecardModel(v.value!);
    expect(m.counts).to.deep.equal({ 'on-track': 8, 'at-risk': 1, 'off-track': 6, none: 0 });
    expect(m.offTrack).to.deep.equal(['cpl', 'first-meetings', 'proposals', 'forecast', 'new-revenue', 'first-response']);
    const cpl = m.metrics.find((x) => x.id === 'cpl')!;
    // $4,800 / 100 leads = $48 against $40, lower is better: 40 / 48.
    expect(cpl).to.include({ actual: 48, target: 40, status: 'off-track', direction: 'lower', unit: 'currency', label: 'Cost per lead' });
    expect(cpl.ratio).to.be.closeTo(0.8333, 1e-4);
    const visitors = m.metrics.find((x) => x.id === 'visitors')!;
    expect(visitors).to.include({ comparedTarget: 3000, paced: true, status: 'on-track', ratio: 1.4 });
  });

  it('matches the contract shape of result and is JSON-serialisable', () => {
    const m = model(weekly);
    const round = JSON.parse(JSON.stringify(m));
    expect(round).to.deep.equal(m);
    expect(Object.keys(m.counts)).to.have.members(['on-track', 'at-risk', 'off-track', 'none']);
    for (const metric of m.metrics) expect(metric).to.include.keys('id', 'label', 'actual', 'target', 'status', 'ratio');
  });

  it('computes catalogue metrics from inputs and explains what it cannot compute', () => {
    const m = model({
      metrics: [
        { metric: 'roi', inputs: { gain: 50000, investment: 20000 }, target: 1.2 },
        { metric: 'cpl', inputs: { spend: 1200, leads: 0 }, target: 40 },
        { metric: 'ctr', actual: 0.07, target: 0.05 },
      ],
    });
    expect(m.metrics[0]).to.include({ id: 'roi', actual: 1.5, status: 'on-track', unit: 'percent' });
    expect(m.metrics[1]).to.include({ actual: null, status: 'none' });
    expect(m.metrics[1]!.actualMissing).to.deep.equal({ reason: 'zero-denominator', input: 'leads' });
    // A given actual wins over the formula.
    expect(m.metrics[2]).to.include({ actual: 0.07, status: 'on-track' });
  });

  it('uses Arabic catalogue labels for Arabic locales', () => {
    const m = model({ metrics: [{ metric: 'cac', inputs: { spend: 25000, customers: 100 } }] }, { language: 'ar-SA' });
    expect(m.metrics[0]!.label).to.equal('تكلفة اكتساب العميل');
    expect(m.metrics[0]!.actual).to.equal(250);
  });

  it('filters by cadence and groups by department or indicator', () => {
    const monthly = model(weekly, { cadence: 'monthly' });
    expect(monthly.metrics.map((x) => x.id)).to.deep.equal(['cpl', 'email-ctr', 'close-rate', 'churn']);
    expect(monthly.counts['off-track']).to.equal(1);
    const byGroup = model(weekly);
    expect(byGroup.groups.map((g) => g.key)).to.deep.equal(['marketing', 'sales', 'service']);
    const byIndicator = model(weekly, { groupBy: 'indicator' });
    expect(byIndicator.groups.map((g) => g.key)).to.deep.equal(['leading', 'lagging']);
    expect(model(weekly, { groupBy: 'none' }).groups).to.have.length(1);
  });

  it('orders known groups first, then custom ones, ungrouped last', () => {
    const metrics = ['finance', null, 'service', 'marketing'].map((group, i) => ({
      id: `m${i}`, label: `M${i}`, group, indicator: null,
    }));
    const groups = groupMetrics(metrics as never, 'group');
    expect(groups.map((g) => g.key)).to.deep.equal(['marketing', 'service', 'finance', null]);
  });

  it('reports each invalid metric with its path and keeps the valid ones', () => {
    const v = validateScorecard({
      period: { elapsed: 1.4 },
      metrics: [
        { id: 'ok', label: 'Visitors', actual: 1, target: 2 },
        { id: 'bad', label: 'MQLs', target: 'twenty' },
        { id: 'ok', label: 'Again' },
        { metric: 'cpl', inputs: { spend: 10 } },
        { actual: 3 },
        { metric: 'nope' },
      ],
    });
    const paths = v.problems.map((p) => formatPath(p.path));
    expect(paths).to.deep.equal([
      'period.elapsed',
      'metrics[1].target',
      'metrics[2].id',
      'metrics[3].inputs.leads',
      'metrics[4].label',
      'metrics[5].metric',
    ]);
    // The valid one and the catalogue metric with a missing input (shown with a dash) remain.
    expect(v.value!.metrics.map((m) => m.index)).to.deep.equal([0, 3]);
    expect(v.value!.period).to.equal(undefined);
  });

  it('rejects a document without a metrics list, and too many metrics', () => {
    expect(validateScorecard({ title: 'x' }).value).to.equal(null);
    expect(validateScorecard([]).value).to.equal(null);
    const many = validateScorecard({ metrics: Array.from({ length: 1001 }, (_, i) => ({ id: `m${i}`, actual: i })) });
    expect(many.value).to.equal(null);
    expect(many.problems[0]).to.include({ code: 'too-large', limit: 1000 });
  });

  it('draws sparklines with gaps and flat lines', () => {
    expect(sparklineSegments([], 100, 20)).to.deep.equal([]);
    const seg = sparklineSegments([1, 2, null, 4], 100, 20, 0);
    expect(seg).to.have.length(2);
    expect(seg[0]).to.deep.equal([[0, 20], [33.3, 13.3]]);
    expect(seg[1]).to.deep.equal([[100, 0]]);
    expect(sparklineSegments([5, 5], 100, 20, 0)).to.deep.equal([[[0, 10], [100, 10]]]);
  });
});
