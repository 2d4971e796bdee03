/**
 * What a reader sees of money, zero, huge numbers, a bad currency and period names: rendered
 * elements, read from their shadow DOM.
 */
import { expect, fixture, html } from '@open-wc/testing';
import weekly from '../../demo/data/scorecard-weekly.json';
import '../../src/kpi-scorecard/define.js';
import '../../src/rolling-trend/define.js';
import type { KpiScorecard } from '../../src/kpi-scorecard/kpi-scorecard.js';
import type { RollingTrend } from '../../src/rolling-trend/rolling-trend.js';

/** Text with every run of white space (the no-break spaces of Intl included) as one space. */
const flat = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
const valueOf = (el: KpiScorecard, id: string) => flat(el.shadowRoot!.querySelector(`[part="metric"][data-id="${id}"] [part="value"]`));

const money = (actual: number) => ({
  title: 'Money',
  metrics: [{ id: 'm', label: 'Amount', unit: 'currency', actual, target: 1 }],
});

const trend = {
  label: 'MQLs',
  unit: 'count',
  points: [
    { period: '2025-12', value: 110 },
    { period: '2026-01', value: 120 },
  ],
};

describe('reliability: numbers and labels as shown', () => {
  it("money shows the currency's own minor unit (KWD 0.125, ¥12)", async () => {
    const kwd = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" currency="KWD" .data=${money(0.125)}></kpi-scorecard>`);
    expect(valueOf(kwd, 'm')).to.equal('KWD 0.125');
    const jpy = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" currency="JPY" .data=${money(12.345)}></kpi-scorecard>`);
    expect(valueOf(jpy, 'm')).to.equal('¥12');
  });

  it('an amount that rounds to zero shows no minus sign', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" .data=${money(-0.001)}></kpi-scorecard>`);
    expect(valueOf(el, 'm')).to.equal('$0.00');
    expect(flat(el.shadowRoot)).to.not.contain('-$0');
  });

  it('an amount of 1e21 prints compactly, not as 22 digits', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" .data=${money(1e21)}></kpi-scorecard>`);
    expect(valueOf(el, 'm')).to.equal('$1E21');
    expect(flat(el.shadowRoot)).to.not.contain('000,000,000');
  });

  it('an invalid currency attribute is an error, not silent USD', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" currency="US$" .data=${money(48)}></kpi-scorecard>`);
    expect(el.errors.map((e) => e.message).join('\n')).to.contain('US$');
    expect(flat(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain('US$');
  });

  it('a trend names 2026-01 as January 2026 in Persian and Saudi Arabic, not a Persian or Hijri month', async () => {
    const fa = await fixture<RollingTrend>(html`<rolling-trend locale="fa" .data=${trend}></rolling-trend>`);
    const faLatest = flat(fa.shadowRoot!.querySelector('.latest-period'));
    expect(faLatest).to.contain('ژانویه').and.contain('۲۰۲۶');
    expect(faLatest).to.not.contain('دی').and.not.contain('۱۴۰۴');
    for (const locale of ['ar-SA', 'ar-SA-u-ca-islamic']) {
      const ar = await fixture<RollingTrend>(html`<rolling-trend locale=${locale} .data=${trend}></rolling-trend>`);
      const latest = flat(ar.shadowRoot!.querySelector('.latest-period'));
      expect(latest, locale).to.contain('يناير').and.contain('٢٠٢٦');
      expect(latest, locale).to.not.contain('١٤٤٧');
    }
  });

  it("a scorecard grid heads its months with Gregorian names in Persian", async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="fa" layout="grid" .data=${weekly}></kpi-scorecard>`);
    const monthly = el.shadowRoot!.querySelector('table[data-cadence="monthly"]')!;
    const heads = flat(monthly.querySelector('thead'));
    expect(heads).to.contain('ژانویه').and.contain('نوامبر');
    expect(heads).to.not.contain('فروردین').and.not.contain('آبان');
  });
});
