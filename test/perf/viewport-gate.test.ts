/**
 * Issue 7: what the reader sees is drawn first. On a page of many elements, those in the
 * viewport show their content in the first frame; the others wait (validation included) until
 * the page is idle or the reader comes within a screen, and charts draw only near the reader.
 * These tests check what shows when, never timings.
 */
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import mqls from '../../demo/data/trend-mqls.json';
import scorecard from '../../demo/data/scorecard-weekly.json';
import type { RollingTrend } from '../../src/rolling-trend/rolling-trend.js';
import type { KpiScorecard } from '../../src/kpi-scorecard/kpi-scorecard.js';

const base = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!;
const busy = (el: Element) => base(el).getAttribute('aria-busy') === 'true';
const hasNumbers = (el: Element) => el.shadowRoot!.querySelector('.value') !== null;
const hasPlot = (el: Element) => el.shadowRoot!.querySelector('[part="chart"] .plot') !== null;
const waitingChart = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="chart"].waiting');

function trends(box: HTMLElement, count: number, data: unknown = mqls): RollingTrend[] {
  return Array.from({ length: count }, () => {
    const el = document.createElement('rolling-trend');
    el.setAttribute('locale', 'en');
    el.data = data;
    box.append(el);
    return el;
  });
}

describe('viewport gate: what the reader sees is drawn first', () => {
  afterEach(() => scrollTo(0, 0));

  it('in the first frame, the trends in view show their chart and those below only a box of about their size', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const els = trends(box, 20);
    // A frame callback asked for after the elements are added runs after the gate's own pass,
    // and before that frame is laid out and painted: what it sees is what the first paint shows.
    const first = await new Promise<{ top: number; plot: boolean; numbers: boolean; busy: boolean; height: number }[]>((resolve) =>
      requestAnimationFrame(() =>
        resolve(
          els.map((el) => ({
            top: el.getBoundingClientRect().top,
            plot: hasPlot(el),
            numbers: hasNumbers(el),
            busy: busy(el),
            height: el.getBoundingClientRect().height,
          })),
        ),
      ),
    );
    const shown = first.filter((f) => f.top < innerHeight);
    // Beyond a screen below the viewport (within it, the intersection observer may have reported
    // already, where the first frame came late).
    const below = first.filter((f) => f.top > innerHeight * 2);
    expect(shown.length, 'some trends are in view').to.be.greaterThan(0);
    expect(below.length, 'most are far below it').to.be.greaterThan(10);
    for (const f of shown) expect(f, 'a trend in view is drawn in the first frame').to.include({ plot: true, numbers: true, busy: false });
    for (const f of below) expect(f, 'a trend far below waits').to.include({ plot: false, numbers: false, busy: true });

    // Once the page is idle every trend shows its numbers; the charts far below still wait.
    await Promise.all(els.map((el) => el.updateComplete));
    for (const el of els) expect(hasNumbers(el), 'numbers shown').to.equal(true);
    const far = els.filter((el) => el.getBoundingClientRect().top > innerHeight * 2.2);
    expect(far.length).to.be.greaterThan(5);
    for (const el of far) {
      expect(hasPlot(el), 'a chart far from the reader is not drawn').to.equal(false);
      const chart = waitingChart(el)!;
      expect(chart, 'its box waits').to.not.equal(null);
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label'), 'and says what it will show').to.contain('Oct 2026');
      expect(chart.getBoundingClientRect().height, 'at the chart’s height').to.equal(280);
    }
    // The box kept while waiting was about the size of the content (no more than 10% off).
    first.forEach((f, i) => {
      if (!f.busy) return;
      const final = els[i]!.getBoundingClientRect().height;
      expect(Math.abs(f.height - final), `trend ${i}: ${f.height}px waiting, ${final}px shown`).to.be.at.most(final * 0.1);
    });

    // Scrolled to, the last one draws its chart.
    const last = els[els.length - 1]!;
    last.scrollIntoView();
    await last.whenDrawn();
    expect(hasPlot(last)).to.equal(true);
    expect(waitingChart(last)).to.equal(null);
  });

  it('far from the reader, validation waits, but result, errors and toCSV answer at once', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px; padding-top: 400vh"></div>`);
    const [good, bad] = trends(box, 2);
    bad!.data = { label: 'Broken', unit: 'count', points: [{ period: '2026-13', value: 1 }, { period: '2026-02', value: 'many' }] };
    // Read before either has rendered anything: settled on demand.
    expect(good!.result!.window).to.have.length(13);
    expect(good!.result!.latest!.value).to.equal(144);
    expect(good!.toCSV()).to.contain('144');
    expect(bad!.result).to.equal(null);
    expect(bad!.errors.map((e) => e.path)).to.include.members(['points[0].period', 'points[1].value']);
    expect(good!.shadowRoot!.querySelector('.value')).to.equal(null);
    // Nothing rendered for that: no numbers yet. Once open (idle), it shows them; the broken one shows its errors.
    await Promise.all([good!.updateComplete, bad!.updateComplete]);
    expect(hasNumbers(good!)).to.equal(true);
    expect(bad!.shadowRoot!.querySelector('[part="errors"]')!.textContent).to.contain('points[1].value');
  });

  it('kpi-error comes for data that is far from the reader too, once the page is idle', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px; padding-top: 400vh"></div>`);
    const el = document.createElement('kpi-scorecard') as KpiScorecard;
    const event = oneEvent(el, 'kpi-error');
    el.data = { metrics: [{ id: 'x', label: 'Leads', actual: 'ten' }] };
    box.append(el);
    const { detail } = await event;
    expect(detail.errors[0].path).to.equal('metrics[0].actual');
  });

  it('printing draws every element and chart on the page, before the printout is laid out', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const els = trends(box, 12);
    await nextFrame();
    expect(els.some((el) => !hasPlot(el)), 'charts below wait').to.equal(true);
    window.dispatchEvent(new Event('beforeprint'));
    // Synchronously: the printout is laid out right after the event.
    for (const el of els) expect(hasPlot(el), 'every chart drawn for the printout').to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('toPNG of a trend far from the reader draws its chart first', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px; padding-top: 400vh"></div>`);
    const [el] = trends(box, 1);
    await el!.updateComplete;
    expect(hasPlot(el!)).to.equal(false);
    const png = await el!.toPNG();
    expect(png).to.match(/^data:image\/png;base64,/);
    expect(hasPlot(el!)).to.equal(true);
  });

  it('an element taken off the page while it waits: updateComplete still resolves', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px; padding-top: 400vh"></div>`);
    const el = document.createElement('kpi-scorecard') as KpiScorecard;
    el.data = scorecard;
    box.append(el);
    const done = el.updateComplete;
    el.remove();
    expect(await done).to.be.a('boolean');
    // Added again, it opens as any other.
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="metric"], .metric')).to.not.equal(null);
    el.remove();
  });

  it('a hidden element (display: none) shows its numbers when idle and draws its chart once shown', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="display: none; width: 700px"></div>`);
    const [el] = trends(box, 1);
    await el!.updateComplete;
    expect(hasNumbers(el!)).to.equal(true);
    expect(hasPlot(el!)).to.equal(false);
    box.style.display = 'block';
    await el!.whenDrawn();
    expect(hasPlot(el!)).to.equal(true);
  });
});
