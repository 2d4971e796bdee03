/**
 * What a screen reader hears from <kpi-scorecard>, and what every reader can reach: a card's
 * name and description at its Tab stop, the sparkline as a summary, cards far down a long
 * scorecard still in the accessibility tree, the reason behind a dash shown to all, and which
 * way time runs (`time-direction`).
 *
 * Names, descriptions and what is in the tree are read from Chromium's own accessibility tree
 * (the `ax-tree` command, test/support/ax-tree.mjs: `a11ySnapshot` needs Playwright's
 * `page.accessibility`, gone in Playwright 1.65), and from the DOM the way the accessible name
 * computation reads aria-labelledby and aria-describedby (`referencedText`). Chromium leaves the
 * content of a subtree that `content-visibility: auto` skips out of its tree.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { axTree } from '../support/accessibility.js';
import weekly from '../../demo/data/scorecard-weekly.json';
import weeklyAr from '../../demo/data/scorecard-weekly.ar.json';
import '../../src/kpi-scorecard/define.js';
import type { KpiScorecard } from '../../src/kpi-scorecard/kpi-scorecard.js';

/** A node's text alternative: its aria-label, else its text, less what is hidden (unless referenced directly). */
function textAlternative(node: Node, referenced = false): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (!referenced && (node.getAttribute('aria-hidden') === 'true' || getComputedStyle(node).display === 'none')) return '';
  const label = node.getAttribute('aria-label')?.trim();
  if (label) return label;
  return Array.from(node.childNodes, (c) => textAlternative(c)).join('');
}

/** What an IDREF list (aria-labelledby, aria-describedby) reads as, the ids looked up in the element's shadow root. */
function referencedText(el: Element, attribute: string): string {
  const root = el.getRootNode() as ShadowRoot;
  return (el.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id))
    .map((n) => (n ? textAlternative(n, true) : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const axButton = async (name: string) => (await axTree(name)).filter((n) => n.role === 'button' && !n.ignored && n.name === name);

const button = (el: KpiScorecard, id: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="metric"][data-id="${id}"] button[part="select"]`)!;
const nameOf = (b: Element) => referencedText(b, 'aria-labelledby');
const descriptionOf = (b: Element) => referencedText(b, 'aria-describedby');

/** Cost per lead with no leads this week: no value, and why. */
const missingCpl = {
  asOf: '2026-12-02',
  metrics: [
    {
      id: 'cpl', metric: 'cpl', cadence: 'weekly', inputs: { spend: 4800, leads: 0 }, target: 40,
      history: [{ period: '2026-W47', value: 45 }, { period: '2026-W48', value: 42 }],
    },
    {
      id: 'visits', label: 'Visits', cadence: 'weekly', actual: 900, target: 1000,
      history: [{ period: '2026-W47', value: 800 }, { period: '2026-W48', value: 950 }],
    },
  ],
};

/** The grid's cells of one metric, period label to the cell's left edge. */
function cellLefts(el: KpiScorecard, id: string): [string, number][] {
  return Array.from(
    el.shadowRoot!.querySelectorAll<HTMLElement>(`tr.metric-row[data-id="${id}"] td[data-period]`),
    (td) => [td.dataset.period!, td.getBoundingClientRect().left] as [string, number],
  ).sort(([a], [b]) => a.localeCompare(b));
}
const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);
const decreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x < xs[i - 1]!);

describe('<kpi-scorecard> accessibility: what is read and reached', () => {
  describe('a card at its Tab stop', () => {
    it('is named by its label, value and status; the rest is its description', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${weekly}></kpi-scorecard>`);
      const cpl = button(el, 'cpl');
      expect(nameOf(cpl)).to.equal('Cost per lead $48 Off track');
      expect(descriptionOf(cpl)).to.equal(
        'Target: $40 20% over target down 2% on last month Trend: 13 months, $40 to $48, high $48.96 Owner: Lina Lagging · Monthly · Lower is better',
      );
      // As Chromium computes them, at the Tab stop.
      const [node] = await axButton('Cost per lead $48 Off track');
      expect(node, 'the button in the accessibility tree').to.not.equal(undefined);
      expect(node!.description).to.equal(descriptionOf(cpl));
      // Hover-only text is gone: the formula is under "How it's calculated".
      expect(cpl.hasAttribute('title')).to.equal(false);
      for (const b of Array.from(el.shadowRoot!.querySelectorAll('button[part="select"]'))) {
        const name = nameOf(b);
        const m = el.result!.metrics.find((x) => x.id === b.closest<HTMLElement>('[part="metric"]')!.dataset.id)!;
        expect(name, m.id).to.equal(`${m.label} ${el.shadowRoot!.querySelector(`[data-id="${m.id}"] [part="value"]`)!.textContent!.trim()} ${({ 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', none: 'Not rated' })[m.status]}`);
        expect(name.length, `${m.id}: "${name}"`).to.be.below(60);
        expect(descriptionOf(b), m.id).to.match(/Trend: \d+ (weeks|months|quarters), /);
      }
    });

    it('names a card without a value by why there is none, shown on the card too', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${missingCpl}></kpi-scorecard>`);
      const cpl = button(el, 'cpl');
      expect(nameOf(cpl)).to.equal('Cost per lead cannot be computed: leads is 0 Not rated');
      expect(await axButton('Cost per lead cannot be computed: leads is 0 Not rated')).to.have.length(1);
      const reason = el.shadowRoot!.querySelector<HTMLElement>('[data-id="cpl"] .reason')!;
      expect(reason.textContent).to.equal('cannot be computed: leads is 0');
      expect(reason.checkVisibility(), 'the reason is on screen').to.equal(true);
      expect(reason.getBoundingClientRect().height).to.be.greaterThan(8);
      expect(el.shadowRoot!.querySelectorAll('[title]').length, 'no hover-only text').to.equal(0);
    });

    it('reads the Arabic card the same way, numbers through Intl in its locale', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="ar" .data=${weeklyAr}></kpi-scorecard>`);
      const visitors = button(el, 'visitors');
      const n = (x: number) => new Intl.NumberFormat('ar').format(x);
      expect(nameOf(visitors)).to.equal(`زوار الموقع ${n(4200)} على المسار`);
      const spark = el.shadowRoot!.querySelector('[data-id="visitors"] [part="sparkline"]')!;
      expect(spark.getAttribute('aria-label')).to.equal(`الاتجاه: ${n(13)} أسبوعًا، من ${n(4300)} إلى ${n(4200)}، أعلى قيمة ${n(5200)}`);
      expect(descriptionOf(visitors)).to.contain(spark.getAttribute('aria-label')!);
      const nps = el.shadowRoot!.querySelector('[data-id="nps"] [part="sparkline"]')!;
      expect(nps.getAttribute('aria-label')).to.equal(`الاتجاه: ${n(5)} أرباع، من ${n(38)} إلى ${n(40)}، أعلى قيمة ${n(44)}`);
    });

    it('reads a sparkline as a summary: periods, first to last, highest', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${weekly}></kpi-scorecard>`);
      const label = (id: string) => el.shadowRoot!.querySelector(`[data-id="${id}"] [part="sparkline"]`)!.getAttribute('aria-label');
      expect(label('visitors')).to.equal('Trend: 13 weeks, 4,300 to 4,200, high 5,200');
      expect(label('customers-won')).to.equal('Trend: 5 quarters, 52 to 44, high 61');
      expect(label('cpl')!.length).to.be.below(60);
    });
  });

  it('keeps every card of a 150-metric scorecard in the accessibility tree, far from the screen too', async () => {
    const many = {
      metrics: Array.from({ length: 150 }, (_, i) => ({ id: `m${i}`, label: `Metric ${i}`, actual: i, target: 100 })),
    };
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${many}></kpi-scorecard>`);
    const items = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.metrics > li'));
    expect(items).to.have.length(150);
    const last = items.at(-1)!;
    expect(last.getBoundingClientRect().top, 'the last card is far below the viewport').to.be.greaterThan(innerHeight * 3);
    // A subtree skipped by content-visibility: auto is left out of Chromium's accessibility tree.
    for (const li of items) expect(getComputedStyle(li).contentVisibility).to.equal('visible');
    expect(last.querySelector('[part="label"]')!.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    expect(nameOf(last.querySelector('button[part="select"]')!)).to.equal('Metric 149 149 On track');
    // In Chromium's tree: the last card's button, with its name and description.
    const [node] = await axButton('Metric 149 149 On track');
    expect(node, 'the last card in the accessibility tree').to.not.equal(undefined);
    expect(node!.description).to.equal('Target: 100 149% of target');
  });

  it('numbers the reason behind a dash in the grid and lists it below the table, for every reader', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard layout="grid" .data=${missingCpl}></kpi-scorecard>`);
    const cell = el.shadowRoot!.querySelector<HTMLElement>('tr[data-id="cpl"] td.current')!;
    expect(cell.hasAttribute('title')).to.equal(false);
    expect(cell.querySelector('[aria-hidden="true"]')!.textContent).to.equal('—1');
    expect(cell.querySelector('.visually-hidden')!.textContent).to.equal('cannot be computed: leads is 0');
    const notes = el.shadowRoot!.querySelector<HTMLElement>('[part="notes"]')!;
    expect(Array.from(notes.querySelectorAll('li'), (li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['1 cannot be computed: leads is 0']);
    expect(notes.checkVisibility()).to.equal(true);
    expect(notes.getBoundingClientRect().height).to.be.greaterThan(8);
    expect(notes.getBoundingClientRect().top, 'below the table').to.be.at.least(el.shadowRoot!.querySelector('.grid-scroll')!.getBoundingClientRect().bottom);
    expect(el.shadowRoot!.querySelectorAll('[title]:not(th)').length, 'no hover-only text').to.equal(0);
  });

  describe('time-direction', () => {
    it('runs Arabic sparklines right to left, or left to right with time-direction="ltr"', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar">
        <kpi-scorecard .data=${weeklyAr}></kpi-scorecard>
        <kpi-scorecard time-direction="ltr" .data=${weeklyAr}></kpi-scorecard>
      </div>`);
      const [auto, ltr] = Array.from(wrapper.querySelectorAll('kpi-scorecard'));
      await Promise.all([auto!.updateComplete, ltr!.updateComplete]);
      const spark = (el: KpiScorecard) => el.shadowRoot!.querySelector('[data-id="visitors"] [part="sparkline"]')!;
      expect(getComputedStyle(spark(auto!)).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      expect(getComputedStyle(spark(ltr!)).transform).to.equal('none');
      // The text stays right to left.
      const card = ltr!.shadowRoot!.querySelector<HTMLElement>('[part="metric"][data-id="visitors"]')!;
      expect(getComputedStyle(card).direction).to.equal('rtl');
      ltr!.timeDirection = 'auto';
      await ltr!.updateComplete;
      expect(getComputedStyle(spark(ltr!)).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    });

    it('orders the Arabic grid\'s periods right to left, or oldest at the left with time-direction="ltr", the latest in view', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 600px">
        <kpi-scorecard layout="grid" .data=${weeklyAr}></kpi-scorecard>
      </div>`);
      const el = wrapper.querySelector('kpi-scorecard')!;
      await el.updateComplete;
      const inView = () => {
        const box = el.shadowRoot!.querySelector('.grid-scroll')!.getBoundingClientRect();
        const current = el.shadowRoot!.querySelector('tr[data-id="visitors"] td.current')!.getBoundingClientRect();
        return current.left >= box.left - 1 && current.right <= box.right + 1;
      };
      expect(decreasing(cellLefts(el, 'visitors').map(([, left]) => left)), 'right to left').to.equal(true);
      expect(inView(), 'the current week in view').to.equal(true);

      el.setAttribute('time-direction', 'ltr');
      await el.updateComplete;
      const lefts = cellLefts(el, 'visitors');
      expect(lefts).to.have.length(13);
      expect(increasing(lefts.map(([, left]) => left)), 'oldest at the left').to.equal(true);
      expect(inView(), 'the current week in view').to.equal(true);
      // The text and the metric's columns stay right to left: the metric first, on the right.
      const table = el.shadowRoot!.querySelector<HTMLElement>('table[data-cadence="weekly"]')!;
      expect(getComputedStyle(table).direction).to.equal('rtl');
      const metric = table.querySelector('tr[data-id="visitors"] th.metric-col')!.getBoundingClientRect();
      expect(metric.left).to.be.greaterThan(Math.max(...lefts.map(([, left]) => left)));
      // Headings follow their cells.
      const headings = Array.from(table.querySelectorAll<HTMLElement>('thead th.period-col'));
      const cells = Array.from(table.querySelectorAll<HTMLElement>('tr[data-id="visitors"] td[data-period]'));
      expect(headings.map((h) => Math.round(h.getBoundingClientRect().left))).to.deep.equal(cells.map((c) => Math.round(c.getBoundingClientRect().left)));
    });

    it('keeps English time left to right, whatever time-direction says', async () => {
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard layout="grid" time-direction="ltr" .data=${weekly}></kpi-scorecard>`);
      expect(increasing(cellLefts(el, 'visitors').map(([, left]) => left))).to.equal(true);
      el.removeAttribute('time-direction');
      await el.updateComplete;
      expect(increasing(cellLefts(el, 'visitors').map(([, left]) => left))).to.equal(true);
    });
  });
});
