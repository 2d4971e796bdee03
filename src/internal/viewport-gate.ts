/**
 * What the reader sees is drawn first. An agency report carries forty elements: rendering every
 * one before the first paint keeps the reader waiting for thirty-odd that are screens away. So
 * each element asks its gate before it shows its content (its data is validated at once all the
 * same: `errors` and `kpi-error` do not wait):
 *
 * - In the next animation frame, before that frame is laid out and painted, one layout tells
 *   where every element connected since the last frame is; those in the viewport open then, so
 *   their content is in that very frame.
 * - The others open when they come within a screen of the viewport (one shared
 *   IntersectionObserver per document) or when the browser is idle (a few milliseconds of
 *   rendering at a time, in the order they were connected), whichever is first.
 * - Printing opens every element and brings it near.
 *
 * `near` (within a screen of the viewport, sticky) is what a chart waits for: an element opened
 * while idle shows its numbers and its chart box at the final size, and draws the chart only
 * when the reader comes near it. Without IntersectionObserver (not a browser) everything is
 * open and near at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Most rendering done in one idle callback, in ms: a frame's input is never held up longer. */
const IDLE_SLICE_MS = 8;
/** Idle callbacks come at the latest this long after they are asked for, busy page or not. */
const IDLE_TIMEOUT_MS = 500;
/** The first pass runs in an animation frame, or after this long where frames do not come (a hidden tab). */
const FIRST_PASS_TIMEOUT_MS = 100;

type Host = ReactiveControllerHost & HTMLElement;

export interface ViewportGateOptions {
  /** Renders the host now (synchronously), so that idle work can be measured as it is done. */
  flush: () => void;
}

const supported = typeof IntersectionObserver === 'function';

/** Gates waiting for the first pass, and gates waiting for idle time (both in connection order). */
const firstPass = new Set<ViewportGate>();
const idle = new Set<ViewportGate>();
let passFrame = 0;
let passTimer: ReturnType<typeof setTimeout> | undefined;
let idleHandle: number | null = null;
const observers = new WeakMap<Document, IntersectionObserver>();
const gates = new WeakMap<Element, ViewportGate>();
const connected = new Set<ViewportGate>();

const requestIdle: (cb: (deadline?: IdleDeadline) => void) => number =
  typeof requestIdleCallback === 'function'
    ? (cb) => requestIdleCallback(cb, { timeout: IDLE_TIMEOUT_MS })
    : (cb) => setTimeout(cb, 1) as unknown as number;

function schedulePass(): void {
  if (passFrame || passTimer !== undefined) return;
  passFrame = requestAnimationFrame(runPass);
  passTimer = setTimeout(runPass, FIRST_PASS_TIMEOUT_MS);
}

/** Where is everyone: all the reads first (one layout), then the opening. */
function runPass(): void {
  cancelAnimationFrame(passFrame);
  clearTimeout(passTimer);
  passFrame = 0;
  passTimer = undefined;
  const pending = [...firstPass];
  firstPass.clear();
  const visible = pending.map((g) => inViewport(g.host));
  pending.forEach((gate, i) => gate.decide(visible[i]!));
}

function inViewport(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.bottom >= 0 && r.top < view.innerHeight && r.right > 0 && r.left < view.innerWidth;
}

function scheduleIdle(): void {
  if (idleHandle !== null || !idle.size) return;
  idleHandle = requestIdle((deadline) => {
    idleHandle = null;
    const start = performance.now();
    for (const gate of idle) {
      if (performance.now() - start > IDLE_SLICE_MS || (deadline && !deadline.didTimeout && deadline.timeRemaining() < 1)) break;
      gate.open(true);
    }
    scheduleIdle();
  });
}

function observerFor(doc: Document): IntersectionObserver {
  let observer = observers.get(doc);
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) gates.get(entry.target)?.bringNear();
      },
      // The element's own document as the root: "within a screen" of the viewport the reader
      // scrolls, in a page of its own or inside a (same-origin) iframe alike.
      { root: doc, rootMargin: '100% 0px' },
    );
    observers.set(doc, observer);
  }
  return observer;
}

let printing = false;
function openAllForPrint(): void {
  printing = true;
  for (const gate of [...connected]) gate.bringNear(true);
}
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', openAllForPrint);
  window.addEventListener('afterprint', () => (printing = false));
  // Chromium's headless PDF printing switches to print media without `beforeprint`.
  window.matchMedia?.('print').addEventListener?.('change', (e) => e.matches && openAllForPrint());
}

export class ViewportGate implements ReactiveController {
  readonly host: Host;
  /** The content may show: the element was in the viewport, came near it, the page was idle, or it is printed. */
  isOpen = !supported;
  /** The element is, or has been, within a screen of the viewport: charts draw. */
  isNear = !supported;
  /** Resolves once open. */
  readonly opened: Promise<void>;
  /** Resolves once near. */
  readonly reached: Promise<void>;
  /** Resolves once the first pass has placed the element (opened or not), or at once where there is no gating. */
  readonly placed: Promise<void>;
  private resolveOpened!: () => void;
  private resolveReached!: () => void;
  private resolvePlaced!: () => void;
  private readonly options: ViewportGateOptions;
  private observed: Document | null = null;
  private waiters: (() => void)[] = [];

  constructor(host: Host, options: ViewportGateOptions) {
    this.host = host;
    this.options = options;
    this.opened = new Promise((r) => (this.resolveOpened = r));
    this.reached = new Promise((r) => (this.resolveReached = r));
    this.placed = new Promise((r) => (this.resolvePlaced = r));
    if (!supported) {
      this.resolveOpened();
      this.resolveReached();
      this.resolvePlaced();
    }
    host.addController(this);
  }

  hostConnected(): void {
    if (!supported) return;
    connected.add(this);
    gates.set(this.host, this);
    if (printing) return this.bringNear(true);
    if (this.isNear) return;
    if (!this.isOpen) {
      firstPass.add(this);
      schedulePass();
    }
    this.observed = this.host.ownerDocument;
    observerFor(this.observed).observe(this.host);
  }

  hostDisconnected(): void {
    connected.delete(this);
    firstPass.delete(this);
    idle.delete(this);
    this.unobserve();
    this.release();
  }

  /** Resolves once open, or once the element has left the page (it would never open then). */
  openedOrGone(): Promise<void> {
    if (this.isOpen || !this.host.isConnected) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private unobserve(): void {
    if (this.observed) observers.get(this.observed)?.unobserve(this.host);
    this.observed = null;
  }

  /** The first pass's verdict: in the viewport opens now; anything else waits for idle time or the reader. */
  decide(visible: boolean): void {
    if (visible) this.bringNear();
    else if (!this.isOpen) {
      idle.add(this);
      scheduleIdle();
    }
    this.resolvePlaced();
  }

  /** Shows the content; `now` renders it before returning (idle work is measured as it goes). */
  open(now = false): void {
    firstPass.delete(this);
    idle.delete(this);
    this.resolvePlaced();
    if (this.isOpen) return;
    this.isOpen = true;
    this.resolveOpened();
    this.host.requestUpdate();
    if (now) this.options.flush();
    // After the update is requested: a waiter then awaits the update that shows the content.
    this.release();
  }

  /** Within a screen of the viewport (or printed): open, and the chart may draw. */
  bringNear(now = false): void {
    this.unobserve();
    const wasOpen = this.isOpen;
    this.open(now);
    if (this.isNear) return;
    this.isNear = true;
    this.resolveReached();
    if (wasOpen) {
      this.host.requestUpdate();
      if (now) this.options.flush();
    }
  }
}
