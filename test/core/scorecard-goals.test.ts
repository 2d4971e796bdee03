import { expect } from '@open-wc/testing';
import { buildScorecardModel, validateScorecard, type ScorecardOptions } from '../../src/core/scorecard.js';
import { formatPath } from '../../src/core/json-path.js';
import { describeProblem } from '../../src/internal/i18n.js';

/**
 * Goals and the meeting (contract, "Goals and the meeting in `<kpi-scorecard>`"): ranges,
 * per-metric thresholds, lower-is-better ratios, the items to discuss and their shortfalls,
 * notes, and catalogue inputs that cannot be right. Every expected number is worked out by
 * hand in the comment beside it.
 */
const build = (data: unknown, opts: ScorecardOptions = {}) => {
  const v = validateScorecard(data, { locale: 'en-GB' });
  return { v, model: buildScorecardModel(v.value!, { language: 'en', ...opts }) };
};
const metrics = (data: unknown, opts: ScorecardOptions = {}) => build(data, opts).model.metrics;
const messages = (data: unknown) =>
  validateScorecard(data, { locale: 'en-GB' }).problems.map((p) => `${formatPath(p.path)}: ${describeProblem(p, 'en')}`);
/** One metric per actual, all with the same target and extras. */
const each = (actuals: number[], target: unknown, extra: Record<string, unknown> = {}) => ({
  metrics: actuals.map((actual, i) => ({ id: `m${i}`, label: `M${i}`, actual, target, ...extra })),
});

describe('scorecard goals: ranges', () => {
  it('is on track inside a range and at both bounds, graded by the bound it misses outside', () => {
    const range = { min: 40, max: 60 };
    const m = metrics(each([40, 60, 50, 39.9, 36, 35.9, 60.1, 66.6, 66.7, 70], range));
    const row = (i: number) => [m[i]!.status, m[i]!.position];
    // 40, 60 (the bounds) and 50 lie within: on track, no ratio, no shortfall.
    for (const i of [0, 1, 2]) {
      expect(m[i]).to.deep.include({ status: 'on-track', position: 'within', ratio: null, shortfall: 0, target: range });
    }
    // 39.9 below min: r = 39.9 / 40 = 0.9975 >= 0.9, at risk; 0.1 short of 40.
    expect(row(3)).to.deep.equal(['at-risk', 'below']);
    expect(m[3]!.ratio).to.be.closeTo(0.9975, 1e-12);
    expect(m[3]!.shortfall).to.be.closeTo(0.1, 1e-9);
    // 36: r = 36 / 40 = 0.9 exactly, the threshold itself: at risk; 4 short.
    expect(m[4]).to.include({ status: 'at-risk', position: 'below', ratio: 0.9, shortfall: 4 });
    // 35.9: r = 35.9 / 40 = 0.8975 < 0.9, off track; 4.1 short.
    expect(row(5)).to.deep.equal(['off-track', 'below']);
    expect(m[5]!.ratio).to.be.closeTo(0.8975, 1e-12);
    expect(m[5]!.shortfall).to.be.closeTo(4.1, 1e-9);
    // 60.1 above max: r = 60 / 60.1 = 0.99834, at risk; 0.1 over 60 (positive: falls short of the goal).
    expect(row(6)).to.deep.equal(['at-risk', 'above']);
    expect(m[6]!.ratio).to.be.closeTo(60 / 60.1, 1e-12);
    expect(m[6]!.shortfall).to.be.closeTo(0.1, 1e-9);
    // The at-risk edge above the range is 60 / 0.9 = 66.67:
    // 66.6 gives 60 / 66.6 = 0.9009 (at risk), 66.7 gives 60 / 66.7 = 0.8996 (off track).
    expect(row(7)).to.deep.equal(['at-risk', 'above']);
    expect(m[7]!.ratio).to.be.closeTo(0.9009, 1e-4);
    expect(row(8)).to.deep.equal(['off-track', 'above']);
    expect(m[8]!.ratio).to.be.closeTo(0.8996, 1e-4);
    // 70: r = 60 / 70 = 0.857, off track; 10 over.
    expect(m[9]).to.include({ status: 'off-track', position: 'above', shortfall: 10 });
    expect(m[9]!.ratio).to.be.closeTo(0.8571, 1e-4);
  });

  it('takes a range with only a min, or only a max', () => {
    // At least 40: 39 is 39 / 40 = 0.975 (at risk, 1 short), 35 is 0.875 (off track),
    // 1,000 is far above and still within: there is no upper bound.
    const min = metrics(each([39, 35, 1000], { min: 40 }));
    expect(min[0]).to.include({ status: 'at-risk', ratio: 0.975, position: 'below', shortfall: 1 });
    expect(min[1]).to.include({ status: 'off-track', ratio: 0.875, position: 'below', shortfall: 5 });
    expect(min[2]).to.include({ status: 'on-track', ratio: null, position: 'within', shortfall: 0 });
    expect(min[0]!.target).to.deep.equal({ min: 40, max: null });
    // At most 60: 61 is 60 / 61 = 0.9836 (at risk, 1 over), 80 is 0.75 (off track), 0 is within.
    const max = metrics(each([61, 80, 0], { max: 60 }));
    expect(max[0]).to.include({ status: 'at-risk', position: 'above', shortfall: 1 });
    expect(max[0]!.ratio).to.be.closeTo(60 / 61, 1e-12);
    expect(max[1]).to.include({ status: 'off-track', ratio: 0.75, position: 'above', shortfall: 20 });
    expect(max[2]).to.include({ status: 'on-track', position: 'within', shortfall: 0 });
    expect(max[0]!.target).to.deep.equal({ min: null, max: 60 });
  });

  it('ignores direction for a range', () => {
    const actuals = [36, 50, 70];
    const judged = (direction?: string) =>
      metrics(each(actuals, { min: 40, max: 60 }, direction ? { direction } : {})).map((m) => [m.status, m.ratio, m.position, m.shortfall]);
    // 36: 36 / 40 = 0.9 at risk, 4 short; 50 within; 70: 60 / 70 off track, 10 over,
    // whichever way the metric says is better.
    const expected = [['at-risk', 0.9, 'below', 4], ['on-track', null, 'within', 0], ['off-track', 60 / 70, 'above', 10]];
    expect(judged()).to.deep.equal(expected);
    expect(judged('higher')).to.deep.equal(expected);
    expect(judged('lower')).to.deep.equal(expected);
    // With a plain number the direction does matter: 36 against 40, lower is better, is on track.
    expect(metrics(each([36], 40, { direction: 'lower' }))[0]).to.include({ status: 'on-track' });
  });

  it('paces both bounds of a range', () => {
    // 4,000 to 6,000 visits a week, paced at 0.6: 2,400 to 3,600 by now.
    // 2,000 is below: r = 2,000 / 2,400 = 0.833, off track, 400 short of 2,400.
    const [m] = metrics(each([2000], { min: 4000, max: 6000 }, { pace: true, elapsed: 0.6, unit: 'count' }));
    expect(m!.comparedTarget).to.deep.equal({ min: 2400, max: 3600 });
    expect(m!).to.include({ status: 'off-track', position: 'below', shortfall: 400 });
    expect(m!.ratio).to.be.closeTo(2000 / 2400, 1e-12);
  });

  it('reports a range whose min is above its max at metrics[i].target, naming both, and builds the rest', () => {
    const data = {
      metrics: [
        { id: 'ok', label: 'Visitors', actual: 5, target: 10 },
        { id: 'upside-down', label: 'Pipeline coverage', actual: 3, target: { min: 60, max: 40 } },
        { id: 'empty', label: 'Empty range', actual: 3, target: {} },
        { id: 'also-ok', label: 'MQLs', actual: 30, target: { min: 20, max: 40 } },
      ],
    };
    const { v, model } = build(data);
    expect(messages(data)).to.deep.equal([
      'metrics[1].target: is a range whose min (60) is above its max (40)',
      'metrics[2].target: is a range with neither min nor max: give one or both',
    ]);
    const ar = describeProblem(v.problems[0]!, 'ar');
    const n = new Intl.NumberFormat('ar');
    expect(ar).to.contain(n.format(60)).and.to.contain(n.format(40)).and.to.contain('الأدنى');
    // The other two metrics are still judged: 5 / 10 = 0.5 off track, 30 inside 20-40.
    expect(model.metrics.map((m) => [m.id, m.status])).to.deep.equal([['ok', 'off-track'], ['also-ok', 'on-track']]);
    expect(model.counts).to.deep.equal({ 'on-track': 1, 'at-risk': 0, 'off-track': 1, none: 0 });
  });
});

describe('scorecard goals: thresholds', () => {
  it("lets a metric's own at-risk threshold win over the scorecard's", () => {
    const data = {
      thresholds: { atRisk: 0.9 },
      metrics: [
        // 80 / 100 = 0.8: at risk with its own 0.75 ...
        { id: 'lenient', label: 'Lenient', actual: 80, target: 100, thresholds: { atRisk: 0.75 } },
        // ... off track with the scorecard's 0.9.
        { id: 'document', label: 'Document', actual: 80, target: 100 },
        // 92 / 100 = 0.92: at risk with the scorecard's 0.9, off track with its own stricter 0.95.
        { id: 'strict', label: 'Strict', actual: 92, target: 100, thresholds: { atRisk: 0.95 } },
        // A range too: 37 below 40 is 37 / 40 = 0.925, off track against 0.95.
        { id: 'range', label: 'Range', actual: 37, target: { min: 40, max: 60 }, thresholds: { atRisk: 0.95 } },
      ],
    };
    const m = metrics(data);
    expect(m.map((x) => [x.id, x.status, x.atRisk])).to.deep.equal([
      ['lenient', 'at-risk', 0.75],
      ['document', 'off-track', 0.9],
      ['strict', 'off-track', 0.95],
      ['range', 'off-track', 0.95],
    ]);
    // Without the document's: the default 0.9 for the metrics that give none.
    expect(metrics({ metrics: [{ id: 'a', label: 'A', actual: 91, target: 100 }] })[0]).to.include({ status: 'at-risk', atRisk: 0.9 });
  });

  it("judges history periods with the metric's own threshold", () => {
    const data = {
      metrics: [{
        id: 'v', label: 'V', cadence: 'weekly', target: 100, thresholds: { atRisk: 0.75 },
        // 80 / 100 = 0.8 >= 0.75 (at risk), 70 / 100 = 0.7 (off track), then 100 (on track, current).
        history: [{ period: '2026-W47', value: 80 }, { period: '2026-W48', value: 70 }, { period: '2026-W49', value: 100 }],
      }],
    };
    expect(metrics(data)[0]!.history.map((h) => h.status)).to.deep.equal(['at-risk', 'off-track', 'on-track']);
  });

  it('reports a threshold outside (0, 1) at its path and judges the metric with the scorecard\'s', () => {
    const data = {
      thresholds: { atRisk: 0.8 },
      metrics: [
        { id: 'one', label: 'One', actual: 85, target: 100, thresholds: { atRisk: 1 } },
        { id: 'zero', label: 'Zero', actual: 85, target: 100, thresholds: { atRisk: 0 } },
        { id: 'big', label: 'Big', actual: 85, target: 100, thresholds: { atRisk: 1.5 } },
      ],
    };
    expect(messages(data)).to.deep.equal([
      'metrics[0].thresholds.atRisk: must be less than 1',
      'metrics[1].thresholds.atRisk: must be more than 0',
      'metrics[2].thresholds.atRisk: must be less than 1',
    ]);
    // Each kept and judged with the scorecard's 0.8: 85 / 100 = 0.85, at risk.
    expect(metrics(data).map((m) => [m.id, m.status, m.atRisk])).to.deep.equal([
      ['one', 'at-risk', 0.8], ['zero', 'at-risk', 0.8], ['big', 'at-risk', 0.8],
    ]);
    // The scorecard's own threshold out of range: an error at thresholds.atRisk, the default 0.9
    // used, so 85 / 100 = 0.85 is off track.
    const doc = { thresholds: { atRisk: 1.2 }, metrics: [{ id: 'a', label: 'A', actual: 85, target: 100 }] };
    expect(messages(doc)).to.deep.equal(['thresholds.atRisk: must be less than 1']);
    expect(metrics(doc)[0]).to.include({ status: 'off-track', atRisk: 0.9 });
  });
});

describe('scorecard goals: lower is better', () => {
  it('uses r = target / actual and counts the shortfall as how far above the target it is', () => {
    const m = metrics(each([95, 65, 55, 60], 60, { unit: 'minutes', direction: 'lower' }));
    // First response 95 minutes against 60: r = 60 / 95 = 0.6316, off track; 95 - 60 = 35 minutes short.
    expect(m[0]).to.include({ status: 'off-track', shortfall: 35 });
    expect(m[0]!.ratio).to.be.closeTo(0.6316, 1e-4);
    // 65: 60 / 65 = 0.923, at risk, 5 minutes over.
    expect(m[1]).to.include({ status: 'at-risk', shortfall: 5 });
    expect(m[1]!.ratio).to.be.closeTo(0.9231, 1e-4);
    // 55: 60 / 55 = 1.09, on track, 5 minutes ahead (negative shortfall).
    expect(m[2]).to.include({ status: 'on-track', shortfall: -5 });
    expect(m[2]!.ratio).to.be.closeTo(1.0909, 1e-4);
    // Exactly on target: r = 1, nothing short.
    expect(m[3]).to.include({ status: 'on-track', ratio: 1, shortfall: 0 });
  });
});

describe('scorecard goals: the items to discuss', () => {
  const data = {
    metrics: [
      // a: 50 / 100 = 0.5, off track, 50 short.
      { id: 'a', label: 'A', actual: 50, target: 100, owner: 'Dana', note: 'Campaign paused.' },
      // b: 95 / 100 = 0.95, at risk.
      { id: 'b', label: 'B', actual: 95, target: 100, owner: 'Omar' },
      // c: lower is better, 40 / 50 = 0.8, off track, 10 over.
      { id: 'c', label: 'C', actual: 50, target: 40, direction: 'lower', owner: 'Karim' },
      // d: 5 / 10 = 0.5, off track: the same attainment as a, later in the scorecard.
      { id: 'd', label: 'D', actual: 5, target: 10 },
      // e: 120 / 100, on track: never listed.
      { id: 'e', label: 'E', actual: 120, target: 100 },
      // f: a range, 36 below 40: 36 / 40 = 0.9, at risk, 4 short.
      { id: 'f', label: 'F', actual: 36, target: { min: 40, max: 60 } },
      // g: no target: not rated, never listed.
      { id: 'g', label: 'G', actual: 3 },
      // h: -5 against a target of 0 has no ratio; judged off track by comparison, 5 short.
      { id: 'h', label: 'H', actual: -5, target: 0 },
    ],
  };

  it('lists off-track metrics worst first: lowest attainment, then the scorecard order', () => {
    const { model } = build(data);
    // Statuses: a, c, d, h off track; b, f at risk; e on track; g none.
    expect(model.counts).to.deep.equal({ 'on-track': 1, 'at-risk': 2, 'off-track': 4, none: 1 });
    // h first (a direct comparison, no ratio), then a (0.5) before d (0.5, later), then c (0.8).
    expect(model.discuss).to.deep.equal([
      { id: 'h', label: 'H', status: 'off-track', owner: null, note: null, shortfall: 5 },
      { id: 'a', label: 'A', status: 'off-track', owner: 'Dana', note: 'Campaign paused.', shortfall: 50 },
      { id: 'd', label: 'D', status: 'off-track', owner: null, note: null, shortfall: 5 },
      { id: 'c', label: 'C', status: 'off-track', owner: 'Karim', note: null, shortfall: 10 },
    ]);
    expect(model.discussLevel).to.equal('off-track');
    // offTrack keeps the scorecard's order.
    expect(model.offTrack).to.deep.equal(['a', 'c', 'd', 'h']);
  });

  it("with discuss 'at-risk', lists at-risk metrics too, after every off-track one", () => {
    const { model } = build(data, { discuss: 'at-risk' });
    // At risk, lowest attainment first: f (0.9) before b (0.95).
    expect(model.discuss.map((d) => [d.id, d.status, d.shortfall])).to.deep.equal([
      ['h', 'off-track', 5], ['a', 'off-track', 50], ['d', 'off-track', 5], ['c', 'off-track', 10],
      ['f', 'at-risk', 4], ['b', 'at-risk', 5],
    ]);
    expect(model.discussLevel).to.equal('at-risk');
    // The default leaves at-risk metrics out.
    expect(build(data).model.discuss.map((d) => d.id)).to.not.include.members(['b', 'f']);
    // Off track comes before at risk even with a higher attainment: with their own thresholds,
    // x at 92 / 100 = 0.92 is off track (below 0.95) and y at 80 / 100 = 0.8 is at risk (0.75).
    const thresholds = {
      metrics: [
        { id: 'y', label: 'Y', actual: 80, target: 100, thresholds: { atRisk: 0.75 } },
        { id: 'x', label: 'X', actual: 92, target: 100, thresholds: { atRisk: 0.95 } },
      ],
    };
    expect(build(thresholds, { discuss: 'at-risk' }).model.discuss.map((d) => [d.id, d.status])).to.deep.equal([
      ['x', 'off-track'], ['y', 'at-risk'],
    ]);
  });

  it('gives the shortfall of a paced metric against its paced target, in its unit', () => {
    const paced = {
      asOf: '2026-12-02', // Wednesday: 3 of 5 working days, Monday to Friday
      weekStart: 1,
      workdays: [1, 2, 3, 4, 5],
      metrics: [
        // 5,000 x 0.6 = 3,000 by now; 3,000 - 2,400 = 600 visits short; 2,400 / 3,000 = 0.8.
        { id: 'visitors', label: 'Website visitors', cadence: 'weekly', unit: 'count', actual: 2400, target: 5000, pace: true, owner: 'Dana' },
        // $120,000 x 0.6 = $72,000 by now; $72,000 - $62,000 = $10,000 short; 0.861.
        { id: 'revenue', label: 'New revenue', cadence: 'weekly', unit: 'currency', actual: 62000, target: 120000, pace: true },
        // 4,200 against 3,000 by now: 1,200 ahead, a negative shortfall, not listed.
        { id: 'ahead', label: 'Ahead', cadence: 'weekly', unit: 'count', actual: 4200, target: 5000, pace: true },
      ],
    };
    const { model } = build(paced);
    const [visitors, revenue, ahead] = model.metrics;
    expect(visitors).to.include({ comparedTarget: 3000, status: 'off-track', shortfall: 600, ratio: 0.8 });
    expect(revenue).to.include({ comparedTarget: 72000, status: 'off-track', shortfall: 10000 });
    expect(ahead).to.include({ comparedTarget: 3000, status: 'on-track', shortfall: -1200 });
    // Worst first: visitors (0.8) before revenue (0.861).
    expect(model.discuss).to.deep.equal([
      { id: 'visitors', label: 'Website visitors', status: 'off-track', owner: 'Dana', note: null, shortfall: 600 },
      { id: 'revenue', label: 'New revenue', status: 'off-track', owner: null, note: null, shortfall: 10000 },
    ]);
  });
});

describe('scorecard goals: notes', () => {
  it('keeps a note of up to 500 characters as text and reports a longer one at metrics[i].note', () => {
    const fits = 'x'.repeat(500);
    const html = '<b>Reverting</b> the audience change & checking on Friday';
    const data = {
      metrics: [
        { id: 'long', label: 'Long', actual: 1, target: 2, note: 'x'.repeat(501) },
        { id: 'fits', label: 'Fits', actual: 1, target: 2, note: fits },
        { id: 'html', label: 'HTML', actual: 1, target: 2, note: html },
      ],
    };
    expect(messages(data)).to.deep.equal(['metrics[0].note: is longer than 500 characters']);
    const { model } = build(data);
    // The metric with the long note is still shown (1 / 2 = 0.5, off track), without its note.
    expect(model.metrics.map((m) => [m.id, m.status, m.note?.length ?? null])).to.deep.equal([
      ['long', 'off-track', null], ['fits', 'off-track', 500], ['html', 'off-track', html.length],
    ]);
    // The note is carried as given, never parsed: the discuss item holds the same string.
    expect(model.discuss.find((d) => d.id === 'html')!.note).to.equal(html);
    expect(model.discuss.find((d) => d.id === 'fits')!.note).to.equal(fits);
  });
});

describe('scorecard goals: catalogue inputs', () => {
  it('reports new_users with more returning users than users at its inputs, never a negative count', () => {
    const data = {
      metrics: [
        // 1,200 returning of 1,000 users cannot be: no actual, not rated.
        { id: 'bad', metric: 'new_users', inputs: { users: 1000, returning: 1200 }, target: 100 },
        // 1,000 - 400 = 600 new users against 500: 1.2, on track.
        { id: 'good', metric: 'new_users', inputs: { users: 1000, returning: 400 }, target: 500 },
      ],
    };
    expect(messages(data)).to.deep.equal([
      'metrics[0].inputs.returning: (1,200) is more than users (1,000), which it is part of: New users cannot be computed',
    ]);
    const [bad, good] = metrics(data);
    expect(bad).to.include({ actual: null, status: 'none', ratio: null, shortfall: null, projected: null });
    expect(bad!.actualMissing).to.deep.equal({ reason: 'invalid-input', input: 'returning' });
    expect(good).to.include({ actual: 600, status: 'on-track', ratio: 1.2, label: 'New users' });
  });

  it('reports a negative input at its path and shows no actual', () => {
    const data = {
      metrics: [
        { id: 'cpl', metric: 'cpl', inputs: { spend: -4800, leads: 100 }, target: 40 },
        // Promoters, detractors and respondents are counts: -3 detractors cannot be.
        { id: 'nps', metric: 'nps', inputs: { promoters: 62, detractors: -3, respondents: 120 }, target: 45 },
      ],
    };
    expect(messages(data)).to.deep.equal([
      'metrics[0].inputs.spend: cannot be negative (-4,800): spend is a count, an amount or a rate',
      'metrics[1].inputs.detractors: cannot be negative (-3): detractors is a count, an amount or a rate',
    ]);
    const [cpl, nps] = metrics(data);
    // Not -$48 per lead: no actual, not rated, nothing to discuss.
    expect(cpl).to.include({ actual: null, status: 'none' });
    expect(cpl!.actualMissing).to.deep.equal({ reason: 'invalid-input', input: 'spend' });
    expect(nps!.actualMissing).to.deep.equal({ reason: 'invalid-input', input: 'detractors' });
    expect(build(data).model.discuss).to.deep.equal([]);
  });

  it('shows a missing input as no actual with its reason, never NaN', () => {
    const data = {
      metrics: [
        { id: 'ctr', metric: 'ctr', inputs: { clicks: 120 }, target: 0.05 },
        { id: 'bare', metric: 'cpl', target: 40 },
        // $1,200 over 0 leads: no actual, the denominator named.
        { id: 'zero', metric: 'cpl', inputs: { spend: 1200, leads: 0 }, target: 40 },
      ],
    };
    expect(messages(data)).to.deep.equal([
      'metrics[0].inputs.impressions: is needed to compute Click-through rate (clicks / impressions)',
      'metrics[1].inputs: is needed to compute Cost per lead (spend / leads)',
    ]);
    const { model } = build(data);
    const [ctr, bare, zero] = model.metrics;
    expect(ctr).to.include({ actual: null, status: 'none', ratio: null, shortfall: null });
    expect(ctr!.actualMissing).to.deep.equal({ reason: 'missing-input', input: 'impressions' });
    expect(bare!.actualMissing).to.deep.equal({ reason: 'missing-input', input: 'spend' });
    expect(zero!.actualMissing).to.deep.equal({ reason: 'zero-denominator', input: 'leads' });
    expect(model.counts).to.deep.equal({ 'on-track': 0, 'at-risk': 0, 'off-track': 0, none: 3 });
    // No number in the result is NaN or infinite (JSON would write them as null and lose them).
    const numbers: number[] = [];
    JSON.stringify(model, (_, v: unknown) => {
      if (typeof v === 'number') numbers.push(v);
      return v;
    });
    expect(numbers.filter((n) => !Number.isFinite(n))).to.deep.equal([]);
    expect(JSON.parse(JSON.stringify(model))).to.deep.equal(model);
  });

  it('reports a missing input of a new key at its path, with its formula, and shows no actual', () => {
    const data = {
      metrics: [
        // 170 satisfied, but over how many responses?
        { id: 'csat', metric: 'csat', inputs: { satisfied: 170 }, target: 0.8 },
        // List growth has three inputs: without the unsubscribes there is no net growth.
        { id: 'growth', metric: 'list_growth_rate', inputs: { new_subscribers: 600, list_size: 15000 }, target: 0.02 },
        // Complete: 45 / 50 = 0.9 against 0.95: r = 0.9 / 0.95 = 0.947, at risk.
        { id: 'sla', metric: 'response_sla_rate', inputs: { within_sla: 45, inquiries: 50 }, target: 0.95 },
      ],
    };
    expect(messages(data)).to.deep.equal([
      'metrics[0].inputs.responses: is needed to compute Customer satisfaction score (satisfied responses / responses)',
      'metrics[1].inputs.unsubscribes: is needed to compute List growth rate ((new subscribers - unsubscribes) / list size at start)',
    ]);
    const { v, model } = build(data);
    expect(describeProblem(v.problems[0]!, 'ar')).to.equal('مطلوب لحساب مؤشر رضا العملاء (CSAT)');
    expect(describeProblem(v.problems[1]!, 'ar')).to.equal('مطلوب لحساب معدل نمو قائمة المشتركين');
    const [csat, growth, sla] = model.metrics;
    expect(csat).to.include({ actual: null, status: 'none', ratio: null, shortfall: null });
    expect(csat!.actualMissing).to.deep.equal({ reason: 'missing-input', input: 'responses' });
    expect(growth).to.include({ actual: null, status: 'none' });
    expect(growth!.actualMissing).to.deep.equal({ reason: 'missing-input', input: 'unsubscribes' });
    expect(sla).to.include({ actual: 0.9, status: 'at-risk' });
    expect(sla!.ratio).to.be.closeTo(0.9 / 0.95, 1e-12);
  });

  it('reports a negative input of a new key at its path, in English and Arabic', () => {
    const data = {
      metrics: [
        // Not -$1,500 per SQO: spend cannot be negative.
        { id: 'sqo', metric: 'cost_per_sqo', inputs: { spend: -12000, sqos: 8 }, target: 2000 },
        // Growth against a negative previous revenue would flip its sign: an error, not -120 %.
        { id: 'growth', metric: 'revenue_growth', inputs: { revenue: 132000, previous_revenue: -110000 }, target: 0.1 },
        // $12,000 / 5 = $2,400 against $3,000, lower is better: r = 3,000 / 2,400 = 1.25, on track.
        { id: 'opp', metric: 'cost_per_opportunity', inputs: { spend: 12000, opportunities: 5 }, target: 3000 },
      ],
    };
    expect(messages(data)).to.deep.equal([
      'metrics[0].inputs.spend: cannot be negative (-12,000): spend is a count, an amount or a rate',
      "metrics[1].inputs.previous_revenue: cannot be negative (-110,000): previous period's revenue is a count, an amount or a rate",
    ]);
    const { v, model } = build(data);
    const arNum = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(describeProblem(v.problems[0]!, 'ar')).to.equal(`لا يمكن أن يكون سالبًا (${arNum(-12000)})؛ الإنفاق عدد أو مبلغ أو معدل`);
    const [sqo, growth, opp] = model.metrics;
    expect(sqo).to.include({ actual: null, status: 'none' });
    expect(sqo!.actualMissing).to.deep.equal({ reason: 'invalid-input', input: 'spend' });
    expect(growth!.actualMissing).to.deep.equal({ reason: 'invalid-input', input: 'previous_revenue' });
    expect(opp).to.include({ actual: 2400, status: 'on-track', ratio: 1.25 });
    expect(model.discuss).to.deep.equal([]);
  });

  it('reports a part above its whole for show rate, exit rate, repeat visits and SLA, and rates the rest', () => {
    const data = {
      metrics: [
        // 30 meetings held of 24 booked: more held than booked cannot be, not a 125 % show rate.
        { id: 'show', metric: 'meeting_show_rate', inputs: { attended: 30, booked: 24 }, target: 0.7 },
        // 8,000 exits of 7,500 pageviews: each exit is a pageview.
        { id: 'exit', metric: 'exit_rate', inputs: { exits: 8000, pageviews: 7500 }, target: 0.05 },
        // 6,500 returning of 6,000 users.
        { id: 'repeat', metric: 'repeat_visit_rate', inputs: { returning: 6500, users: 6000 }, target: 0.3 },
        // 52 answered within SLA of 50 inquiries.
        { id: 'sla', metric: 'response_sla_rate', inputs: { within_sla: 52, inquiries: 50 }, target: 0.9 },
        // Every booked meeting held: 24 / 24 = 1 against 0.7, r = 1 / 0.7 = 1.43, on track.
        { id: 'full', metric: 'meeting_show_rate', inputs: { attended: 24, booked: 24 }, target: 0.7 },
      ],
    };
    expect(messages(data)).to.deep.equal([
      'metrics[0].inputs.attended: (30) is more than meetings booked (24), which it is part of: Meeting show rate cannot be computed',
      'metrics[1].inputs.exits: (8,000) is more than pageviews (7,500), which it is part of: Exit rate cannot be computed',
      'metrics[2].inputs.returning: (6,500) is more than users (6,000), which it is part of: Repeat visit rate cannot be computed',
      'metrics[3].inputs.within_sla: (52) is more than inquiries (50), which it is part of: Responses within SLA cannot be computed',
    ]);
    const { v, model } = build(data);
    const arNum = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(describeProblem(v.problems[0]!, 'ar')).to.equal(
      `(${arNum(30)}) أكبر من عدد الاجتماعات المحجوزة (${arNum(24)})، وهو جزء منه: لا يمكن حساب نسبة حضور الاجتماعات`,
    );
    expect(describeProblem(v.problems[3]!, 'ar')).to.equal(
      `(${arNum(52)}) أكبر من عدد الاستفسارات (${arNum(50)})، وهو جزء منه: لا يمكن حساب نسبة الردود ضمن اتفاقية مستوى الخدمة (SLA)`,
    );
    // A sound masculine plural takes the genitive after «عدد»: المستخدمون → المستخدمين.
    expect(describeProblem(v.problems[2]!, 'ar')).to.equal(
      `(${arNum(6500)}) أكبر من عدد المستخدمين (${arNum(6000)})، وهو جزء منه: لا يمكن حساب معدل الزيارات المتكررة`,
    );
    expect(model.metrics.map((m) => [m.id, m.actual, m.status, m.actualMissing?.input ?? null])).to.deep.equal([
      ['show', null, 'none', 'attended'],
      ['exit', null, 'none', 'exits'],
      ['repeat', null, 'none', 'returning'],
      ['sla', null, 'none', 'within_sla'],
      ['full', 1, 'on-track', null],
    ]);
    expect(model.metrics.slice(0, 4).map((m) => m.actualMissing!.reason)).to.deep.equal(['invalid-input', 'invalid-input', 'invalid-input', 'invalid-input']);
  });
});
