import { expect } from '@open-wc/testing';
import { buildScorecardModel, validateScorecard, type ScorecardOptions, type ScorecardValidationOptions } from '../../src/core/scorecard.js';
import { formatPath } from '../../src/core/json-path.js';
import { describeProblem } from '../../src/internal/i18n.js';

const build = (data: unknown, opts: ScorecardOptions & ScorecardValidationOptions = {}) => {
  const v = validateScorecard(data, { locale: opts.locale ?? 'en-GB', rollup: opts.rollup });
  return { v, model: buildScorecardModel(v.value!, { language: 'en', ...opts }) };
};
const metric = (data: unknown, id: string, opts: ScorecardOptions & ScorecardValidationOptions = {}) =>
  build(data, opts).model.metrics.find((m) => m.id === id)!;
const paths = (data: unknown, opts: ScorecardValidationOptions = {}) =>
  validateScorecard(data, { locale: 'en-GB', ...opts }).problems.map((p) => formatPath(p.path));
const messages = (data: unknown, opts: ScorecardValidationOptions = {}) =>
  validateScorecard(data, { locale: 'en-GB', ...opts }).problems.map((p) => `${formatPath(p.path)}: ${describeProblem(p, 'en')}`);

/**
 * A scorecard mixing weekly, monthly and quarterly metrics, as domain.md section 1 says a
 * revenue team's does, as of Thursday 10 December 2026 with 24, 25 and 31 December off.
 * - the week (Monday 7 to Friday 11 December): 4 of 5 working days, 0.8;
 * - December: 8 of 20 working days (1-4 and 7-10 December), 0.4;
 * - Q4: 22 (October) + 21 (November) + 8 = 51 of 22 + 21 + 20 = 63 working days.
 */
const mixed = {
  asOf: '2026-12-10',
  weekStart: 1,
  workdays: [1, 2, 3, 4, 5],
  holidays: ['2026-12-24', '2026-12-25', '2026-12-31'],
  period: { label: 'Week 50', elapsed: 0.6 },
  metrics: [
    { id: 'visitors', label: 'Website visitors', cadence: 'weekly', unit: 'count', actual: 4200, target: 5000, pace: true },
    { id: 'revenue', label: 'Revenue this month', cadence: 'monthly', unit: 'currency', actual: 340000, target: 833333, pace: true },
    { id: 'customers', label: 'New customers this quarter', cadence: 'quarterly', unit: 'count', actual: 22, target: 30, pace: true },
    { id: 'cpl', metric: 'cpl', cadence: 'monthly', inputs: { spend: 4800, leads: 100 }, target: 40, pace: true },
    { id: 'close', metric: 'close_rate', cadence: 'monthly', inputs: { won: 9, closed: 30 }, target: 0.25 },
  ],
};

describe('scorecard pacing: each metric in its own period', () => {
  it('judges a mixed-cadence scorecard right, each metric against its own period', () => {
    const { v, model } = build(mixed);
    const by = (id: string) => model.metrics.find((m) => m.id === id)!;
    // Week 50, Thursday: 4,200 against 5,000 x 4/5 = 4,000 by now: on track (105 %).
    expect(by('visitors')).to.include({ elapsed: 0.8, comparedTarget: 4000, status: 'on-track', ratio: 1.05, period: '2026-W50' });
    expect(by('visitors').pacing).to.deep.equal({ source: 'asOf', elapsed: 0.8, done: 4, total: 5, basis: 'working-days', period: '2026-W50' });
    // December, 8 of 20 working days: 833,333 x 0.4 = 333,333.2 by now; 340,000 is on pace
    // (102 %), not off track at 68 % as it was against the week's 0.6.
    const revenue = by('revenue');
    expect(revenue).to.include({ elapsed: 0.4, status: 'on-track', period: '2026-12' });
    expect(revenue.comparedTarget).to.be.closeTo(333333.2, 1e-6);
    expect(revenue.ratio).to.be.closeTo(340000 / 333333.2, 1e-9);
    // Q4, 51 of 63 working days: 30 x 51/63 = 24.29 by now; 22 is 90.6 %: at risk.
    const customers = by('customers');
    expect(customers.elapsed).to.be.closeTo(51 / 63, 1e-12);
    expect(customers.comparedTarget).to.be.closeTo(24.2857, 1e-4);
    expect(customers).to.include({ status: 'at-risk', period: '2026-Q4' });
    // Cost per lead is a rate: `pace` is an error at its path and it is judged as it stands
    // ($48 against $40: off track), never against "$16 by now".
    expect(by('cpl')).to.include({ paced: false, elapsed: null, comparedTarget: 40, status: 'off-track' });
    expect(v.problems.map((p) => formatPath(p.path))).to.deep.equal(['metrics[3].pace']);
    expect(describeProblem(v.problems[0]!, 'en')).to.equal(
      'is only for amounts that add up over the period (counts and money); Cost per lead is a rate or an average, so it is judged as it stands, not against a share of its target',
    );
    expect(describeProblem(v.problems[0]!, 'ar')).to.contain('تكلفة العميل المحتمل');
    expect(by('close')).to.include({ status: 'on-track', elapsed: null });
  });

  it("projects a paced amount's period end at today's rate", () => {
    // 4,200 visitors by Thursday (0.8 of the week): on pace for 5,250 of 5,000.
    expect(metric(mixed, 'visitors').projected).to.equal(5250);
    // 340,000 in 8 of 20 working days: 850,000 by the end of December.
    expect(metric(mixed, 'revenue').projected).to.be.closeTo(850000, 1e-6);
    // 22 customers in 51 of 63 working days: 27.18 by the end of the quarter.
    expect(metric(mixed, 'customers').projected).to.be.closeTo(22 * 63 / 51, 1e-9);
    // Rates and unpaced metrics have no projection.
    expect(metric(mixed, 'cpl').projected).to.equal(null);
    expect(metric(mixed, 'close').projected).to.equal(null);
    // Wednesday of a Monday-to-Friday week: 3 of 5; 4,200 is on pace for 7,000 of 5,000.
    expect(metric({ ...mixed, asOf: '2026-12-09' }, 'visitors').projected).to.equal(7000);
  });

  it('lets a metric elapsed share win over asOf, and asOf over period.elapsed', () => {
    const data = {
      ...mixed,
      metrics: [
        { id: 'own', label: 'Own share', cadence: 'weekly', actual: 50, target: 100, pace: true, elapsed: 0.5 },
        { id: 'dated', label: 'Dated', cadence: 'weekly', actual: 50, target: 100, pace: true },
      ],
    };
    expect(metric(data, 'own')).to.include({ elapsed: 0.5, comparedTarget: 50, status: 'on-track' });
    expect(metric(data, 'own').pacing).to.deep.equal({ source: 'metric', elapsed: 0.5 });
    expect(metric(data, 'dated')).to.include({ elapsed: 0.8, comparedTarget: 80 });
  });

  it('applies period.elapsed only to its cadence, or to a scorecard of one cadence', () => {
    const weeklyOnly = {
      period: { elapsed: 0.6 },
      metrics: [
        { id: 'a', label: 'A', cadence: 'weekly', actual: 4200, target: 5000, pace: true },
        { id: 'b', label: 'B', cadence: 'weekly', actual: 10, target: 20 },
      ],
    };
    expect(paths(weeklyOnly)).to.deep.equal([]);
    expect(metric(weeklyOnly, 'a')).to.include({ comparedTarget: 3000, status: 'on-track', elapsed: 0.6 });
    expect(metric(weeklyOnly, 'a').pacing).to.deep.equal({ source: 'period', elapsed: 0.6 });
    const noCadences = { period: { elapsed: 0.5 }, metrics: [{ id: 'a', label: 'A', actual: 5, target: 10, pace: true }] };
    expect(metric(noCadences, 'a')).to.include({ comparedTarget: 5, status: 'on-track' });
    const tagged = {
      period: { elapsed: 0.6, cadence: 'weekly' },
      metrics: [
        { id: 'w', label: 'W', cadence: 'weekly', actual: 4200, target: 5000, pace: true },
        { id: 'm', label: 'M', cadence: 'monthly', unit: 'currency', actual: 340000, target: 833333, pace: true },
      ],
    };
    // The monthly metric is not judged with the week's 0.6: an error at its `pace`, "not rated".
    expect(paths(tagged)).to.deep.equal(['metrics[1].pace']);
    expect(metric(tagged, 'w')).to.include({ status: 'on-track', comparedTarget: 3000 });
    expect(metric(tagged, 'm')).to.include({ status: 'none', paceUncovered: true });
    expect(messages(tagged)[0]).to.equal(
      'metrics[1].pace: is on, but nothing says how far into its month the scorecard is (period.elapsed is for weekly metrics): give the scorecard an asOf date (YYYY-MM-DD), or the metric its own elapsed share. Shown as not rated until then',
    );
    // Mixed cadences and an untagged period.elapsed: it applies to none of them.
    const untagged = { ...tagged, period: { elapsed: 0.6 } };
    expect(paths(untagged)).to.deep.equal(['metrics[0].pace', 'metrics[1].pace']);
  });

  it("defaults the week from the locale: Sunday to Thursday in Saudi Arabia", () => {
    const data = { asOf: '2026-12-02', metrics: [{ id: 'v', label: 'Visitors', cadence: 'weekly', actual: 4000, target: 5000, pace: true }] };
    // ar-SA: Sunday 29 November to Saturday 5 December, worked Sunday to Thursday:
    // Wednesday is the 4th of 5 working days.
    const sa = metric(data, 'v', { locale: 'ar-SA' });
    expect(sa).to.include({ elapsed: 0.8, comparedTarget: 4000, status: 'on-track', period: '2026-W49' });
    // de: Monday to Friday, Wednesday the 3rd of 5.
    const de = metric(data, 'v', { locale: 'de' });
    expect(de).to.include({ elapsed: 0.6, comparedTarget: 3000, status: 'on-track' });
    // The data's week wins over the locale's.
    const given = metric({ ...data, weekStart: 7, workdays: [7, 1, 2, 3, 4] }, 'v', { locale: 'de' });
    expect(given.elapsed).to.equal(0.8);
  });

  it('reports bad dates, workdays and holidays at their paths, naming the value', () => {
    const bad = {
      asOf: '2026-02-30',
      workdays: [1, 2, 8],
      holidays: ['2026-12-25', '2026-13-01'],
      metrics: [{ id: 'a', label: 'A', actual: 1 }],
    };
    expect(messages(bad)).to.deep.equal([
      'workdays[2]: must be at most 7',
      'asOf: "2026-02-30" is not a day: 2026-02 has 28 days',
      'holidays[1]: "2026-13-01" has no such month: months run from 01 to 12',
    ]);
    expect(messages({ workdays: [], metrics: [] })).to.deep.equal(['workdays: must name at least one working day (1 = Monday ... 7 = Sunday): the default week is used']);
    expect(messages({ workdays: [1, 1], metrics: [] })).to.deep.equal(['workdays[1]: repeats "1", which is already used']);
    expect(messages({ weekStart: 0, metrics: [] })).to.deep.equal(['weekStart: must be at least 1']);
    // The rest of the scorecard is still there.
    expect(validateScorecard(bad).value!.metrics).to.have.length(1);
  });
});

describe('scorecard history', () => {
  const weeks = (from: number, values: number[]) => values.map((value, i) => ({ period: `2026-W${String(from + i).padStart(2, '0')}`, value }));

  it('reads period entries, marks the current period and the change on the last one', () => {
    const data = {
      asOf: '2026-12-09', // Wednesday of week 50
      weekStart: 1,
      metrics: [{
        id: 'v', label: 'Visitors', cadence: 'weekly', actual: 3000, target: 5000, pace: true,
        history: [...weeks(46, [4000, 4600, 5100]), { period: '2026-W49', value: 4800, target: 4500 }],
      }],
    };
    const m = metric(data, 'v');
    expect(m.history.map((h) => [h.period, h.value, h.target, h.status])).to.deep.equal([
      ['2026-W46', 4000, 5000, 'off-track'], // 0.8
      ['2026-W47', 4600, 5000, 'at-risk'], // 0.92
      ['2026-W48', 5100, 5000, 'on-track'],
      ['2026-W49', 4800, 4500, 'on-track'], // its own target
      ['2026-W50', 3000, 5000, 'on-track'], // 3,000 against 3,000 by now
    ]);
    expect(m.history[4]).to.deep.include({ current: true, comparedTarget: 3000 });
    // The change compares like with like: on pace for 5,000 against last week's 4,800: +4.2 %.
    expect(m.projected).to.equal(5000);
    expect(m.previous).to.equal(4800);
    expect(m.change).to.be.closeTo(5000 / 4800 - 1, 1e-12);
  });

  it('takes the current value from history when the metric gives none', () => {
    const data = { asOf: '2026-12-09', weekStart: 1, metrics: [{ id: 'v', label: 'V', cadence: 'weekly', target: 10, history: weeks(49, [7, 9]) }] };
    expect(metric(data, 'v')).to.include({ actual: 9, previous: 7, period: '2026-W50' });
    // Without asOf the latest entry is the current period.
    const undated = { metrics: [{ id: 'v', label: 'V', target: 10, history: weeks(48, [7, 8, 9]) }] };
    expect(metric(undated, 'v')).to.include({ actual: 9, previous: 8, cadence: 'weekly', period: '2026-W50' });
  });

  it('names numbers-only history from asOf, the current period last', () => {
    const data = { asOf: '2026-12-09', weekStart: 1, metrics: [{ id: 'v', label: 'V', cadence: 'weekly', actual: 5, target: 10, history: [3, 4, 5] }] };
    expect(metric(data, 'v').history.map((h) => h.period)).to.deep.equal(['2026-W48', '2026-W49', '2026-W50']);
    const undated = { metrics: [{ id: 'v', label: 'V', actual: 5, history: [3, 4, 5] }] };
    expect(metric(undated, 'v').history.map((h) => h.period)).to.deep.equal([null, null, null]);
    expect(metric(undated, 'v')).to.include({ previous: 4, change: 0.25 });
    // `previous` instead of history.
    expect(metric({ metrics: [{ id: 'v', label: 'V', actual: 90, previous: 100 }] }, 'v').change).to.be.closeTo(-0.1, 1e-12);
  });

  it('counts the run of falls ending at this period', () => {
    const data = { metrics: [{ id: 'v', label: 'V', target: 10, history: weeks(44, [9, 12, 11, 10, 8]) }] };
    expect(metric(data, 'v').streak).to.equal(-3);
    const gap = { metrics: [{ id: 'v', label: 'V', history: [...weeks(44, [12, 11]), ...weeks(47, [10, 8])] }] };
    // A missing week ends the run.
    expect(metric(gap, 'v').streak).to.equal(-1);
  });

  it('reports bad history entries at their paths and keeps the rest', () => {
    const data = {
      asOf: '2026-12-09',
      metrics: [{
        id: 'v', label: 'V', cadence: 'weekly', actual: 1,
        history: [
          { period: '2026-W45', value: 1 },
          { period: '2026-11', value: 2 },
          { period: '2026-W45', value: 3 },
          { period: '2026-W54', value: 4 },
          { period: '2026-W51', value: 5 },
          { period: '2026-W46', value: 6, target: { min: 9, max: 3 } },
        ],
      }],
    };
    expect(messages(data)).to.deep.equal([
      'metrics[0].history[1].period: "2026-11" is a month, but this metric is weekly: its history needs an ISO week per entry (YYYY-Www)',
      'metrics[0].history[2].period: repeats "2026-W45", which is already used',
      'metrics[0].history[3].period: "2026-W54" has no such week: 2026 has 53 ISO weeks',
      'metrics[0].history[5].target: is a range whose min (9) is above its max (3)',
      'metrics[0].history[4].period: "2026-W51" is after the week of asOf (2026-W50, as of 2026-12-09): left out',
    ]);
    expect(metric(data, 'v').history.map((h) => h.period)).to.deep.equal(['2026-W45', '2026-W50']);
    expect(messages({ metrics: [{ id: 'v', label: 'V', history: [1, { period: '2026-W45', value: 1 }] }] })).to.deep.equal([
      'metrics[0].history: mixes numbers and period entries: give every entry a period, or none',
    ]);
  });

  it('history entirely after asOf: each entry said, the metric judged on its actual alone', () => {
    const data = { asOf: '2026-12-09', metrics: [{ id: 'v', label: 'V', cadence: 'weekly', actual: 4, target: 5, history: [{ period: '2026-W51', value: 5 }] }] };
    expect(messages(data)).to.deep.equal([
      'metrics[0].history[0].period: "2026-W51" is after the week of asOf (2026-W50, as of 2026-12-09): left out',
    ]);
    expect(metric(data, 'v').actual).to.equal(4);
  });
});

describe('scorecard roll-ups (sums checked by hand)', () => {
  // Weeks 40 to 50 of 2026, then week 51 in progress (Wednesday 16 December, 3 of 5 days).
  const values = [4000, 4200, 4400, 4600, 4800, 5000, 5200, 4900, 5100, 5300, 4700];
  const visitors = {
    id: 'visitors', label: 'Website visitors', cadence: 'weekly', unit: 'count', actual: 3600, target: 5000, pace: true,
    history: values.map((value, i) => ({ period: `2026-W${40 + i}`, value })),
  };
  const data = { asOf: '2026-12-16', weekStart: 1, metrics: [visitors] };

  it('adds weeks up into months: each week in the month of its Thursday, the month in progress paced', () => {
    const m = metric(data, 'visitors', { rollup: 'month' });
    // October: W40-W44 (Thursdays 1 to 29 October) = 4,000 + 4,200 + 4,400 + 4,600 + 4,800 = 22,000 of 25,000.
    // November: W45-W48 = 5,000 + 5,200 + 4,900 + 5,100 = 20,200 of 20,000.
    // December: W49, W50 and W51 so far = 5,300 + 4,700 + 3,600 = 13,600, judged against
    // 5,000 + 5,000 + 5,000 x 0.6 = 13,000 of the month's 25,000 (W49-W53).
    expect(m.history.map((h) => [h.period, h.value, h.target, h.status])).to.deep.equal([
      ['2026-10', 22000, 25000, 'off-track'],
      ['2026-11', 20200, 20000, 'on-track'],
      ['2026-12', 13600, 25000, 'on-track'],
    ]);
    expect(m.history[2]).to.deep.include({ current: true, partial: true, comparedTarget: 13000 });
    expect(m).to.include({ actual: 13600, target: 25000, comparedTarget: 13000, shownCadence: 'monthly', cadence: 'weekly' });
    expect(m.rollup).to.deep.equal({ into: 'month', aggregate: 'sum', partial: true });
    // 13,000 of 25,000 due: 0.52 of the month; 13,600 / 0.52 = 26,154 by its end.
    expect(m.elapsed).to.be.closeTo(0.52, 1e-12);
    expect(m.projected).to.be.closeTo(13600 / 0.52, 1e-9);
    // The change: that run rate against November's 20,200.
    expect(m.change).to.be.closeTo(13600 / 0.52 / 20200 - 1, 1e-12);
  });

  it('adds weeks up into a quarter: the quarterly scorecard from the weekly one', () => {
    const m = metric(data, 'visitors', { rollup: 'quarter' });
    // Q4 holds W40-W53 (14 weeks): 70,000 in all; due by now 11 x 5,000 + 3,000 = 58,000.
    // 22,000 + 20,200 + 13,600 = 55,800, 96.2 % of that: at risk.
    expect(m).to.include({ actual: 55800, target: 70000, comparedTarget: 58000, status: 'at-risk' });
    expect(m.ratio).to.be.closeTo(55800 / 58000, 1e-12);
    expect(m.history).to.have.length(1);
  });

  it('adds months up into quarters, recomputing a catalogue formula from summed inputs', () => {
    const cpl = {
      id: 'cpl', metric: 'cpl', cadence: 'monthly', target: 45,
      inputs: { spend: 2400, leads: 60 },
      history: [
        { period: '2026-10', inputs: { spend: 4000, leads: 100 } },
        { period: '2026-11', inputs: { spend: 4500, leads: 90 } },
      ],
    };
    const m = metric({ asOf: '2026-12-16', metrics: [cpl] }, 'cpl', { rollup: 'quarter' });
    // Q4 so far: (4,000 + 4,500 + 2,400) / (100 + 90 + 60) = 10,900 / 250 = $43.60,
    // not the average of $40, $50 and $40 ($43.33).
    expect(m.actual).to.be.closeTo(43.6, 1e-12);
    expect(m.inputs).to.deep.equal({ spend: 10900, leads: 250 });
    expect(m.rollup).to.deep.equal({ into: 'quarter', aggregate: 'formula', partial: true });
    expect(m).to.include({ status: 'on-track', target: 45 });
  });

  it('averages rates and takes a metric aggregate over the default', () => {
    const response = {
      id: 'frt', label: 'First response time', cadence: 'weekly', unit: 'minutes', direction: 'lower', target: 60,
      history: [{ period: '2026-W45', value: 50 }, { period: '2026-W46', value: 70 }, { period: '2026-W47', value: 66 }, { period: '2026-W48', value: 74 }],
    };
    // November: (50 + 70 + 66 + 74) / 4 = 65 minutes.
    expect(metric({ metrics: [response] }, 'frt', { rollup: 'month' })).to.include({ actual: 65, target: 60 });
    expect(metric({ metrics: [{ ...response, aggregate: 'max' }] }, 'frt', { rollup: 'month' }).actual).to.equal(74);
    expect(metric({ metrics: [{ ...response, aggregate: 'last' }] }, 'frt', { rollup: 'month' }).actual).to.equal(74);
  });

  it('marks a period the history only partly covers, judged against the weeks it holds', () => {
    // Only W47 and W48 of November (of W45-W48): 9,800 against 10,000.
    const part = { metrics: [{ id: 'v', label: 'V', cadence: 'weekly', target: 5000, history: [{ period: '2026-W47', value: 4900 }, { period: '2026-W48', value: 4900 }, { period: '2026-W49', value: 5000 }] }] };
    const m = metric(part, 'v', { rollup: 'month' });
    expect(m.history[0]).to.deep.include({ period: '2026-11', value: 9800, target: 20000, comparedTarget: 10000, partial: true, status: 'at-risk' });
  });

  it('reports history too short to fill a period of the roll-up', () => {
    const short = { metrics: [{ id: 'v', label: 'V', cadence: 'weekly', target: 5000, history: [{ period: '2026-W46', value: 1 }, { period: '2026-W47', value: 2 }] }] };
    expect(messages(short, { rollup: 'quarter' })).to.deep.equal([
      'metrics[0].history: covers 2 weeks, not enough to fill a quarter (14): shown as a partial quarter',
    ]);
    // The quarter in progress is not "too short": it is paced.
    expect(messages({ ...data }, { rollup: 'quarter' })).to.deep.equal([]);
    expect(messages({ metrics: [{ id: 'v', label: 'V', cadence: 'weekly', actual: 1 }] }, { rollup: 'month' })).to.deep.equal([
      "metrics[0].history: needs period labels (or the scorecard's asOf date) to be added up into months",
    ]);
  });
});
