import { expect } from '@open-wc/testing';
import { NumberFormatter } from '../../src/core/format.js';
import { buildScorecardModel, validateScorecard, type ScorecardModel } from '../../src/core/scorecard.js';
import {
  asOfName,
  attainmentText,
  changeText,
  formulaWorking,
  gapText,
  meetingNotes,
  pacedWorking,
  periodHeading,
  projectionText,
  streakText,
} from '../../src/kpi-scorecard/words.js';

const build = (data: unknown, locale = 'en', rollup: 'none' | 'month' | 'quarter' = 'none'): ScorecardModel => {
  const v = validateScorecard(data, { locale, rollup });
  expect(v.problems, JSON.stringify(v.problems)).to.deep.equal([]);
  return buildScorecardModel(v.value!, { language: locale, rollup });
};
const metric = (m: ScorecardModel, id: string) => m.metrics.find((x) => x.id === id)!;
const en = new NumberFormatter('en-US', 'USD');
const ar = new NumberFormatter('ar', 'SAR');

// Wednesday 2 December 2026, Monday to Friday: 3 of the week's 5 working days (0.6).
const week = {
  title: 'Weekly',
  asOf: '2026-12-02',
  weekStart: 1,
  workdays: [1, 2, 3, 4, 5],
  metrics: [
    // 4,200 against 5,000 x 0.6 = 3,000: 140 %; at this rate 4,200 / 0.6 = 7,000.
    { id: 'visitors', label: 'Website visitors', cadence: 'weekly', actual: 4200, target: 5000, pace: true, owner: 'Dana',
      history: [{ period: '2026-W46', value: 6000 }, { period: '2026-W47', value: 5500 }, { period: '2026-W48', value: 5000 }] },
    // 95 minutes against 60, lower is better: (95 - 60) / 60 = 58.3 % over target.
    { id: 'response', label: 'First response time', cadence: 'weekly', unit: 'minutes', direction: 'lower', actual: 95, target: 60, owner: 'Karim',
      note: 'Queue doubled after the release.' },
    // 38 against 60, lower is better: (60 - 38) / 60 = 36.7 % under target.
    { id: 'handle', label: 'Handle time', cadence: 'weekly', unit: 'minutes', direction: 'lower', actual: 38, target: 60 },
    // $4,800 / 100 leads = $48 against $40: $8 over, ratio 40 / 48 = 0.833 off track.
    { id: 'cpl', metric: 'cpl', cadence: 'weekly', inputs: { spend: 4800, leads: 100 }, target: 40, owner: 'Lina' },
    // 2.8x against 3x-4x: 0.2 below the minimum, (3 - 2.8) / 3 = 6.7 %.
    { id: 'coverage', metric: 'pipeline_coverage', cadence: 'weekly', inputs: { pipeline_value: 280000, revenue_target: 100000 }, target: { min: 3, max: 4 } },
  ],
};

describe('scorecard words', () => {
  it('reads attainment the right way for each direction and goal', () => {
    const m = build(week);
    expect(attainmentText(metric(m, 'visitors'), en)).to.equal('140% of the target for this point in the week');
    expect(attainmentText(metric(m, 'response'), en)).to.equal('58.3% over target');
    expect(attainmentText(metric(m, 'handle'), en)).to.equal('36.7% under target');
    expect(attainmentText(metric(m, 'cpl'), en)).to.equal('20% over target');
    expect(attainmentText(metric(m, 'coverage'), en)).to.equal('below the range: 6.7% under the minimum of 3×');
    expect(attainmentText(metric(m, 'response'), ar)).to.equal('أعلى من الهدف بنسبة 58.3‎%‎');
  });

  it('works out each number: the formula with its inputs, the paced target, the projection', () => {
    const m = build(week);
    expect(formulaWorking(metric(m, 'cpl'), en)).to.equal('Cost per lead = $4,800 spend ÷ 100 leads = $48');
    expect(pacedWorking(metric(m, 'visitors'), en)).to.equal('5,000 × 3 of 5 working days = 3,000');
    expect(projectionText(metric(m, 'visitors'), en)).to.equal('On pace for 7,000 of 5,000');
    expect(gapText(metric(m, 'response'), en)).to.equal('35 minutes over the target of 60 minutes');
    expect(gapText(metric(m, 'cpl'), en)).to.equal('$8 over the target of $40');
    // On pace: 4,200 is ahead of 3,000 by now, so there is no gap to read out.
    expect(gapText(metric(m, 'visitors'), en)).to.equal(null);
    expect(formulaWorking(metric(m, 'visitors'), en)).to.equal(null);
  });

  it('paces a month with holidays: 12 of 20 working days on 16 December 2026', () => {
    // December 2026 has 23 weekdays; 24, 25 and 31 December off leave 20. Up to Wednesday
    // 16 December: 1-4 (4), 7-11 (5), 14-16 (3) = 12. 50,000 x 12 / 20 = 30,000.
    const m = build({
      asOf: '2026-12-16', workdays: [1, 2, 3, 4, 5], weekStart: 1, holidays: ['2026-12-24', '2026-12-25', '2026-12-31'],
      metrics: [{ id: 'rev', label: 'Revenue', unit: 'currency', cadence: 'monthly', actual: 27000, target: 50000, pace: true }],
    });
    expect(pacedWorking(metric(m, 'rev'), en)).to.equal('$50,000 × 12 of 20 working days = $30,000');
    expect(gapText(metric(m, 'rev'), en)).to.equal('$3,000 short of $30,000 by now');
    expect(projectionText(metric(m, 'rev'), en)).to.equal('On pace for $45,000 of $50,000');
    // Arabic money as Intl writes it (with its direction marks), in an Arabic sentence.
    const sar = (n: number) => ar.format(n, 'currency');
    expect(pacedWorking(metric(m, 'rev'), ar)).to.equal(`${sar(50000)} × 12 من 20 يوم عمل = ${sar(30000)}`);
  });

  it('says the change on the previous period and its streak, coloured by direction', () => {
    const m = build(week);
    // Run rate 7,000 against 5,000 last week: up 40 %; 6,000 > 5,500 > 5,000 < 7,000 ends a fall.
    const visitors = metric(m, 'visitors');
    expect(changeText(visitors, en)).to.deep.equal({ text: 'up 40% on last week, at this pace', arrow: '▲', tone: 'good' });
    const falling = build({
      asOf: '2026-12-02',
      metrics: [{ id: 'cpl', label: 'CPL', unit: 'currency', direction: 'lower', cadence: 'monthly', actual: 40, target: 45,
        history: [{ period: '2026-08', value: 60 }, { period: '2026-09', value: 55 }, { period: '2026-10', value: 50 }, { period: '2026-11', value: 48 }] }],
    }, 'en-GB');
    const cpl = metric(falling, 'cpl');
    // 40 against 48: down 16.7 %, good news for a cost; four falls in a row.
    expect(changeText(cpl, en)).to.deep.equal({ text: 'down 16.7% on last month', arrow: '▼', tone: 'good' });
    expect(streakText(cpl, 'en')).to.equal('down 4 months in a row');
    // Arabic counts the run by its latest period, as an ordinal: «للأسبوع الثالث».
    expect(streakText({ ...cpl, streak: -3, shownCadence: 'weekly' }, 'ar')).to.equal('تراجع للأسبوع الثالث على التوالي');
    expect(streakText({ ...cpl, streak: 2, shownCadence: 'weekly' }, 'ar')).to.equal('ارتفع للأسبوع الثاني على التوالي');
    expect(streakText({ ...cpl, streak: 11, shownCadence: 'monthly' }, 'ar')).to.equal('ارتفع للشهر الحادي عشر على التوالي');
    expect(streakText({ ...cpl, streak: 1 }, 'en')).to.equal(null);
  });

  it('names periods and dates through Intl, in UTC calendar terms', () => {
    expect(periodHeading('2026-W49', 'en-US', 1)).to.deep.equal({ name: 'W49', detail: 'Nov 30', full: 'W49 (Nov 30), 2026' });
    // A Sunday-to-Thursday week: 2026-W49 starts on Sunday 29 November.
    expect(periodHeading('2026-W49', 'ar', 7).detail).to.equal('29 نوفمبر');
    expect(periodHeading('2026-12', 'en-US').full).to.equal('December 2026');
    expect(periodHeading('2026-Q4', 'en-US').name).to.equal('Q4 2026');
    expect(asOfName('2026-12-02', 'en-GB')).to.equal('Wednesday, 2 December 2026');
    expect(asOfName('2026-12-01', 'ar')).to.equal('الثلاثاء، 1 ديسمبر 2026');
  });

  it('writes the meeting notes worst first, in English', () => {
    const m = build(week);
    expect(m.discuss.map((d) => d.id)).to.deep.equal(['response', 'cpl']);
    expect(meetingNotes(m, en, 'Scorecard')).to.equal(
      'Weekly: 2 items to discuss (as of Wednesday, December 2, 2026)\n\n'
      + '1. First response time (owner Karim): Off track, 95 minutes against 60 minutes, 35 minutes over the target of 60 minutes.\n'
      + '   Note: Queue doubled after the release.\n'
      + '2. Cost per lead (owner Lina): Off track, $48 against $40, $8 over the target of $40.\n',
    );
  });

  it('writes the meeting notes in Arabic, with Arabic plurals and separators, one full stop after ر.س.', () => {
    const sar = (n: number) => ar.format(n, 'currency');
    const m = build({ ...week, title: 'أسبوعي', metrics: week.metrics.map((x) => (x.id === 'response' ? { ...x, label: 'زمن الرد الأول', owner: 'كريم', note: 'تضاعفت القائمة.' } : x)) }, 'ar');
    expect(meetingNotes(m, ar, 'بطاقة الأداء')).to.equal(
      'أسبوعي: بندان للنقاش (حتى الأربعاء، 2 ديسمبر 2026)\n\n'
      + '1. زمن الرد الأول (المسؤول كريم): خارج المسار، 95 دقيقة مقابل 60 دقيقة، يزيد 35 دقيقة على الهدف 60 دقيقة.\n'
      + '   ملاحظة: تضاعفت القائمة.\n'
      + `2. تكلفة العميل المحتمل (المسؤول Lina): خارج المسار، ${sar(48)} مقابل ${sar(40)}، يزيد ${sar(8)} على الهدف ${sar(40)}\n`,
    );
  });

  it('says so when nothing needs discussing', () => {
    const m = build({ title: 'Calm week', asOf: '2026-12-02', metrics: [{ id: 'a', label: 'A', actual: 10, target: 5 }] });
    expect(meetingNotes(m, en, 'Scorecard')).to.equal('Calm week: nothing to discuss (as of Wednesday, December 2, 2026).');
  });
});
