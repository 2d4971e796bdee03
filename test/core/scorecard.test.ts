import { expect } from '@open-wc/testing';
import weekly from '../../demo/data/scorecard-weekly.json';
import weeklyAr from '../../demo/data/scorecard-weekly.ar.json';
import { buildScorecardModel, groupMetrics, sparklineSegments, validateScorecard } from '../../src/core/scorecard.js';
import { formatPath } from '../../src/core/json-path.js';

// The locale is given so that a document without a week of its own is paced on a known one.
const model = (data: unknown, opts = {}) => buildScorecardModel(validateScorecard(data, { locale: 'en-GB' }).value!, opts);

describe('scorecard model', () => {
  it('derives the weekly revenue-team scorecard', () => {
    const v = validateScorecard(weekly, { locale: 'en-GB' });
    expect(v.problems).to.deep.equal([]);
    const m = buildScorecardModel(v.value!);
    expect(m.metrics).to.have.length(20);
    expect(m.counts).to.deep.equal({ 'on-track': 10, 'at-risk': 4, 'off-track': 6, none: 0 });
    // offTrack keeps the scorecard's order; discuss is worst first (lowest attainment):
    // first response 60/95 = 0.632, proposals 2/3 = 0.667, forecast 410/500 = 0.82,
    // CPL 40/48 = 0.833 and first meetings 6/7.2 = 0.833 (a tie: the scorecard's order),
    // new revenue 62,000/72,000 = 0.861.
    expect(m.offTrack).to.deep.equal(['cpl', 'first-meetings', 'proposals', 'forecast', 'new-revenue', 'first-response']);
    expect(m.discuss.map((d) => d.id)).to.deep.equal(['first-response', 'proposals', 'forecast', 'cpl', 'first-meetings', 'new-revenue']);
    expect(m.period).to.deep.equal({ label: 'Week 49, Wednesday 2 December', elapsed: null, cadence: null, asOf: '2026-12-02' });
    expect(m.week).to.deep.equal({ weekStart: 1, workdays: [1, 2, 3, 4, 5], holidays: 1 });
    const by = (id: string) => m.metrics.find((x) => x.id === id)!;

    const cpl = by('cpl');
    // $4,800 / 100 leads = $48 against $40, lower is better: 40 / 48.
    expect(cpl).to.include({ actual: 48, target: 40, status: 'off-track', direction: 'lower', unit: 'currency', label: 'Cost per lead', period: '2026-12' });
    expect(cpl.ratio).to.be.closeTo(0.8333, 1e-4);
    // $48 is $8 over the $40 target: 8 short, in dollars.
    expect(cpl.shortfall).to.equal(8);
    expect(cpl.note).to.equal('Paid social CPL rose after the audience change on 24 November; reverting it on Friday.');
    expect(m.discuss.find((d) => d.id === 'cpl')).to.deep.equal({
      id: 'cpl', label: 'Cost per lead', status: 'off-track', owner: 'Lina', shortfall: 8,
      note: 'Paid social CPL rose after the audience change on 24 November; reverting it on Friday.',
    });

    // Wednesday 2 December, Monday-to-Friday week: 3 of 5 working days, 0.6.
    // 5,000 x 0.6 = 3,000 by now; 4,200 / 3,000 = 1.4; on pace for 4,200 / 0.6 = 7,000.
    const visitors = by('visitors');
    expect(visitors).to.include({ comparedTarget: 3000, paced: true, status: 'on-track', ratio: 1.4, elapsed: 0.6, projected: 7000, period: '2026-W49' });
    expect(visitors.pacing).to.deep.equal({ source: 'asOf', elapsed: 0.6, done: 3, total: 5, basis: 'working-days', period: '2026-W49' });

    // Each metric is paced in its own period, never with the week's 0.6.
    // December 2026, Monday to Friday without the 25th: 4 + 5 + 5 + 4 + 4 = 22 working
    // days, 2 of them (Tuesday 1, Wednesday 2) done: 833,333 x 2/22 = 75,757.5 by now.
    const booked = by('booked-revenue');
    expect(booked.pacing).to.deep.equal({ source: 'asOf', elapsed: 2 / 22, done: 2, total: 22, basis: 'working-days', period: '2026-12' });
    expect(booked.comparedTarget).to.be.closeTo(75757.545, 1e-3);
    expect(booked.ratio).to.be.closeTo(80000 / 75757.545, 1e-6);
    expect(booked.status).to.equal('on-track');
    // 80,000 in 2 of 22 working days: on pace for 880,000 of 833,333.
    expect(booked.projected).to.be.closeTo(880000, 1e-6);
    // Q4: October 22 + November 21 + December 22 = 65 working days, 22 + 21 + 2 = 45 done:
    // 60 x 45/65 = 41.54 by now; 44 is on track.
    const won = by('customers-won');
    expect(won.pacing).to.include({ source: 'asOf', done: 45, total: 65, period: '2026-Q4' });
    expect(won.comparedTarget).to.be.closeTo(41.5385, 1e-4);
    expect(won.status).to.equal('on-track');
    // Rates and unpaced metrics are judged as they stand.
    expect(by('forecast')).to.include({ paced: false, elapsed: null, comparedTarget: 500000, status: 'off-track', ratio: 0.82 });

    // NPS (62 - 14) / 120 x 100 = 40 against 45: 0.889. Its own at-risk threshold of 0.85
    // makes it at risk; with the scorecard's 0.9 it would be off track.
    expect(by('nps')).to.include({ actual: 40, status: 'at-risk', atRisk: 0.85 });
    // A range: pipeline coverage 2,333,333 / 833,333 = 2.8 below 3 to 4: 2.8 / 3 = 0.933, at risk.
    const coverage = by('pipeline-coverage');
    expect(coverage).to.deep.include({ status: 'at-risk', position: 'below', target: { min: 3, max: 4 } });
    expect(coverage.ratio).to.be.closeTo(0.93333, 1e-5);
  });

  it('gives each metric its history as periods, each judged against its own target', () => {
    const m = model(weekly);
    const visitors = m.metrics.find((x) => x.id === 'visitors')!;
    // 12 weeks of history (W37-W48) and the week in progress.
    expect(visitors.history).to.have.length(13);
    // W37 carries its own 4,500 target: 4,300 / 4,500 = 0.956, at risk.
    expect(visitors.history[0]).to.deep.equal({ period: '2026-W37', value: 4300, target: 4500, status: 'at-risk' });
    expect(visitors.history.slice(-3)).to.deep.equal([
      // No target of its own: the metric's 5,000. 3,900 / 5,000 = 0.78.
      { period: '2026-W47', value: 3900, target: 5000, status: 'off-track' },
      // 4,650 / 5,000 = 0.93.
      { period: '2026-W48', value: 4650, target: 5000, status: 'at-risk' },
      // This week, judged against 3,000 by now.
      { period: '2026-W49', value: 4200, target: 5000, status: 'on-track', current: true, comparedTarget: 3000 },
    ]);
    // The change compares its run rate with last week: 7,000 / 4,650 - 1 = +50.5 %.
    expect(visitors.previous).to.equal(4650);
    expect(visitors.change).to.be.closeTo(7000 / 4650 - 1, 1e-12);

    // A catalogue metric's history entries give inputs: each value is its formula.
    const cpl = m.metrics.find((x) => x.id === 'cpl')!;
    expect(cpl.history.map((h) => h.period)).to.deep.equal([
      '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06',
      '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12',
    ]);
    // December 2025: $18,000 / 450 = $40 against its own $45 (lower is better): on track.
    expect(cpl.history[0]).to.deep.equal({ period: '2025-12', value: 40, target: 45, status: 'on-track' });
    // November 2026: $23,500 / 480 = $48.96 against $40: 40 / 48.96 = 0.817, off track.
    expect(cpl.history[11]!.value).to.be.closeTo(48.9583, 1e-4);
    expect(cpl.history[11]).to.include({ target: 40, status: 'off-track' });
    // $48 after $48.96: falling, which is good news for a cost.
    expect(cpl.change).to.be.closeTo(48 / (23500 / 480) - 1, 1e-12);
    expect(cpl.history[12]).to.deep.equal({ period: '2026-12', value: 48, target: 40, status: 'off-track', current: true });
  });

  it('paces the Arabic scorecard on a Sunday-to-Thursday week', () => {
    const v = validateScorecard(weeklyAr, { locale: 'ar-SA' });
    expect(v.problems).to.deep.equal([]);
    const m = buildScorecardModel(v.value!, { language: 'ar' });
    expect(m.counts).to.deep.equal({ 'on-track': 10, 'at-risk': 4, 'off-track': 6, none: 0 });
    expect(m.week).to.deep.equal({ weekStart: 7, workdays: [1, 2, 3, 4, 7], holidays: 0 });
    const by = (id: string) => m.metrics.find((x) => x.id === id)!;
    // Tuesday 1 December, week from Sunday 29 November: Sunday, Monday, Tuesday = 3 of 5.
    expect(by('visitors')).to.include({ elapsed: 0.6, comparedTarget: 3000, status: 'on-track', period: '2026-W49' });
    // December, Sunday to Thursday: 3 + 5 + 5 + 5 + 5 = 23 working days, 1 done.
    expect(by('booked-revenue').pacing).to.include({ done: 1, total: 23, period: '2026-12' });
    // Q4: October 21 + November 22 + December 23 = 66, 21 + 22 + 1 = 44 done: 60 x 2/3 = 40.
    expect(by('customers-won').pacing).to.include({ done: 44, total: 66 });
    expect(by('customers-won')).to.include({ status: 'on-track', ratio: 1.1 });
    expect(by('cpl').label).to.equal('تكلفة العميل المحتمل');
  });

  it('matches the contract shape of result and is JSON-serialisable', () => {
    const m = model(weekly);
    const round = JSON.parse(JSON.stringify(m));
    expect(round).to.deep.equal(m);
    expect(Object.keys(m.counts)).to.have.members(['on-track', 'at-risk', 'off-track', 'none']);
    for (const metric of m.metrics) {
      expect(metric).to.include.keys('id', 'label', 'actual', 'target', 'status', 'ratio', 'elapsed', 'projected', 'change', 'history');
      for (const h of metric.history) expect(h).to.include.keys('period', 'value', 'target', 'status');
    }
    for (const item of m.discuss) expect(item).to.include.keys('id', 'status', 'owner', 'note', 'shortfall');
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
    expect(m.metrics[0]!.label).to.equal('تكلفة اكتساب العميل (CAC)');
    expect(m.metrics[0]!.actual).to.equal(250);
  });

  it('filters by cadence and groups by department or indicator', () => {
    const monthly = model(weekly, { cadence: 'monthly' });
    expect(monthly.metrics.map((x) => x.id)).to.deep.equal(['cpl', 'email-ctr', 'booked-revenue', 'close-rate', 'pipeline-coverage', 'csat', 'churn']);
    // Only CPL is off track among them; pipeline coverage (2.8 below 3) and CSAT (0.88 / 0.9) are at risk.
    expect(monthly.counts).to.deep.equal({ 'on-track': 4, 'at-risk': 2, 'off-track': 1, none: 0 });
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
