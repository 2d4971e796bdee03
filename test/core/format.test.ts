import { expect } from '@open-wc/testing';
import { NumberFormatter, currencyProblem, labelDateFormat, resolveCurrency, resolveLocale, DASH } from '../../src/core/format.js';
import { parsePeriod, periodStartUTC } from '../../src/core/periods.js';
import { describeProblem } from '../../src/internal/i18n.js';

describe('number formatting', () => {
  const en = new NumberFormatter('en-US', 'USD');

  it('formats counts, money, percentages, days and minutes for the locale', () => {
    expect(en.format(4200, 'count')).to.equal('4,200');
    expect(en.format(0.758, 'count')).to.equal('0.76');
    expect(en.format(6313.1, 'count')).to.equal('6,313');
    expect(en.format(48, 'currency')).to.equal('$48');
    expect(en.format(4.5, 'currency')).to.equal('$4.50');
    expect(en.format(1250000, 'currency')).to.equal('$1,250,000');
    expect(en.format(0.2, 'percent')).to.equal('20%');
    expect(en.format(0.0125, 'percent')).to.equal('1.3%');
    expect(en.format(1.5, 'percent')).to.equal('150%');
    expect(en.format(12, 'days')).to.equal('12 days');
    expect(en.format(1, 'days')).to.equal('1 day');
    expect(en.format(95, 'minutes')).to.equal('95 minutes');
    expect(en.format(41, 'score')).to.equal('41');
    expect(en.format(3.6, 'ratio')).to.equal('3.6×');
  });

  it('has compact forms for big numbers', () => {
    expect(en.format(1250000, 'currency', { compact: true })).to.equal('$1.3M');
    expect(en.format(68000, 'count', { compact: true })).to.equal('68K');
    expect(en.format(4200, 'count', { compact: true })).to.equal('4,200');
  });

  it('signs changes', () => {
    expect(en.percent(0.2, { signed: true })).to.equal('+20%');
    expect(en.percent(-0.05, { signed: true })).to.equal('-5%');
    expect(en.percent(0, { signed: true })).to.equal('0%');
  });

  it('shows a dash, never NaN, Infinity or undefined', () => {
    for (const v of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(en.format(v as number, 'currency')).to.equal(DASH);
    }
  });

  it('formats for Arabic and other currencies', () => {
    const ar = new NumberFormatter('ar-EG', 'EGP');
    const money = ar.format(1234, 'currency');
    expect(money).to.match(/[٠-٩]/); // Arabic-Indic digits in ar-EG
    expect(ar.format(3, 'days')).to.contain('أيام');
    // "US$" stays together in right-to-left text.
    expect(new NumberFormatter('ar', 'USD').format(23000, 'currency')).to.match(/US\$\u200E/u);
    expect(en.format(23000, 'currency')).to.equal('$23,000');
    const sar = new NumberFormatter('ar-u-nu-latn', 'SAR');
    expect(sar.format(48, 'currency')).to.contain('48');
    const de = new NumberFormatter('de-DE', 'EUR');
    expect(de.format(4.5, 'currency').replace(/\s/gu, ' ')).to.equal('4,50 €');
    expect(de.format(1234, 'currency').replace(/\s/gu, ' ')).to.equal('1.234 €');
  });

  it('falls back for bad locales and currencies', () => {
    expect(resolveLocale('not a locale!')).to.equal('en');
    expect(resolveLocale(null)).to.equal('en');
    expect(resolveCurrency('eur')).to.equal('EUR');
    expect(resolveCurrency('EURO')).to.equal(null);
    expect(new NumberFormatter('en', 'XX').currency).to.equal('USD');
  });

  it("shows money in the currency's own minor unit", () => {
    const plain = (text: string) => text.replace(/\s/gu, ' ');
    expect(plain(new NumberFormatter('en-US', 'KWD').money(0.125))).to.equal('KWD 0.125');
    expect(plain(new NumberFormatter('en-US', 'BHD').money(1.5))).to.equal('BHD 1.500');
    expect(plain(new NumberFormatter('en-US', 'OMR').money(2.345))).to.equal('OMR 2.345');
    expect(new NumberFormatter('en-US', 'JPY').money(12.345)).to.equal('¥12');
    expect(en.money(4.5)).to.equal('$4.50');
    // Amounts from 100 on stay whole, as for every currency.
    expect(plain(new NumberFormatter('en-US', 'KWD').money(1234.567))).to.equal('KWD 1,235');
  });

  it('shows a value that rounds to zero without a minus sign', () => {
    expect(en.money(-0.001)).to.equal('$0.00');
    expect(en.money(-0)).to.equal('$0');
    expect(en.count(-0)).to.equal('0');
    expect(en.count(-0.0001)).to.equal('0');
    expect(en.percent(-0.00001)).to.equal('0%');
    expect(en.format(-0.01, 'ratio')).to.equal('0×');
    expect(en.percent(-0.00001, { signed: true })).to.equal('0%');
    expect(new NumberFormatter('de-DE', 'EUR').money(-0.004).replace(/\s/gu, ' ')).to.equal('0,00 €');
    // Real negatives keep their sign.
    expect(en.money(-4.5)).to.equal('-$4.50');
    expect(en.count(-3)).to.equal('-3');
  });

  it('prints numbers from 1e15 on in scientific notation, never 22 digits across the page', () => {
    expect(en.money(1e21)).to.equal('$1E21');
    expect(en.money(-1.234e21)).to.equal('-$1.23E21');
    expect(en.money(1e21, { compact: true })).to.equal('$1E21');
    expect(en.count(2.5e15)).to.equal('2.5E15');
    expect(en.percent(1e13)).to.equal('1E15%');
    expect(en.money(999_999_999_999_999)).to.equal('$999,999,999,999,999');
    for (const v of [1e15, 1e21, 1.7e308]) {
      expect(en.money(v).length, String(v)).to.be.at.most(12);
      expect(en.count(v, { compact: true }).length, String(v)).to.be.at.most(12);
    }
  });

  it('names a currency attribute that is not an ISO 4217 code, in English and Arabic', () => {
    for (const bad of ['US$', 'constructor', 'ABC', 'usd!']) {
      const p = currencyProblem(bad);
      expect(p, bad).to.not.equal(null);
      expect(p!.path).to.deep.equal([]);
      expect(describeProblem(p!, 'en')).to.contain(`"${bad}"`).and.contain('ISO 4217').and.contain('amounts are shown in USD');
      expect(describeProblem(p!, 'ar')).to.contain(`«${bad}»`).and.contain('ISO 4217');
      expect(new NumberFormatter('en', bad).currency).to.equal('USD');
    }
    for (const ok of [null, undefined, '', 'USD', 'eur', ' SAR ', 'KWD', 'JPY']) expect(currencyProblem(ok), String(ok)).to.equal(null);
    expect(resolveCurrency('ABC')).to.equal(null);
    expect(resolveCurrency(' sar ')).to.equal('SAR');
  });

  it('names Gregorian periods in the Gregorian calendar in Persian and Saudi Arabic', () => {
    const january = periodStartUTC(parsePeriod('2026-01').period!);
    const fa = labelDateFormat('fa', { month: 'long', year: 'numeric' }).format(january);
    expect(fa).to.contain('ژانویه').and.contain('۲۰۲۶');
    expect(fa).to.not.contain('دی').and.not.contain('فروردین');
    for (const locale of ['ar-SA', 'ar-SA-u-ca-islamic', 'ar-u-ca-islamic-umalqura']) {
      const ar = labelDateFormat(locale, { month: 'long', year: 'numeric' }).format(january);
      expect(ar, locale).to.contain('يناير').and.match(/٢٠٢٦|2026/u);
      expect(ar, locale).to.not.match(/رجب|١٤٤٧|1447/u);
    }
    // The locale's digits are kept: Latin digits where it asks for them.
    expect(labelDateFormat('ar-SA-u-nu-latn', { month: 'long', year: 'numeric' }).format(january)).to.contain('2026');
  });
});

describe('NumberFormatter: Arabic compact numbers agree with their count', () => {
  it('counts 3 to 10 thousands, millions and billions with the plural, 11 and up with the singular', () => {
    // Intl puts a no-break space (and in some locales a direction mark) between number and noun.
    const plain = (t: string) => t.replace(/[\s\u200f\u200e\u061c]+/g, ' ');
    const f = new NumberFormatter('ar');
    expect(plain(f.count(10_000, { compact: true }))).to.equal('10 آلاف');
    expect(plain(f.count(3_000_000, { compact: true }))).to.equal('3 ملايين');
    expect(plain(f.count(7_000_000_000, { compact: true }))).to.equal('7 مليارات');
    expect(plain(f.count(11_000, { compact: true }))).to.equal('11 ألف');
    expect(plain(f.count(100_000, { compact: true }))).to.equal('100 ألف');
    expect(plain(f.count(2_500_000, { compact: true }))).to.equal('2.5 مليون');
    const eg = new NumberFormatter('ar-EG');
    expect(plain(eg.count(10_000, { compact: true }))).to.equal('١٠ آلاف');
    expect(new NumberFormatter('en').count(10_000, { compact: true })).to.equal('10K');
  });
});
