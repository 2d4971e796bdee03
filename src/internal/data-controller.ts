/**
 * Where an element's data comes from. The contract's four ways, first present
 * wins: the `data` property, the `data` attribute (JSON text), a child
 * `<script type="application/json">` or `<script type="text/csv">`, and `src` (JSON or
 * CSV, fetched, re-fetched every `refresh` seconds). A failed fetch keeps the last good data.
 *
 * Fetching itself is the page's (fetch-hub.ts): elements on one address and interval share
 * one request. This controller only decides whether `src` is the input that wins, holds on to
 * the entry while it is, and keeps the last good answer.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../core/validation.js';
import { fetchSettings, subscribe, type Subscription, type TextFormat } from './fetch-hub.js';

/** The fetch limits live with the fetching (fetch-hub.ts); tests and pages reach them here too. */
export { fetchSettings };

export type InputSource = 'property' | 'attribute' | 'script' | 'src';

/** The raw input as it arrived: an object, or JSON or CSV text still to parse. */
export type RawInput =
  | { source: 'property'; value: unknown }
  | { source: 'attribute' | 'script' | 'src'; text: string; format: TextFormat }
  | null;

const SCRIPT_TYPES: Record<string, TextFormat> = { 'application/json': 'json', 'text/csv': 'csv' };

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
  private observer: MutationObserver | null = null;
  /** The `src` whose answer `fetchedText` is. */
  private fetchedFrom: string | null = null;
  /** The page's entry for the current `src` and `refresh`, while `src` is the input that wins. */
  private subscription: Subscription | null = null;
  private subscribedSrc: string | null = null;
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
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.observer = null;
    this.unsubscribe(); // fetched again (or the page's last answer taken) when put back
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

  /** The `src` given, trimmed; null for none (a blank `src` is none: it would fetch the page itself). */
  private get src(): string | null {
    const src = this.host.src?.trim();
    return src ? src : null;
  }

  /** Whether `src` is the input that wins (nothing above it is present). */
  get usesSrc(): boolean {
    return this.src !== null && this.inline === null;
  }

  /**
   * The refresh honoured, in seconds: at least `minRefreshSeconds`; null for none, and for one
   * longer than a day (`refreshProblem` says so; a timer that long would wrap and fire at once).
   */
  private get refreshSeconds(): number | null {
    const s = this.host.refresh;
    if (typeof s !== 'number' || !Number.isFinite(s) || s <= 0 || s > fetchSettings.maxRefreshSeconds) return null;
    return Math.max(s, fetchSettings.minRefreshSeconds);
  }

  /** Why `refresh` is not honoured, when it is given and too long; null otherwise. */
  get refreshProblem(): Problem | null {
    const s = this.host.refresh;
    const max = fetchSettings.maxRefreshSeconds;
    if (typeof s === 'number' && s > max) {
      return {
        path: [], code: 'worded',
        say: (locale, lang) => {
          const n = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(v);
          return lang === 'ar'
            ? `قيمة refresh ‏(${n(s)} ثانية) أطول من يوم (${n(max)} ثانية)، أطول مدة تحديث: تُحمَّل البيانات مرة واحدة ولا تُحدَّث`
            : `has refresh="${n(s)}": more than a day (${n(max)} seconds), the longest refresh; the data is loaded once, not refreshed`;
        },
      };
    }
    return null;
  }

  /**
   * Joins, changes or leaves the page's entry to match `src` and `refresh`.
   * Called by the host when they change, and on connection.
   */
  sync(): void {
    if (!this.connected || !this.usesSrc) {
      this.unsubscribe();
      return;
    }
    const src = this.src!;
    const refresh = this.refreshSeconds;
    const wanted = `${src}\u0000${refresh ?? ''}`;
    if (this.subscription && this.subscribedSrc === wanted) return;
    this.unsubscribe();
    if (src !== this.fetchedFrom) this.fetchProblem = null;
    this.subscribedSrc = wanted;
    this.subscription = subscribe(src, refresh, {
      loading: (on) => {
        if (this.loading === on) return;
        this.loading = on;
        this.host.requestUpdate();
      },
      deliver: (outcome) => {
        this.fetchProblem = outcome.problem;
        if (outcome.text !== null) {
          this.fetchedText = outcome.text;
          this.fetchedFormat = outcome.format;
          this.fetchedFrom = src;
        }
        this.host.requestUpdate();
      },
    });
  }

  /** Fetches `src` again now (the public `reload()` of every element); resolves once applied. */
  reload(): Promise<void> {
    if (!this.connected) return Promise.resolve();
    this.sync();
    return this.subscription?.reload() ?? Promise.resolve();
  }

  private unsubscribe(): void {
    this.subscription?.close();
    this.subscription = null;
    this.subscribedSrc = null;
    if (this.loading) {
      this.loading = false;
      this.host.requestUpdate();
    }
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
