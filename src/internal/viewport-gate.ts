/**
 * What the reader sees is drawn first. An agency report carries forty elements: rendering every
 * one before the first paint keeps the reader waiting for thirty-odd that are screens away. So
 * each element asks its gate before it shows its content, and even before it validates its data
 * (`result`, `errors` and `toCSV()` settle on demand; `kpi-error` comes when the content does):
 *
 * - Once the elements added together have rendered their first (placeholder) box, in the same
 *   task, one layout tells where they all are; those in the viewport open at once, so their
 *   content is in the first frame that shows them.
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

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

export interface ViewportGateOptions {
  /** Renders the host now (synchronously), so that idle work can be measured as it is done. */
  flush: () => void;
}

const supported = typeof IntersectionObserver === 'function';

/**
 * The gates of one document: those waiting for the first pass, those waiting for idle time
 * (both in connection order), those connected (for printing), and its IntersectionObserver.
 * One per document, so an element moved into another document (a print or preview iframe)
 * is measured, observed and printed with that document's own.
 */
class GateRegistry {
  readonly firstPass = new Set<ViewportGate>();
  readonly idle = new Set<ViewportGate>();
  readonly connected = new Set<ViewportGate>();
  readonly gates = new WeakMap<Element, ViewportGate>();
  printing = false;
  private passQueued = false;
  private idleHandle: number | null = null;
  private observer: IntersectionObserver | null = null;

  constructor(private readonly doc: Document) {
    const view = doc.defaultView;
    if (!view) return;
    const openAllForPrint = () => {
      this.printing = true;
      for (const gate of [...this.connected]) gate.bringNear(true);
    };
    view.addEventListener('beforeprint', openAllForPrint);
    view.addEventListener('afterprint', () => (this.printing = false));
    // Chromium's headless PDF printing switches to print media without `beforeprint`.
    view.matchMedia?.('print').addEventListener?.('change', (e) => e.matches && openAllForPrint());
  }

  /**
   * Queued when an element has rendered its first box: behind the first updates of every element
   * added in the same task (each was queued when it was added), so all of them have a box.
   */
  schedulePass(): void {
    if (this.passQueued) return;
    this.passQueued = true;
    queueMicrotask(() => this.runPass());
  }

  /** Where is everyone: all the reads first (one layout), then the opening. */
  private runPass(): void {
    this.passQueued = false;
    const pending = [...this.firstPass];
    this.firstPass.clear();
    const visible = pending.map((g) => inViewport(g.host));
    pending.forEach((gate, i) => gate.decide(visible[i]!));
  }

  scheduleIdle(): void {
    if (this.idleHandle !== null || !this.idle.size) return;
    this.idleHandle = requestIdle((deadline) => {
      this.idleHandle = null;
      const start = performance.now();
      for (const gate of this.idle) {
        if (performance.now() - start > IDLE_SLICE_MS || (deadline && !deadline.didTimeout && deadline.timeRemaining() < 1)) break;
        gate.open(true);
      }
      this.scheduleIdle();
    });
  }

  observe(el: Element): void {
    this.observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) this.gates.get(entry.target)?.bringNear();
      },
      // The element's own document as the root: "within a screen" of the viewport the reader
      // scrolls, in a page of its own or inside a (same-origin) iframe alike.
      { root: this.doc, rootMargin: '100% 0px' },
    );
    this.observer.observe(el);
  }

  unobserve(el: Element): void {
    this.observer?.unobserve(el);
  }
}

const registries = new WeakMap<Document, GateRegistry>();
function registryOf(doc: Document): GateRegistry {
  let registry = registries.get(doc);
  if (!registry) registries.set(doc, (registry = new GateRegistry(doc)));
  return registry;
}

const requestIdle: (cb: (deadline?: IdleDeadline) => void) => number =
  typeof requestIdleCallback === 'function'
    ? (cb) => requestIdleCallback(cb, { timeout: IDLE_TIMEOUT_MS })
    : (cb) => setTimeout(cb, 1) as unknown as number;

function inViewport(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.bottom >= 0 && r.top < view.innerHeight && r.right > 0 && r.left < view.innerWidth;
}

export class ViewportGate implements ReactiveController {
  readonly host: Host;
  /** The content may show: the element was in the viewport, came near it, the page was idle, or it is printed. */
  isOpen = !supported;
  /** The element is, or has been, within a screen of the viewport: charts draw. */
  isNear = !supported;
  /** Resolves once near. */
  readonly reached: Promise<void>;
  private resolveReached!: () => void;
  private readonly options: ViewportGateOptions;
  /** The registry of the document the element was connected in (and is observed by), while connected. */
  private registry: GateRegistry | null = null;
  private waiters: (() => void)[] = [];

  constructor(host: Host, options: ViewportGateOptions) {
    this.host = host;
    this.options = options;
    this.reached = new Promise((r) => (this.resolveReached = r));
    if (!supported) this.resolveReached();
    host.addController(this);
  }

  hostConnected(): void {
    if (!supported) return;
    const registry = (this.registry = registryOf(this.host.ownerDocument));
    registry.connected.add(this);
    registry.gates.set(this.host, this);
    if (registry.printing) return this.bringNear(true);
    if (this.isNear) return;
    if (!this.isOpen) {
      registry.firstPass.add(this);
      // Moved in the page: its box is there already (a first update measures it otherwise).
      if (this.host.hasUpdated) registry.schedulePass();
    }
    registry.observe(this.host);
  }

  hostUpdated(): void {
    if (this.registry?.firstPass.has(this)) this.registry.schedulePass();
  }

  hostDisconnected(): void {
    const registry = this.registry;
    if (registry) {
      registry.connected.delete(this);
      registry.firstPass.delete(this);
      registry.idle.delete(this);
      registry.unobserve(this.host);
    }
    this.registry = null;
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

  /** The first pass's verdict: in the viewport opens now; anything else waits for idle time or the reader. */
  decide(visible: boolean): void {
    if (visible) this.bringNear();
    else if (!this.isOpen && this.registry) {
      this.registry.idle.add(this);
      this.registry.scheduleIdle();
    }
  }

  /** Shows the content; `now` renders it before returning (idle work is measured as it goes). */
  open(now = false): void {
    this.registry?.firstPass.delete(this);
    this.registry?.idle.delete(this);
    if (this.isOpen) return;
    this.isOpen = true;
    this.host.requestUpdate();
    if (now) this.options.flush();
    // After the update is requested: a waiter then awaits the update that shows the content.
    this.release();
  }

  /** Within a screen of the viewport (or printed): open, and the chart may draw. */
  bringNear(now = false): void {
    this.registry?.unobserve(this.host);
    if (!this.isNear) {
      this.isNear = true;
      this.resolveReached();
      if (this.isOpen) {
        this.host.requestUpdate();
        if (now) this.options.flush();
        return;
      }
    }
    this.open(now);
  }
}
