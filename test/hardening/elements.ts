/**
 * The elements every hardening suite runs over. Adding an element to the
 * suites is one entry here: its tag, a loader for its registration module, a
 * valid fixture, the paths of every text field of its contract, and how to
 * count the items it shows.
 *
 * `CASES` adds the configurations that draw an element's chart another way (a
 * `<rolling-trend>` window longer than 500 periods, drawn by ECharts), for the
 * suites about rendering.
 */
import weekly from '../../demo/data/scorecard-weekly.json';
import funnelPlan from '../../demo/data/funnel-plan.json';
import leadSources from '../../demo/data/lead-sources.json';
import trendMqls from '../../demo/data/trend-mqls.json';
import longTrend from '../perf/long-trend.json';
import type { PathSegment } from '../../src/core/json-path.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface KitLike extends HTMLElement {
  data?: unknown;
  src: string | null;
  refresh: number | null;
  readonly result: unknown;
  readonly errors: { path: string; message: string }[];
  readonly updateComplete: Promise<boolean>;
  whenDrawn(): Promise<void>;
  reload(): Promise<void>;
}

export interface ElementCase {
  tag: string;
  /**
   * Attributes set on every element the suites make for this case, before it is connected
   * (a variant of an element: `window="600"`). Test titles show them: `<rolling-trend window="600">`.
   */
  attributes?: Record<string, string>;
  /** Names the case in test pages (element ids: `<id>-src`, `<id>-script`); default the tag. */
  id?: string;
  /**
   * A same-origin URL that serves `valid`, for tests that load it by `src`; default the test
   * server's text endpoint with `valid` in its query (too long a URL for a large document).
   */
  src?: string;
  /** Registers the element (the per-element entry point). */
  load: () => Promise<unknown>;
  /** A realistic valid document. */
  valid: Json;
  /** Where text from the data is shown: every text field of the contract, as paths into `valid`. */
  textFields: PathSegment[][];
  /** Text fields that are kept but not necessarily shown (ids, notes). */
  dataOnlyFields: PathSegment[][];
  /**
   * Fields (paths into `valid`) whose invalid value is echoed in an error message:
   * enum values, numbers given as text, ids that repeat.
   */
  echoedFields: PathSegment[][];
  /** The list whose items are validated one by one (invalid ones dropped, the rest shown). */
  itemList: PathSegment[];
  /** Whether a valid item is shown while others are broken (false for a funnel: a chain). Default true. */
  independentItems?: boolean;
  /**
   * With `independentItems: false`, the documented behaviour: how many items are shown
   * when one item of a list of `n` is broken (it is reported by its path either way).
   */
  shownWithOneBroken?: (n: number) => number;
  /** How many items of `itemList` the element shows. */
  shownItems: (el: KitLike) => number;
  /** Whether the element draws an ECharts chart (on a canvas, once near the viewport). */
  chart: boolean;
  /** Whether it draws its chart in HTML/SVG with the render (no ECharts). */
  htmlChart?: boolean;
  /**
   * A tooltip the element shows (in HTML) while the pointer is over its chart: where to point
   * and the tooltip itself, as selectors in the shadow root.
   */
  hoverTip?: { target: string; tip: string };
  /** Strings the element shows for a status, to find in forced-colors mode (empty: no statuses). */
  statusWords: string[];
  /** Items that fire `kpi-select` when activated by keyboard (a selector in the shadow root), if any. */
  selectable?: string;
  /**
   * Hardening tests this element fails for a defect not fixed yet (test title -> the defect).
   * They show as skipped, with the defect in their title; `csp` names CSP violations.
   */
  knownDefects?: Record<string, string>;
  /** A documented upper limit on items, if any, and a document with that many. */
  limit?: { max: number; make: (n: number) => Json; /** items shown at the limit, when not all (a trend shows its window) */ shownAtMax?: number };
}

const clone = <T>(v: T): T => structuredClone(v);

/** `n` consecutive months from January 0100 (100,000 of them end in 8433), of made-up visits. */
function monthlyVisits(n: number): Json {
  return {
    label: 'Visits',
    unit: 'count',
    points: Array.from({ length: n }, (_, i) => ({
      period: `${String(100 + Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: (i * 7919) % 10_000,
    })),
  };
}

export const ELEMENTS: ElementCase[] = [
  {
    tag: 'kpi-scorecard',
    load: () => import('../../src/kpi-scorecard/define.js'),
    // The demo week with its last four periods of history: a document that still fits in a URL.
    valid: { ...clone(weekly), metrics: clone(weekly).metrics.map((m) => ({ ...m, history: m.history.slice(-4) })) } as unknown as Json,
    textFields: [
      ['title'],
      ['period', 'label'],
      ['metrics', 0, 'label'],
      ['metrics', 0, 'owner'],
      ['metrics', 0, 'group'],
      // notes are shown on the card and in the list
      ['metrics', 0, 'note'],
      // an off-track metric: its label and owner are also listed under "items to discuss"
      ['metrics', 4, 'label'],
      ['metrics', 4, 'owner'],
    ],
    dataOnlyFields: [
      ['metrics', 0, 'id'],
    ],
    echoedFields: [
      ['metrics', 0, 'unit'],
      ['metrics', 0, 'cadence'],
      ['metrics', 0, 'indicator'],
      ['metrics', 1, 'metric'],
      ['metrics', 2, 'target'],
      ['metrics', 3, 'direction'],
    ],
    itemList: ['metrics'],
    shownItems: (el) => el.shadowRoot!.querySelectorAll('[part="metric"]').length,
    chart: false,
    statusWords: ['On track', 'At risk', 'Off track'],
    selectable: 'button[part="metric"]',
    limit: {
      max: 1000,
      make: (n) => ({
        title: 'Big scorecard',
        metrics: Array.from({ length: n }, (_, i) => ({
          id: `m${i}`,
          label: `Metric ${i}`,
          group: ['marketing', 'sales', 'service'][i % 3]!,
          actual: (i * 37) % 1000,
          target: 500,
          history: [1, 2, 3, (i % 7) + 1],
        })),
      }),
    },
  },
  {
    tag: 'lead-source-breakdown',
    load: () => import('../../src/lead-source-breakdown/define.js'),
    valid: clone(leadSources) as unknown as Json,
    textFields: [['title'], ['period'], ['sources', 1, 'label'], ['sources', 3, 'label']],
    dataOnlyFields: [],
    echoedFields: [['sources', 0, 'leads'], ['sources', 2, 'spend'], ['sources', 0, 'source']],
    itemList: ['sources'],
    shownItems: (el) => el.shadowRoot!.querySelectorAll('[part="source"]').length,
    chart: false,
    htmlChart: true,
    statusWords: [],
    selectable: 'button[part="source"]',
  },
  {
    tag: 'rolling-trend',
    load: () => import('../../src/rolling-trend/define.js'),
    // the last 13 months: every point is in the default window
    valid: { ...clone(trendMqls), points: clone(trendMqls).points.slice(-13) } as unknown as Json,
    textFields: [['label']],
    dataOnlyFields: [],
    echoedFields: [['points', 0, 'period'], ['points', 1, 'value'], ['unit']],
    itemList: ['points'],
    // the periods in the window (a null value is a gap, shown as such)
    shownItems: (el) => ((el.result as { window?: unknown[] } | null)?.window ?? []).length,
    // 13 months: HTML and SVG, drawn with the render (no ECharts)
    chart: false,
    htmlChart: true,
    hoverTip: { target: '.chart.svg .plot', tip: '.tip' },
    statusWords: [],
    selectable: 'button[part="period"]',
    // a window of periods: a dropped point becomes a gap, the window keeps its length
    independentItems: false,
    shownWithOneBroken: (n) => n,
    limit: { max: 100_000, shownAtMax: 13, make: monthlyVisits },
  },
  {
    tag: 'funnel-planner',
    load: () => import('../../src/funnel-planner/define.js'),
    valid: clone(funnelPlan) as unknown as Json,
    textFields: [['title'], ['stages', 0, 'label'], ['stages', 3, 'label']],
    dataOnlyFields: [],
    // A funnel is a chain: one broken stage breaks the plan (reported by its path) and no stage
    // is shown. By design, documented in the README: volumes follow from every rate before them.
    independentItems: false,
    shownWithOneBroken: () => 0,
    echoedFields: [['stages', 1, 'rate'], ['goal', 'period'], ['averageDealSize']],
    itemList: ['stages'],
    shownItems: (el) => el.shadowRoot!.querySelectorAll('[part="stage"]').length,
    chart: false,
    htmlChart: true,
    statusWords: [],
    selectable: 'button[part="stage"]',
  },
];

/**
 * A window longer than 500 periods: the one chart of the kit that ECharts draws (down-sampled,
 * on a canvas, loaded once near the viewport), with the same HTML tooltip as the SVG chart.
 */
export const LONG_TREND: ElementCase = {
  ...ELEMENTS.find((c) => c.tag === 'rolling-trend')!,
  attributes: { window: '600' },
  id: 'rolling-trend-long',
  // 600 consecutive months, all in the window
  valid: clone(longTrend) as unknown as Json,
  src: '/test/perf/long-trend.json',
  chart: true,
  htmlChart: false,
  hoverTip: { target: '.chart.long', tip: '.tip' },
  limit: { max: 100_000, shownAtMax: 600, make: monthlyVisits },
};

/**
 * Every element, and every other way one draws its chart: for the suites about rendering
 * (accessibility, CSP, injection, lifecycle, limits). The suites about reading input and
 * fetching it (generated input, network faults) run over `ELEMENTS`: a variant's attributes
 * change what is drawn, not how its data is read.
 */
export const CASES: ElementCase[] = [...ELEMENTS, LONG_TREND];

/** How test titles name a case: its tag with its attributes, `<rolling-trend window="600">`. */
export function caseTitle(c: ElementCase): string {
  const attributes = Object.entries(c.attributes ?? {}).map(([name, value]) => ` ${name}="${value}"`);
  return `<${c.tag}${attributes.join('')}>`;
}

/**
 * Points at the middle of a chart with an HTML tooltip (`hoverTip`) and resolves with the
 * tooltip shown, or null (no tooltip for this case, or none appeared). A chart drawn by ECharts
 * must be drawn first (`whenDrawn()`): the period under the pointer is read from it.
 */
export async function showTip(c: ElementCase, el: KitLike): Promise<HTMLElement | null> {
  if (!c.hoverTip) return null;
  const target = el.shadowRoot!.querySelector<HTMLElement>(c.hoverTip.target);
  if (!target) return null;
  const r = target.getBoundingClientRect();
  const view = el.ownerDocument.defaultView!;
  const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, composed: true, pointerType: 'mouse' };
  target.dispatchEvent(new view.PointerEvent('pointermove', at));
  await el.updateComplete;
  return el.shadowRoot!.querySelector<HTMLElement>(c.hoverTip.tip);
}

/** `it` for one element: a test it fails for a known, reported defect is skipped and says why. */
export function itFor(c: ElementCase): (title: string, fn: Mocha.AsyncFunc) => Mocha.Test {
  return (title, fn) => {
    const defect = c.knownDefects?.[title];
    return defect ? it.skip(`${title} [known defect: ${defect}]`, fn) : it(title, fn);
  };
}

/** Sets the value at a path (creating nothing: the path must exist up to its parent). */
export function setAt(root: Json, path: readonly PathSegment[], value: Json): Json {
  if (path.length === 0) return value;
  let cur = root as Record<PathSegment, Json>;
  for (const s of path.slice(0, -1)) cur = cur[s] as Record<PathSegment, Json>;
  cur[path[path.length - 1]!] = value;
  return root;
}

/**
 * Parses a path as the kit formats it (`metrics[2].target`, `a["odd key"]`)
 * back into segments; throws on anything else.
 */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  let i = 0;
  const ident = /^[A-Za-z_$][\w$]*/;
  while (i < path.length) {
    if (path[i] === '[') {
      const rest = path.slice(i);
      const num = /^\[(\d+)\]/.exec(rest);
      if (num) {
        out.push(Number(num[1]));
        i += num[0].length;
        continue;
      }
      // a JSON string literal in brackets
      const str = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest);
      if (!str) throw new Error(`unreadable path ${JSON.stringify(path)} at ${i}`);
      out.push(JSON.parse(str[1]!) as string);
      i += str[0].length;
      continue;
    }
    if (path[i] === '.' && out.length) i++;
    else if (out.length) throw new Error(`unreadable path ${JSON.stringify(path)} at ${i}`);
    const m = ident.exec(path.slice(i));
    if (!m) throw new Error(`unreadable path ${JSON.stringify(path)} at ${i}`);
    out.push(m[0]);
    i += m[0].length;
  }
  return out;
}

/**
 * Whether a path points at a location in the document: every step but the
 * last exists (an own property or an index in range), and the last either
 * exists or names a key of an object (a required field that is missing).
 */
export function resolves(root: unknown, segments: readonly PathSegment[]): boolean {
  let cur: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const last = i === segments.length - 1;
    if (Array.isArray(cur)) {
      if (typeof s !== 'number' || s >= cur.length) return false;
      cur = cur[s];
    } else if (cur !== null && typeof cur === 'object') {
      if (typeof s !== 'string') return false;
      if (!Object.hasOwn(cur, s)) return last;
      cur = (cur as Record<string, unknown>)[s];
    } else return false;
  }
  return true;
}

/** Everything a user can read in the shadow DOM: text, plus accessible names and tooltips. */
export function visibleText(el: Element): string {
  const root = el.shadowRoot!;
  const parts = [root.textContent ?? ''];
  for (const n of Array.from(root.querySelectorAll('[aria-label],[title],[alt],[placeholder],input,output'))) {
    for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
      const v = n.getAttribute(a);
      if (v) parts.push(v);
    }
    if (n instanceof HTMLInputElement || n instanceof HTMLOutputElement) parts.push(n.value);
  }
  return parts.join(' ');
}

/** Collects uncaught errors and unhandled rejections while it is installed. */
export function trapUncaught(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** A new, unconnected element of a case, with the case's attributes. */
export function make(c: ElementCase): KitLike {
  const el = document.createElement(c.tag) as KitLike;
  for (const [name, value] of Object.entries(c.attributes ?? {})) el.setAttribute(name, value);
  return el;
}

/** The strict Content-Security-Policy the test server sends with test/pages/csp*.html. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** A `securitypolicyviolation` as test/pages/csp-probe.js records it. */
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  element: string | null;
}
