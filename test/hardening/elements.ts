/**
 * The elements every hardening suite runs over. Adding an element to the
 * suites is one entry here: its tag, a loader for its registration module, a
 * valid fixture, the paths of every text field of its contract, and how to
 * count the items it shows.
 */
import weekly from '../../demo/data/scorecard-weekly.json';
import funnelPlan from '../../demo/data/funnel-plan.json';
import leadSources from '../../demo/data/lead-sources.json';
import trendMqls from '../../demo/data/trend-mqls.json';
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
  /** Whether the element draws an ECharts chart. */
  chart: boolean;
  /** Whether it draws its chart in HTML/SVG with the render (no ECharts). */
  htmlChart?: boolean;
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

export const ELEMENTS: ElementCase[] = [
  {
    tag: 'kpi-scorecard',
    load: () => import('../../src/kpi-scorecard/define.js'),
    valid: clone(weekly) as unknown as Json,
    textFields: [
      ['title'],
      ['period', 'label'],
      ['metrics', 0, 'label'],
      ['metrics', 0, 'owner'],
      ['metrics', 0, 'group'],
      // an off-track metric: its label and owner are also listed under "items to discuss"
      ['metrics', 4, 'label'],
      ['metrics', 4, 'owner'],
    ],
    dataOnlyFields: [
      ['metrics', 0, 'id'],
      ['metrics', 0, 'note'],
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
    chart: true,
    statusWords: [],
    selectable: 'button[part="period"]',
    // a window of periods: a dropped point becomes a gap, the window keeps its length
    independentItems: false,
    shownWithOneBroken: (n) => n,
    limit: {
      max: 100_000,
      shownAtMax: 13,
      // consecutive months from January 0100: 100,000 of them end in 8433
      make: (n) => ({
        label: 'Visits',
        unit: 'count',
        points: Array.from({ length: n }, (_, i) => ({
          period: `${String(100 + Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`,
          value: (i * 7919) % 10_000,
        })),
      }),
    },
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

export function make(tag: string): KitLike {
  return document.createElement(tag) as KitLike;
}
