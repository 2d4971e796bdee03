/**
 * Where an element's data comes from. The contract's four ways, first present
 * wins: the `data` property, the `data` attribute (JSON text), a child
 * `<script type="application/json">` or `<script type="text/csv">`, and `src` (JSON or
 * CSV, fetched, re-fetched every `refresh` seconds). A failed fetch keeps the last good data.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../core/validation.js';

/**
 * Fetch limits: how long a fetch may take before it is given up (10 s), and the
 * shortest refresh interval honoured, so a typo cannot hammer a server (5 s).
 * Mutable so tests (and pages on slow links) can change them.
 */
export const fetchSettings = { timeoutMs: 10_000, minRefreshSeconds: 5 };

export type InputSource = 'property' | 'attribute' | 'script' | 'src';

/** How text data is written: JSON, or CSV (a `text/csv` answer, a `.csv` path, a `<script type="text/csv">`). */
export type TextFormat = 'json' | 'csv';

/** The raw input as it arrived: an object, or JSON or CSV text still to parse. */
export type RawInput =
  | { source: 'property'; value: unknown }
  | { source: 'attribute' | 'script' | 'src'; text: string; format: TextFormat }
  | null;

const SCRIPT_TYPES: Record<string, TextFormat> = { 'application/json': 'json', 'text/csv': 'csv' };

/** Whether a fetched answer is CSV: its content type says so, or (served as plain text or a download) its path ends `.csv`. */
export function answerFormat(url: URL, contentType: string | null): TextFormat {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/csv' || type === 'application/csv' || type === 'text/comma-separated-values') return 'csv';
  if (type.includes('json')) return 'json';
  return /\.csv$/i.test(url.pathname) ? 'csv' : 'json';
}

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  dataAttribute?: string | null;
  src?: string | null;
  refresh?: number | null;
}

export class DataController implements ReactiveController {
  /** True while a fetch is in flight. */
  loading = false;
  /** Why the last fetch failed, if it did (cleared by the next success). */
  fetchProblem: Problem | null = null;

  private host: DataHost;
  private scriptText: string | null = null;
  private scriptFormat: TextFormat = 'json';
  private fetchedText: string | null = null;
  private fetchedFormat: TextFormat = 'json';
  private abort: AbortController | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private observer: MutationObserver | null = null;
  private fetchedFrom: string | null = null;
  /** The `src` last requested (in flight or answered), so a repeated sync does not refetch. */
  private requested: string | null = null;
  private connected = false;

  constructor(host: DataHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.readScript();
    this.observer = new MutationObserver(() => {
      if (!this.readScript()) return;
      this.sync(); // a script added or removed changes whether `src` is used
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.sync(true);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.requested = null; // fetch again when put back on the page
    this.observer?.disconnect();
    this.observer = null;
    this.stopFetching();
  }

  /** The input given inline (property, attribute, child script), first present wins; null for none. */
  private get inline(): RawInput {
    const h = this.host;
    if (h.data !== undefined && h.data !== null) return { source: 'property', value: h.data };
    if (typeof h.dataAttribute === 'string') return { source: 'attribute', text: h.dataAttribute, format: 'json' };
    if (this.scriptText !== null) return { source: 'script', text: this.scriptText, format: this.scriptFormat };
    return null;
  }

  /** The winning input, in the contract's order of precedence. */
  get raw(): RawInput {
    // Until a new `src` answers, the last good fetched data stays.
    return this.inline ?? (this.usesSrc && this.fetchedText !== null ? { source: 'src', text: this.fetchedText, format: this.fetchedFormat } : null);
  }

  /** Whether `src` is the input that wins (nothing above it is present). */
  get usesSrc(): boolean {
    return Boolean(this.host.src) && this.inline === null;
  }

  /**
   * Starts, restarts or stops fetching to match `src` and `refresh`.
   * Called by the host when they change, and on connection.
   */
  sync(force = false): void {
    if (!this.connected) return;
    if (!this.usesSrc) {
      this.stopFetching();
      return;
    }
    const src = this.host.src!;
    if (force || src !== this.requested || !this.timerMatches()) {
      if (src !== this.fetchedFrom) this.fetchProblem = null;
      this.stopFetching();
      void this.load(src);
      const seconds = this.host.refresh;
      if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0) {
        const ms = Math.max(seconds, fetchSettings.minRefreshSeconds) * 1000;
        this.timer = setInterval(() => {
          // Overlapping refreshes: a slow answer is not abandoned for a newer request.
          if (!this.loading) void this.load(src);
        }, ms);
        this.timerSeconds = seconds;
      } else this.timerSeconds = null;
    }
  }

  /** Fetches `src` again now (the public `reload()` of every element). */
  reload(): Promise<void> {
    if (!this.usesSrc || !this.connected) return Promise.resolve();
    return this.load(this.host.src!);
  }

  private timerSeconds: number | null = null;
  private timerMatches(): boolean {
    const s = this.host.refresh;
    const wanted = typeof s === 'number' && Number.isFinite(s) && s > 0 ? s : null;
    return wanted === this.timerSeconds && (wanted === null || this.timer !== null);
  }

  private stopFetching(): void {
    this.abort?.abort();
    this.abort = null;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.timerSeconds = null;
    if (this.loading) {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  private async load(src: string): Promise<void> {
    this.requested = src;
    this.abort?.abort();
    const ac = new AbortController();
    this.abort = ac;
    let timedOut = false;
    const timeout = setTimeout(() => {
      timedOut = true;
      ac.abort();
    }, fetchSettings.timeoutMs);
    this.loading = true;
    this.host.requestUpdate();
    let problem: Problem | null = null;
    let text: string | null = null;
    let format: TextFormat = 'json';
    try {
      const url = new URL(src, document.baseURI);
      const res = await fetch(url, { signal: ac.signal, headers: { Accept: 'application/json, text/csv;q=0.9' }, credentials: 'same-origin' });
      if (!res.ok) problem = { path: [], code: 'fetch-failed', url: src, reason: 'http', status: res.status };
      else {
        text = await res.text();
        format = answerFormat(url, res.headers.get('content-type'));
      }
    } catch {
      // An abort we caused by leaving the page or replacing the request is not an error.
      if (ac.signal.aborted && !timedOut) return;
      problem = timedOut
        ? { path: [], code: 'fetch-failed', url: src, reason: 'timeout', seconds: fetchSettings.timeoutMs / 1000 }
        : { path: [], code: 'fetch-failed', url: src, reason: 'network' };
    } finally {
      clearTimeout(timeout);
    }
    if (this.abort !== ac) return; // superseded by a newer request
    this.abort = null;
    this.loading = false;
    this.fetchProblem = problem;
    if (text !== null) {
      this.fetchedText = text;
      this.fetchedFormat = format;
      this.fetchedFrom = src;
    }
    this.host.requestUpdate();
  }

  /** Reads the child data script (JSON or CSV); true when its text or type changed. */
  private readScript(): boolean {
    const script = Array.from(this.host.children).find(
      (c): c is HTMLScriptElement => c instanceof HTMLScriptElement && Object.hasOwn(SCRIPT_TYPES, c.type.trim().toLowerCase()),
    );
    const text = script ? script.textContent ?? '' : null;
    const format = script ? SCRIPT_TYPES[script.type.trim().toLowerCase()]! : 'json';
    if (text === this.scriptText && format === this.scriptFormat) return false;
    this.scriptText = text;
    this.scriptFormat = format;
    return true;
  }
}
