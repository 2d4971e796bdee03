/**
 * The ECharts lifecycle, done once for every chart element:
 * - ECharts (one shared chunk) is imported only when the element is within a
 *   screen of the viewport (its viewport gate says so: `near`), and a chart
 *   is drawn once its box has a size; until then the element shows its
 *   numbers and table, and the chart box keeps its final size.
 * - Resizes are throttled into animation frames and zero sizes skipped
 *   (hidden charts wait for a size).
 * - Options come from pure builders; labels are plain text on the canvas, so
 *   no data text is ever parsed as HTML (tooltips and clicks are the element's
 *   own, over the chart box).
 * - The instance is disposed, and observers disconnected, when the element
 *   leaves the page.
 * - A chart that cannot be drawn (its chunk does not load, or the page refuses
 *   what ECharts does) settles `ready` all the same, with the reason in
 *   `failure`: nothing waits for it forever, and nothing is thrown.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import type { Problem } from '../core/validation.js';
import { resizeObserverFor } from './documents.js';

type EChartsModule = typeof import('./echarts.js');
let loading: Promise<EChartsModule> | null = null;
/** Imports the ECharts chunk once for the whole page. */
export function loadECharts(): Promise<EChartsModule> {
  loading ??= import('./echarts.js');
  return loading;
}

/**
 * Charts near the viewport but not in it are initialised after the visible
 * ones (once the frame that shows them is painted), one per task, so that a
 * page of many charts draws what the reader sees first and never stalls a
 * frame with a dozen initialisations at once: the browser paints and handles
 * input between two of them. When no visible chart is waiting to be painted,
 * nothing is gained by waiting for a frame: the next one starts at once.
 */
const later: (() => void)[] = [];
let pumping = false;
/** A chart in the viewport was drawn and its frame is not painted yet. */
let paintPending = false;
function drewInView(): void {
  if (paintPending) return;
  paintPending = true;
  requestAnimationFrame(() => (paintPending = false));
}
function initLater(task: () => void): void {
  later.push(task);
  if (pumping) return;
  pumping = true;
  const run = () => {
    // A rAF callback runs before its frame's paint; a task queued from it, after.
    if (paintPending) return void requestAnimationFrame(() => setTimeout(run));
    later.shift()?.();
    if (later.length) setTimeout(run);
    else pumping = false;
  };
  setTimeout(run);
}

/** Colours a chart builder uses, read from the element's theme tokens. */
export interface ChartPalette {
  text: string;
  muted: string;
  border: string;
  surface: string;
  accent: string;
  onTrack: string;
  atRisk: string;
  offTrack: string;
  series: string[];
}

const SERIES_FALLBACK = ['#0969da', '#bf3989', '#1a7f37', '#9a6700', '#8250df', '#cf222e', '#1b7c83', '#953800'];

export function readPalette(el: Element): ChartPalette {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--_text', '#1f2328'),
    muted: v('--_muted', '#59636e'),
    border: v('--_border', '#d1d9e0'),
    surface: v('--_surface', '#ffffff'),
    accent: v('--_accent', '#0969da'),
    onTrack: v('--_on-track', '#1a7f37'),
    atRisk: v('--_at-risk', '#9a6700'),
    offTrack: v('--_off-track', '#cf222e'),
    series: SERIES_FALLBACK.map((c, i) => v(`--sk-chart-${i + 1}`, c)),
  };
}

export interface ChartContext {
  palette: ChartPalette;
  rtl: boolean;
  reducedMotion: boolean;
}

export interface ChartControllerOptions {
  /** The element the chart draws into (in the host's shadow root). */
  container: () => HTMLElement | null | undefined;
  /** Resolves once the element is within a screen of the viewport (its viewport gate's `reached`). */
  near: Promise<void>;
  /** Builds the option for the current model; null draws nothing. */
  option: (ctx: ChartContext) => EChartsCoreOption | null;
}

export class ChartController implements ReactiveController {
  /** The live instance, once drawn (tests and host pages read it). */
  chart: EChartsType | null = null;
  /** Why the chart is not drawn yet. */
  state: 'waiting' | 'loading' | 'drawn' | 'failed' = 'waiting';
  /**
   * Why the chart could not be drawn (state `failed`), as a problem for the element's error
   * panel and `errors`; null otherwise. `ready` is resolved then too: there is nothing to wait for.
   */
  failure: Problem | null = null;

  private host: ReactiveControllerHost & HTMLElement;
  private options: ChartControllerOptions;
  private container: HTMLElement | null = null;
  private resize: ResizeObserver | null = null;
  private near = false;
  private frame = 0;
  private lastOption: EChartsCoreOption | null = null;
  private connected = false;
  private drawn?: () => void;
  /** Resolves when the chart has been drawn (or immediately if it is). */
  ready: Promise<void>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ChartControllerOptions) {
    this.host = host;
    this.options = options;
    this.ready = new Promise((resolve) => (this.drawn = resolve));
    host.addController(this);
    // Near the reader: fetch (and compile) ECharts now, while the data or the chart box may
    // still be on the way; elements far from the viewport fetch nothing.
    void options.near.then(() => {
      this.near = true;
      // A failure is reported when the chart tries to draw.
      void loadECharts().catch(() => undefined);
      this.maybeInit();
    });
  }

  hostConnected(): void {
    this.connected = true;
    // Moved in the page (removed, then added back): everything was let go on
    // disconnect, and no property changes to bring an update, so ask for one
    // to observe the container and draw again.
    if (!this.container) this.host.requestUpdate();
  }

  hostUpdated(): void {
    const el = this.options.container() ?? null;
    if (el !== this.container) this.observe(el);
    if (!this.chart) return this.maybeInit();
    try {
      this.apply();
    } catch (e) {
      // Never throw out of the element's update: the chart is let go, and the reason shown.
      this.dispose();
      this.fail('draw', e);
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    this.resize?.disconnect();
    this.resize = null;
    this.container = null;
    cancelAnimationFrame(this.frame);
    this.dispose();
    // Drawn or failed: back on a page, it is drawn (or tried) again.
    this.restart();
  }

  /** Let the instance go; never throws (leaving the page must not fail). */
  private dispose(): void {
    try {
      this.chart?.dispose();
    } catch (e) {
      console.error('scorecard-kit: the chart could not be disposed', e);
    }
    this.chart = null;
    this.lastOption = null;
  }

  /** Nothing is drawn any more (or the failure is forgotten): `ready` waits for the next drawing. */
  private restart(): void {
    if (this.state !== 'drawn' && this.state !== 'failed') return;
    this.state = 'waiting';
    this.failure = null;
    this.ready = new Promise((resolve) => (this.drawn = resolve));
  }

  /** The chart cannot be drawn: say why (`failure`), settle `ready`, and show it. */
  private fail(what: 'load' | 'draw', e: unknown): void {
    const reason = e instanceof Error ? e.message : String(e);
    console.error(`scorecard-kit: the chart ${what === 'load' ? 'library could not be loaded' : 'could not be drawn'}`, e);
    this.state = 'failed';
    this.failure = {
      path: [],
      code: 'custom',
      en: what === 'load'
        ? `has a chart whose drawing code could not be loaded (${reason}); the numbers are still shown in the table`
        : `has a chart that could not be drawn (${reason}); the numbers are still shown in the table`,
      ar: what === 'load'
        ? `فيه مخطط تعذر تحميل شيفرة رسمه (${reason})؛ الأرقام معروضة في الجدول`
        : `فيه مخطط تعذر رسمه (${reason})؛ الأرقام معروضة في الجدول`,
    };
    this.drawn?.();
    this.host.requestUpdate();
  }

  /** Whether the element's current rendering is drawn by ECharts (it has a chart box for it). */
  get active(): boolean {
    return this.container !== null;
  }

  private context(): ChartContext {
    return {
      palette: readPalette(this.host),
      rtl: getComputedStyle(this.host).direction === 'rtl',
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
  }

  private observe(el: HTMLElement | null): void {
    this.resize?.disconnect();
    this.dispose();
    // A new box (or none) has nothing drawn in it yet: `ready` waits for the next drawing.
    this.restart();
    this.container = el;
    if (!el) return;
    // Of the box's own window: a chart in a print or preview iframe is watched by that frame.
    this.resize = resizeObserverFor(el, () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        if (!this.container || this.container.clientWidth === 0 || this.container.clientHeight === 0) return;
        if (this.chart) this.chart.resize();
        else this.maybeInit();
      });
    });
    this.resize.observe(el);
  }

  private hasSize(): boolean {
    return Boolean(this.container && this.container.clientWidth > 0 && this.container.clientHeight > 0);
  }

  private maybeInit(): void {
    // Failed: not again for the same box (each update would fail, and log, again).
    if (!this.connected || this.chart || this.state === 'loading' || this.state === 'failed' || !this.near || !this.hasSize()) return;
    this.state = 'loading';
    loadECharts()
      .then(({ echarts }) => {
        if (this.inView()) {
          this.init(echarts);
          drewInView();
        } else initLater(() => this.init(echarts));
      })
      .catch((e: unknown) => this.fail('load', e));
  }

  /** Whether the chart box is in the viewport now (not merely near it). */
  private inView(): boolean {
    const view = this.container?.ownerDocument.defaultView;
    if (!this.container || !view) return true;
    const r = this.container.getBoundingClientRect();
    return r.bottom > 0 && r.top < view.innerHeight;
  }

  private init(echarts: EChartsModule['echarts']): void {
    this.state = 'waiting';
    if (!this.connected || !this.container || this.chart || !this.hasSize()) return;
    try {
      this.chart = echarts.init(this.container, null, { renderer: 'canvas' });
      this.apply(true);
    } catch (e) {
      this.dispose();
      this.fail('draw', e);
    }
  }

  private apply(force = false): void {
    if (!this.chart) return;
    const option = this.options.option(this.context());
    if (!force && option === this.lastOption) return;
    this.lastOption = option;
    if (option) this.chart.setOption(option, { notMerge: true, lazyUpdate: false });
    else this.chart.clear();
    this.state = 'drawn';
    this.drawn?.();
  }
}
