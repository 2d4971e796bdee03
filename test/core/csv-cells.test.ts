import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dayFirstOf, decimalOf, parseDayCell, parseNumberCell, parsePeriodCell, type Decimal } from '../../src/core/csv-cells.js';
import { daysFromCivil, formatDay } from '../../src/core/days.js';
import { formatPeriod } from '../../src/core/periods.js';
import { FC_SEED } from '../support/fc-seed.js';

const DAY_MS = 86_400_000;

/** The value of a number cell, or its reason. */
const num = (text: string, decimal: Decimal = '.') => {
  const r = parseNumberCell(text, decimal);
  return r.value === null ? r.reason : r.value;
};
const pct = (text: string, decimal: Decimal = '.') => {
  const r = parseNumberCell(text, decimal);
  return r.value === null ? r.reason : { value: r.value, percent: r.percent };
};
/** A day cell as its YYYY-MM-DD label, or its reason. */
const day = (text: string, dayFirst = false) => {
  const r = parseDayCell(text, dayFirst);
  return r.days === null ? r.reason : formatDay(r.days);
};
/** A period cell as the kit's label, `day YYYY-MM-DD`, or its kind. */
const period = (text: string, dayFirst = false) => {
  const r = parsePeriodCell(text, dayFirst);
  if (r.kind === 'period') return formatPeriod(r.period);
  if (r.kind === 'day') return `day ${formatDay(r.days)}`;
  return r.kind;
};

describe('csv cells', () => {
  describe('the locale', () => {
    it('knows the decimal mark', () => {
      expect(decimalOf('en-US')).to.equal('.');
      expect(decimalOf('en-GB')).to.equal('.');
      expect(decimalOf('de-DE')).to.equal(',');
      expect(decimalOf('fr-FR')).to.equal(',');
      expect(decimalOf('es-ES')).to.equal(',');
      expect(decimalOf('pt-BR')).to.equal(',');
      expect(decimalOf('de-CH')).to.equal('.');
      // Intl writes U+066B there, which parseNumberCell always reads as the decimal mark.
      expect(decimalOf('ar-EG')).to.equal('.');
      expect(decimalOf('ar-SA')).to.equal('.');
      expect(decimalOf('not a locale!')).to.equal('.');
    });

    it('knows whether the day comes before the month', () => {
      expect(dayFirstOf('en-US')).to.equal(false);
      expect(dayFirstOf('en-GB')).to.equal(true);
      expect(dayFirstOf('de-DE')).to.equal(true);
      expect(dayFirstOf('fr-FR')).to.equal(true);
      expect(dayFirstOf('ar-EG')).to.equal(true);
      expect(dayFirstOf('ar-SA')).to.equal(true);
      expect(dayFirstOf('ar')).to.equal(true);
      expect(dayFirstOf('ja-JP')).to.equal(false); // year, month, day
      expect(dayFirstOf('not a locale!')).to.equal(false);
    });
  });

  describe('numbers', () => {
    it('reads plain numbers as String(n) writes them', () => {
      expect(num('1234')).to.equal(1234);
      expect(num('1234.5')).to.equal(1234.5);
      expect(num('-3')).to.equal(-3);
      expect(num('+3')).to.equal(3);
      expect(num('.5')).to.equal(0.5);
      expect(num('-.5')).to.equal(-0.5);
      expect(num('0')).to.equal(0);
      expect(num('007')).to.equal(7);
      expect(num('1e+21')).to.equal(1e21);
      expect(num('1.5E-7')).to.equal(1.5e-7);
      expect(num('5e-324')).to.equal(5e-324);
      expect(num('1.7976931348623157e+308')).to.equal(Number.MAX_VALUE);
      expect(num('  42 \t')).to.equal(42);
    });

    it('says when a cell is empty', () => {
      for (const text of ['', '   ', '\uFEFF', '\u00A0\u202F', '\u200F', '\t']) expect(parseNumberCell(text, '.'), JSON.stringify(text)).to.deep.equal({ value: null, reason: 'empty' });
    });

    it('reads grouped digits with a point as the decimal mark', () => {
      expect(num('1,234,567.89')).to.equal(1234567.89);
      expect(num('1 234 567')).to.equal(1234567);
      expect(num('1\u00A0234\u00A0567')).to.equal(1234567);
      expect(num('1\u202F234.5')).to.equal(1234.5);
      expect(num("1'234'567.89")).to.equal(1234567.89);
      expect(num('1\u2019234.5')).to.equal(1234.5);
      expect(num('1,500')).to.equal(1500);
      expect(num('999,999')).to.equal(999999);
    });

    it('reads grouped digits with a comma as the decimal mark', () => {
      expect(num('1.234.567,89', ',')).to.equal(1234567.89);
      expect(num('1 234,5', ',')).to.equal(1234.5);
      expect(num('1\u202F234\u202F567,891', ',')).to.equal(1234567.891);
      expect(num('0,5', ',')).to.equal(0.5);
      expect(num(',5', ',')).to.equal(0.5);
      expect(num('-1234,5', ',')).to.equal(-1234.5);
      expect(num('1,5E-7', ',')).to.equal(1.5e-7);
      // A single point before exactly three digits is a thousands separator there; any other point is not a number.
      expect(num('1.500', ',')).to.equal(1500);
      expect(num('1.5', ',')).to.equal('not-a-number');
      expect(num('1.50', ',')).to.equal('not-a-number');
      expect(num('.5', ',')).to.equal('not-a-number');
      expect(num('1234.5', ',')).to.equal('not-a-number');
    });

    it('refuses grouping that is not well formed, rather than guess', () => {
      expect(num('1,5')).to.equal('not-a-number'); // a decimal comma, probably
      expect(num('12,34,567')).to.equal('not-a-number'); // Indian grouping
      expect(num('1234,567')).to.equal('not-a-number');
      expect(num('1,23')).to.equal('not-a-number');
      expect(num('1,2345')).to.equal('not-a-number');
      expect(num('1,234 567')).to.equal('not-a-number'); // two kinds of separator
      expect(num('1 2')).to.equal('not-a-number');
      expect(num('1.234.567,89')).to.equal('not-a-number'); // decimal '.'
      expect(num('1,234,567.89', ',')).to.equal('not-a-number');
      expect(num("1'234,5", ',')).to.equal('not-a-number');
      expect(num('1,234e5')).to.equal('not-a-number');
      expect(num('1,')).to.equal('not-a-number');
      expect(num('5.')).to.equal('not-a-number');
    });

    it('reads Arabic-Indic digits and the Arabic separators', () => {
      expect(num('١٬٢٣٤٬٥٦٧٫٨٩')).to.equal(1234567.89);
      expect(num('١٬٢٣٤٬٥٦٧٫٨٩', ',')).to.equal(1234567.89);
      expect(num('۱۲۳۴')).to.equal(1234); // Extended Arabic-Indic (Persian, Urdu)
      expect(num('٠٫٥')).to.equal(0.5);
      expect(num('\u061C-١٬٢٣٤')).to.equal(-1234); // Intl's ar-EG negative: ALM, then '-'
      expect(num('١٢٣٤-')).to.equal(-1234);
      expect(num('١٫٢٫٣')).to.equal('not-a-number');
      expect(num('١٬٢٣')).to.equal('not-a-number');
    });

    it('drops one currency mark, before or after the digits', () => {
      expect(num('$15,000')).to.equal(15000);
      expect(num('15,000 $')).to.equal(15000);
      expect(num('15,000$')).to.equal(15000);
      expect(num('US$ 15,000')).to.equal(15000);
      expect(num('US$15,000.50')).to.equal(15000.5);
      expect(num('€1.234,50', ',')).to.equal(1234.5);
      expect(num('1.234,50 €', ',')).to.equal(1234.5);
      expect(num('£12')).to.equal(12);
      expect(num('¥1,000')).to.equal(1000);
      expect(num('₹ 500')).to.equal(500);
      expect(num('﷼ 500')).to.equal(500);
      expect(num('SAR 1,200')).to.equal(1200);
      expect(num('1,200 AED')).to.equal(1200);
      expect(num('EGP1200')).to.equal(1200);
      expect(num('USD -5')).to.equal(-5);
      expect(num('١٬٢٠٠ ر.س.\u200F')).to.equal(1200);
      expect(num('١٬٢٠٠ ر.س')).to.equal(1200);
      expect(num('ر.س. ١٬٢٠٠')).to.equal(1200);
      expect(num('د.إ 1,200')).to.equal(1200);
      expect(num('1200 ج.م.')).to.equal(1200);
      expect(num('1200ج.م')).to.equal(1200);
      expect(num('د.ك 5')).to.equal(5);
      expect(num('٥ ر.ق')).to.equal(5);
      expect(num('$15,000 $')).to.equal('not-a-number');
      expect(num('$ USD 5')).to.equal('not-a-number');
      expect(num('usd 5')).to.equal('not-a-number');
      expect(num('$')).to.equal('not-a-number');
    });

    it('reads percentages as fractions, exactly', () => {
      expect(pct('86.7%')).to.deep.equal({ value: 0.867, percent: true });
      expect(pct('86.7 %')).to.deep.equal({ value: 0.867, percent: true });
      expect(pct('%86.7')).to.deep.equal({ value: 0.867, percent: true });
      expect(pct('٨٦٫٧٪')).to.deep.equal({ value: 0.867, percent: true });
      expect(pct('٨٦٫٧٪\u061C')).to.deep.equal({ value: 0.867, percent: true }); // as Intl writes it for ar-EG
      expect(pct('86,7\u202F%', ',')).to.deep.equal({ value: 0.867, percent: true });
      expect(pct('-0.5%')).to.deep.equal({ value: -0.005, percent: true });
      expect(pct('100%')).to.deep.equal({ value: 1, percent: true });
      expect(pct('1e2%')).to.deep.equal({ value: 1, percent: true });
      expect(pct('86.7')).to.deep.equal({ value: 86.7, percent: false });
      // The digits moved, not divided: 1.1 / 100 is 0.011000000000000001, 0.7 / 100 is 0.006999999999999999.
      expect(num('1.1%')).to.equal(0.011);
      expect(0.011).to.not.equal(1.1 / 100);
      expect(num('0.7%')).to.equal(0.007);
      expect(0.007).to.not.equal(0.7 / 100);
      expect(num('%86.7%')).to.equal('not-a-number');
      expect(num('$5%')).to.equal('not-a-number');
      expect(num('%')).to.equal('not-a-number');
    });

    it('reads every way of writing a minus', () => {
      expect(num('-1,234')).to.equal(-1234);
      expect(num('\u22121,234')).to.equal(-1234);
      expect(num('(1,234)')).to.equal(-1234);
      expect(num('($1,234)')).to.equal(-1234);
      expect(num('(1.234,5 €)', ',')).to.equal(-1234.5);
      expect(num('-$1,234')).to.equal(-1234);
      expect(num('$-1,234')).to.equal(-1234);
      expect(num('1234-')).to.equal(-1234);
      expect(num('- 5')).to.equal(-5);
      expect(num('-5%')).to.equal(-0.05);
      expect(num('--5')).to.equal('not-a-number');
      expect(num('-5-')).to.equal('not-a-number');
      expect(num('(-5)')).to.equal('not-a-number');
      expect(num('(5')).to.equal('not-a-number');
      expect(num('5)')).to.equal('not-a-number');
      expect(num('+-5')).to.equal('not-a-number');
      expect(num('5+')).to.equal('not-a-number');
    });

    it('says what is not a number', () => {
      for (const text of ['abc', 'n/a', 'N/A', '-', '—', '–', '1 - 2', '12 / 34', '1.2.3', '12abc', 'abc12', 'Infinity', '-Infinity', 'NaN', '0x10', '1e', '1e+', 'e5', '1_000', '½', '#DIV/0!', 'TRUE']) {
        expect(num(text), text).to.equal('not-a-number');
      }
    });

    it('is always finite', () => {
      expect(num('1e999')).to.equal('not-a-number');
      expect(num('-1e309')).to.equal('not-a-number');
      expect(num('1e99999999999999999999999')).to.equal('not-a-number');
      expect(num('1e-999')).to.equal(0);
      expect(num('1e-99999999999999999999999')).to.equal(0);
      expect(num('0e99999999999999999999999')).to.equal(0);
      expect(num(`${'9'.repeat(400)}`)).to.equal('not-a-number');
    });

    it('gives back any finite double from String(n)', () => {
      fc.assert(
        fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
          // String(-0) is '0': +0 comes back (deep equality tells the two zeros apart).
          expect(parseNumberCell(String(n), '.')).to.deep.equal({ value: Object.is(n, -0) ? 0 : n, percent: false });
        }),
        { seed: FC_SEED, numRuns: 2000 },
      );
    });

    it('reads back what Intl.NumberFormat writes, with the locale’s decimal mark', () => {
      const locales = ['en-US', 'de-DE', 'fr-FR', 'ar-EG', 'ar-SA', 'de-CH', 'es-ES', 'pt-BR'];
      fc.assert(
        fc.property(fc.constantFrom(...locales), fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer({ min: 0, max: 6 }), (locale, n, digits) => {
          const text = new Intl.NumberFormat(locale, { useGrouping: true, maximumFractionDigits: digits }).format(n);
          const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: digits }).format(n);
          expect(parseNumberCell(text, decimalOf(locale)), `${locale} ${text}`).to.deep.equal({ value: Number(plain), percent: false });
        }),
        { seed: FC_SEED, numRuns: 1000 },
      );
    });

    it('reads back the percentages Intl.NumberFormat writes', () => {
      const locales = ['en-US', 'de-DE', 'fr-FR', 'ar-EG', 'ar-SA'];
      fc.assert(
        fc.property(fc.constantFrom(...locales), fc.integer({ min: -10_000_000, max: 10_000_000 }), (locale, basisPoints) => {
          const n = basisPoints / 10_000; // 12.34% and the like
          const text = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(n);
          expect(parseNumberCell(text, decimalOf(locale)), `${locale} ${text}`).to.deep.equal({ value: n, percent: true });
        }),
        { seed: FC_SEED, numRuns: 1000 },
      );
    });
  });

  describe('days', () => {
    it('reads ISO dates and GA4’s YYYYMMDD', () => {
      expect(parseDayCell('2026-11-30', false)).to.deep.equal({ days: daysFromCivil(2026, 11, 30) });
      expect(day('2026/11/30')).to.equal('2026-11-30');
      expect(day('2026.11.30')).to.equal('2026-11-30');
      expect(day('2026-1-5')).to.equal('2026-01-05');
      expect(day('20261130')).to.equal('2026-11-30');
      expect(day('٢٠٢٦-١١-٣٠')).to.equal('2026-11-30');
      expect(day('\uFEFF 2026-11-30 ')).to.equal('2026-11-30');
    });

    it('ignores a time after the date, never shifting the day by its zone', () => {
      expect(day('2026-11-30T14:05:00Z')).to.equal('2026-11-30');
      expect(day('2026-11-30T23:59:59.999Z')).to.equal('2026-11-30');
      expect(day('2026-11-30 14:05')).to.equal('2026-11-30'); // HubSpot
      expect(day('2026-11-30T14:05:00+03:00')).to.equal('2026-11-30');
      expect(day('2026-11-30T00:30:00-05:00')).to.equal('2026-11-30');
      expect(day('2026-11-30T01:00:00+1400')).to.equal('2026-11-30');
      expect(day('11/30/2026 2:05 PM')).to.equal('2026-11-30');
      expect(day('11/30/2026 2:05pm')).to.equal('2026-11-30');
      expect(day('30/11/2026 14:05:00', true)).to.equal('2026-11-30');
      expect(day('30/11/2026 2:05 م', true)).to.equal('2026-11-30');
      expect(day('2026-11-30 14:05 UTC')).to.equal('2026-11-30');
      expect(day('2026-11-30 later')).to.equal('not-a-date');
      expect(day('2026-11-30T')).to.equal('not-a-date');
    });

    it('reads numeric dates in either order', () => {
      expect(day('30/11/2026')).to.equal('2026-11-30'); // 30 cannot be a month
      expect(day('11/30/2026', true)).to.equal('2026-11-30'); // nor here
      expect(day('30.11.2026')).to.equal('2026-11-30');
      expect(day('30-11-2026')).to.equal('2026-11-30');
      expect(day('3/4/2026', true)).to.equal('2026-04-03');
      expect(day('3/4/2026', false)).to.equal('2026-03-04');
      expect(day('03/04/2026', true)).to.equal('2026-04-03');
      expect(day('03/04/2026', false)).to.equal('2026-03-04');
      expect(day('12/12/2026', true)).to.equal('2026-12-12');
      expect(day('٣٠‏/١١‏/٢٠٢٦', true)).to.equal('2026-11-30'); // Intl's ar-EG, with RLMs
      expect(day('30/13/2026')).to.equal('not-a-date'); // neither part a month
      expect(day('30/11-2026')).to.equal('not-a-date'); // two separators
      expect(day('30/11/26')).to.equal('not-a-date'); // two-digit years are not read
    });

    it('reads English and Arabic month names', () => {
      expect(day('Nov 30, 2026')).to.equal('2026-11-30');
      expect(day('Nov. 30, 2026')).to.equal('2026-11-30');
      expect(day('30 Nov 2026')).to.equal('2026-11-30');
      expect(day('30-Nov-2026')).to.equal('2026-11-30'); // Excel's dd-mmm-yyyy
      expect(day('November 30 2026')).to.equal('2026-11-30');
      expect(day('NOVEMBER 30, 2026')).to.equal('2026-11-30');
      expect(day('november 30th, 2026')).to.equal('2026-11-30');
      expect(day('3 Sept 2026')).to.equal('2026-09-03');
      expect(day('30 نوفمبر 2026')).to.equal('2026-11-30');
      expect(day('٣٠ نوفمبر ٢٠٢٦')).to.equal('2026-11-30');
      expect(day('نوفمبر 30، 2026')).to.equal('2026-11-30');
      expect(day('1 ابريل 2026')).to.equal('2026-04-01');
      expect(day('1 أبريل 2026')).to.equal('2026-04-01');
      expect(day('15 أغسطس 2026')).to.equal('2026-08-15');
      expect(day('15 اكتوبر 2026')).to.equal('2026-10-15');
      expect(day('30 تشرين الثاني 2026')).to.equal('2026-11-30');
      expect(day('1 كانون الثاني 2026')).to.equal('2026-01-01');
      expect(day('25 كانون الأول 2026')).to.equal('2026-12-25');
      expect(day('1 آذار 2026')).to.equal('2026-03-01');
      expect(day('1 آب 2026')).to.equal('2026-08-01');
      expect(day('30 Novembre 2026')).to.equal('not-a-date');
      expect(day('30 Foo 2026')).to.equal('not-a-date');
      expect(day('Nov 2026')).to.equal('not-a-date'); // a month, not a day
    });

    it('knows every English and Arabic month by each of its names', () => {
      const names = [
        ['January', 'Jan', 'يناير', 'كانون الثاني'],
        ['February', 'Feb', 'فبراير', 'شباط'],
        ['March', 'Mar', 'مارس', 'آذار'],
        ['April', 'Apr', 'أبريل', 'ابريل', 'نيسان'],
        ['May', 'مايو', 'أيار'],
        ['June', 'Jun', 'يونيو', 'حزيران'],
        ['July', 'Jul', 'يوليو', 'تموز'],
        ['August', 'Aug', 'أغسطس', 'اغسطس', 'آب'],
        ['September', 'Sep', 'Sept', 'سبتمبر', 'أيلول'],
        ['October', 'Oct', 'أكتوبر', 'اكتوبر', 'تشرين الأول'],
        ['November', 'Nov', 'نوفمبر', 'تشرين الثاني'],
        ['December', 'Dec', 'ديسمبر', 'كانون الأول'],
      ];
      names.forEach((forms, i) => {
        for (const name of forms) expect(day(`1 ${name} 2026`), name).to.equal(formatDay(daysFromCivil(2026, i + 1, 1)));
      });
    });

    it('refuses dates that do not exist', () => {
      expect(day('2026-02-29')).to.equal('not-a-date');
      expect(day('2024-02-29')).to.equal('2024-02-29');
      expect(day('1900-02-29')).to.equal('not-a-date');
      expect(day('2000-02-29')).to.equal('2000-02-29');
      expect(day('2026-04-31')).to.equal('not-a-date');
      expect(day('2026-13-01')).to.equal('not-a-date');
      expect(day('2026-00-10')).to.equal('not-a-date');
      expect(day('2026-01-00')).to.equal('not-a-date');
      expect(day('20261301')).to.equal('not-a-date');
      expect(day('31/04/2026', true)).to.equal('not-a-date');
      expect(day('Feb 30, 2026')).to.equal('not-a-date');
      expect(day('0999-12-31')).to.equal('not-a-date');
      expect(day('1000-01-01')).to.equal('1000-01-01');
      expect(day('9999-12-31')).to.equal('9999-12-31');
    });

    it('says what is not a date', () => {
      expect(parseDayCell('  ', true)).to.deep.equal({ days: null, reason: 'empty' });
      for (const text of ['abc', 'n/a', '2026', '2026-11', '2026-W48', '1234.5', '2026-11-30-01', '11/30', '2026-11-30T25', '+2026-11-30', '12026-11-30']) {
        expect(day(text), text).to.equal('not-a-date');
      }
    });

    it('reads back every day of four centuries', () => {
      fc.assert(
        fc.property(fc.integer({ min: daysFromCivil(1000, 1, 1), max: daysFromCivil(9999, 12, 31) }), fc.boolean(), (n, dayFirst) => {
          const label = formatDay(n);
          const [y, m, d] = label.split('-');
          expect(parseDayCell(label, dayFirst)).to.deep.equal({ days: n });
          expect(parseDayCell(`${y}${m}${d}`, dayFirst)).to.deep.equal({ days: n });
          expect(parseDayCell(dayFirst ? `${d}/${m}/${y}` : `${m}/${d}/${y}`, dayFirst)).to.deep.equal({ days: n });
          expect(parseDayCell(`${label}T12:00:00-11:00`, dayFirst)).to.deep.equal({ days: n });
        }),
        { seed: FC_SEED, numRuns: 2000 },
      );
    });

    it('reads back the dates Intl.DateTimeFormat writes, in the locale’s order', () => {
      const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ar-EG', 'ar-SA', 'ar-SY'];
      const months = ['numeric', '2-digit', 'short', 'long'] as const;
      fc.assert(
        // From 1900: before 1583 ICU writes Julian dates.
        fc.property(fc.constantFrom(...locales), fc.constantFrom(...months), fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2100, 12, 31) }), (locale, month, n) => {
          const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', calendar: 'gregory', year: 'numeric', month, day: 'numeric' });
          const text = format.format(n * DAY_MS);
          // Only English and Arabic month names are read: German and French dates only as numbers.
          if (/^(de|fr)-/.test(locale) && (month === 'short' || month === 'long')) return;
          expect(parseDayCell(text, dayFirstOf(locale)), `${locale} ${text}`).to.deep.equal({ days: n });
        }),
        { seed: FC_SEED, numRuns: 1000 },
      );
    });
  });

  describe('periods', () => {
    it('reads the kit’s own labels', () => {
      expect(parsePeriodCell('2026-11', false)).to.deep.equal({ kind: 'period', period: { granularity: 'month', year: 2026, index: 11 } });
      expect(parsePeriodCell('2026-W48', false)).to.deep.equal({ kind: 'period', period: { granularity: 'week', year: 2026, index: 48 } });
      expect(parsePeriodCell('2026-Q4', false)).to.deep.equal({ kind: 'period', period: { granularity: 'quarter', year: 2026, index: 4 } });
    });

    it('reads the ways exports write weeks and quarters', () => {
      for (const text of ['2026W48', '2026-w48', 'W48 2026', 'w48-2026', '2026 W48', '2026 - W48', '\u200F2026-W48\u200F']) expect(period(text), text).to.equal('2026-W48');
      expect(period('2026-W5')).to.equal('2026-W05');
      expect(period('W5 2026')).to.equal('2026-W05');
      for (const text of ['2026 Q4', 'Q4 2026', 'Q4-2026', 'q4 2026', '2026Q4', '2026-q4', 'Q4/2026']) expect(period(text), text).to.equal('2026-Q4');
    });

    it('reads the ways exports write months', () => {
      for (const text of ['202611', '2026/11', '11/2026', '11-2026', 'Nov 2026', 'November 2026', 'nov-2026', 'Nov, 2026', 'نوفمبر 2026', '2026 نوفمبر', 'تشرين الثاني ٢٠٢٦', '٢٠٢٦-١١']) {
        expect(period(text), text).to.equal('2026-11');
      }
      expect(period('1/2026')).to.equal('2026-01');
      expect(period('2026-1')).to.equal('2026-01');
      expect(period('Sept 2026')).to.equal('2026-09');
      expect(period('أبريل 2026')).to.equal('2026-04');
    });

    it('gives a full date back as a day, for the caller to place', () => {
      expect(parsePeriodCell('2026-11-30', false)).to.deep.equal({ kind: 'day', days: daysFromCivil(2026, 11, 30) });
      expect(period('20261130')).to.equal('day 2026-11-30');
      expect(period('Nov 30, 2026')).to.equal('day 2026-11-30');
      expect(period('2026-11-30T14:05:00Z')).to.equal('day 2026-11-30');
      expect(period('03/04/2026', true)).to.equal('day 2026-04-03');
      expect(period('03/04/2026', false)).to.equal('day 2026-03-04');
    });

    it('refuses periods that cannot be', () => {
      expect(period('2026-W54')).to.equal('invalid');
      expect(period('2026-W53')).to.equal('2026-W53'); // 2026 has 53 ISO weeks
      expect(period('2025-W53')).to.equal('invalid'); // 2025 has 52
      expect(period('W53 2025')).to.equal('invalid');
      expect(period('2026W00')).to.equal('invalid');
      expect(period('2026-Q5')).to.equal('invalid');
      expect(period('Q0 2026')).to.equal('invalid');
      expect(period('2026-13')).to.equal('invalid');
      expect(period('202600')).to.equal('invalid');
      expect(period('13/2026')).to.equal('invalid');
      expect(period('0999-12')).to.equal('invalid');
      expect(period('Foo 2026')).to.equal('invalid');
      expect(period('2026-02-30')).to.equal('invalid');
    });

    it('says when a cell is empty or is no period at all', () => {
      expect(parsePeriodCell(' \u00A0', false)).to.deep.equal({ kind: 'empty' });
      for (const text of ['abc', '2026', '1234.5', 'November', 'W48', 'Q4', '2026-11-30 later', '2026.11']) expect(period(text), text).to.equal('invalid');
    });

    it('reads back every label the kit writes', () => {
      const periods = fc.oneof(
        fc.record({ granularity: fc.constant('month' as const), year: fc.integer({ min: 1000, max: 9999 }), index: fc.integer({ min: 1, max: 12 }) }),
        fc.record({ granularity: fc.constant('quarter' as const), year: fc.integer({ min: 1000, max: 9999 }), index: fc.integer({ min: 1, max: 4 }) }),
        fc.record({ granularity: fc.constant('week' as const), year: fc.integer({ min: 1000, max: 9999 }), index: fc.integer({ min: 1, max: 52 }) }),
      );
      fc.assert(
        fc.property(periods, fc.boolean(), (p, dayFirst) => {
          expect(parsePeriodCell(formatPeriod(p), dayFirst)).to.deep.equal({ kind: 'period', period: p });
        }),
        { seed: FC_SEED, numRuns: 1000 },
      );
    });
  });
});
