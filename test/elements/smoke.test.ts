import { expect, fixture, html } from '@open-wc/testing';
import '../../src/kpi-scorecard/define.js';
import weekly from '../../demo/data/scorecard-weekly.json';
import type { KpiScorecard } from '../../src/kpi-scorecard/kpi-scorecard.js';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${weekly}></kpi-scorecard>`);
    console.log(JSON.stringify(el.result?.counts), JSON.stringify(el.errors));
    console.log(el.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 1500));
    expect(el.result).to.not.equal(null);
  });
});
