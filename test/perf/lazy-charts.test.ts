/**
 * Issue 7, "What to build": the chart library is loaded and charts are
 * initialised only when needed. These tests check behaviour (what is requested,
 * what has a canvas, what waits), never timings.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import trend from '../../demo/data/trend-mqls.json';
import { loadECharts } from '../../src/internal/chart-controller.js';
import type { RollingTrend } from '../../src/rolling-trend/rolling-trend.js';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await frame();
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

/** The ECharts chunk of the built kit, if the page has requested it. */
function echartsRequests(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /\/chunks\/echarts-[^/]*\.js$/.test(name));
}

function canvasOf(el: Element): HTMLCanvasElement | null {
  return el.shadowRoot!.querySelector('.chart canvas');
}

describe('lazy charts (built bundle, plain pages)', () => {
  let frameEl: HTMLIFrameElement | null = null;
  afterEach(() => {
    frameEl?.remove();
    frameEl = null;
  });

  it('a page of only <kpi-scorecard>s never requests the ECharts chunk', async () => {
    const page = await loadPage('/test/pages/plain-page.html');
    frameEl = page.frameEl;
    const { win } = page;
    await waitUntil(() => win.customElements.get('kpi-scorecard'), 'kpi-scorecard was not defined', { timeout: 5000 });
    const el = win.document.getElementById('inline') as HTMLElement & { result: unknown; updateComplete: Promise<boolean> };
    await waitUntil(() => el.result !== null, 'the scorecard did not render', { timeout: 5000 });
    await el.updateComplete;
    // Every script the page asked for has arrived by now; give stragglers a few frames.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const scripts = win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js'));
    expect(scripts.some((n) => n.endsWith('/dist/scorecard-kit.js')), 'the kit itself was loaded').to.equal(true);
    expect(echartsRequests(win)).to.deep.equal([]);
  });

  it('the funnel and the lead sources draw their charts (HTML, SVG) with no chart library at all', async function () {
    this.timeout(20_000);
    const page = await loadPage('/test/pages/bars-page.html', 900, 3000);
    frameEl = page.frameEl;
    const { win } = page;
    await waitUntil(() => win.customElements.get('funnel-planner'), 'funnel-planner was not defined', { timeout: 5000 });
    type Drawable = HTMLElement & { whenDrawn(): Promise<void> };
    const els = ['funnel', 'bars', 'donut'].map((id) => win.document.getElementById(id) as Drawable);
    await Promise.all(els.map((el) => el.whenDrawn()));
    const [funnel, bars, donut] = els.map((el) => el.shadowRoot!.querySelector('.chart')!);
    expect(funnel!.querySelectorAll('.bar-line.plan .bar')).to.have.length(6);
    expect(bars!.querySelectorAll('.bar').length).to.be.greaterThan(5);
    expect(donut!.querySelectorAll('svg path').length).to.be.greaterThan(5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(echartsRequests(win)).to.deep.equal([]);
    expect(win.document.querySelectorAll('canvas')).to.have.length(0);
  });

  it('a chart five screens down requests ECharts only once scrolled within a screen of it', async function () {
    this.timeout(30_000);
    const page = await loadPage('/test/perf/scorecards-only.html');
    frameEl = page.frameEl;
    const { win } = page;
    await waitUntil(() => win.customElements.get('rolling-trend'), 'rolling-trend was not defined', { timeout: 5000 });
    const far = win.document.getElementById('far') as unknown as RollingTrend;
    await waitUntil(() => far.result !== null, 'the trend did not read its data', { timeout: 5000 });
    await far.updateComplete;
    await frames(5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The numbers are there (headline, sentence), the chart box is at its final size, and no chart library.
    expect(far.shadowRoot!.querySelector('.value')!.textContent).to.equal('144');
    expect(far.shadowRoot!.querySelector<HTMLElement>('.chart')!.getBoundingClientRect().height).to.equal(280);
    expect(far.chartController.state).to.equal('waiting');
    expect(canvasOf(far)).to.equal(null);
    expect(echartsRequests(win)).to.deep.equal([]);

    // Scroll until the chart is just over one screen below the viewport: still nothing.
    const top = far.getBoundingClientRect().top + win.scrollY;
    win.scrollTo(0, top - win.innerHeight * 2.5);
    await frames(5);
    expect(echartsRequests(win)).to.deep.equal([]);

    // Within a screen of the viewport (not yet in it): ECharts is fetched and the chart drawn.
    win.scrollTo(0, top - win.innerHeight * 1.5);
    await waitUntil(() => far.chartController.state === 'drawn', 'the chart did not draw once near', { timeout: 10_000 });
    expect(echartsRequests(win)).to.have.length(1);
    expect(canvasOf(far)).to.not.equal(null);
  });
});

describe('lazy charts (elements)', () => {
  // The dev server transforms ECharts' modules on first use: load the chunk once up front.
  before(async function () {
    this.timeout(60_000);
    await loadECharts();
  });

  it('of 50 chart elements on a page, only those within a screen of the viewport get a canvas', async function () {
    this.timeout(30_000);
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const els = Array.from({ length: 50 }, () => {
      const el = document.createElement('rolling-trend');
      el.setAttribute('locale', 'en');
      el.data = trend;
      box.append(el);
      return el;
    });
    await Promise.all(els.map((el) => el.updateComplete));
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
      expect(el.chartController.chart).to.equal(null);
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

  it('a chart inside a display:none parent waits for a size, and draws once shown', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="display: none; width: 640px">
      <rolling-trend locale="en" .data=${trend}></rolling-trend>
    </div>`);
    const el = box.querySelector('rolling-trend')!;
    await el.updateComplete;
    let drawn = false;
    void el.whenDrawn().then(() => (drawn = true));
    await frames(5);
    expect(el.result, 'the model is built while hidden').to.not.equal(null);
    expect(el.chartController.state).to.equal('waiting');
    expect(el.chartController.chart).to.equal(null);
    expect(canvasOf(el)).to.equal(null);
    expect(drawn).to.equal(false);

    box.style.display = 'block';
    await el.whenDrawn();
    const canvas = canvasOf(el)!;
    expect(canvas).to.not.equal(null);
    const chartBox = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    expect(el.chartController.chart!.getWidth()).to.equal(chartBox.clientWidth);
    expect(el.chartController.chart!.getHeight()).to.equal(chartBox.clientHeight);
  });

  it('resizes are throttled into animation frames: at most one redraw per frame, at the final size', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px">
      <rolling-trend locale="en" .data=${trend}></rolling-trend>
    </div>`);
    const el = box.querySelector('rolling-trend')!;
    await el.whenDrawn();
    await frames(2);
    const chart = el.chartController.chart!;
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
      await frame();
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

  it('no layout shift: <rolling-trend> has its final size before the chart library arrives', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
    const el = document.createElement('rolling-trend');
    el.setAttribute('locale', 'en');
    el.data = trend;
    box.append(el);
    await el.updateComplete;
    // Rendered, not drawn yet (the chart waits for the intersection observer at least).
    expect(el.chartController.state).to.not.equal('drawn');
    const chartBox = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    const before = { host: el.getBoundingClientRect().height, chart: chartBox.getBoundingClientRect().height };
    expect(before.chart, 'the chart box has its height before drawing').to.be.greaterThan(100);
    await el.whenDrawn();
    await frames(2);
    expect(canvasOf(el)).to.not.equal(null);
    const after = { host: el.getBoundingClientRect().height, chart: chartBox.getBoundingClientRect().height };
    expect(after).to.deep.equal(before);
  });
});
