import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { civilFromDays, daysFromCivil, formatDay, parseDay, weekdayOf, type Weekday } from '../../src/core/days.js';
import {
  childPeriods,
  daysOf,
  elapsedShare,
  localeWorkWeek,
  parentPeriod,
  periodHolding,
  workingDays,
  type WorkWeek,
} from '../../src/core/calendar.js';
import { formatPeriod, parsePeriod, type Period } from '../../src/core/periods.js';
import { FC_SEED } from '../support/fc-seed.js';

const day = (text: string) => {
  const r = parseDay(text);
  if (r.days === null) throw new Error(`${text}: ${r.error('en', 'en')}`);
  return r.days;
};
const period = (label: string) => parsePeriod(label).period!;
const week = (weekStart: Weekday, workdays: Weekday[], holidays: string[] = []): WorkWeek => ({
  weekStart,
  workdays: new Set(workdays),
  holidays: new Set(holidays.map(day)),
});
const MON_FRI = week(1, [1, 2, 3, 4, 5]);
/** Saudi Arabia: weeks from Sunday, Sunday to Thursday worked. */
const SUN_THU = week(7, [7, 1, 2, 3, 4]);

describe('calendar days (no Date, no time zone)', () => {
  it('numbers days from 1970-01-01, as a calendar does (checked against Python datetime)', () => {
    expect(daysFromCivil(1970, 1, 1)).to.equal(0);
    expect(daysFromCivil(2026, 12, 2)).to.equal(20789);
    expect(daysFromCivil(2000, 3, 1)).to.equal(11017);
    expect(daysFromCivil(1900, 1, 1)).to.equal(-25567);
    expect(daysFromCivil(2400, 2, 29)).to.equal(157113);
    expect(weekdayOf(20789)).to.equal(3); // 2026-12-02 is a Wednesday
    expect(weekdayOf(-25567)).to.equal(1); // 1900-01-01 was a Monday
  });

  it('goes back from a day number to the same date, over four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1800, 1, 1), max: daysFromCivil(2200, 12, 31) }), (n) => {
        const { year, month, day: d } = civilFromDays(n);
        expect(daysFromCivil(year, month, d)).to.equal(n);
        expect(weekdayOf(n + 1)).to.equal((weekdayOf(n) % 7) + 1);
        expect(parseDay(formatDay(n)).days).to.equal(n);
      }),
      { seed: FC_SEED, numRuns: 2000 },
    );
  });

  it('reads YYYY-MM-DD and says why a text is not a day', () => {
    expect(parseDay('2024-02-29').days).to.equal(daysFromCivil(2024, 2, 29));
    const say = (text: string, locale = 'en') => {
      const r = parseDay(text);
      return r.days === null ? r.error(locale, locale.startsWith('ar') ? 'ar' : 'en') : null;
    };
    expect(say('2026-02-30')).to.equal('is not a day: 2026-02 has 28 days');
    expect(say('2025-02-29')).to.equal('is not a day: 2025-02 has 28 days');
    expect(say('2026-04-31')).to.equal('is not a day: 2026-04 has 30 days');
    expect(say('2026-13-01')).to.equal('has no such month: months run from 01 to 12');
    expect(say('2026-12-2')).to.match(/^is not a date: write it as YYYY-MM-DD/);
    expect(say('2026-12-02T10:00')).to.match(/^is not a date/);
    // Numbers in the kit's own words go through Intl: Arabic-Indic digits for ar-EG.
    // The month by its name, the count with its noun in the agreement Arabic needs.
    expect(say('2026-02-30', 'ar-EG')).to.equal('ليس يومًا في التقويم: فبراير ٢٠٢٦ فيه ٢٨ يومًا');
    expect(say('2026-04-31', 'ar')).to.equal('ليس يومًا في التقويم: أبريل 2026 فيه 30 يومًا');
  });
});

describe('periods holding a day', () => {
  it('labels a week by the ISO week of its Thursday, whatever day it starts on', () => {
    const wed = day('2026-12-02');
    expect(formatPeriod(periodHolding(wed, 'week', 1))).to.equal('2026-W49');
    // Sunday 29 November to Saturday 5 December: mostly ISO week 49.
    expect(formatPeriod(periodHolding(wed, 'week', 7))).to.equal('2026-W49');
    expect(daysOf(period('2026-W49'), 7)).to.deep.equal({ first: day('2026-11-29'), last: day('2026-12-05') });
    // Saturday 28 November to Friday 4 December.
    expect(daysOf(period('2026-W49'), 6)).to.deep.equal({ first: day('2026-11-28'), last: day('2026-12-04') });
    // A Sunday is the last day of a Monday week and the first of a Sunday week.
    expect(formatPeriod(periodHolding(day('2026-12-06'), 'week', 1))).to.equal('2026-W49');
    expect(formatPeriod(periodHolding(day('2026-12-06'), 'week', 7))).to.equal('2026-W50');
  });

  it('knows the 53rd ISO week of 2026 across the year end', () => {
    // 2026 starts on a Thursday: 53 ISO weeks; the 53rd runs from Monday 28 December to Sunday 3 January 2027.
    expect(formatPeriod(periodHolding(day('2027-01-01'), 'week', 1))).to.equal('2026-W53');
    expect(formatPeriod(periodHolding(day('2027-01-03'), 'week', 1))).to.equal('2026-W53');
    expect(formatPeriod(periodHolding(day('2027-01-04'), 'week', 1))).to.equal('2027-W01');
    expect(daysOf(period('2026-W53'))).to.deep.equal({ first: day('2026-12-28'), last: day('2027-01-03') });
    // The week adds up into the month of its Thursday (31 December), across the year end.
    expect(formatPeriod(parentPeriod(period('2026-W53'), 'month'))).to.equal('2026-12');
    expect(formatPeriod(parentPeriod(period('2026-W53'), 'quarter'))).to.equal('2026-Q4');
    expect(formatPeriod(parentPeriod(period('2027-W01'), 'month'))).to.equal('2027-01');
  });

  it('gives months and quarters their calendar days, leap years included', () => {
    expect(daysOf(period('2024-02'))).to.deep.equal({ first: day('2024-02-01'), last: day('2024-02-29') });
    expect(daysOf(period('2026-02'))).to.deep.equal({ first: day('2026-02-01'), last: day('2026-02-28') });
    expect(daysOf(period('2026-Q4'))).to.deep.equal({ first: day('2026-10-01'), last: day('2026-12-31') });
    expect(formatPeriod(periodHolding(day('2026-12-31'), 'quarter'))).to.equal('2026-Q4');
    expect(formatPeriod(periodHolding(day('2027-01-01'), 'quarter'))).to.equal('2027-Q1');
  });

  it('lists the weeks and months that add up into a month or a quarter', () => {
    // December 2026: the ISO weeks whose Thursday is in December are 49 to 53 (Thursday 3 December to 31 December).
    expect(childPeriods(period('2026-12'), 'week').map(formatPeriod)).to.deep.equal(['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53']);
    // November 2026: Thursday 5 November (W45) to Thursday 26 November (W48).
    expect(childPeriods(period('2026-11'), 'week').map(formatPeriod)).to.deep.equal(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    expect(childPeriods(period('2026-Q4'), 'month').map(formatPeriod)).to.deep.equal(['2026-10', '2026-11', '2026-12']);
    expect(childPeriods(period('2026-Q4'), 'week')).to.have.length(14); // W40 (Thursday 1 October) to W53
    // Every week of 2020 to 2030 belongs to exactly one month.
    for (let y = 2020; y <= 2030; y++) {
      const weeks = new Set<string>();
      for (let m = 1; m <= 12; m++) {
        for (const w of childPeriods({ granularity: 'month', year: y, index: m }, 'week')) weeks.add(formatPeriod(w));
      }
      const expected = new Set<string>();
      for (let d = daysFromCivil(y, 1, 1); d <= daysFromCivil(y, 12, 31); d++) {
        if (weekdayOf(d) === 4) expected.add(formatPeriod(periodHolding(d, 'week')));
      }
      expect([...weeks].sort(), String(y)).to.deep.equal([...expected].sort());
    }
  });
});

describe('working days and the elapsed share (hand-counted)', () => {
  const share = (label: string, asOf: string, w: WorkWeek) => elapsedShare(daysOf(period(label), w.weekStart), day(asOf), w);

  it('paces a Sunday-to-Thursday week: Wednesday is 4 of 5 working days', () => {
    // Sunday 29 November to Saturday 5 December 2026; worked Sunday to Thursday.
    expect(share('2026-W49', '2026-12-02', SUN_THU)).to.deep.equal({ elapsed: 0.8, done: 4, total: 5, basis: 'working-days' });
    // Friday and Saturday are the weekend: the week is done on Thursday.
    expect(share('2026-W49', '2026-12-04', SUN_THU).elapsed).to.equal(1);
    // The same Wednesday in a Monday-to-Friday week: 3 of 5.
    expect(share('2026-W49', '2026-12-02', MON_FRI)).to.deep.equal({ elapsed: 0.6, done: 3, total: 5, basis: 'working-days' });
  });

  it('paces a month with holidays: 16 December is 12 of 20 working days', () => {
    // December 2026 has 23 weekdays; 24, 25 and 31 December off leaves 20; by the 16th, 12 are worked.
    const christmas = week(1, [1, 2, 3, 4, 5], ['2026-12-24', '2026-12-25', '2026-12-31']);
    expect(share('2026-12', '2026-12-16', christmas)).to.deep.equal({ elapsed: 0.6, done: 12, total: 20, basis: 'working-days' });
    expect(share('2026-12', '2026-12-16', MON_FRI)).to.deep.equal({ elapsed: 12 / 23, done: 12, total: 23, basis: 'working-days' });
    // A holiday on the date itself is not counted.
    expect(share('2026-12', '2026-12-24', christmas).done).to.equal(17);
  });

  it('paces a quarter and a leap February', () => {
    // Q4 2026: 66 weekdays, 45 of them by Wednesday 2 December.
    expect(share('2026-Q4', '2026-12-02', MON_FRI)).to.deep.equal({ elapsed: 45 / 66, done: 45, total: 66, basis: 'working-days' });
    // Q1 2027 across the year end from the 53rd week: Friday 1 and Monday 4 January are 2 of 64.
    expect(share('2027-Q1', '2027-01-04', MON_FRI)).to.deep.equal({ elapsed: 2 / 64, done: 2, total: 64, basis: 'working-days' });
    // February 2024 has 21 weekdays, the 29th among them.
    expect(share('2024-02', '2024-02-29', MON_FRI)).to.deep.equal({ elapsed: 1, done: 21, total: 21, basis: 'working-days' });
  });

  it('is 0 before the first working day and 1 after the last', () => {
    // Tuesday 1 December a holiday, asOf that day: nothing worked yet.
    const w = week(1, [1, 2, 3, 4, 5], ['2026-12-01']);
    expect(share('2026-12', '2026-12-01', w).elapsed).to.equal(0);
    expect(share('2026-12', '2027-01-15', w).elapsed).to.equal(1);
  });

  it('counts calendar days in a period with no working day at all', () => {
    // A week of public holidays (Sunday to Thursday off in a Sunday-to-Thursday week).
    const eid = week(7, [7, 1, 2, 3, 4], ['2026-05-24', '2026-05-25', '2026-05-26', '2026-05-27', '2026-05-28']);
    expect(workingDays(day('2026-05-24'), day('2026-05-30'), eid)).to.equal(0);
    expect(share('2026-W22', '2026-05-26', eid)).to.deep.equal({ elapsed: 3 / 7, done: 3, total: 7, basis: 'calendar-days' });
  });
});

describe("the locale's week", () => {
  it('reads the browser week: Sunday to Thursday for ar-SA, Monday to Friday for de', () => {
    expect(localeWorkWeek('ar-SA')).to.deep.equal({ weekStart: 7, workdays: [1, 2, 3, 4, 7], fromLocale: true });
    expect(localeWorkWeek('de')).to.deep.equal({ weekStart: 1, workdays: [1, 2, 3, 4, 5], fromLocale: true });
    expect(localeWorkWeek('en-GB').weekStart).to.equal(1);
  });

  it('falls back to a Monday week, Monday to Friday, for a tag it cannot read', () => {
    expect(localeWorkWeek('not a locale!')).to.deep.equal({ weekStart: 1, workdays: [1, 2, 3, 4, 5], fromLocale: false });
  });

  it('keeps each period label a period (round trip through its days)', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(2000, 1, 1), max: daysFromCivil(2040, 12, 31) }), fc.constantFrom<Weekday>(1, 2, 3, 4, 5, 6, 7), (d, start) => {
        for (const g of ['week', 'month', 'quarter'] as const) {
          const p: Period = periodHolding(d, g, start);
          const span = daysOf(p, start);
          expect(d, `${formatDay(d)} ${g} from ${start}`).to.be.within(span.first, span.last);
        }
      }),
      { seed: FC_SEED, numRuns: 500 },
    );
  });
});
