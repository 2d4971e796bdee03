import { expect } from '@open-wc/testing';
import mqls from '../../demo/data/trend-mqls.json';
import weeks from '../../demo/data/trend-weeks-53.json';
import quarters from '../../demo/data/trend-quarters.json';
import * as z from 'zod/mini';
import { buildTrendModel, changeRatio, MAX_POINTS, trendDocumentSchema, validateTrend, type TrendOptions } from '../../src/core/trend.js';
import { formatPath } from '../../src/core/json-path.js';
import type { Problem } from '../../src/core/validation.js';

const model = (data: unknown, opts: TrendOptions = {}) => {
  const v = validateTrend(data);
  if (!v.value) throw new Error(JSON.stringify(v.problems));
  return buildTrendModel(v.value, opts);
};
const located = (problems: Problem[]) =>
  problems.map((p) => ({
    path: formatPath(p.path),
    text: p.code === 'custom' ? p.en : p.code === 'worded' ? p.say('en', 'en') : p.code === 'duplicate' ? `duplicate ${p.value}` : p.code,
  }));

describe('trend model', () => {
  it('tells the 25-month MQL story: three falls, but up 20 % on last year', () => {
    const v = validateTrend(mqls);
    expect(v.problems).to.deep.equal([]);
    const m = buildTrendModel(v.value!, { locale: 'en' });
    expect(m.latest).to.deep.equal({ period: '2026-10', value: 144 });
    expect(m.previous).to.deep.equal({ period: '2026-09', value: 153 });
    expect(m.sameLastYear).to.deep.equal({ period: '2025-10', value: 120 });
    expect(m.mom).to.be.closeTo(-9 / 153, 1e-12);
    expect(m.yoy).to.be.closeTo(0.2, 1e-12);
    expect(m.streak).to.equal(-3);
    expect(m.headline).to.equal('Down 3 months in a row, but 20% above the same month last year.');
    expect(m.window.map((w) => w.period)).to.deep.equal([
      '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04',
      '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10',
    ]);
    expect(m.window.map((w) => w.value)).to.deep.equal([120, 126, 112, 131, 138, 147, 152, 158, 163, 171, 162, 153, 144]);
    expect(m.belowTarget).to.deep.equal(['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-10']);
    const oct = m.window[12]!;
    expect(oct).to.include({ target: 150, belowTarget: true, sameLastYear: 120 });
    expect(oct.yoy).to.be.closeTo(0.2, 1e-12);
    // 2025-10 compares with 2024-10 (98), outside the window but in the data.
    expect(m.window[0]!.sameLastYear).to.equal(98);
    expect(m.window[0]!.change).to.be.closeTo((120 - 114) / 114, 1e-12);
  });

  it('writes the headline in Arabic', () => {
    // Digits as Intl gives them for the locale (Latin for `ar`, Arabic-Indic for `ar-EG`); the run
    // is counted by its latest month, as an ordinal: «للشهر الثالث».
    for (const locale of ['ar', 'ar-EG']) {
      const m = model(mqls, { locale });
      const twenty = new Intl.NumberFormat(locale, { style: 'percent' }).format(0.2);
      expect(m.headline).to.equal(`تراجع للشهر الثالث على التوالي، لكنه أعلى بنسبة ${twenty} من الشهر نفسه من العام الماضي.`);
    }
    expect(model(mqls, { locale: 'ar-EG' }).headline).to.contain('٢٠٪');
  });

  it('is JSON-serialisable with the contract fields', () => {
    const m = model(mqls);
    expect(JSON.parse(JSON.stringify(m))).to.deep.equal(m);
    expect(m).to.include.keys('latest', 'previous', 'sameLastYear', 'mom', 'yoy', 'window');
    for (const w of m.window) expect(w).to.include.keys('period', 'value');
  });

  it('sorts unsorted input', () => {
    const shuffled = { ...mqls, points: [...mqls.points].reverse() };
    const m = model(shuffled);
    expect(m.latest!.period).to.equal('2026-10');
    expect(m.window.map((w) => w.value)).to.deep.equal(model(mqls).window.map((w) => w.value));
  });

  it('honours the window size and its defaults', () => {
    expect(model(mqls, { window: 6 }).window.map((w) => w.period)).to.deep.equal(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    // Wider than the data: the early periods are gaps, never zeros.
    const wide = model(mqls, { window: 30 });
    expect(wide.window).to.have.length(30);
    expect(wide.window[0]).to.include({ period: '2024-05', value: null, change: null, yoy: null });
    expect(wide.window.slice(0, 5).every((w) => w.value === null)).to.equal(true);
    expect(model(quarters).window).to.have.length(5);
    expect(model(weeks).window).to.have.length(13);
  });

  it('keeps missing periods and null values as gaps', () => {
    const m = model({
      points: [
        { period: '2026-01', value: 10 },
        { period: '2026-03', value: 12 },
        { period: '2026-04', value: null },
        { period: '2026-05', value: 15 },
      ],
    }, { window: 5 });
    expect(m.window.map((w) => w.value)).to.deep.equal([10, null, 12, null, 15]);
    expect(m.window.map((w) => w.change)).to.deep.equal([null, null, null, null, null]);
    expect(m.previous).to.deep.equal({ period: '2026-04', value: null });
    expect(m.mom).to.equal(null);
    expect(m.yoy).to.equal(null);
    expect(m.streak).to.equal(0);
    expect(m.headline).to.equal('Not enough data to compare yet.');
  });

  it('says so when the latest value is missing', () => {
    const m = model({ points: [{ period: '2026-01', value: 10 }, { period: '2026-02', value: null }] });
    expect(m.latest).to.deep.equal({ period: '2026-02', value: null });
    expect(m.mom).to.equal(null);
    expect(m.headline).to.equal('No value for the latest period (February 2026) yet.');
  });

  it('returns null ratios on a zero base', () => {
    expect(changeRatio(5, 0)).to.equal(null);
    expect(changeRatio(null, 5)).to.equal(null);
    expect(changeRatio(5, null)).to.equal(null);
    expect(changeRatio(0, 5)).to.equal(-1);
    expect(changeRatio(-5, -10)).to.equal(0.5);
    const m = model({ points: [{ period: '2025-03', value: 0 }, { period: '2026-02', value: 0 }, { period: '2026-03', value: 4 }] });
    expect(m.mom).to.equal(null);
    expect(m.yoy).to.equal(null);
  });

  it('compares ISO weeks across a 53-week year', () => {
    const m = model(weeks);
    expect(m.latest).to.deep.equal({ period: '2027-W02', value: 538 });
    expect(m.previous).to.deep.equal({ period: '2027-W01', value: 570 });
    expect(m.sameLastYear).to.deep.equal({ period: '2026-W02', value: 478 });
    expect(m.mom).to.be.closeTo((538 - 570) / 570, 1e-12);
    expect(m.yoy).to.be.closeTo((538 - 478) / 478, 1e-12);
    expect(m.window.map((w) => w.period)).to.deep.equal([
      '2026-W43', '2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49',
      '2026-W50', '2026-W51', '2026-W52', '2026-W53', '2027-W01', '2027-W02',
    ]);
    const w52 = m.window[9]!;
    expect(w52.value).to.equal(null);
    const w53 = m.window[10]!;
    expect(w53).to.include({ value: 576, sameLastYear: 459 }); // week 53 against 2025-W52
    // 576 (W53) -> 570 (W01) -> 538 (W02): two falls; the gap at W52 ends the run.
    expect(m.streak).to.equal(-2);
    expect(m.headline).to.equal('Down 2 weeks in a row, but 12.6% above the same week last year.');
    const short = model({ points: weeks.points.filter((p) => p.period !== '2027-W01') });
    expect(short.previous).to.deep.equal({ period: '2027-W01', value: null });
    expect(short.headline).to.equal('12.6% above the same week last year.');
  });

  it('compares quarters with per-period targets and a compare series', () => {
    const m = model(quarters);
    expect(m.granularity).to.equal('quarter');
    expect(m.latest).to.deep.equal({ period: '2026-Q3', value: 1830000 });
    expect(m.previous).to.deep.equal({ period: '2026-Q2', value: 1640000 });
    expect(m.sameLastYear).to.deep.equal({ period: '2025-Q3', value: 1660000 });
    expect(m.window.map((w) => w.target)).to.deep.equal([1700000, 1800000, 1750000, 1850000, 1950000]);
    expect(m.belowTarget).to.deep.equal(['2025-Q3', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(m.hasCompare).to.equal(true);
    expect(m.compareLabel).to.equal('Forecast');
    expect(m.window[4]!.compare).to.equal(quarters.compare.points.find((p) => p.period === '2026-Q3')!.value);
    expect(m.headline).to.equal('Up 11.6% on the previous quarter, and 10.2% above the same quarter last year.');
  });

  it('reports each bad period with its path and value, and keeps the rest', () => {
    const v = validateTrend({
      points: [
        { period: '2026-01', value: 1 },
        { period: '2026-13', value: 2 },
        { period: '2026-W05', value: 3 },
        { period: '2026-01', value: 4 },
        { period: '2026-02', value: 'five' },
        { period: 'Feb 2026', value: 6 },
        { period: '2026-03', value: 7 },
      ],
    });
    expect(located(v.problems)).to.deep.equal([
      { path: 'points[1].period', text: '"2026-13" has no such month: months run from 01 to 12' },
      {
        path: 'points[2].period',
        text: '"2026-W05" is in ISO weeks, but this series is in months (like "2026-01"): use one granularity per series',
      },
      { path: 'points[3].period', text: 'duplicate 2026-01' },
      { path: 'points[4].value', text: 'wrong-type' },
      { path: 'points[5].period', text: '"Feb 2026" is not a period: use YYYY-MM for a month, YYYY-Www for an ISO week or YYYY-Qn for a quarter' },
    ]);
    expect(v.value!.points.map((p) => p.value)).to.deep.equal([1, 7]);
  });

  it('names impossible weeks and quarters', () => {
    const w = validateTrend({ points: [{ period: '2026-W54', value: 1 }, { period: '2025-W53', value: 1 }, { period: '2026-W53', value: 1 }] });
    expect(located(w.problems)).to.deep.equal([
      { path: 'points[0].period', text: '"2026-W54" has no such week: 2026 has 53 ISO weeks' },
      { path: 'points[1].period', text: '"2025-W53" has no such week: 2025 has 52 ISO weeks' },
    ]);
    const q = validateTrend({ points: [{ period: '2026-Q5', value: 1 }] });
    expect(q.value).to.equal(null);
    expect(located(q.problems)).to.deep.equal([{ path: 'points[0].period', text: '"2026-Q5" has no such quarter: quarters run from Q1 to Q4' }]);
  });

  it('checks targets and compare series against the series granularity', () => {
    const v = validateTrend({
      points: [{ period: '2026-Q1', value: 1 }],
      target: [{ period: '2026-01', value: 3 }, { period: '2026-Q1', value: 2 }, { period: '2026-Q1', value: 5 }],
      compare: { label: 'Plan', points: [{ period: '2026-Q9', value: 1 }] },
    });
    expect(located(v.problems).map((p) => p.path)).to.deep.equal(['target[0].period', 'target[2].period', 'compare.points[0].period']);
    expect(v.value!.target).to.have.length(1);
  });

  it('rejects documents without usable points, and wrong field types', () => {
    expect(located(validateTrend({}).problems)).to.deep.equal([{ path: 'points', text: 'required' }]);
    expect(validateTrend({ points: 'x' }).value).to.equal(null);
    const v = validateTrend({ points: [{ period: '2026-01', value: 1 }], unit: 'dollars', target: 'high' });
    expect(located(v.problems)).to.deep.equal([
      { path: 'unit', text: 'not-one-of' },
      { path: 'target', text: 'should be a number or a list of { period, value }, but is "high"' },
    ]);
    expect(v.value!.unit).to.equal('count');
    expect(v.value!.target).to.equal(null);
  });

  it(`refuses more than ${MAX_POINTS} points with a clear error`, () => {
    const points = Array.from({ length: MAX_POINTS + 1 }, () => ({ period: '2026-01', value: 1 }));
    const v = validateTrend({ points });
    expect(v.value).to.equal(null);
    expect(v.problems).to.deep.equal([{ path: ['points'], code: 'too-large', limit: MAX_POINTS, actual: MAX_POINTS + 1, what: 'points' }]);
  });

  it('keeps 10,000 points exact (its time is measured by npm run bench, not asserted)', () => {
    const points = Array.from({ length: 10_000 }, (_, i) => ({ period: `${1200 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value: i }));
    const m = model({ points }, { window: 10_000 });
    expect(m.window).to.have.length(10_000);
    expect(m.window[9_999]!.value).to.equal(9_999);
    expect(m.latest).to.deep.equal({ period: '2033-04', value: 9_999 });
    expect(m.yoy).to.be.closeTo(12 / 9_987, 1e-12);
  });

  it('has a document schema for JSON Schema export that accepts every fixture', () => {
    for (const fixture of [mqls, weeks, quarters]) {
      expect(validateTrend(fixture).problems).to.deep.equal([]);
      expect(trendDocumentSchema.safeParse(fixture).success).to.equal(true);
    }
    expect(trendDocumentSchema.safeParse({ points: [{ period: '2026-13', value: 1 }] }).success).to.equal(false);
    const json = z.toJSONSchema(trendDocumentSchema, { io: 'input', unrepresentable: 'any' }) as unknown as {
      required: string[];
      properties: { points: { maxItems: number; items: { properties: { period: { pattern: string } } } } };
    };
    expect(json.required).to.deep.equal(['points']);
    expect(json.properties.points.maxItems).to.equal(MAX_POINTS);
    expect(new RegExp(json.properties.points.items.properties.period.pattern).test('2026-W53')).to.equal(true);
  });
});
