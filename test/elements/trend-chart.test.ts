import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FC_SEED } from '../support/fc-seed.js';
import mqls from '../../demo/data/trend-mqls.json';
import quarters from '../../demo/data/trend-quarters.json';
import weeks from '../../demo/data/trend-weeks-53.json';
import {
  indexAt,
  labelStep,
  markTexts,
  MAX_DOTS,
  MAX_SVG_POINTS,
  niceTicks,
  trendChartSpec,
  trendTooltip,
  VIEW,
  type TrendChartOptions,
  type TrendChartSpec,
} from '../../src/rolling-trend/chart.js';
import { trendStringsFor } from '../../src/rolling-trend/strings.js';
import { buildTrendModel, validateTrend, type TrendModel } from '../../src/core/trend.js';
import { NumberFormatter } from '../../src/core/format.js';

const en = trendStringsFor('en');
const f = new NumberFormatter('en');

function modelOf(json: unknown, window: number | null = null): TrendModel {
  const v = validateTrend(json);
  expect(v.problems).to.deep.equal([]);
  return buildTrendModel(v.value!, { window, locale: 'en' });
}

function specOf(model: TrendModel, options: Partial<TrendChartOptions> = {}): TrendChartSpec {
  const spec = trendChartSpec(model, en, f, { chart: 'line', rtl: false, locale: 'en', width: 600, ...options });
  expect(spec).not.to.equal(null);
  return spec!;
}

/** Monthly points from January of `year`, one per value. */
const months = (values: (number | null)[], year = 2000) =>
  values.map((value, i) => ({ period: `${year + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value }));

/** The unbroken runs of a line's path data, as [x, y] points in the VIEW square. */
function runs(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((run) => Array.from(`M${run}`.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g), (m) => [Number(m[1]), Number(m[2])] as [number, number]));
}

const line = (spec: TrendChartSpec, kind: string) => spec.lines.find((l) => l.kind === kind)?.d;

/** The value at `y` (a fraction from the top of the plot), read off the y axis' labelled ticks. */
function readY(spec: TrendChartSpec, y: number): number {
  const parse = (label: string) => Number(label.replace(/[^\d.-]/g, '')) * (label.endsWith('M') ? 1e6 : label.endsWith('K') ? 1e3 : 1);
  const ticks = spec.yTicks.map((t) => ({ y: t.y, v: parse(t.label) }));
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  return lo.v + ((lo.y - y) / (lo.y - hi.y)) * (hi.v - lo.v);
}

const MQL_VALUES = [120, 126, 112, 131, 138, 147, 152, 158, 163, 171, 162, 153, 144];

describe('rolling trend chart (pure builders)', () => {
  describe('niceTicks', () => {
    it('picks round steps that cover the range', () => {
      expect(niceTicks(112, 171)).to.deep.equal([100, 120, 140, 160, 180]);
      expect(niceTicks(0, 171)).to.deep.equal([0, 50, 100, 150, 200]);
      expect(niceTicks(-35, 80)).to.deep.equal([-50, 0, 50, 100]);
      expect(niceTicks(1_640_000, 2_056_400)).to.deep.equal([1_600_000, 1_800_000, 2_000_000, 2_200_000]);
      expect(niceTicks(0.0001, 0.0009)).to.deep.equal([0, 0.0002, 0.0004, 0.0006, 0.0008, 0.001]);
    });

    it('spreads equal minimum and maximum around the value', () => {
      expect(niceTicks(5, 5)).to.deep.equal([4.5, 4.75, 5, 5.25, 5.5]);
      expect(niceTicks(0, 0)).to.deep.equal([-1, -0.5, 0, 0.5, 1]);
      const ticks = niceTicks(-1200, -1200);
      expect(ticks[0]).to.be.below(-1200);
      expect(ticks[ticks.length - 1]).to.be.above(-1200);
    });

    it('leaves no binary-fraction junk in the values', () => {
      expect(niceTicks(0, 0.3, 4)).to.deep.equal([0, 0.1, 0.2, 0.3]); // 3 × 0.1 is 0.30000000000000004
      expect(niceTicks(0.1, 0.7)).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8]); // 3 × 0.2 is 0.6000000000000001
      expect(niceTicks(0.12, 0.31)).to.deep.equal([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
    });

    it('falls back to [0, 1] for a range that is not finite', () => {
      expect(niceTicks(NaN, 1)).to.deep.equal([0, 1]);
      expect(niceTicks(0, Infinity)).to.deep.equal([0, 1]);
    });

    it('always gives evenly spaced multiples of 1, 2, 2.5 or 5 × 10ⁿ spanning the range (property)', () => {
      // Realistic KPI values: whole numbers scaled from 10⁻⁴ to 10⁶.
      const value = fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -4, max: 6 })).map(([n, e]) => n * 10 ** e);
      fc.assert(
        fc.property(value, value, fc.integer({ min: 2, max: 10 }), (a, b, count) => {
          const [min, max] = a <= b ? [a, b] : [b, a];
          const ticks = niceTicks(min, max, count);
          expect(ticks.length).to.be.within(2, count + 2);
          // The step as drawn (a difference of two ticks), then the round number it stands for:
          // differences of ticks near 100,000 carry float error of 1e-11, which divided into
          // them would look like a tick off its multiple.
          const drawn = ticks[1]! - ticks[0]!;
          const magnitude = 10 ** Math.floor(Math.log10(drawn));
          const mantissa = [1, 2, 2.5, 5, 10].find((m) => Math.abs(drawn / magnitude - m) < 1e-6);
          expect(mantissa, `step ${drawn}`).to.not.equal(undefined);
          const step = mantissa! * magnitude;
          expect(ticks[0]).to.be.at.most(min + step * 1e-6);
          expect(ticks[ticks.length - 1]).to.be.at.least(max - step * 1e-6);
          for (let i = 1; i < ticks.length; i++) expect(ticks[i]! - ticks[i - 1]!).to.be.closeTo(step, step * 1e-9);
          for (const t of ticks) {
            expect(t / step).to.be.closeTo(Math.round(t / step), 1e-6);
            expect(String(t), 'binary-fraction junk').not.to.match(/\.\d*(0{6,}|9{6,})\d/);
          }
        }),
        { seed: FC_SEED },
      );
    });
  });

  describe('trendChartSpec', () => {
    it('draws nothing for an empty window or one longer than MAX_SVG_POINTS', () => {
      expect(trendChartSpec(modelOf({ points: [] }), en, f, { chart: 'line', rtl: false, locale: 'en', width: 600 })).to.equal(null);
      const long = months(Array.from({ length: MAX_SVG_POINTS + 1 }, (_, i) => i), 1900);
      expect(MAX_SVG_POINTS).to.equal(500);
      expect(trendChartSpec(modelOf({ points: long }, MAX_SVG_POINTS + 1), en, f, { chart: 'line', rtl: false, locale: 'en', width: 600 })).to.equal(null);
      expect(trendChartSpec(modelOf({ points: long }, MAX_SVG_POINTS + 1), en, f, { chart: 'bar', rtl: false, locale: 'en', width: 600 })).to.equal(null);
      expect(specOf(modelOf({ points: long }, MAX_SVG_POINTS)).n).to.equal(MAX_SVG_POINTS);
    });

    it('draws the MQL line: 13 points in one run, each where the y axis reads its value', () => {
      const model = modelOf(mqls);
      const spec = specOf(model);
      expect(spec.n).to.equal(13);
      expect(spec.chart).to.equal('line');
      expect(spec.bars).to.deep.equal([]);
      expect(spec.lines.map((l) => l.kind)).to.deep.equal(['main', 'target']);
      expect(spec.yTicks.map((t) => t.label)).to.deep.equal(['100', '120', '140', '160', '180']);
      expect(spec.yTicks.map((t) => t.y)).to.deep.equal([1, 0.75, 0.5, 0.25, 0]); // bottom to top
      expect(spec.xs).to.have.length(13);
      spec.xs.forEach((x, i) => expect(x).to.be.closeTo((i + 0.5) / 13, 1e-12));

      const main = runs(line(spec, 'main')!);
      expect(main).to.have.length(1);
      expect(main[0]).to.have.length(13);
      main[0]!.forEach(([x, y], i) => {
        expect(x, `x of point ${i}`).to.be.closeTo(spec.xs[i]! * VIEW, 0.06);
        expect(readY(spec, y / VIEW), `value of point ${i}`).to.be.closeTo(MQL_VALUES[i]!, 0.01);
      });
      // The target: a step line across the whole width at 150.
      const target = runs(line(spec, 'target')!);
      expect(target).to.have.length(1);
      expect(line(spec, 'target')).to.match(/^M0 375H/).and.match(/H1000$/);
      expect(readY(spec, 0.375)).to.equal(150);
    });

    it('puts a dot on every point, diamonds (below) under the target', () => {
      const model = modelOf(mqls);
      const spec = specOf(model);
      expect(spec.dots).to.have.length(13);
      expect(spec.dots.every((d) => d.kind === 'main')).to.equal(true);
      expect(spec.dots.map((d) => d.index)).to.deep.equal([...Array(13).keys()]);
      expect(spec.dots.filter((d) => d.below).map((d) => MQL_VALUES[d.index])).to.deep.equal([120, 126, 112, 131, 138, 147, 144]);
      expect(spec.dots.filter((d) => d.below).map((d) => model.window[d.index]!.period)).to.deep.equal(
        model.window.filter((w) => w.belowTarget).map((w) => w.period),
      );
      spec.dots.forEach((d) => {
        expect(d.x).to.equal(spec.xs[d.index]);
        expect(readY(spec, d.y)).to.be.closeTo(MQL_VALUES[d.index]!, 1e-9);
      });
    });

    it('draws bars from zero, one band per period, and no dots', () => {
      const model = modelOf(mqls);
      const spec = specOf(model, { chart: 'bar' });
      expect(spec.chart).to.equal('bar');
      expect(spec.yTicks.map((t) => t.label)).to.deep.equal(['0', '50', '100', '150', '200']);
      expect(spec.yTicks[0]!.y).to.equal(1);
      // A bar chart has no main line; the target stays a step line.
      expect(spec.lines.map((l) => l.kind)).to.deep.equal(['target']);
      expect(spec.dots).to.deep.equal([]);
      expect(spec.bars).to.have.length(13);
      spec.bars.forEach((b, i) => {
        expect(b.index).to.equal(i);
        expect(b.x0).to.be.closeTo(i / 13, 1e-12);
        expect(b.width).to.be.closeTo(1 / 13, 1e-12);
        expect(b.values).to.have.length(1);
        const v = b.values[0]!;
        expect(v.kind).to.equal('main');
        expect(v.bottom).to.equal(1);
        expect(readY(spec, v.top)).to.be.closeTo(MQL_VALUES[i]!, 1e-9);
        expect(v.below).to.equal(model.window[i]!.belowTarget);
      });
      // A line shows its range; it does not start at zero.
      expect(specOf(model).yTicks[0]!.label).to.equal('100');
    });

    it('hangs negative bars down from zero', () => {
      const spec = specOf(modelOf({ points: months([-20, 30]) }, 2), { chart: 'bar' });
      expect(spec.yTicks.map((t) => t.label)).to.deep.equal(['-20', '0', '20', '40']);
      const zero = spec.yTicks[1]!.y;
      const [negative, positive] = spec.bars.map((b) => b.values[0]!);
      // -20 runs from zero down to the bottom of the plot; 30 from zero up.
      expect([negative!.top, negative!.bottom]).to.deep.equal([zero, 1]);
      expect(positive!.bottom).to.equal(zero);
      expect(readY(spec, positive!.top)).to.be.closeTo(30, 1e-9);
    });

    it('draws the compare series as a second line or a second bar in each band', () => {
      const model = modelOf(quarters);
      const spec = specOf(model);
      expect(spec.n).to.equal(5);
      expect(spec.lines.map((l) => l.kind)).to.deep.equal(['main', 'compare', 'target']);
      const compare = runs(line(spec, 'compare')!);
      expect(compare).to.have.length(1);
      expect(compare[0]!.map(([, y]) => Math.round(readY(spec, y / VIEW) / 1000) * 1000)).to.deep.equal(
        model.window.map((w) => Math.round(w.compare! / 1000) * 1000),
      );
      // The target changes each quarter: one step per band.
      expect(line(spec, 'target')).to.equal('M0 833.3H200V666.7H400V750H600V583.3H800V416.7H1000');
      expect(spec.dots.filter((d) => d.kind === 'main')).to.have.length(5);
      expect(spec.dots.filter((d) => d.kind === 'compare')).to.have.length(5);
      expect(spec.dots.filter((d) => d.kind === 'compare' && d.below)).to.deep.equal([]);

      const bars = specOf(model, { chart: 'bar' });
      expect(bars.lines.map((l) => l.kind)).to.deep.equal(['target']);
      expect(bars.bars).to.have.length(5);
      for (const b of bars.bars) expect(b.values.map((v) => v.kind)).to.deep.equal(['main', 'compare']);
      expect(bars.bars.map((b) => b.values[0]!.below)).to.deep.equal(model.window.map((w) => w.belowTarget));
    });

    it('mirrors x in right-to-left, and nothing else', () => {
      for (const chart of ['line', 'bar'] as const) {
        const ltr = specOf(modelOf(mqls), { chart });
        const rtl = specOf(modelOf(mqls), { chart, rtl: true });
        expect(rtl.yTicks).to.deep.equal(ltr.yTicks);
        rtl.xs.forEach((x, i) => expect(x).to.be.closeTo(1 - ltr.xs[i]!, 1e-12));
        expect(rtl.xs[12]).to.be.below(rtl.xs[0]!); // the latest on the left
        rtl.dots.forEach((d, i) => {
          expect(d.x).to.be.closeTo(1 - ltr.dots[i]!.x, 1e-12);
          expect(d.y).to.equal(ltr.dots[i]!.y);
        });
        rtl.marks.forEach((m, i) => expect(m.x).to.be.closeTo(1 - ltr.marks[i]!.x, 1e-12));
        rtl.bars.forEach((b, i) => {
          expect(b.x0).to.be.closeTo(1 - ltr.bars[i]!.x0 - ltr.bars[i]!.width, 1e-12);
          expect(b.values).to.deep.equal(ltr.bars[i]!.values);
        });
        expect(rtl.xLabels.map((l) => l.label)).to.deep.equal(ltr.xLabels.map((l) => l.label));
        rtl.xLabels.forEach((l, i) => expect(l.x0).to.be.closeTo(1 - ltr.xLabels[i]!.x0 - l.width, 1e-12));
      }
      const rtl = specOf(modelOf(mqls), { rtl: true });
      const main = runs(line(rtl, 'main')!)[0]!;
      expect(main[0]![0]).to.equal(961.5); // the oldest on the right
      expect(main[12]![0]).to.equal(38.5);
      expect(line(rtl, 'target')).to.match(/^M1000 375H/).and.match(/H0$/);
    });

    it('breaks lines at gaps: the 53-week year with week 52 missing', () => {
      const model = modelOf(weeks);
      expect(model.window[9]).to.include({ period: '2026-W52', value: null });
      const spec = specOf(model);
      const main = runs(line(spec, 'main')!);
      expect(main.map((r) => r.length)).to.deep.equal([9, 3]);
      expect(main[1]![0]![0]).to.be.closeTo(spec.xs[10]! * VIEW, 0.06);
      expect(spec.dots.map((d) => d.index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12]);
      // Right-to-left breaks at the same period.
      expect(runs(line(specOf(model, { rtl: true }), 'main')!).map((r) => r.length)).to.deep.equal([9, 3]);
      // In bars, a gap is a band with no bar.
      expect(specOf(model, { chart: 'bar' }).bars.map((b) => b.index)).not.to.include(9);
    });

    it('breaks the target line where a period has no target', () => {
      const target = months([1, 1, 1, null, 1, 1]).filter((p) => p.value !== null);
      const spec = specOf(modelOf({ target, points: months([1, 2, 3, 4, 5, 6]) }, 6));
      const d = line(spec, 'target')!;
      expect(d.match(/M/g)).to.have.length(2);
      // The first run ends at the edge of the third band; the second starts at the fifth.
      expect(d).to.match(/^M0 [\d.]+(H[\d.]+V[\d.]+)*H500M666.7 [\d.]+/);
    });

    it(`beyond ${MAX_DOTS} points, puts dots only on lone points and points below target`, () => {
      expect(MAX_DOTS).to.equal(60);
      const atMost = specOf(modelOf({ points: months(Array(MAX_DOTS).fill(100)) }, MAX_DOTS));
      expect(atMost.dots).to.have.length(MAX_DOTS);

      const values = Array.from({ length: 100 }, (_, i) => (i === 49 || i === 51 ? null : 100 + i));
      const points = months(values);
      const model = modelOf({ target: [{ period: points[70]!.period, value: 500 }], points }, 100);
      const spec = specOf(model);
      expect(spec.dots.map((d) => [d.index, d.below])).to.deep.equal([
        [50, false], // alone between two gaps: no line shows it
        [70, true], // below its target
      ]);
      // The lone point is a run of its own.
      expect(runs(line(spec, 'main')!).map((r) => r.length)).to.deep.equal([49, 1, 48]);
      expect(specOf(model, { chart: 'bar' }).dots).to.deep.equal([]);
    });

    it('labels the same period last year and the latest, on their points', () => {
      const model = modelOf(mqls);
      const spec = specOf(model);
      expect(spec.marks.map((m) => [m.kind, m.index, m.text])).to.deep.equal([
        ['last-year', 0, 'Last year: 120'],
        ['latest', 12, '144'],
      ]);
      for (const m of spec.marks) {
        const dot = spec.dots.find((d) => d.index === m.index)!;
        expect([m.x, m.y]).to.deep.equal([dot.x, dot.y]);
      }
      // Bars carry the marks too, at the top of their bar.
      const bars = specOf(model, { chart: 'bar' });
      expect(bars.marks.map((m) => m.text)).to.deep.equal(['Last year: 120', '144']);
      expect(bars.marks[1]!.y).to.equal(bars.bars[12]!.values[0]!.top);

      // Money, for quarters with the same quarter last year in the window.
      expect(specOf(modelOf(quarters)).marks.map((m) => [m.kind, m.index, m.text])).to.deep.equal([
        ['last-year', 0, 'Last year: $1,660,000'],
        ['latest', 4, '$1,830,000'],
      ]);
      // Last year outside the window: only the latest.
      expect(specOf(modelOf(mqls, 6)).marks.map((m) => m.kind)).to.deep.equal(['latest']);
      // The latest is a gap: only last year.
      const gap = modelOf({ points: months([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, null]) });
      expect(specOf(gap).marks.map((m) => [m.kind, m.text])).to.deep.equal([['last-year', 'Last year: 5']]);
      expect(markTexts(gap, en, f)).to.deep.equal([{ kind: 'last-year', index: 0, value: 5, text: 'Last year: 5' }]);
    });

    it('formats the y axis compactly in the series unit', () => {
      expect(specOf(modelOf(quarters)).yTicks.map((t) => t.label)).to.deep.equal(['$1.6M', '$1.8M', '$2M', '$2.2M']);
      expect(specOf(modelOf({ points: months([12_000, 48_000, 31_000]) }, 3)).yTicks.map((t) => t.label)).to.deep.equal([
        '10K', '20K', '30K', '40K', '50K',
      ]);
      expect(specOf(modelOf({ unit: 'percent', points: months([0.12, 0.31, 0.27]) }, 3)).yTicks.map((t) => t.label)).to.deep.equal([
        '10%', '15%', '20%', '25%', '30%', '35%',
      ]);
    });

    it('labels the x axis with the periods that fit, ending at the latest', () => {
      const model = modelOf(mqls);
      const labels = (width: number) => specOf(model, { width }).xLabels.map((l) => l.label);
      expect(labels(1200)).to.have.length(13);
      expect(labels(1200).slice(0, 3)).to.deep.equal(['Oct 2025', 'Nov 2025', 'Dec 2025']);
      expect(labels(600)).to.deep.equal(['Oct 2025', 'Dec 2025', 'Feb 2026', 'Apr 2026', 'Jun 2026', 'Aug 2026', 'Oct 2026']);
      expect(labels(200)).to.deep.equal(['Oct 2025', 'Apr 2026', 'Oct 2026']);
      for (const width of [120, 200, 320, 600, 900, 1200]) {
        const spec = specOf(model, { width });
        expect(spec.xLabels[spec.xLabels.length - 1]!.label).to.equal('Oct 2026');
        // Each label's band, and the room between two labels: enough for "Oct 2026".
        spec.xLabels.forEach((l) => expect(l.width).to.be.closeTo(1 / 13, 1e-12));
        for (let i = 1; i < spec.xLabels.length; i++) {
          expect((spec.xLabels[i]!.x0 - spec.xLabels[i - 1]!.x0) * width).to.be.at.least('Oct 2026'.length * 6.5 + 12);
        }
      }
      // Right-to-left: the latest label is the leftmost.
      const rtl = specOf(model, { rtl: true }).xLabels;
      expect(rtl[rtl.length - 1]!.x0).to.equal(Math.min(...rtl.map((l) => l.x0)));
    });
  });

  describe('trendTooltip', () => {
    it('gives the period, value, target, last year and both changes', () => {
      const model = modelOf(mqls);
      expect(trendTooltip(model, 9, en, f, 'en')).to.deep.equal([
        'Jul 2026',
        'MQLs: 171',
        'Target: 150',
        'Same month last year: 117',
        '+4.9% on the previous month',
        '+46.2% on the same month last year',
      ]);
      expect(trendTooltip(model, 12, en, f, 'en')).to.deep.equal([
        'Oct 2026',
        'MQLs: 144',
        'Target: 150 (below target)',
        'Same month last year: 120',
        '-5.9% on the previous month',
        '+20% on the same month last year',
      ]);
      expect(trendTooltip(model, 13, en, f, 'en')).to.deep.equal([]);
      expect(trendTooltip(model, -1, en, f, 'en')).to.deep.equal([]);
    });

    it('names gaps and the compare series', () => {
      expect(trendTooltip(modelOf(weeks), 9, en, f, 'en')).to.deep.equal([
        'Week 52, 2026',
        'Demo requests: no value',
        'Target: 420',
        'Same week last year: 459',
      ]);
      expect(trendTooltip(modelOf(quarters), 4, en, f, 'en')).to.deep.equal([
        'Q3 2026',
        'New revenue: $1,830,000',
        'Target: $1,950,000 (below target)',
        'Forecast: $2,056,400',
        'Same quarter last year: $1,660,000',
        '+11.6% on the previous quarter',
        '+10.2% on the same quarter last year',
      ]);
    });
  });

  describe('labelStep', () => {
    it('labels every 1, 2, 3, 4, 6 or 12 periods, then doubles', () => {
      expect(labelStep(13, 1200, 8)).to.equal(1);
      expect(labelStep(13, 600, 8)).to.equal(2);
      expect(labelStep(13, 200, 8)).to.equal(6);
      expect(labelStep(60, 600, 8)).to.equal(12);
      expect(labelStep(500, 600, 8)).to.equal(96);
      expect(labelStep(1, 600, 8)).to.equal(1);
      // No room at all (not laid out): only the latest is labelled.
      expect(labelStep(13, 0, 8)).to.be.at.least(13);
    });

    it('gives the smallest step whose labels fit (property)', () => {
      const candidates = (n: number) => {
        const list = [1, 2, 3, 4, 6, 12, 24];
        while (list[list.length - 1]! < n) list.push(list[list.length - 1]! * 2);
        return list;
      };
      fc.assert(
        fc.property(fc.integer({ min: 1, max: MAX_SVG_POINTS }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 20 }), (n, width, chars) => {
          const step = labelStep(n, width, chars);
          const list = candidates(n);
          expect(list).to.include(step);
          const needed = chars * 6.5 + 12;
          const band = width / n;
          // Fits, or only the latest label shows.
          expect(band * step >= needed || step >= n).to.equal(true);
          // No smaller step would fit.
          for (const smaller of list.filter((s) => s < step)) expect(band * smaller).to.be.below(needed);
        }),
        { seed: FC_SEED },
      );
    });
  });

  describe('indexAt', () => {
    it('finds the period under the pointer, left to right', () => {
      expect(indexAt(0, 13, false)).to.equal(0);
      expect(indexAt(0.5 / 13, 13, false)).to.equal(0);
      expect(indexAt(9.5 / 13, 13, false)).to.equal(9);
      expect(indexAt(0.9999, 13, false)).to.equal(12);
    });

    it('finds it from the right in right-to-left', () => {
      expect(indexAt(0.9999, 13, true)).to.equal(0);
      expect(indexAt(0.0001, 13, true)).to.equal(12);
      expect(indexAt(1 - 9.5 / 13, 13, true)).to.equal(9);
    });

    it('clamps pointers outside the plot to the first and last periods', () => {
      expect(indexAt(-0.3, 13, false)).to.equal(0);
      expect(indexAt(1, 13, false)).to.equal(12);
      expect(indexAt(1.7, 13, false)).to.equal(12);
      expect(indexAt(-0.3, 13, true)).to.equal(12);
      expect(indexAt(1.7, 13, true)).to.equal(0);
      expect(indexAt(0.5, 1, false)).to.equal(0);
    });

    it('gives back the period of each band centre of the spec', () => {
      for (const rtl of [false, true]) {
        for (const n of [1, 5, 13, 60, MAX_SVG_POINTS]) {
          const spec = specOf(modelOf({ points: months(Array.from({ length: n }, (_, i) => i)) }, n), { rtl });
          spec.xs.forEach((x, i) => expect(indexAt(x, n, rtl), `${n} periods, ${rtl ? 'rtl' : 'ltr'}`).to.equal(i));
        }
      }
    });
  });
});
