import { expect } from '@open-wc/testing';
import {
  comparePeriods,
  formatPeriod,
  fromOrdinal,
  isoWeeksInYear,
  nextPeriod,
  ordinal,
  parsePeriod,
  periodStartUTC,
  previousPeriod,
  sameLastYear,
  windowEndingAt,
  type Period,
} from '../../src/core/periods.js';

const p = (label: string): Period => {
  const r = parsePeriod(label);
  if (!r.period) throw new Error(`${label}: ${r.error.en}`);
  return r.period;
};
const labels = (ps: Period[]) => ps.map(formatPeriod);

describe('periods', () => {
  it('parses months, ISO weeks and quarters', () => {
    expect(p('2026-03')).to.deep.equal({ granularity: 'month', year: 2026, index: 3 });
    expect(p('2026-W05')).to.deep.equal({ granularity: 'week', year: 2026, index: 5 });
    expect(p('2026-Q4')).to.deep.equal({ granularity: 'quarter', year: 2026, index: 4 });
  });

  it('words the reason in the locale, its numbers in the locale\'s digits', () => {
    expect(parsePeriod('2025-W53').error!.say('ar-EG', 'ar')).to.equal('لا يوجد أسبوع كهذا: عدد أسابيع ISO في ٢٠٢٥ هو ٥٢');
    expect(parsePeriod('2025-W53').error!.say('ar', 'ar')).to.equal('لا يوجد أسبوع كهذا: عدد أسابيع ISO في 2025 هو 52');
    expect(parsePeriod('2026-13').error!.say('ar-EG', 'ar')).to.equal('لا يوجد شهر كهذا: الأشهر من ٠١ إلى ١٢');
    expect(parsePeriod('2025-W53').error!.say('en', 'en')).to.equal('has no such week: 2025 has 52 ISO weeks');
    expect(parsePeriod('2026-Q5').error!.say('ar-EG', 'ar')).to.equal('لا يوجد ربع كهذا: الأرباع من Q1 إلى Q4');
  });

  it('rejects impossible periods with the reason', () => {
    expect(parsePeriod('2026-13').error?.en).to.contain('no such month');
    expect(parsePeriod('2026-00').error?.en).to.contain('no such month');
    expect(parsePeriod('2026-W54').error?.en).to.equal('has no such week: 2026 has 53 ISO weeks');
    expect(parsePeriod('2025-W53').error?.en).to.equal('has no such week: 2025 has 52 ISO weeks');
    expect(parsePeriod('2026-W00').error?.en).to.contain('no such week');
    expect(parsePeriod('2026-Q5').error?.en).to.contain('no such quarter');
    expect(parsePeriod('2026-Q0').error?.en).to.contain('no such quarter');
    for (const bad of ['2026-3', '2026/03', 'March 2026', '2026-w05', '', '26-03', '2026-03-01']) {
      expect(parsePeriod(bad).period, bad).to.equal(null);
      expect(parsePeriod(bad).error!.ar).to.be.a('string').and.not.equal('');
    }
  });

  it('knows which ISO years have 53 weeks', () => {
    // Jan 1 on a Thursday, or a Wednesday in a leap year.
    expect(isoWeeksInYear(2026)).to.equal(53); // Thursday
    expect(isoWeeksInYear(2020)).to.equal(53); // Wednesday, leap
    expect(isoWeeksInYear(2015)).to.equal(53); // Thursday
    expect(isoWeeksInYear(2032)).to.equal(53); // Thursday, leap
    expect(isoWeeksInYear(2025)).to.equal(52); // Wednesday, not leap
    expect(isoWeeksInYear(2024)).to.equal(52); // Monday, leap
    expect(isoWeeksInYear(2027)).to.equal(52);
    expect(isoWeeksInYear(2019)).to.equal(52); // Tuesday
  });

  it('orders periods across the turn of the year', () => {
    expect(comparePeriods(p('2025-12'), p('2026-01'))).to.equal(-1);
    expect(comparePeriods(p('2025-Q4'), p('2026-Q1'))).to.equal(-1);
    expect(comparePeriods(p('2025-W52'), p('2026-W01'))).to.equal(-1);
    expect(comparePeriods(p('2026-W53'), p('2027-W01'))).to.equal(-1);
    expect(comparePeriods(p('2026-W01'), p('2026-W01'))).to.equal(0);
    expect(comparePeriods(p('2027-W01'), p('2026-W52'))).to.equal(2);
  });

  it('steps to the next and previous period', () => {
    expect(formatPeriod(nextPeriod(p('2025-12')))).to.equal('2026-01');
    expect(formatPeriod(previousPeriod(p('2026-01')))).to.equal('2025-12');
    expect(formatPeriod(nextPeriod(p('2025-Q4')))).to.equal('2026-Q1');
    expect(formatPeriod(previousPeriod(p('2026-Q1')))).to.equal('2025-Q4');
    expect(formatPeriod(nextPeriod(p('2025-W52')))).to.equal('2026-W01');
    expect(formatPeriod(nextPeriod(p('2026-W52')))).to.equal('2026-W53');
    expect(formatPeriod(nextPeriod(p('2026-W53')))).to.equal('2027-W01');
    expect(formatPeriod(previousPeriod(p('2027-W01')))).to.equal('2026-W53');
    expect(formatPeriod(previousPeriod(p('2026-W01')))).to.equal('2025-W52');
  });

  it('round-trips every week of a range through its ordinal', () => {
    let cur = p('2019-W50');
    let count = 0;
    while (formatPeriod(cur) !== '2033-W02') {
      const back = fromOrdinal('week', ordinal(cur));
      expect(back).to.deep.equal(cur);
      cur = nextPeriod(cur);
      count++;
    }
    // 2020, 2026 and 2032 have 53 weeks; 2021-2025, 2027-2031 have 52.
    expect(count).to.equal(3 + 53 + 52 * 5 + 53 + 52 * 5 + 53 + 1);
  });

  it('finds the same period last year', () => {
    expect(formatPeriod(sameLastYear(p('2026-10')))).to.equal('2025-10');
    expect(formatPeriod(sameLastYear(p('2026-01')))).to.equal('2025-01');
    expect(formatPeriod(sameLastYear(p('2026-Q1')))).to.equal('2025-Q1');
    expect(formatPeriod(sameLastYear(p('2027-W10')))).to.equal('2026-W10'); // 53 weeks back
    expect(ordinal(p('2027-W10')) - ordinal(sameLastYear(p('2027-W10')))).to.equal(53);
    expect(formatPeriod(sameLastYear(p('2026-W10')))).to.equal('2025-W10'); // 52 weeks back
    expect(ordinal(p('2026-W10')) - ordinal(sameLastYear(p('2026-W10')))).to.equal(52);
    // Week 53 has no twin in a 52-week year: the last week of that year.
    expect(formatPeriod(sameLastYear(p('2026-W53')))).to.equal('2025-W52');
    expect(formatPeriod(sameLastYear(p('2020-W53')))).to.equal('2019-W52');
    // Two 53-week years are never adjacent, so week 53 always maps to week 52.
    for (let y = 1990; y < 2100; y++) if (isoWeeksInYear(y) === 53) expect(isoWeeksInYear(y - 1), String(y)).to.equal(52);
  });

  it('enumerates a window ending at the latest period, across year ends', () => {
    expect(labels(windowEndingAt(p('2026-02'), 4))).to.deep.equal(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(labels(windowEndingAt(p('2027-W02'), 4))).to.deep.equal(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(labels(windowEndingAt(p('2026-Q1'), 5))).to.deep.equal(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
    expect(windowEndingAt(p('2026-10'), 13)).to.have.length(13);
    expect(formatPeriod(windowEndingAt(p('2026-10'), 13)[0]!)).to.equal('2025-10');
  });

  it('gives UTC start dates for labels, independent of the local time zone', () => {
    expect(periodStartUTC(p('2026-03')).toISOString()).to.equal('2026-03-01T00:00:00.000Z');
    expect(periodStartUTC(p('2026-Q4')).toISOString()).to.equal('2026-10-01T00:00:00.000Z');
    // ISO week 1 of 2026 starts on Monday 29 December 2025.
    expect(periodStartUTC(p('2026-W01')).toISOString()).to.equal('2025-12-29T00:00:00.000Z');
    expect(periodStartUTC(p('2026-W53')).toISOString()).to.equal('2026-12-28T00:00:00.000Z');
    expect(periodStartUTC(p('2021-W01')).toISOString()).to.equal('2021-01-04T00:00:00.000Z');
  });
});
