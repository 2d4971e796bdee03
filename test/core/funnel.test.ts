import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import plan from '../../demo/data/funnel-plan.json';
import forward from '../../demo/data/funnel-forward.json';
import {
  applyFunnelEdits,
  funnelDocumentSchema,
  buildFunnelModel,
  parseLocaleNumber,
  validateFunnel,
  workBackward,
  type FunnelInput,
  type FunnelModel,
  type FunnelOptions,
} from '../../src/core/funnel.js';
import { formatPath } from '../../src/core/json-path.js';
import { describeProblem } from '../../src/internal/i18n.js';

function valid(json: unknown): FunnelInput {
  const r = validateFunnel(json);
  expect(r.problems.map((p) => `${formatPath(p.path)} ${describeProblem(p, 'en')}`)).to.deep.equal([]);
  expect(r.value).to.not.equal(null);
  return r.value!;
}

function model(json: unknown, options: FunnelOptions = {}): FunnelModel {
  return buildFunnelModel(valid(json), options);
}


function required(m: FunnelModel): number[] {
  return m.stages.map((s) => s.required);
}

function closeTo(actual: number[], expected: number[], delta: number): void {
  expect(actual).to.have.length(expected.length);
  actual.forEach((v, i) => expect(v, `[${i}]`).to.be.closeTo(expected[i]!, delta));
}

/** The contract's example plan without actuals, coverage or cycle. */
const bare = {
  goal: { revenue: 10_000_000, period: 'year' },
  averageDealSize: 1_100_000,
  stages: plan.stages,
};

function withChange(change: (doc: Record<string, unknown> & { stages: Record<string, unknown>[] }) => void): unknown {
  const doc = structuredClone(bare) as unknown as Record<string, unknown> & { stages: Record<string, unknown>[] };
  change(doc);
  return doc;
}

describe('funnel: backward mode (domain.md worked example)', () => {
  it('needs 9.09 customers a year for $10M at $1.1M a deal', () => {
    const m = model(bare, { view: 'year' });
    expect(m.mode).to.equal('backward');
    expect(m.view).to.equal('year');
    expect(m.customers).to.be.closeTo(9.0909, 0.0001);
    expect(m.revenue).to.be.closeTo(10_000_000, 0.01);
    expect(m.goalRevenue).to.equal(10_000_000);
  });

  it('needs 0.758 customers and 6,313 visits a month', () => {
    const m = model(bare);
    expect(m.view).to.equal('month');
    expect(m.customers).to.be.closeTo(0.7576, 0.0001);
    // customers 0.758 -> opportunities 1.52 -> SQLs 3.79 -> MQLs 18.9 -> leads 94.7 -> visits 6,313
    closeTo(required(m), [6313.13, 94.697, 18.939, 3.7879, 1.5152, 0.75758], 0.01);
    expect(Math.round(m.stages[0]!.required)).to.equal(6313);
  });

  it('works per quarter and per year', () => {
    closeTo(required(model(bare, { view: 'quarter' })), [18939.39, 284.09, 56.818, 11.364, 4.5455, 2.2727], 0.01);
    closeTo(required(model(bare, { view: 'year' })), [75757.58, 1136.36, 227.27, 45.455, 18.182, 9.0909], 0.01);
  });

  it('converts a quarterly or monthly goal to every view', () => {
    const q = withChange((d) => (d.goal = { revenue: 2_500_000, period: 'quarter' }));
    expect(model(q, { view: 'month' }).goalRevenue).to.be.closeTo(833_333.33, 0.01);
    expect(model(q, { view: 'year' }).goalRevenue).to.equal(10_000_000);
    const mo = withChange((d) => (d.goal = { revenue: 100_000, period: 'month' }));
    expect(model(mo, { view: 'quarter' }).customers).to.be.closeTo(300_000 / 1_100_000, 1e-9);
  });

  it('rounding ceil: 10 customers a year, not 9.09, and every earlier stage whole', () => {
    const year = model(bare, { view: 'year', rounding: 'ceil' });
    expect(year.rounding).to.equal('ceil');
    expect(required(year)).to.deep.equal([83334, 1250, 250, 50, 20, 10]);
    expect(year.customers).to.equal(10);
    expect(year.revenue).to.equal(11_000_000);
    expect(year.stages[5]!.exact).to.be.closeTo(9.0909, 0.0001);
    expect(required(model(bare, { view: 'month', rounding: 'ceil' }))).to.deep.equal([8334, 125, 25, 5, 2, 1]);
    expect(required(model(bare, { view: 'quarter', rounding: 'ceil' }))).to.deep.equal([25000, 375, 75, 15, 6, 3]);
  });

  it('ceil forgives floating-point dust (20.000000000004 is 20)', () => {
    expect(workBackward(10, [null, 0.1, 0.5], 'ceil')).to.deep.equal([200, 20, 10]);
    // 21 / 0.35 is 60.00000000000001 in floating point: still 60, not 61.
    expect(21 / 0.35).to.be.greaterThan(60);
    expect(workBackward(21, [null, 0.35], 'ceil')).to.deep.equal([60, 21]);
    expect(workBackward(20.2, [null, 0.35], 'ceil')).to.deep.equal([60, 21]);
  });

  it('step rates and cumulative conversion from the top (never a share of the sum of stages)', () => {
    const m = model(bare);
    expect(m.stages.map((s) => s.rate)).to.deep.equal([null, 0.015, 0.2, 0.2, 0.4, 0.5]);
    closeTo(m.stages.map((s) => s.cumulative), [1, 0.015, 0.003, 0.0006, 0.00024, 0.00012], 1e-12);
    // the cumulative share times the top is the stage itself
    for (const s of m.stages) expect(s.cumulative * m.stages[0]!.required).to.be.closeTo(s.required, 1e-9);
  });

  it('exposes the result the contract names', () => {
    const m = model(plan);
    expect(m).to.include.keys('mode', 'view', 'stages', 'customers', 'revenue', 'bottleneck');
    expect(m.stages[0]).to.include.keys('id', 'label', 'rate', 'required', 'actual', 'gap');
    expect(m.stages.map((s) => s.id)).to.deep.equal(['visits', 'leads', 'mqls', 'sqls', 'opportunities', 'customers']);
    expect(JSON.parse(JSON.stringify(m))).to.deep.equal(m);
  });
});

describe('funnel: forward mode', () => {
  it('6,000 visits a month give 90 leads, 18 MQLs, 3.6 SQLs, 1.44 opportunities, 0.72 customers', () => {
    const m = model(forward);
    expect(m.mode).to.equal('forward');
    closeTo(required(m), [6000, 90, 18, 3.6, 1.44, 0.72], 1e-9);
    expect(m.customers).to.be.closeTo(0.72, 1e-9);
    expect(m.revenue).to.be.closeTo(792_000, 1e-6);
    expect(m.goalRevenue).to.equal(null);
  });

  it('scales a monthly volume to quarter and year; a yearly volume to month', () => {
    closeTo(required(model(forward, { view: 'quarter' })), [18000, 270, 54, 10.8, 4.32, 2.16], 1e-9);
    expect(model(forward, { view: 'year' }).customers).to.be.closeTo(8.64, 1e-9);
    const yearly = { ...forward, volumePeriod: 'year', stages: [{ ...forward.stages[0], volume: 72000 }, ...forward.stages.slice(1)] };
    expect(model(yearly).stages[0]!.required).to.equal(6000);
  });

  it('does not round projections, and has no revenue without a deal size', () => {
    expect(required(model(forward, { rounding: 'ceil' }))[5]).to.be.closeTo(0.72, 1e-9);
    const noDeal = { ...forward } as Record<string, unknown>;
    delete noDeal.averageDealSize;
    const m = model(noDeal);
    expect(m.revenue).to.equal(null);
    expect(m.customers).to.be.closeTo(0.72, 1e-9);
  });

  it('uses the goal (backward) when both a goal and a first-stage volume are given', () => {
    const both = withChange((d) => (d.stages[0] = { ...d.stages[0], volume: 6000 }));
    expect(model(both).mode).to.equal('backward');
  });
});

describe('funnel: actuals and the bottleneck', () => {
  it('per stage: actual, gap to plan, actual step rate beside the planned one', () => {
    const m = model(plan);
    const [visits, leads, mqls, sqls, opps] = m.stages;
    expect(visits!.actual).to.equal(5200);
    expect(visits!.gap).to.be.closeTo(5200 - 6313.13, 0.01);
    expect(visits!.actualRate).to.equal(null);
    expect(leads!.actualRate).to.be.closeTo(70 / 5200, 1e-12);
    expect(leads!.shortfall).to.be.closeTo((0.015 - 70 / 5200) / 0.015, 1e-12);
    expect(mqls!.actualRate).to.be.closeTo(15 / 70, 1e-12);
    expect(mqls!.shortfall).to.be.lessThan(0);
    expect(sqls!.actualRate).to.be.closeTo(0.2, 1e-12);
    expect(opps!.actual).to.equal(null);
    expect(opps!.gap).to.equal(null);
    expect(opps!.actualRateMissing).to.deep.equal({ reason: 'no-actual' });
  });

  it('the bottleneck is the step furthest below plan relative to plan (visits -> leads)', () => {
    const m = model(plan);
    expect(m.bottleneck).to.equal('leads');
    expect(m.comparedSteps).to.equal(3);
  });

  it('relative, not absolute: a 40 % step at 30 % (25 % short) beats 1.5 % at 1.2 % (20 % short)', () => {
    const doc = withChange((d) => (d.actuals = { visits: 10000, leads: 120, mqls: 24, sqls: 4.8, opportunities: 1.44 }));
    const m = model(doc);
    expect(m.stages[1]!.shortfall).to.be.closeTo(0.2, 1e-9);
    expect(m.stages[4]!.shortfall).to.be.closeTo(0.25, 1e-9);
    expect(m.bottleneck).to.equal('opportunities');
  });

  it('no bottleneck when every measured step meets plan, or none can be measured', () => {
    expect(model(withChange((d) => (d.actuals = { visits: 1000, leads: 20, mqls: 4 }))).bottleneck).to.equal(null);
    const lone = model(withChange((d) => (d.actuals = { visits: 1000, mqls: 4 })));
    expect(lone.bottleneck).to.equal(null);
    expect(lone.comparedSteps).to.equal(0);
    expect(lone.stages[2]!.actualRateMissing).to.deep.equal({ reason: 'missing-input', input: 'Leads' });
  });

  it('a previous actual of 0 gives no rate (zero denominator), not NaN or Infinity', () => {
    const m = model(withChange((d) => (d.actuals = { visits: 0, leads: 0 })));
    expect(m.stages[1]!.actualRate).to.equal(null);
    expect(m.stages[1]!.actualRateMissing).to.deep.equal({ reason: 'zero-denominator', input: 'Website visits' });
    expect(m.bottleneck).to.equal(null);
    expect(JSON.stringify(m)).to.not.match(/NaN|Infinity/);
  });

  it('actuals counted per month are scaled to a quarter or year view; rates unchanged', () => {
    const year = model(plan, { view: 'year' });
    expect(year.stages[0]!.actual).to.equal(5200 * 12);
    expect(year.stages[0]!.gap).to.be.closeTo(62400 - 75757.58, 0.01);
    expect(year.stages[1]!.actualRate).to.be.closeTo(70 / 5200, 1e-12);
    expect(year.bottleneck).to.equal('leads');
    expect(model(plan, { view: 'quarter' }).stages[2]!.actual).to.equal(45);
    // without actualsPeriod the actuals are taken as per the view (the contract's default)
    const perView = { ...plan } as Record<string, unknown>;
    delete perView.actualsPeriod;
    expect(model(perView, { view: 'year' }).stages[0]!.actual).to.equal(5200);
  });

  it('gaps compare with the rounded plan when rounding is ceil', () => {
    const m = model(plan, { rounding: 'ceil' });
    expect(m.stages[0]!.gap).to.equal(5200 - 8334);
  });
});

describe('funnel: pipeline coverage, sales cycle, sensitivity', () => {
  it('pipeline value needed = coverage x revenue goal per view', () => {
    expect(model(plan).pipelineValue).to.be.closeTo(2_500_000, 0.01);
    expect(model(plan, { view: 'year' }).pipelineValue).to.be.closeTo(30_000_000, 0.01);
    expect(model(bare).pipelineValue).to.equal(null);
    expect(model({ ...forward, pipelineCoverage: 2 }).pipelineValue).to.be.closeTo(1_584_000, 1e-6);
  });

  it('sales cycle: 90 days is about 2.96 months ahead for the SQLs', () => {
    const m = model(plan);
    expect(m.salesCycle!.days).to.equal(90);
    expect(m.salesCycle!.stage).to.equal('sqls');
    expect(m.salesCycle!.months).to.be.closeTo(2.957, 0.001);
    expect(model(plan, { view: 'quarter' }).salesCycle!.periods).to.be.closeTo(0.9856, 0.0001);
    expect(model({ ...plan, salesCycleStage: 'opportunities' }).salesCycle!.stage).to.equal('opportunities');
    expect(model(bare).salesCycle).to.equal(null);
  });

  it('sensitivity (backward): +1 point on visits -> leads saves the most visits (2,525 a month)', () => {
    const s = model(bare).sensitivity!;
    expect(s.stage).to.equal('leads');
    expect(s.rate).to.equal(0.015);
    expect(s.improvedRate).to.be.closeTo(0.025, 1e-12);
    expect(s.topVolume).to.be.closeTo(3787.88, 0.01);
    expect(s.saved).to.be.closeTo(2525.25, 0.01);
    expect(s.gained).to.equal(null);
  });

  it('sensitivity picks the weakest rate, whichever stage it is', () => {
    const doc = withChange((d) => {
      d.stages = [{ id: 'a' }, { id: 'b', rate: 0.5 }, { id: 'c', rate: 0.05 }, { id: 'd', rate: 1 }];
    });
    expect(model(doc).sensitivity!.stage).to.equal('c');
  });

  it('sensitivity (forward): the rate that adds the most customers (+0.48 a month)', () => {
    const s = model(forward).sensitivity!;
    expect(s.stage).to.equal('leads');
    expect(s.gained).to.be.closeTo(0.48, 1e-9);
    expect(s.saved).to.equal(null);
  });

  it('no sensitivity when every rate is already 100 %', () => {
    const doc = withChange((d) => (d.stages = [{ id: 'a' }, { id: 'b', rate: 1 }]));
    expect(model(doc).sensitivity).to.equal(null);
  });
});

describe('funnel: edits', () => {
  it('applies edited goal, period, deal size and rates without touching the input', () => {
    const input = valid(bare);
    const edited = applyFunnelEdits(input, { goalRevenue: 5_000_000, goalPeriod: 'quarter', averageDealSize: 500_000, rates: { leads: 0.03 } });
    expect(input.goal).to.deep.equal({ revenue: 10_000_000, period: 'year' });
    expect(input.stages[1]!.rate).to.equal(0.015);
    const m = buildFunnelModel(edited, { view: 'quarter' });
    expect(m.customers).to.equal(10);
    expect(m.stages[1]!.rate).to.equal(0.03);
  });

  it('edits the first stage volume in forward mode', () => {
    const m = buildFunnelModel(applyFunnelEdits(valid(forward), { volume: 12000 }));
    expect(m.customers).to.be.closeTo(1.44, 1e-9);
  });
});

describe('funnel: validation names every bad input with its path', () => {
  const cases: [string, unknown, string, RegExp, boolean][] = [
    ['a rate of 0', withChange((d) => (d.stages[2]!.rate = 0)), 'stages[2].rate', /is 0: no one would reach this stage/, true],
    ['a missing rate', withChange((d) => delete d.stages[3]!.rate), 'stages[3].rate', /is required: the share of "MQLs"/, true],
    ['a null rate', withChange((d) => (d.stages[3]!.rate = null)), 'stages[3].rate', /is required/, true],
    ['a negative rate', withChange((d) => (d.stages[1]!.rate = -0.1)), 'stages[1].rate', /must be more than 0/, true],
    ['a rate written as a percentage', withChange((d) => (d.stages[2]!.rate = 20)), 'stages[2].rate', /above 100 %.*0\.2 for 20 %/, true],
    ['a rate as text', withChange((d) => (d.stages[2]!.rate = '20%')), 'stages[2].rate', /should be a number, but is text \("20%"\)/, true],
    ['a goal without averageDealSize', withChange((d) => delete d.averageDealSize), 'averageDealSize', /is required with a revenue goal/, true],
    ['an averageDealSize of 0', withChange((d) => (d.averageDealSize = 0)), 'averageDealSize', /must be more than 0/, true],
    ['a negative averageDealSize', withChange((d) => (d.averageDealSize = -5)), 'averageDealSize', /must be more than 0/, true],
    ['a goal revenue of 0', withChange((d) => (d.goal = { revenue: 0, period: 'year' })), 'goal.revenue', /must be more than 0/, true],
    ['a goal without period', withChange((d) => (d.goal = { revenue: 10 })), 'goal.period', /^is required$/, true],
    ['a goal period that is no period', withChange((d) => (d.goal = { revenue: 10, period: 'week' })), 'goal.period', /"week" is not one of: month, quarter, year/, true],
    ['a negative first-stage volume', { stages: [{ id: 'v', volume: -10 }, { id: 'l', rate: 0.1 }] }, 'stages[0].volume', /must be at least 0/, true],
    ['neither goal nor volume', { stages: [{ id: 'v' }, { id: 'l', rate: 0.1 }] }, 'goal', /is required, or a `volume` on the first stage/, true],
    ['a stage without id', withChange((d) => delete d.stages[1]!.id), 'stages[1].id', /is required/, true],
    ['a repeated stage id', withChange((d) => (d.stages[2]!.id = 'leads')), 'stages[2].id', /repeats "leads"/, true],
    ['one stage only', withChange((d) => (d.stages = [{ id: 'v' }])), 'stages', /at least two stages/, true],
    ['stages that are no list', withChange((d) => (d.stages = 'visits' as never)), 'stages', /should be a list, but is text/, true],
    ['no stages', { goal: bare.goal, averageDealSize: 1 }, 'stages', /is required/, true],
    ['a document that is no object', [1, 2], '', /should be an object, but is a list/, true],
    ['an actual for an unknown stage', withChange((d) => (d.actuals = { visits: 10, webinars: 3 })), 'actuals.webinars', /names no stage; the stage ids are: visits, leads/, false],
    ['a negative actual', withChange((d) => (d.actuals = { leads: -4 })), 'actuals.leads', /must be at least 0/, false],
    ['an actual as text', withChange((d) => (d.actuals = { leads: 'many' })), 'actuals.leads', /should be a number/, false],
    ['a rate on the first stage', withChange((d) => (d.stages[0]!.rate = 0.5)), 'stages[0].rate', /is ignored: the first stage/, false],
    ['a volume on a later stage', withChange((d) => (d.stages[2]!.volume = 5)), 'stages[2].volume', /is ignored: only the first stage/, false],
    ['a pipeline coverage of 0', withChange((d) => (d.pipelineCoverage = 0)), 'pipelineCoverage', /must be more than 0/, false],
    ['negative sales cycle days', withChange((d) => (d.salesCycleDays = -3)), 'salesCycleDays', /must be at least 0/, false],
    ['an actualsPeriod that is no period', withChange((d) => (d.actualsPeriod = 'week')), 'actualsPeriod', /"week" is not one of/, false],
    ['a sales-cycle stage that is no stage', withChange((d) => (d.salesCycleStage = 'deals')), 'salesCycleStage', /names no stage/, false],
  ];
  for (const [name, doc, path, message, fatal] of cases) {
    it(`${name}: ${path || '(the document)'}${fatal ? ', plan rejected' : ', plan kept'}`, () => {
      const r = validateFunnel(doc);
      const found = r.problems.map((p) => ({ path: formatPath(p.path), message: describeProblem(p, 'en') }));
      const hit = found.find((p) => p.path === path);
      expect(hit, JSON.stringify(found)).to.not.equal(undefined);
      expect(hit!.message).to.match(message);
      expect(r.value === null).to.equal(fatal);
    });
  }

  it('a bad actual is dropped, the rest kept', () => {
    const r = validateFunnel(withChange((d) => (d.actuals = { visits: 10, leads: -1, webinars: 2 })));
    expect(r.value!.actuals).to.deep.equal({ visits: 10 });
  });

  it('a null actual is a stage not measured yet, not an error', () => {
    const r = validateFunnel(withChange((d) => (d.actuals = { visits: 10, leads: null })));
    expect(r.problems).to.deep.equal([]);
    expect(r.value!.actuals).to.deep.equal({ visits: 10 });
  });

  it('custom problems are worded in Arabic too', () => {
    const [p] = validateFunnel(withChange((d) => (d.stages[2]!.rate = 0))).problems;
    expect(describeProblem(p!, 'ar')).to.match(/[\u0600-\u06FF]/);
  });

  it('the fixtures are valid, also against the exported document schema', () => {
    valid(plan);
    valid(forward);
    expect(funnelDocumentSchema.safeParse(plan).success).to.equal(true);
    expect(funnelDocumentSchema.safeParse(forward).success).to.equal(true);
    expect(funnelDocumentSchema.safeParse(withChange((d) => (d.stages[2]!.rate = 0))).success).to.equal(false);
    expect(z.toJSONSchema(funnelDocumentSchema, { io: 'input' })).to.have.nested.property('properties.stages.minItems', 2);
  });
});

describe('funnel: numbers typed in the locale', () => {
  const cases: [string, string, number | null][] = [
    ['1,100,000', 'en', 1_100_000],
    ['1100000', 'en', 1_100_000],
    ['1.5', 'en', 1.5],
    [' 20 ', 'en', 20],
    ['1.100.000,5', 'de', 1_100_000.5],
    ['1,5', 'de', 1.5],
    ['1\u202f100\u202f000,5', 'fr', 1_100_000.5],
    ['١٬١٠٠٬٠٠٠', 'ar', 1_100_000],
    ['١٫٥', 'ar', 1.5],
    ['۲۰', 'fa', 20],
    ['12%', 'en', 12],
    ['', 'en', null],
    ['abc', 'en', null],
    ['1.2.3', 'en', null],
  ];
  for (const [text, locale, expected] of cases) {
    it(`"${text}" in ${locale} is ${expected}`, () => {
      expect(parseLocaleNumber(text, locale)).to.equal(expected);
    });
  }
});

describe('funnel: stage ids that are JavaScript names', () => {
  /** A plan whose stages are called `__proto__` and `constructor`, as JSON.parse reads it. */
  const oddPlan = (actuals: string) =>
    JSON.parse(`{
      "goal": { "revenue": 1200000, "period": "year" }, "averageDealSize": 10000,
      "stages": [
        { "id": "__proto__", "label": "Visits" },
        { "id": "constructor", "label": "Leads", "rate": 0.1 },
        { "id": "customers", "label": "Customers", "rate": 0.5 }
      ],
      "actuals": ${actuals}
    }`) as unknown;

  it('a stage called __proto__ keeps its actual, and one called constructor has none unless given', () => {
    const m = model(oddPlan('{ "__proto__": 2000, "customers": 8 }'));
    expect(m.stages.map((s) => [s.id, s.actual])).to.deep.equal([['__proto__', 2000], ['constructor', null], ['customers', 8]]);
    expect(m.stages[1]!.actualRateMissing).to.deep.equal({ reason: 'no-actual' });
    expect(JSON.stringify(m)).to.not.match(/NaN|Infinity/);
  });

  it('an actuals key __proto__ that names no stage is reported at its path', () => {
    const r = validateFunnel(withChange((d) => (d.actuals = JSON.parse('{ "visits": 100, "__proto__": 5 }'))));
    const said = r.problems.map((p) => `${formatPath(p.path)} ${describeProblem(p, 'en')}`);
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^actuals\.__proto__ names no stage; the stage ids are: visits, leads/);
    expect(buildFunnelModel(r.value!).stages[0]!.actual).to.equal(100);
  });

  it('editing a plan leaves a stage called constructor at its own rate', () => {
    const input = valid(oddPlan('{}'));
    const edited = applyFunnelEdits(input, { goalRevenue: 2_400_000, rates: {} });
    expect(edited.stages.map((s) => s.rate)).to.deep.equal([null, 0.1, 0.5]);
    expect(applyFunnelEdits(input, { rates: JSON.parse('{ "constructor": 0.2 }') as Record<string, number> }).stages[1]!.rate).to.equal(0.2);
    expect(buildFunnelModel(edited).customers).to.equal(20);
  });
});
