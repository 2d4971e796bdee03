/**
 * Issue 7, "What to build": the chart library is loaded and charts are
 * initialised only when needed. These tests check behaviour (what is requested,
 * what has a canvas, what waits), never timings.
 *
 * Every chart of the kit is HTML and SVG, drawn with the first render, except a
 * `<rolling-trend>` window longer than `MAX_SVG_POINTS` (500 periods), which ECharts
 * draws down-sampled on a canvas: the laziness of ECharts is exercised with such long
 * trends (600 months, `window="600"`), and ordinary 13-month trends must never ask for it.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/index.js';
import longTrend from './long-trend.json';
import { loadECharts } from '../../src/internal/chart-controller.js';
import { MAX_SVG_POINTS } from '../../src/rolling-trend/chart.js';
import type { RollingTrend } from '../../src/rolling-trend/rolling-trend.js';

/** Longer than `MAX_SVG_POINTS`: drawn by ECharts. The fixture has exactly this many months. */
const LONG = '600';

async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await nextFrame();
}

/** Loads a page in an iframe of a given size and resolves with its window once loaded. */
async function loadPage(src: string, width = 900, height = 600): Promise<{ win: Window; frameEl: HTMLIFrameElement }> {
  const frameEl = document.createElement('iframe');
  frameEl.src = src;
  frameEl.style.width = `${width}px`;
  frameEl.style.height = `${height}px`;
  document.body.append(frameEl);
  await new Promise((resolve) => frameEl.addEventListener('load', resolve, { once: true }));
  return { win: frameEl.contentWindow!, frameEl };
}

function scriptRequests(win: Window, pattern: RegExp): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => pattern.test(name));
}

/** The ECharts chunk of the built kit (the library itself), if the page has requested it. */
const echartsRequests = (win: Window) => scriptRequests(win, /\/chunks\/echarts-(?!chart-)[^/]*\.js$/);
/** Any part of the ECharts side: the library, or the long trend's controller and option builder (`echarts-chart-*.js`). */
const echartsSideRequests = (win: Window) => scriptRequests(win, /\/chunks\/echarts-[^/]*\.js$/);

function canvasOf(el: Element): HTMLCanvasElement | null {
  return el.shadowRoot!.querySelector('.chart canvas');
}

/** A `<rolling-trend>` of 600 months with `window="600"`: drawn by ECharts. */
function longTrendElement(): RollingTrend {
  const el = document.createElement('rolling-trend');
  el.setAttribute('locale', 'en');
  el.setAttribute('window', LONG);
  el.data = longTrend;
  return el;
}

describe('lazy charts (built bundle, plain pages)', () => {
  let frameEl: HTMLIFrameElement | null = null;
  afterEach(() => {
    frameEl?.remove();
    frameEl = null;
  });

  it('the long-trend fixture is longer than the SVG chart takes', () => {
    expect(longTrend.points).to.have.length(Number(LONG));
    expect(Number(LONG)).to.be.greaterThan(MAX_SVG_POINTS);
  });

  it('a page of only <kpi-scorecard>s never requests the ECharts chunk', async () => {
    const page = await loadPage('/test/pages/plain-page.html');
    frameEl = page.frameEl;
    const { win } = page;
    await waitUntil(() => win.customElements.get('kpi-scorecard'), 'kpi-scorecard was not defined');
    const el = win.document.getElementById('inline') as HTMLElement & { result: unknown; updateComplete: Promise<boolean> };
    await waitUntil(() => el.result !== null, 'the scorecard did not render');
    await el.updateComplete;
    // Every script the page asked for has arrived by now; give stragglers a few frames.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const scripts = win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js'));
    expect(scripts.some((n) => n.endsWith('/dist/scorecard-kit.js')), 'the kit itself was loaded').to.equal(true);
    expect(echartsSideRequests(win)).to.deep.equal([]);
  });

  it('the funnel, the lead sources and 13-month trends draw their charts (HTML, SVG) with no chart library at all', async function () {
    this.timeout(60_000);
    const page = await loadPage('/test/pages/bars-page.html', 900, 3000);
    frameEl = page.frameEl;
    const { win } = page;
    await waitUntil(() => win.customElements.get('funnel-planner'), 'funnel-planner was not defined');
    type Drawable = HTMLElement & { whenDrawn(): Promise<void> };
    const els = ['funnel', 'bars', 'donut', 'trend', 'trend-bars'].map((id) => win.document.getElementById(id) as Drawable);
    await Promise.all(els.map((el) => el.whenDrawn()));
    const [funnel, bars, donut, line, barTrend] = els.map((el) => el.shadowRoot!.querySelector('[part="chart"]')!);
    expect(funnel!.querySelectorAll('.bar-line.plan .bar')).to.have.length(6);
    expect(bars!.querySelectorAll('.bar').length).to.be.greaterThan(5);
    expect(donut!.querySelectorAll('svg path').length).to.be.greaterThan(5);
    // The trends' 13 months: a line with a dot on each, and 13 bars.
    expect(line!.classList.contains('svg'), 'the line trend is the SVG chart').to.equal(true);
    expect(line!.querySelectorAll('svg.lines path.line.main')).to.have.length(1);
    expect(line!.querySelectorAll('.dot.main:not(.mark)')).to.have.length(13);
    expect(line!.querySelectorAll('.x-label').length).to.be.greaterThan(0);
    expect(barTrend!.classList.contains('svg'), 'the bar trend is the SVG chart').to.equal(true);
    expect(barTrend!.querySelectorAll('.band .bar.main')).to.have.length(13);
    for (const id of ['trend', 'trend-bars']) {
      const trend = win.document.getElementById(id) as unknown as RollingTrend;
      expect(trend.result!.window, `${id}: its window`).to.have.length(13);
      expect(trend.chartController, `${id}: no ECharts controller`).to.equal(null);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(echartsSideRequests(win)).to.deep.equal([]);
    // No canvas anywhere: in the page or in any element's shadow root.
    expect(win.document.querySelectorAll('canvas')).to.have.length(0);
    for (const el of els) expect(el.shadowRoot!.querySelectorAll('canvas'), `${el.id}: a canvas`).to.have.length(0);
  });

  it('a long trend five screens down requests ECharts only once scrolled within a screen of it', async function () {
    this.timeout(30_000);
    const page = await loadPage('/test/perf/scorecards-only.html');
    frameEl = page.frameEl;
    const { win } = page;
    await waitUntil(() => win.customElements.get('rolling-trend'), 'rolling-trend was not defined');

    // The 13-month trend in view is drawn with its render, with no chart library.
    const near = win.document.getElementById('near') as unknown as RollingTrend;
    await near.whenDrawn();
    expect(near.shadowRoot!.querySelector('[part="chart"].svg path.line.main')).to.not.equal(null);
    expect(near.chartController).to.equal(null);
    expect(canvasOf(near)).to.equal(null);

    const far = win.document.getElementById('far') as unknown as RollingTrend;
    await waitUntil(() => far.result !== null, 'the trend did not read its data');
    await waitUntil(() => far.chartController !== null, 'the long trend has no chart controller');
    await far.updateComplete;
    await frames(5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The numbers are there (headline, sentence: shown once the page was idle), the chart box
    // waits at its final size, and no chart library.
    expect(far.result!.window).to.have.length(600);
    expect(far.shadowRoot!.querySelector('.value')!.textContent).to.equal('1,457');
    const chartBox = far.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    expect(chartBox.classList.contains('waiting'), 'the chart box waits for the reader').to.equal(true);
    expect(chartBox.getAttribute('role')).to.equal('img');
    expect(chartBox.getAttribute('aria-label')).to.contain('Nov 1976 to Oct 2026');
    expect(chartBox.getBoundingClientRect().height).to.equal(280);
    expect(far.chartController!.active, 'no ECharts box yet').to.equal(false);
    expect(far.chartController!.state).to.equal('waiting');
    expect(far.chartController!.chart).to.equal(null);
    expect(canvasOf(far)).to.equal(null);
    expect(echartsRequests(win)).to.deep.equal([]);

    // Scroll until the chart is just over one screen below the viewport: still nothing.
    const top = far.getBoundingClientRect().top + win.scrollY;
    win.scrollTo(0, top - win.innerHeight * 2.5);
    await frames(5);
    expect(echartsRequests(win)).to.deep.equal([]);

    // Within a screen of the viewport (not yet in it): ECharts is fetched and the chart drawn.
    win.scrollTo(0, top - win.innerHeight * 1.5);
    await waitUntil(() => far.chartController!.state === 'drawn', 'the chart did not draw once near', { timeout: 10_000 });
    expect(echartsRequests(win)).to.have.length(1);
    expect(canvasOf(far)).to.not.equal(null);
    // The 13-month trend still has no controller: only the long one uses ECharts.
    expect(near.chartController).to.equal(null);
  });
});

describe('lazy charts (elements)', () => {
  // The dev server transforms ECharts' modules on first use: load them once up front.
  before(async function () {
    this.timeout(60_000);
    await Promise.all([loadECharts(), import('../../src/rolling-trend/echarts-chart.js')]);
  });

  it('13-month trends are drawn in SVG once near: no ECharts controller, no canvas, near or far', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const els = Array.from({ length: 10 }, () => {
      const el = document.createElement('rolling-trend');
      el.setAttribute('locale', 'en');
      el.data = { ...longTrend, points: longTrend.points.slice(-13) };
      box.append(el);
      return el;
    });
    await Promise.all(els.map((el) => el.updateComplete));
    const near = els.filter((el) => el.getBoundingClientRect().top < innerHeight * 2);
    const far = els.filter((el) => el.getBoundingClientRect().top > innerHeight * 2.2);
    expect(near.length).to.be.greaterThan(0);
    expect(far.length).to.be.greaterThan(0);
    await Promise.all(near.map((el) => el.whenDrawn()));
    for (const el of near) expect(el.shadowRoot!.querySelector('[part="chart"].svg svg.lines path.line.main')).to.not.equal(null);
    for (const el of far) expect(el.shadowRoot!.querySelector('[part="chart"].waiting')).to.not.equal(null);
    for (const el of els) {
      expect(el.chartController).to.equal(null);
      expect(canvasOf(el)).to.equal(null);
    }
  });

  it('of 50 long trends on a page, only those within a screen of the viewport get a canvas', async function () {
    this.timeout(30_000);
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const els = Array.from({ length: 50 }, () => {
      const el = longTrendElement();
      box.append(el);
      return el;
    });
    await Promise.all(els.map((el) => el.updateComplete));
    await waitUntil(() => els.every((el) => el.chartController !== null), 'the long trends have no chart controller');
    const viewport = innerHeight;
    const near = els.filter((el) => el.getBoundingClientRect().top < viewport * 2);
    const far = els.filter((el) => el.getBoundingClientRect().top > viewport * 2.2);
    expect(near.length, 'some charts are near the viewport').to.be.greaterThan(0);
    expect(far.length, 'most charts are far below it').to.be.greaterThan(30);
    await Promise.all(near.map((el) => el.whenDrawn()));
    await frames(5);
    for (const el of near) expect(canvasOf(el), 'a chart near the viewport is drawn').to.not.equal(null);
    for (const el of far) {
      expect(canvasOf(el), 'a chart far off screen is not initialised').to.equal(null);
      expect(el.chartController!.chart).to.equal(null);
      expect(el.chartController!.state).to.equal('waiting');
    }
    const initialised = els.filter((el) => canvasOf(el)).length;
    expect(initialised).to.be.lessThan(els.length - 30);

    // Scrolled to the end, the last chart is drawn too.
    const last = els[els.length - 1]!;
    last.scrollIntoView();
    await last.whenDrawn();
    expect(canvasOf(last)).to.not.equal(null);
    scrollTo(0, 0);
  });

  it('a long trend inside a display:none parent waits for a size, and draws once shown', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="display: none; width: 640px">
      <rolling-trend locale="en" window=${LONG} .data=${longTrend}></rolling-trend>
    </div>`);
    const el = box.querySelector('rolling-trend')!;
    await el.updateComplete;
    let drawn = false;
    void el.whenDrawn().then(() => (drawn = true));
    await waitUntil(() => el.chartController !== null, 'the long trend has no chart controller');
    await frames(5);
    expect(el.result, 'the model is built while hidden').to.not.equal(null);
    expect(el.chartController!.state).to.equal('waiting');
    expect(el.chartController!.chart).to.equal(null);
    expect(canvasOf(el)).to.equal(null);
    expect(drawn).to.equal(false);

    box.style.display = 'block';
    await el.whenDrawn();
    const canvas = canvasOf(el)!;
    expect(canvas).to.not.equal(null);
    const chartBox = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    expect(el.chartController!.chart!.getWidth()).to.equal(chartBox.clientWidth);
    expect(el.chartController!.chart!.getHeight()).to.equal(chartBox.clientHeight);
  });

  it('resizes are throttled into animation frames: at most one redraw per frame, at the final size', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px">
      <rolling-trend locale="en" window=${LONG} .data=${longTrend}></rolling-trend>
    </div>`);
    const el = box.querySelector('rolling-trend')!;
    await el.whenDrawn();
    await frames(2);
    const chart = el.chartController!.chart!;
    let resizes = 0;
    const resize = chart.resize.bind(chart);
    chart.resize = ((...args: Parameters<typeof chart.resize>) => {
      resizes++;
      return resize(...args);
    }) as typeof chart.resize;

    // Ten frames, each with several width changes (and forced layouts between them).
    let framesSeen = 0;
    for (let f = 0; f < 10; f++) {
      for (let i = 0; i < 4; i++) {
        box.style.width = `${500 + f * 10 + i}px`;
        void box.offsetWidth;
      }
      await nextFrame();
      framesSeen++;
    }
    await frames(3);
    framesSeen += 3;
    expect(resizes, 'the chart followed the size').to.be.greaterThan(0);
    expect(resizes, 'never more than one resize per frame').to.be.at.most(framesSeen);
    expect(chart.getWidth()).to.equal(el.shadowRoot!.querySelector<HTMLElement>('.chart')!.clientWidth);

    // A zero size (hidden) is skipped: no resize to nothing, and it draws again when shown.
    const before = resizes;
    box.style.display = 'none';
    await frames(3);
    expect(resizes).to.equal(before);
    box.style.display = 'block';
    box.style.width = '640px';
    await frames(3);
    expect(chart.getWidth()).to.equal(el.shadowRoot!.querySelector<HTMLElement>('.chart')!.clientWidth);
  });

  it('no layout shift: a long <rolling-trend> keeps its size from the waiting box to the drawn chart', async function () {
    this.timeout(60_000);
    // Two screens of space above it: the trend opens when the page is idle, without its chart.
    const box = await fixture<HTMLDivElement>(html`<div style="width: 760px; padding-top: 300vh"></div>`);
    const el = longTrendElement();
    box.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.value'), 'the numbers show').to.not.equal(null);
    expect(el.chartController?.state ?? 'waiting').to.not.equal('drawn');
    expect(canvasOf(el)).to.equal(null);
    const waiting = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    expect(waiting.classList.contains('waiting')).to.equal(true);
    const before = { host: el.getBoundingClientRect().height, chart: waiting.getBoundingClientRect().height };
    expect(before.chart, 'the chart box has its height before drawing').to.equal(280);
    el.scrollIntoView();
    await el.whenDrawn();
    await frames(2);
    expect(canvasOf(el)).to.not.equal(null);
    const chartBox = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    expect(chartBox.classList.contains('long')).to.equal(true);
    const after = { host: el.getBoundingClientRect().height, chart: chartBox.getBoundingClientRect().height };
    expect(after).to.deep.equal(before);
    scrollTo(0, 0);
  });
});
