import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import weekly from '../../demo/data/scorecard-weekly.json';
import weeklyAr from '../../demo/data/scorecard-weekly.ar.json';
import '../../src/kpi-scorecard/define.js';
import { KpiScorecard } from '../../src/kpi-scorecard/kpi-scorecard.js';
import { defineElement } from '../../src/internal/define.js';
import { fetchSettings } from '../../src/internal/data-controller.js';
import { restoreFetchSettings } from '../support/fetch-settings.js';

const small = {
  title: 'Small',
  metrics: [
    { id: 'a', label: 'Visitors', actual: 5200, target: 5000, group: 'marketing' },
    { id: 'b', label: 'Opportunities', actual: 2, target: 6, group: 'sales' },
  ],
};

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const labels = (el: KpiScorecard) =>
  Array.from(el.shadowRoot!.querySelectorAll('[part="label"]')).map((n) => n.textContent?.trim());
const card = (el: KpiScorecard, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="metric"][data-id="${id}"]`)!;
const metricButton = (el: KpiScorecard, id: string) =>
  card(el, id).querySelector<HTMLButtonElement>('button[part="select"]')!;

describe('<kpi-scorecard>', () => {
  afterEach(() => {
    restoreFetchSettings();
  });

  describe('data input', () => {
    it('takes the data property', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${weekly}></kpi-scorecard>`);
      expect(el.result!.counts).to.deep.equal({ 'on-track': 10, 'at-risk': 4, 'off-track': 6, none: 0 });
      expect(el.errors).to.deep.equal([]);
      expect(labels(el)).to.have.length(20);
      expect(text(el)).to.contain('Revenue team - weekly scorecard');
    });

    it('takes the data attribute as JSON text', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard data=${JSON.stringify(small)}></kpi-scorecard>`);
      expect(labels(el)).to.deep.equal(['Visitors', 'Opportunities']);
    });

    it('takes a child <script type="application/json"> and follows edits to it', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard
        ><script type="application/json">
          ${JSON.stringify(small)}
        </script></kpi-scorecard
      >`);
      expect(el.result!.metrics.map((m) => m.id)).to.deep.equal(['a', 'b']);
      el.querySelector('script')!.textContent = JSON.stringify({ metrics: [{ id: 'z', label: 'Zed', actual: 1 }] });
      await waitUntil(() => el.result?.metrics[0]?.id === 'z', 'script edit not picked up');
      expect(labels(el)).to.deep.equal(['Zed']);
    });

    it('fetches src', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard src="/demo/data/scorecard-weekly.json"></kpi-scorecard>`);
      await waitUntil(() => el.result !== null, 'src never loaded');
      expect(el.result!.metrics).to.have.length(20);
    });

    it('lets the first present way win: property, attribute, script, src', async () => {
      const attr = { metrics: [{ id: 'attr', label: 'From attribute', actual: 1 }] };
      const script = { metrics: [{ id: 'script', label: 'From script', actual: 1 }] };
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard data=${JSON.stringify(attr)} src="/demo/data/scorecard-weekly.json"
        ><script type="application/json">${JSON.stringify(script)}</script></kpi-scorecard
      >`);
      expect(labels(el)).to.deep.equal(['From attribute']);
      el.data = small;
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['Visitors', 'Opportunities']);
      el.data = undefined;
      el.removeAttribute('data');
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['From script']);
      el.querySelector('script')!.remove();
      await waitUntil(() => el.result?.metrics.length === 20, 'src not used once nothing else is present');
    });

    it('shows an empty state without data and a loading state while fetching', async () => {
      const empty = await fixture<KpiScorecard>(html`<kpi-scorecard></kpi-scorecard>`);
      expect(empty.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('No data yet');
      const loading = await fixture<KpiScorecard>(html`<kpi-scorecard src="/__test__/slow?ms=800"></kpi-scorecard>`);
      await loading.updateComplete;
      expect(loading.shadowRoot!.querySelector('[part="loading"]')!.textContent).to.contain('Loading');
      // announced by the live region that is there from the first render (test/elements/a11y-shared.test.ts)
      const status = loading.shadowRoot!.querySelector('.announce[role="status"]')!;
      await waitUntil(() => status.textContent!.includes('Loading'), 'loading not announced');
      expect(loading.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    });
  });

  describe('src faults', () => {
    it('says when the server answers 404 and keeps the last good data', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard src="/demo/data/scorecard-weekly.json"></kpi-scorecard>`);
      await waitUntil(() => el.result !== null);
      const errorEvent = oneEvent(el, 'kpi-error');
      el.src = '/__test__/status/404';
      const { detail } = await errorEvent;
      expect(detail.errors[0].message).to.equal('could not be loaded from /__test__/status/404: the server answered 404');
      await el.updateComplete;
      expect(el.result!.metrics).to.have.length(20);
      expect(labels(el)).to.have.length(20);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('the server answered 404');
    });

    it('gives up after the timeout, in plain words', async () => {
      fetchSettings.timeoutMs = 300;
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard src="/__test__/slow?ms=3000"></kpi-scorecard>`);
      await waitUntil(() => el.errors.length > 0, 'no timeout error', { timeout: 3000 });
      expect(el.errors[0]!.message).to.match(/no answer within 10 seconds|no answer/);
      expect(el.result).to.equal(null);
    });

    it('reports a body that is not JSON, with its position', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard src="/__test__/text?type=text/html&body=%3Chtml%3E"></kpi-scorecard>`);
      await waitUntil(() => el.errors.length > 0);
      expect(el.errors[0]).to.deep.include({ path: '' });
      expect(el.errors[0]!.message).to.match(/^is not valid JSON \(line 1, column 1\)/);
    });

    it('re-fetches every `refresh` seconds', async () => {
      fetchSettings.minRefreshSeconds = 0.1;
      const body = encodeURIComponent(JSON.stringify({ metrics: [{ id: 'n', label: 'Count', actual: '__COUNT__' }] }).replace('"__COUNT__"', '__COUNT__'));
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard refresh="0.2" src=${`/__test__/counter?key=refresh-${Date.now()}&body=${body}`}></kpi-scorecard>`);
      await waitUntil(() => (el.result?.metrics[0]?.actual ?? 0) >= 3, 'did not refresh', { timeout: 4000 });
      el.remove();
      const seen = el.result!.metrics[0]!.actual;
      await aTimeout(600);
      expect(el.result!.metrics[0]!.actual, 'kept fetching after removal').to.equal(seen);
    });

    it('aborts a fetch when the element leaves the page, without an error or unhandled rejection', async () => {
      const rejections: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
      window.addEventListener('unhandledrejection', onRejection);
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard src="/__test__/slow?ms=500"></kpi-scorecard>`);
      el.remove();
      await aTimeout(800);
      window.removeEventListener('unhandledrejection', onRejection);
      expect(rejections).to.deep.equal([]);
      expect(el.errors).to.deep.equal([]);
    });
  });

  describe('validation', () => {
    const broken = {
      title: 'Broken',
      metrics: [
        { id: 'ok', label: 'Visitors', actual: 4200, target: 5000 },
        { id: 'bad', label: 'MQLs', actual: 14, target: 'twenty' },
        { id: 'x', label: '<img src=x onerror="window.__pwned=1">', actual: 3, target: 2 },
      ],
    };

    it('lists each problem with its path, fires kpi-error and still shows the valid metrics', async () => {
      const el = document.createElement('kpi-scorecard') as KpiScorecard;
      const event = oneEvent(el, 'kpi-error');
      el.data = broken;
      document.body.append(el);
      const { detail } = await event;
      expect(detail.errors).to.deep.equal([{ path: 'metrics[1].target', message: 'should be a number or a range such as { "min": 40, "max": 60 }, but is text ("twenty")' }]);
      expect(el.errors).to.deep.equal(detail.errors);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('metrics[1].target');
      expect(alert.textContent).to.contain('One problem with the data');
      expect(labels(el)).to.deep.equal(['Visitors', '<img src=x onerror="window.__pwned=1">']);
      el.remove();
    });

    it('shows text from the data as text, never as HTML', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${broken}></kpi-scorecard>`);
      await aTimeout(50);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('reports malformed JSON in the attribute and keeps the last good rendering', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard data=${JSON.stringify(small)}></kpi-scorecard>`);
      el.setAttribute('data', '{"metrics": [1,,2]}');
      await el.updateComplete;
      expect(el.errors).to.have.length(1);
      expect(el.errors[0]!.message).to.match(/^is not valid JSON \(line 1, column 16\)/);
      expect(labels(el)).to.deep.equal(['Visitors', 'Opportunities']);
      expect(el.result!.metrics).to.have.length(2);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Showing the last data that could be used');
      el.setAttribute('data', JSON.stringify({ nope: true }));
      await el.updateComplete;
      expect(el.errors).to.deep.equal([{ path: 'metrics', message: 'is required' }]);
      expect(labels(el)).to.deep.equal(['Visitors', 'Opportunities']);
      el.setAttribute('data', JSON.stringify(small));
      await el.updateComplete;
      expect(el.errors).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('words problems in Arabic for Arabic locales', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="ar" .data=${broken}></kpi-scorecard>`);
      expect(el.errors[0]!.path).to.equal('metrics[1].target');
      expect(el.errors[0]!.message).to.contain('يجب أن يكون رقمًا أو نطاقًا');
    });

    it('never shows NaN, Infinity or undefined for zeros and missing values', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${{
        period: { elapsed: 0.5 },
        metrics: [
          { metric: 'cpl', inputs: { spend: 100, leads: 0 }, target: 40 },
          { id: 'zero-target', label: 'Zero target', actual: 0, target: 0, pace: true },
          { id: 'zero-cost', label: 'Zero cost', unit: 'currency', direction: 'lower', actual: 0, target: 10 },
          { id: 'no-actual', label: 'No actual', target: 10 },
          { id: 'no-target', label: 'No target', actual: 10, history: [null, null] },
          { metric: 'roi', inputs: { gain: 1, investment: 0 } },
        ],
      }}></kpi-scorecard>`);
      const t = text(el);
      expect(t).not.to.match(/NaN|Infinity|undefined|null/);
      expect(t).to.contain('cannot be computed: leads is 0');
      expect(t).to.contain('no actual yet');
      expect(el.result!.metrics.map((m) => m.status)).to.deep.equal(['none', 'on-track', 'on-track', 'none', 'none', 'none']);
    });
  });

  describe('attributes', () => {
    it('filters by cadence', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard cadence="monthly" .data=${weekly}></kpi-scorecard>`);
      expect(labels(el)).to.deep.equal([
        'Cost per lead', 'Email click rate', 'Revenue booked this month', 'Close rate', 'Pipeline coverage', 'Customer satisfaction score', 'Churn rate',
      ]);
      el.cadence = 'quarterly';
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['New customers this quarter', 'Net Promoter Score']);
      el.data = small;
      el.cadence = 'weekly';
      await el.updateComplete;
      expect(text(el)).to.contain('No weekly metrics in this scorecard.');
      expect(el.result!.metrics).to.deep.equal([]);
    });

    it('groups by department, by indicator, or not at all', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${weekly}></kpi-scorecard>`);
      const headings = () => Array.from(el.shadowRoot!.querySelectorAll('[part="group-heading"]')).map((h) => h.textContent);
      expect(headings()).to.deep.equal(['Marketing', 'Sales', 'Customer service']);
      el.setAttribute('group-by', 'indicator');
      await el.updateComplete;
      expect(headings()).to.deep.equal(['Leading indicators', 'Lagging indicators']);
      el.setAttribute('group-by', 'none');
      await el.updateComplete;
      expect(headings()).to.deep.equal([]);
      expect(labels(el)).to.have.length(20);
    });

    it('formats for the locale and currency, from the nearest lang by default', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="de-DE"><kpi-scorecard currency="EUR" .data=${{
        metrics: [{ id: 'r', label: 'Revenue', unit: 'currency', actual: 62000, target: 120000 }],
      }}></kpi-scorecard></div>`);
      const el = wrapper.querySelector('kpi-scorecard')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="value"]')!.textContent!.replace(/\s/gu, ' ')).to.equal('62.000 €');
      el.locale = 'en-US';
      el.currency = 'SAR';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="value"]')!.textContent).to.match(/SAR\s?62,000/);
    });

    it('shows Arabic interface strings and mirrors for right-to-left', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><kpi-scorecard .data=${weeklyAr}></kpi-scorecard></div>`);
      const el = wrapper.querySelector('kpi-scorecard')!;
      await el.updateComplete;
      const t = text(el);
      expect(t).to.contain('على المسار');
      expect(t).to.contain('خارج المسار');
      expect(t).to.contain('6 بنود للنقاش');
      expect(t).to.contain('التسويق');
      expect(getComputedStyle(el).direction).to.equal('rtl');
      const spark = el.shadowRoot!.querySelector('[part="sparkline"]')!;
      expect(getComputedStyle(spark).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      expect(getComputedStyle(card(el, 'visitors')).textAlign).to.equal('start');
      // Cards flow from the right in RTL.
      const [first, second] = Array.from(el.shadowRoot!.querySelectorAll('[part="metric"]')).map((c) => c.getBoundingClientRect());
      expect(first!.left).to.be.greaterThan(second!.left);
      await expect(el).to.be.accessible();
    });

    it('switches theme colours with the theme attribute', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard theme="light" .data=${small}></kpi-scorecard>`);
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      const light = getComputedStyle(base).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(13, 17, 23)');
      expect(light).to.equal('rgb(255, 255, 255)');
      el.style.setProperty('--sk-color-surface', 'rgb(1, 2, 3)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('interaction and accessibility', () => {
    it('fires kpi-select when a metric is clicked', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${weekly}></kpi-scorecard>`);
      const event = oneEvent(el, 'kpi-select');
      metricButton(el, 'cpl').click();
      const { detail, bubbles, composed } = await event;
      expect({ bubbles, composed }).to.deep.equal({ bubbles: true, composed: true });
      expect(detail.kind).to.equal('metric');
      expect(detail.id).to.equal('cpl');
      expect(detail.metric.actual).to.equal(48);
    });

    it('reaches every metric by keyboard and activates it with Enter and Space', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${small}></kpi-scorecard>`);
      const selected: string[] = [];
      el.addEventListener('kpi-select', (e) => selected.push((e as CustomEvent).detail.id));
      metricButton(el, 'a').focus();
      await sendKeys({ press: 'Enter' });
      // Then the card's "How it's calculated", then the next card.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(card(el, 'a').querySelector('details summary'));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(metricButton(el, 'b'));
      await sendKeys({ press: 'Space' });
      expect(selected).to.deep.equal(['a', 'b']);
      expect(getComputedStyle(metricButton(el, 'b')).outlineStyle).to.equal('solid');
    });

    it('shows status with words and an icon, not colour alone', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${small}></kpi-scorecard>`);
      const status = card(el, 'b').querySelector('[part="status"]')!;
      expect(status.textContent).to.contain('Off track');
      expect(status.querySelector('svg.status-icon.off-track')).to.not.equal(null);
      expect(text(el)).to.contain('1 item to discuss');
    });

    it('is accessible, with errors and in the dark theme', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${weekly}></kpi-scorecard>`);
      await expect(el).to.be.accessible();
      const dark = await fixture<KpiScorecard>(html`<kpi-scorecard theme="dark" .data=${{
        ...weekly,
        metrics: [...weekly.metrics, { id: 'bad', target: 'x' }],
      }}></kpi-scorecard>`);
      expect(dark.errors).to.have.length(1);
      await expect(dark).to.be.accessible();
    });

    it('describes each sparkline in words', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${weekly}></kpi-scorecard>`);
      const spark = card(el, 'cpl').querySelector('[part="sparkline"]')!;
      // A summary (every value is in the grid): CPL from each month's spend and leads,
      // December 2025 to December 2026, highest in November 2026 (test/elements/a11y-scorecard.test.ts).
      expect(spark.getAttribute('aria-label')).to.equal('Trend: 13 months, $40 to $48, high $48.96');
    });
  });

  it('survives being defined twice (two copies of the kit on a page)', () => {
    expect(() => defineElement('kpi-scorecard', class extends KpiScorecard {})).not.to.throw();
    expect(customElements.get('kpi-scorecard')).to.equal(KpiScorecard);
  });
});

describe('<kpi-scorecard> export', () => {
  it('exports what it shows as CSV, in the locale, safe for spreadsheets', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${{
      metrics: [
        { id: 'v', label: '=cmd|" /C calc"!A0', group: 'marketing', owner: '@Dana', actual: 4200, target: 5000 },
        { metric: 'cpl', inputs: { spend: 4800, leads: 100 }, target: 40 },
      ],
    }}></kpi-scorecard>`);
    const lines = el.toCSV({ display: true })!.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).to.equal('Metric,Group,Indicator,Cadence,Owner,Period,Actual,Target,Target by now,Status,% of target,On pace for,Change on previous period,Note');
    expect(lines[1]).to.equal(`"'=cmd|"" /C calc""!A0",Marketing,,,'@Dana,,"4,200","5,000",,Off track,84%,,,`);
    expect(lines[2]).to.equal('Cost per lead,,,,,,$48,$40,,Off track,83.3%,,,');
    expect(await el.toPNG()).to.equal(null);
  });

  it('offers a keyboard-reachable CSV download when exportable', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard exportable .data=${small}></kpi-scorecard>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="export-button"]')!;
    expect(button.textContent).to.equal('Download CSV');
    let downloaded = '';
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      button.focus();
      await sendKeys({ press: 'Enter' });
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(downloaded).to.equal('kpi-scorecard.csv');
    const plain = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${small}></kpi-scorecard>`);
    expect(plain.shadowRoot!.querySelector('[part="export"]')).to.equal(null);
  });
});
