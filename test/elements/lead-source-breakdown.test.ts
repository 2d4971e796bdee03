import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sources from '../../demo/data/lead-sources.json';
import ppcSeo from '../../demo/data/lead-sources-ppc-seo.json';
import '../../src/lead-source-breakdown/define.js';
import type { LeadSourceBreakdown, SourceSelectDetail } from '../../src/lead-source-breakdown/lead-source-breakdown.js';
import { DONUT_INNER, DONUT_OUTER, DONUT_SIZE } from '../../src/lead-source-breakdown/chart.js';
import { NumberFormatter } from '../../src/core/format.js';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: LeadSourceBreakdown) => el.shadowRoot!;
const rowOrder = (el: LeadSourceBreakdown) =>
  Array.from(root(el).querySelectorAll('tbody tr')).map((tr) => tr.getAttribute('data-source'));
const cells = (el: LeadSourceBreakdown, source: string) =>
  Array.from(root(el).querySelectorAll(`tbody tr[data-source="${source}"] td`)).map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
const header = (el: LeadSourceBreakdown, column: string) =>
  root(el).querySelector<HTMLButtonElement>(`thead button[data-column="${column}"]`)!;
const th = (el: LeadSourceBreakdown, column: string) => header(el, column).closest('th')!;

/** What the chart shows, read off the screen. */
const chartBox = (el: LeadSourceBreakdown) => root(el).querySelector<HTMLElement>('[part="chart"]')!;
const trimmed = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const barLabels = (el: LeadSourceBreakdown) => Array.from(root(el).querySelectorAll('.bar-row .bar-label'), trimmed);
const barValues = (el: LeadSourceBreakdown) => Array.from(root(el).querySelectorAll('.bar-row .bar-value'), trimmed);
const bars = (el: LeadSourceBreakdown) => Array.from(root(el).querySelectorAll<HTMLElement>('.bar-row .bar'));
const slices = (el: LeadSourceBreakdown) => Array.from(root(el).querySelectorAll<SVGPathElement>('.donut-ring path'));
const legend = (el: LeadSourceBreakdown) => Array.from(root(el).querySelectorAll('.donut-legend li'), trimmed);

/**
 * Where on the page a point of the donut is: `turn` (0-1) round from the top, clockwise,
 * halfway across the ring.
 */
function donutPoint(el: LeadSourceBreakdown, turn: number): [number, number] {
  const r = root(el).querySelector('.donut-ring')!.getBoundingClientRect();
  const scale = r.width / DONUT_SIZE;
  const radius = ((DONUT_OUTER + DONUT_INNER) / 2) * scale;
  const a = turn * 2 * Math.PI;
  return [r.left + r.width / 2 + radius * Math.sin(a), r.top + r.height / 2 - radius * Math.cos(a)];
}
/** The source of what is drawn at a point of the page, inside the element. */
const keyAt = (el: LeadSourceBreakdown, [x, y]: [number, number]) => root(el).elementFromPoint(x, y)?.getAttribute('data-key') ?? null;

/** The pixels of a PNG data URL. */
async function pixels(url: string): Promise<{ width: number; height: number; at: (x: number, y: number) => number[] }> {
  const img = new Image();
  img.src = url;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  return {
    width: img.naturalWidth,
    height: img.naturalHeight,
    at: (x, y) => Array.from(ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)),
  };
}

describe('<lead-source-breakdown>', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });

  describe('result and numbers', () => {
    it('exposes the result of the contract', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${{
        sources: [
          { source: 'paid_search', label: 'Google Ads', visits: 3000, leads: 100, mqls: 30, opportunities: 6, customers: 2, spend: 10000, revenue: 60000 },
          { source: 'organic_search', leads: 50, spend: 2000 },
        ],
      }}></lead-source-breakdown>`);
      expect(el.errors).to.deep.equal([]);
      const r = el.result!;
      expect(r.bestCpl).to.equal('organic_search');
      expect(r.rows.map((x) => x.source)).to.deep.equal(['paid_search', 'organic_search']);
      const [ppc, seo] = r.rows;
      expect({ source: ppc!.source, label: ppc!.label, cpl: ppc!.cpl, cac: ppc!.cac, roi: ppc!.roi }).to.deep.equal({
        source: 'paid_search', label: 'Google Ads', cpl: 100, cac: 5000, roi: 5,
      });
      expect(ppc!.share).to.be.closeTo(2 / 3, 1e-12);
      expect(ppc!.rates.lead_to_mql).to.equal(0.3);
      expect(seo!.label).to.equal('Organic search');
      expect(seo!.rates).to.deep.equal({ lead_to_mql: null, mql_to_opportunity: null, opportunity_to_customer: null });
      expect(r.totals.leads).to.equal(150);
      expect(r.totals.cpl).to.equal(80);
      expect(JSON.parse(JSON.stringify(r))).to.deep.equal(r);
    });

    it('says which source brings leads cheapest (PPC against SEO)', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${ppcSeo}></lead-source-breakdown>`);
      expect(root(el).querySelector('[part="summary"]')!.textContent!.trim()).to.equal(
        'Organic search brings leads at $40, paid search at $100',
      );
      expect(cells(el, 'paid_search')[8]).to.equal('$100'); // cpl column
      expect(cells(el, 'organic_search')[8]).to.equal('$40');
      expect(text(el)).to.contain('Pay-per-click against SEO');
    });

    it('shows every column of a row, and the totals', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${sources}></lead-source-breakdown>`);
      expect(rowOrder(el)).to.have.length(13);
      // visits, leads, MQLs, opps, customers, spend, revenue, share, CPL, per MQL, per opp, CAC, ROI, 3 rates
      expect(cells(el, 'paid_search')).to.deep.equal([
        '9,200', '230', '58', '12', '3', '$23,000', '$81,000',
        '20.8%', // 230 / 1,105
        '$100', // 23,000 / 230
        '$397', // 23,000 / 58 = 396.55
        '$1,917', // 23,000 / 12 = 1,916.67
        '$7,667', // 23,000 / 3
        '252.2%', // (81,000 - 23,000) / 23,000
        '25.2%', // 58 / 230
        '20.7%', // 12 / 58
        '25%', // 3 / 12
      ]);
      const totals = Array.from(root(el).querySelectorAll('[part="totals"] td')).map((td) => td.textContent!.trim());
      expect(totals.slice(0, 9)).to.deep.equal([
        '60,230', '1,105', '351', '87', '24', '$117,900', '$827,000', '100%', '$107', // 117,900 / 1,105 = 106.70
      ]);
      expect(text(el)).to.contain('Email brings leads at $12.50, account-based marketing at $1,167');
    });

    it('shows a dash with the reason for a zero or missing denominator, never NaN or Infinity', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${{
        sources: [
          { source: 'events', leads: 0, mqls: 0, opportunities: 0, customers: 0, spend: 0, revenue: 0, visits: 0 },
          { source: 'direct', leads: 12 },
        ],
      }}></lead-source-breakdown>`);
      const all = text(el);
      expect(all).not.to.match(/NaN|Infinity|undefined|null/);
      const eventsCpl = root(el).querySelectorAll('tbody tr[data-source="events"] td')[8]!;
      expect(eventsCpl.classList.contains('na')).to.equal(true);
      // The reason is read with the cell and listed below the table, numbered (no hover-only title).
      expect(eventsCpl.hasAttribute('title')).to.equal(false);
      expect(eventsCpl.textContent).to.contain('—');
      expect(eventsCpl.querySelector('.visually-hidden')!.textContent).to.equal('cannot be computed: leads is 0');
      const directCpl = root(el).querySelectorAll('tbody tr[data-source="direct"] td')[8]!;
      expect(directCpl.querySelector('.visually-hidden')!.textContent).to.equal('cannot be computed: spend is missing');
      const notes = Array.from(root(el).querySelectorAll('[part="notes"] li'), (li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(notes).to.include(`${eventsCpl.querySelector('.note-ref')!.textContent} cannot be computed: leads is 0`);
      expect(notes).to.include(`${directCpl.querySelector('.note-ref')!.textContent} cannot be computed: spend is missing`);
      expect(el.result!.rows.find((r) => r.source === 'events')!.cpl).to.equal(null);
      expect(text(el)).to.contain('No source has both spend and leads');
      expect(root(el).querySelector('[part="note"]')!.textContent).to.contain('denominator is zero or missing');
    });

    it('takes the data attribute and a child script', async () => {
      const a = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown data=${JSON.stringify(ppcSeo)}></lead-source-breakdown>`);
      expect(a.result!.bestCpl).to.equal('organic_search');
      const b = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown>
        <script type="application/json">{"sources":[{"source":"email","leads":4,"spend":100}]}</script>
      </lead-source-breakdown>`);
      await b.updateComplete;
      expect(b.result!.rows[0]!.cpl).to.equal(25);
    });
  });

  describe('export', () => {
    it('exports the table as CSV, totals included, with text guarded', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${{
        sources: [...ppcSeo.sources, { source: 'podcast', label: '=HYPERLINK("x")', leads: 5 }],
      }}></lead-source-breakdown>`);
      const lines = el.toCSV({ display: true })!.replace('\uFEFF', '').trim().split('\r\n');
      expect(lines).to.have.length(5);
      expect(lines[0]).to.match(/^Source,Visits,Leads,MQLs,Opportunities,Customers,Spend,Revenue,Share,Cost per lead,/);
      expect(lines[1]).to.equal('Paid search,,100,,,,"$10,000",,64.5%,$100,,,,,,,');
      expect(lines[3]).to.match(/^"'=HYPERLINK\(""x""\)",,5,/);
      expect(lines[4]).to.match(/^Total,,155,,,,"\$12,000",,100%,\$77\.42,/);
    });
  });

  describe('sorting', () => {
    it('defaults to the measure, descending, with aria-sort on its header', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${sources}></lead-source-breakdown>`);
      expect(rowOrder(el).slice(0, 3)).to.deep.equal(['paid_search', 'organic_search', 'content']);
      expect(th(el, 'leads').getAttribute('aria-sort')).to.equal('descending');
      expect(th(el, 'cpl').hasAttribute('aria-sort')).to.equal(false);
    });

    it('takes the initial order from the sort attribute', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown sort="roi:asc" .data=${sources}></lead-source-breakdown>`);
      expect(rowOrder(el)[0]).to.equal('organic_social'); // (0 - 1,200) / 1,200 = -100 %
      expect(rowOrder(el).slice(-3)).to.deep.equal(['referral', 'direct', 'other']); // no spend: last
      expect(th(el, 'roi').getAttribute('aria-sort')).to.equal('ascending');
      const byMeasure = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown measure="spend" .data=${sources}></lead-source-breakdown>`);
      expect(rowOrder(byMeasure)[0]).to.equal('events'); // $36,000
      expect(th(byMeasure, 'spend').getAttribute('aria-sort')).to.equal('descending');
    });

    it('sorts by keyboard from the column headers', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${sources}></lead-source-breakdown>`);
      header(el, 'cpl').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(rowOrder(el)[0]).to.equal('abm');
      expect(th(el, 'cpl').getAttribute('aria-sort')).to.equal('descending');
      expect(th(el, 'leads').hasAttribute('aria-sort')).to.equal(false);
      expect(root(el).activeElement).to.equal(header(el, 'cpl'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(rowOrder(el)[0]).to.equal('email');
      expect(th(el, 'cpl').getAttribute('aria-sort')).to.equal('ascending');
      expect(el.getAttribute('sort')).to.equal('cpl:asc');
      expect(el.result!.rows[0]!.source).to.equal('email');
      header(el, 'source').click();
      await el.updateComplete;
      expect(rowOrder(el)[0]).to.equal('abm'); // "Account-based marketing", A to Z
    });
  });

  describe('chart', () => {
    it('draws ranked bars in HTML with the first render: labels, values, hover text and words', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${sources}></lead-source-breakdown>`);
      // No chart library to wait for: the bars are there once the element has rendered.
      const box = chartBox(el);
      expect(box.classList.contains('bars')).to.equal(true);
      expect(box.getAttribute('role')).to.equal('img');
      expect(box.getAttribute('aria-label')).to.match(/^Leads by source, bar chart: Google Ads 230 \(20.8%\), Organic search 184/);
      expect(barLabels(el)).to.have.length(13);
      expect(barLabels(el).slice(0, 3)).to.deep.equal(['Google Ads', 'Organic search', 'Content marketing']);
      expect(barValues(el).slice(0, 3)).to.deep.equal(['230 · 20.8%', '184 · 16.7%', '145 · 13.1%']);
      expect(root(el).querySelector('.bar-row')!.getAttribute('title')).to.equal(
        'Google Ads\nLeads: 230 (20.8%)\nCost per lead: $100\nCAC: $7,667\nROI: 252.2%',
      );
      expect(root(el).querySelector('canvas')).to.equal(null);
      const settled = await Promise.race([el.whenDrawn().then(() => 'drawn'), aTimeout(1000).then(() => 'waiting')]);
      expect(settled).to.equal('drawn');
      expect(performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /echarts/i.test(n))).to.deep.equal([]);
    });

    it('sizes the bars by value, from the start of the track, in the source colours of the theme', async () => {
      await emulateMedia({ colorScheme: 'light' });
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown style="width: 700px" .data=${ppcSeo}></lead-source-breakdown>`);
      const [paid, organic] = bars(el).map((b) => b.getBoundingClientRect());
      expect(paid!.width / organic!.width).to.be.closeTo(2, 0.02); // 100 leads against 50
      expect(paid!.width).to.be.greaterThan(200);
      const track = root(el).querySelector('.bar-track')!.getBoundingClientRect();
      expect(Math.abs(paid!.left - track.left)).to.be.lessThan(1);
      expect(track.right - paid!.right).to.be.greaterThan(20); // room for the value
      // The box fits its two bars: no fixed chart height.
      expect(chartBox(el).getBoundingClientRect().height).to.be.lessThan(100);
      const swatch = () => getComputedStyle(root(el).querySelector('tr[data-source="organic_search"] .swatch')!).backgroundColor;
      expect(getComputedStyle(bars(el)[1]!).backgroundColor).to.equal('rgb(26, 127, 55)'); // organic search, light
      expect(swatch()).to.equal('rgb(26, 127, 55)');
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(bars(el)[1]!).backgroundColor).to.equal('rgb(63, 185, 80)'); // its dark colour
      expect(swatch()).to.equal('rgb(63, 185, 80)');
      // `auto` follows the operating system, even when it changes after the render.
      el.theme = 'auto';
      await el.updateComplete;
      expect(getComputedStyle(bars(el)[1]!).backgroundColor).to.equal('rgb(26, 127, 55)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(bars(el)[1]!).backgroundColor).to.equal('rgb(63, 185, 80)');
      expect(swatch()).to.equal('rgb(63, 185, 80)');
    });

    it('keeps the bars ranked by the measure when the table is sorted, and ranks them again for a new measure', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${sources}></lead-source-breakdown>`);
      const labels = barLabels(el);
      const first = bars(el)[0];
      header(el, 'roi').click();
      await el.updateComplete;
      expect(rowOrder(el)[0]).to.equal('customer_referral'); // ROI 5,900 %
      expect(barLabels(el)).to.deep.equal(labels);
      expect(bars(el)[0]).to.equal(first); // the same box, not drawn again
      el.measure = 'revenue';
      await el.updateComplete;
      expect(barLabels(el)[0]).to.equal('Customer referrals'); // $156,000
      expect(barValues(el)[0]).to.match(/^\$156,000 · /);
      expect(chartBox(el).getAttribute('aria-label')).to.match(/^Revenue by source, bar chart: Customer referrals \$156,000/);
    });

    it('says so instead of drawing when no source has a value for the measure', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown exportable measure="revenue" .data=${ppcSeo}></lead-source-breakdown>`);
      expect(root(el).querySelector('[part="chart"]')).to.equal(null);
      expect(root(el).querySelector('.no-chart')!.textContent!.trim()).to.equal('No source has a value for revenue.');
      expect(await el.toPNG()).to.equal(null);
      expect(Array.from(root(el).querySelectorAll('[part="export-button"]'), trimmed)).to.deep.equal(['Download CSV']);
      el.measure = 'leads';
      await el.updateComplete;
      expect(bars(el)).to.have.length(2);
      expect(root(el).querySelectorAll('[part="export-button"]')).to.have.length(2);
    });

    it('selects a source when its bar is clicked', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${ppcSeo}></lead-source-breakdown>`);
      el.scrollIntoView();
      const r = bars(el)[1]!.getBoundingClientRect(); // the second bar (50 leads)
      const event = oneEvent(el, 'kpi-select');
      await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
      const { detail } = (await event) as CustomEvent<SourceSelectDetail>;
      expect(detail.kind).to.equal('source');
      expect(detail.id).to.equal('organic_search');
      expect(detail.source.cpl).to.equal(40);
    });

    it('draws a donut in SVG: a slice per source with a value, clockwise from the top, a legend beside it', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown chart="donut" .data=${{
        sources: [{ source: 'email', leads: 30 }, { source: 'events', leads: 0 }, { source: 'webinar', label: 'Webinars', leads: 10 }],
      }}></lead-source-breakdown>`);
      const box = chartBox(el);
      expect(box.getAttribute('role')).to.equal('img');
      expect(box.getAttribute('aria-label')).to.equal('Leads by source, donut chart: Email 30 (75%), Webinars 10 (25%)');
      expect(slices(el).map((p) => p.getAttribute('data-key'))).to.deep.equal(['email', 'webinar']); // no slice for 0
      expect(legend(el)).to.deep.equal(['Email 30 75%', 'Webinars 10 25%']);
      expect(slices(el)[1]!.querySelector('title')!.textContent).to.equal('Webinars\nLeads: 10 (25%)\nCost per lead: —\nCAC: —\nROI: —');
      // What is drawn where: Email the first three quarters of the ring, clockwise from 12 o'clock.
      expect([0.05, 0.25, 0.5, 0.7, 0.8, 0.95].map((t) => keyAt(el, donutPoint(el, t)))).to.deep.equal([
        'email', 'email', 'email', 'email', 'webinar', 'webinar',
      ]);
      const centre = root(el).querySelector('.donut-ring')!.getBoundingClientRect();
      expect(keyAt(el, [centre.left + centre.width / 2, centre.top + centre.height / 2])).to.equal(null); // the hole
      expect(getComputedStyle(slices(el)[0]!).fill).to.equal('rgb(154, 103, 0)'); // email's light colour
      expect(getComputedStyle(slices(el)[0]!).stroke).to.equal('rgb(255, 255, 255)'); // the surface between slices
      // 240px by default, `--sk-chart-height` sets it; the legend on the inline end (the right).
      expect([centre.width, centre.height]).to.deep.equal([240, 240]);
      expect(root(el).querySelector('.donut-legend')!.getBoundingClientRect().left).to.be.at.least(centre.right);
      el.style.setProperty('--sk-chart-height', '300px');
      expect(root(el).querySelector('.donut-ring')!.getBoundingClientRect().height).to.equal(300);
    });

    it('draws a single source as a whole ring', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown chart="donut" .data=${{
        sources: [{ source: 'email', leads: 7 }, { source: 'direct', leads: 0 }],
      }}></lead-source-breakdown>`);
      expect(slices(el)).to.have.length(1);
      expect(legend(el)).to.deep.equal(['Email 7 100%']);
      for (const t of [0, 0.2, 0.45, 0.5, 0.7, 0.99]) expect(keyAt(el, donutPoint(el, t)), `at ${t}`).to.equal('email');
      const ring = root(el).querySelector('.donut-ring')!.getBoundingClientRect();
      expect(keyAt(el, [ring.left + ring.width / 2, ring.top + ring.height / 2])).to.equal(null);
    });

    it('selects a source when its slice or its legend item is clicked', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown chart="donut" .data=${ppcSeo}></lead-source-breakdown>`);
      el.scrollIntoView();
      const selected: string[] = [];
      el.addEventListener('kpi-select', (e) => selected.push((e as CustomEvent<SourceSelectDetail>).detail.id));
      const [x, y] = donutPoint(el, 0.85); // in organic search's third, 2/3 to 1 of the ring
      const event = oneEvent(el, 'kpi-select');
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
      const { detail } = (await event) as CustomEvent<SourceSelectDetail>;
      expect(detail.kind).to.equal('source');
      expect(detail.source.cpl).to.equal(40);
      const item = root(el).querySelector('.donut-legend li[data-key="paid_search"] .legend-label')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(item.left + 4), Math.round(item.top + item.height / 2)] });
      expect(selected).to.deep.equal(['organic_search', 'paid_search']);
    });

    it('mirrors the donut right to left: counter-clockwise, the legend on the left', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><lead-source-breakdown chart="donut" .data=${ppcSeo}></lead-source-breakdown></div>`);
      const el = wrap.querySelector('lead-source-breakdown')!;
      await el.updateComplete;
      // Paid search (2/3) from 12 o'clock counter-clockwise: 9 o'clock is its, 3 o'clock organic search's.
      expect(keyAt(el, donutPoint(el, 0.75))).to.equal('paid_search');
      expect(keyAt(el, donutPoint(el, 0.25))).to.equal('organic_search');
      const ring = root(el).querySelector('.donut-ring')!.getBoundingClientRect();
      expect(root(el).querySelector('.donut-legend')!.getBoundingClientRect().right).to.be.at.most(ring.left);
      expect(legend(el)[0]).to.contain('البحث المدفوع');
      wrap.remove(); // the left-to-right one in its place, in the viewport
      const ltr = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown chart="donut" .data=${ppcSeo}></lead-source-breakdown>`);
      expect(keyAt(ltr, donutPoint(ltr, 0.25))).to.equal('paid_search');
      expect(keyAt(ltr, donutPoint(ltr, 0.75))).to.equal('organic_search');
    });

    it('keeps the slices apart, in their colours, in forced colors', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown chart="donut" .data=${ppcSeo}></lead-source-breakdown>`);
      const probe = document.createElement('div');
      probe.style.setProperty('forced-color-adjust', 'none');
      probe.style.color = 'Canvas';
      document.body.append(probe);
      const canvas = getComputedStyle(probe).color;
      probe.remove();
      const slice = getComputedStyle(slices(el)[0]!);
      expect(slice.stroke).to.equal(canvas);
      expect(parseFloat(slice.strokeWidth)).to.be.at.least(2);
      expect(slice.fill).to.equal('rgb(9, 105, 218)'); // paid search's colour, kept
    });

    it('exports the chart as a PNG, bars and donut, painted as on screen', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown exportable style="width: 700px" .data=${ppcSeo}></lead-source-breakdown>`);
      expect(Array.from(root(el).querySelectorAll('[part="export-button"]'), trimmed)).to.deep.equal(['Download CSV', 'Download PNG']);
      const url = (await el.toPNG())!;
      expect(url.startsWith('data:image/png;base64,')).to.equal(true);
      const image = await pixels(url);
      let box = chartBox(el).getBoundingClientRect();
      expect([image.width, image.height]).to.deep.equal([Math.ceil(box.width * 2), Math.ceil(box.height * 2)]);
      const bar = bars(el)[0]!.getBoundingClientRect();
      expect(image.at((bar.left - box.left + bar.width / 2) * 2, (bar.top - box.top + bar.height / 2) * 2)).to.deep.equal([9, 105, 218]);
      expect(image.at((bar.right - box.left + 2) * 2, (bar.top - box.top + 1) * 2)).to.deep.equal([255, 255, 255]);

      el.chart = 'donut';
      await el.updateComplete;
      const donut = await pixels((await el.toPNG())!);
      box = chartBox(el).getBoundingClientRect();
      const px = ([x, y]: [number, number]) => donut.at((x - box.left) * 2, (y - box.top) * 2);
      expect(px(donutPoint(el, 0.3))).to.deep.equal([9, 105, 218]); // paid search
      expect(px(donutPoint(el, 0.85))).to.deep.equal([26, 127, 55]); // organic search
      const ring = root(el).querySelector('.donut-ring')!.getBoundingClientRect();
      expect(px([ring.left + ring.width / 2, ring.top + ring.height / 2])).to.deep.equal([255, 255, 255]); // the hole
      const swatch = root(el).querySelector('.legend-swatch')!.getBoundingClientRect();
      expect(px([swatch.left + swatch.width / 2, swatch.top + swatch.height / 2])).to.deep.equal([9, 105, 218]);
    });
  });

  describe('events and errors', () => {
    it('fires kpi-select from a source by keyboard', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${ppcSeo}></lead-source-breakdown>`);
      const selected: string[] = [];
      el.addEventListener('kpi-select', (e) => {
        const { bubbles, composed, detail } = e as CustomEvent<SourceSelectDetail>;
        expect({ bubbles, composed }).to.deep.equal({ bubbles: true, composed: true });
        selected.push(detail.id);
      });
      root(el).querySelector<HTMLButtonElement>('button[data-source="paid_search"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement!.getAttribute('data-source')).to.equal('organic_search');
      await sendKeys({ press: 'Space' });
      expect(selected).to.deep.equal(['paid_search', 'organic_search']);
    });

    it('lists each problem with its path, shows the valid rows and fires kpi-error', async () => {
      const el = document.createElement('lead-source-breakdown');
      const event = oneEvent(el, 'kpi-error');
      el.data = {
        sources: [
          { source: 'email', leads: 72, spend: 900 },
          { source: 'events', leads: -3, spend: 100 },
          { source: 'webinars', leads: 5 },
          { source: 'email', leads: 1 },
          { source: 'partner', label: '<img src=x onerror=alert(1)>', leads: 'many' },
          { source: 'podcast', label: '<b>Podcast</b>', leads: 4, spend: 400 },
        ],
      };
      document.body.append(el);
      const { detail } = (await event) as CustomEvent<{ errors: { path: string; message: string }[] }>;
      const expected = ['sources[1].leads', 'sources[2].label', 'sources[3].source', 'sources[4].leads'];
      expect(detail.errors.map((e) => e.path)).to.deep.equal(expected);
      expect(el.errors.map((e) => e.path)).to.deep.equal(expected);
      expect(el.errors[0]!.message).to.equal('leads cannot be negative (-3)');
      await el.updateComplete;
      const panel = root(el).querySelector('[role="alert"]')!;
      expect(panel.textContent).to.contain('sources[1].leads');
      expect(rowOrder(el)).to.deep.equal(['email', 'podcast']);
      expect(text(el)).to.contain('<b>Podcast</b>');
      expect(root(el).querySelector('b, img')).to.equal(null);
      el.remove();
    });

    it('keeps the last good rendering when the whole input is bad', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${ppcSeo}></lead-source-breakdown>`);
      el.setAttribute('data', '{"sources": [');
      el.data = undefined;
      await el.updateComplete;
      expect(el.errors).to.have.length(1);
      expect(el.result!.bestCpl).to.equal('organic_search');
      expect(rowOrder(el)).to.have.length(2);
    });
  });

  describe('languages and accessibility', () => {
    it('speaks Arabic right to left', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><lead-source-breakdown .data=${ppcSeo}></lead-source-breakdown></div>`);
      const el = wrap.querySelector('lead-source-breakdown')!;
      await el.updateComplete;
      expect(header(el, 'source').textContent).to.contain('المصدر');
      expect(el.result!.rows.map((r) => r.label)).to.deep.equal(['البحث المدفوع', 'البحث العضوي']);
      const summary = root(el).querySelector('[part="summary"]')!.textContent!;
      expect(summary).to.contain('أقل تكلفة للعميل المحتمل: البحث العضوي');
      expect(summary).to.contain(new NumberFormatter('ar', 'USD').money(40));
      expect(getComputedStyle(root(el).querySelector('table')!).direction).to.equal('rtl');
      // The bars mirror: labels on the right, each bar growing from the right end of its track.
      expect(barLabels(el)).to.deep.equal(['البحث المدفوع', 'البحث العضوي']);
      const track = root(el).querySelector('.bar-track')!.getBoundingClientRect();
      const [paid, organic] = bars(el).map((b) => b.getBoundingClientRect());
      expect(Math.abs(paid!.right - track.right)).to.be.lessThan(1);
      expect(paid!.left - track.left).to.be.greaterThan(20);
      expect(Math.abs(organic!.right - track.right)).to.be.lessThan(1);
      expect(paid!.width / organic!.width).to.be.closeTo(2, 0.02);
      expect(root(el).querySelector('.bar-label')!.getBoundingClientRect().left).to.be.at.least(track.right - 1);
      expect(chartBox(el).getAttribute('aria-label')).to.contain('البحث المدفوع');
      expect(text(el)).not.to.match(/NaN|Infinity|undefined/);
    });

    it('is accessible, in light and dark, with errors', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${sources}></lead-source-breakdown>`);
      await expect(el).to.be.accessible();
      const dark = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown theme="dark" chart="donut" .data=${{
        sources: [...sources.sources, { source: 'x' }],
      }}></lead-source-breakdown>`);
      expect(dark.errors).to.have.length(1);
      await expect(dark).to.be.accessible();
    });
  });
});
