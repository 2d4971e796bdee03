import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import weekly from '../../demo/data/scorecard-weekly.json';
import plan from '../../demo/data/funnel-plan.json';
import mqls from '../../demo/data/trend-mqls.json';
import sources from '../../demo/data/lead-sources.json';
import sourcesAr from '../../demo/data/lead-sources.ar.json';
import '../../src/index.js';

type Kit = HTMLElement & { data: unknown; result: unknown; updateComplete: Promise<boolean>; whenDrawn(): Promise<void> };

/** Tag, data and attributes: a window longer than 500 periods is drawn by ECharts, on a canvas. */
const cases: [string, unknown, Record<string, string>?][] = [
  ['kpi-scorecard', weekly],
  ['funnel-planner', plan],
  ['rolling-trend', mqls],
  ['rolling-trend', mqls, { window: '600' }],
  ['lead-source-breakdown', sources],
  ['lead-source-breakdown', sourcesAr],
];

/** Whether the page can scroll sideways (something inside an element overflows the page). */
const pageOverflows = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

describe('layout: an element never widens its page', () => {
  for (const dir of ['ltr', 'rtl']) {
    for (const [tag, data, attributes = {}] of cases) {
      const shown = Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`).join('');
      it(`<${tag}${shown}> in a 480px column, ${dir}`, async () => {
        expect(pageOverflows(), 'the page overflowed before the test').to.equal(false);
        const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width: 480px"></div>`);
        const el = document.createElement(tag) as Kit;
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        el.data = data;
        wrapper.append(el);
        await waitUntil(() => el.result !== null, 'no result');
        // Its chart drawn too (HTML and SVG with the render, or ECharts' canvas once loaded).
        await el.whenDrawn();
        // Open any table behind a toggle, so its cells are laid out too.
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')?.click();
        await el.updateComplete;
        expect(el.getBoundingClientRect().width).to.equal(480);
        expect(pageOverflows(), `<${tag}> widened the page to ${document.documentElement.scrollWidth}px`).to.equal(false);
      });
    }
  }
});

describe('printing keeps the numbers', () => {
  it('<rolling-trend> lays out its table for printing and closes it afterwards', async () => {
    const el = await fixture<Kit>(html`<rolling-trend .data=${mqls}></rolling-trend>`);
    await waitUntil(() => el.result !== null);
    expect(el.shadowRoot!.querySelector('[part="table"]')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('[part="table"]');
    expect(table, 'no table while printing').to.not.equal(null);
    expect(table!.textContent).to.contain('144');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="table"]')).to.equal(null);
  });
});
