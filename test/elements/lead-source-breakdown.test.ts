import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sources from '../../demo/data/lead-sources.json';
import ppcSeo from '../../demo/data/lead-sources-ppc-seo.json';
import '../../src/lead-source-breakdown/define.js';
import type { LeadSourceBreakdown, SourceSelectDetail } from '../../src/lead-source-breakdown/lead-source-breakdown.js';
import { buildSourcesOption, chartDescription } from '../../src/lead-source-breakdown/chart-option.js';
import { sourcesStrings } from '../../src/lead-source-breakdown/strings.js';
import { buildSourcesModel, validateSources, type SourcesModelOptions } from '../../src/core/sources.js';
import { NumberFormatter } from '../../src/core/format.js';
import type { ChartContext } from '../../src/internal/chart-controller.js';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: LeadSourceBreakdown) => el.shadowRoot!;
const rowOrder = (el: LeadSourceBreakdown) =>
  Array.from(root(el).querySelectorAll('tbody tr')).map((tr) => tr.getAttribute('data-source'));
const cells = (el: LeadSourceBreakdown, source: string) =>
  Array.from(root(el).querySelectorAll(`tbody tr[data-source="${source}"] td`)).map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
const header = (el: LeadSourceBreakdown, column: string) =>
  root(el).querySelector<HTMLButtonElement>(`thead button[data-column="${column}"]`)!;
const th = (el: LeadSourceBreakdown, column: string) => header(el, column).closest('th')!;

async function drawn(el: LeadSourceBreakdown): Promise<void> {
  const timeout = aTimeout(8000).then(() => {
    const c = el.chartController as unknown as { state: string; near: boolean; container: HTMLElement | null };
    const box = c.container?.getBoundingClientRect();
    throw new Error(`the chart was not drawn within 8 seconds: ${JSON.stringify({ state: c.state, near: c.near, box, visible: document.visibilityState, connected: el.isConnected })}`);
  });
  await Promise.race([el.whenDrawn(), timeout]);
}

function seriesOf(el: LeadSourceBreakdown) {
  const option = el.chartController.chart!.getOption() as { series: { type: string; data: unknown[] }[] };
  return option.series[0]!;
}

const ctx = (over: Partial<ChartContext> = {}): ChartContext => ({
  rtl: false,
  reducedMotion: false,
  palette: {
    text: '#111111', muted: '#555555', border: '#cccccc', surface: '#ffffff', accent: '#0969da',
    onTrack: '#1a7f37', atRisk: '#9a6700', offTrack: '#cf222e',
    series: ['#000001', '#000002', '#000003', '#000004', '#000005', '#000006', '#000007', '#000008'],
  },
  ...over,
});

function modelOf(json: unknown, options: SourcesModelOptions = {}) {
  return buildSourcesModel(validateSources(json).value!, options);
}

// The option builder's formatters take ECharts' params; only dataIndex is read.
type Fmt = (p: { dataIndex: number }) => string;
interface BarOption {
  animation: boolean;
  tooltip: { renderMode: string; formatter: Fmt };
  xAxis: { inverse: boolean };
  yAxis: { data: string[]; position: string; inverse: boolean };
  series: { type: string; data: { value: number; itemStyle: { color: string } }[]; label: { formatter: Fmt; position: string } }[];
}

describe('<lead-source-breakdown>', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
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
      expect(eventsCpl.getAttribute('title')).to.equal('cannot be computed: leads is 0');
      expect(eventsCpl.textContent).to.contain('—');
      expect(eventsCpl.querySelector('.visually-hidden')!.textContent).to.equal('cannot be computed: leads is 0');
      const directCpl = root(el).querySelectorAll('tbody tr[data-source="direct"] td')[8]!;
      expect(directCpl.getAttribute('title')).to.equal('cannot be computed: spend is missing');
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
      const lines = el.toCSV()!.replace('\uFEFF', '').trim().split('\r\n');
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
    it('builds ranked horizontal bars with text labels and rich-text tooltips', () => {
      const model = modelOf(sources);
      const s = sourcesStrings('en');
      const f = new NumberFormatter('en', 'USD');
      const o = buildSourcesOption(model, ctx(), s, f) as unknown as BarOption;
      expect(o.series[0]!.type).to.equal('bar');
      expect(o.yAxis.data.slice(0, 3)).to.deep.equal(['Google Ads', 'Organic search', 'Content marketing']);
      expect(o.yAxis.inverse).to.equal(true); // largest on top
      expect(o.series[0]!.data.map((d) => d.value).slice(0, 3)).to.deep.equal([230, 184, 145]);
      expect(o.series[0]!.data[1]!.itemStyle.color).to.equal('#1a7f37'); // organic search's light colour
      expect(o.series[0]!.label.formatter({ dataIndex: 0 })).to.equal('230 · 20.8%');
      expect(o.tooltip.renderMode).to.equal('richText');
      const tip = o.tooltip.formatter({ dataIndex: 0 });
      expect(tip).to.equal('Google Ads\nLeads: 230 (20.8%)\nCost per lead: $100\nCAC: $7,667\nROI: 252.2%');
      expect(o.animation).to.equal(true);
      expect(o).to.not.have.property('aria'); // the text alternative is the chart box's aria-label
      expect(chartDescription(model, s, f)).to.match(/^Leads by source, bar chart: Google Ads 230 \(20.8%\), Organic search 184/);
      const still = buildSourcesOption(model, ctx({ reducedMotion: true }), s, f) as unknown as BarOption;
      expect(still.animation).to.equal(false);
      const dark = buildSourcesOption(model, ctx({ palette: { ...ctx().palette, surface: '#0d1117' } }), s, f) as unknown as BarOption;
      expect(dark.series[0]!.data[1]!.itemStyle.color).to.equal('#3fb950');
    });

    it('mirrors the bars right to left', () => {
      const o = buildSourcesOption(modelOf(sources), ctx({ rtl: true }), sourcesStrings('ar'), new NumberFormatter('ar')) as unknown as BarOption;
      expect(o.xAxis.inverse).to.equal(true);
      expect(o.yAxis.position).to.equal('right');
      expect(o.series[0]!.label.position).to.equal('left');
    });

    it('builds a donut with directly labelled slices (name and share: readable without colour), leaving out zeros', () => {
      const model = modelOf(
        { sources: [{ source: 'email', leads: 30 }, { source: 'events', leads: 0 }, { source: 'webinar', label: 'Webinars', leads: 10 }] },
        { chart: 'donut' },
      );
      const o = buildSourcesOption(model, ctx(), sourcesStrings('en'), new NumberFormatter('en')) as unknown as {
        series: { type: string; radius: string[]; data: { name: string; value: number; itemStyle: { color: string } }[]; label: { formatter: Fmt } }[];
      };
      expect(o.series[0]!.type).to.equal('pie');
      expect(o.series[0]!.radius).to.deep.equal(['40%', '64%']);
      expect(o.series[0]!.data.map((d) => [d.name, d.value])).to.deep.equal([['Email', 30], ['Webinars', 10]]);
      expect(o.series[0]!.data[1]!.itemStyle.color).to.equal('#1e3a8a'); // custom source: the first extra colour
      expect(o.series[0]!.label.formatter({ dataIndex: 0 })).to.equal('Email\n75%');
      // Every slice is labelled with its name and share (no ECharts patterns, no colour needed).
      expect(o.series[0]!.label.formatter({ dataIndex: 1 })).to.equal('Webinars\n25%');
      expect((o.series[0] as unknown as { label: { show: boolean } }).label.show).to.equal(true);
      const rtl = buildSourcesOption(model, ctx({ rtl: true }), sourcesStrings('ar'), new NumberFormatter('ar')) as unknown as {
        series: { clockwise: boolean }[];
      };
      expect(rtl.series[0]!.clockwise).to.equal(false);
    });

    it('draws, switches between bar and donut, and describes itself in words', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${ppcSeo}></lead-source-breakdown>`);
      await drawn(el);
      const box = root(el).querySelector('[part="chart"]')!;
      expect(box.getAttribute('role')).to.equal('img');
      expect(box.getAttribute('aria-label')).to.equal('Leads by source, bar chart: Paid search 100 (66.7%), Organic search 50 (33.3%)');
      expect(box.querySelector('canvas')).to.not.equal(null);
      expect(seriesOf(el).type).to.equal('bar');
      el.chart = 'donut';
      await el.updateComplete;
      expect(seriesOf(el).type).to.equal('pie');
      expect(box.getAttribute('aria-label')).to.match(/^Leads by source, donut chart/);
    });

    it('does not redraw the chart when only the table is sorted, and redraws for a new measure', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${sources}></lead-source-breakdown>`);
      await drawn(el);
      const chart = el.chartController.chart!;
      const original = chart.setOption.bind(chart);
      let calls = 0;
      chart.setOption = ((...args: Parameters<typeof original>) => {
        calls++;
        return original(...args);
      }) as typeof chart.setOption;
      header(el, 'roi').click();
      await el.updateComplete;
      expect(rowOrder(el)[0]).to.equal('customer_referral'); // ROI 5,900 %
      expect(calls).to.equal(0);
      el.measure = 'revenue';
      await el.updateComplete;
      expect(calls).to.equal(1);
      const option = chart.getOption() as { yAxis: { data: string[] }[] };
      expect(option.yAxis[0]!.data[0]).to.equal('Customer referrals'); // $156,000
    });

    it('draws again after being moved in the page', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${ppcSeo}></lead-source-breakdown>`);
      await drawn(el);
      const parent = el.parentElement!;
      el.remove();
      expect(el.chartController.chart).to.equal(null); // disposed on removal
      parent.append(el);
      await drawn(el);
      expect(seriesOf(el).type).to.equal('bar');
    });

    it('selects a source when its bar is clicked', async () => {
      // No bar animation, so the bar is full length when clicked (tests run pages in parallel).
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${ppcSeo}></lead-source-breakdown>`);
      await drawn(el);
      await aTimeout(100);
      const chart = el.chartController.chart!;
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [10, 1]) as number[]; // inside the second bar (50 leads)
      el.scrollIntoView();
      const rect = root(el).querySelector('[part="chart"]')!.getBoundingClientRect();
      const event = oneEvent(el, 'kpi-select');
      await sendMouse({ type: 'click', position: [Math.round(rect.left + x!), Math.round(rect.top + y!)] });
      const { detail } = (await event) as CustomEvent<SourceSelectDetail>;
      expect(detail.kind).to.equal('source');
      expect(detail.id).to.equal('organic_search');
      expect(detail.source.cpl).to.equal(40);
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
      await drawn(el);
      const option = el.chartController.chart!.getOption() as { xAxis: { inverse: boolean }[]; yAxis: { position: string }[] };
      expect(option.xAxis[0]!.inverse).to.equal(true);
      expect(option.yAxis[0]!.position).to.equal('right');
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
