import { expect } from '@open-wc/testing';
import { NumberFormatter, resolveCurrency, resolveLocale, DASH } from '../../src/core/format.js';

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
});
