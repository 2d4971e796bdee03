/**
 * `src` fetching for the whole page. Every element that reads the same address with the same
 * `refresh` subscribes to one entry here: one request for all of them, one timer, one answer
 * delivered to each. An agency page with fifty elements on one feed sends one request per
 * interval, not fifty.
 *
 * - A refresh is scheduled after the previous answer (never two requests in flight for one
 *   entry), at most once a day; while the page is hidden no request is sent, and a refresh
 *   that fell due meanwhile is sent as soon as the page shows again.
 * - An element that joins an entry gets its last answer at once; an entry with no subscriber
 *   left is aborted and forgotten, so the next element to ask fetches anew.
 * - Answers are read up to `fetchSettings.maxBytes` (the `Content-Length` first, then as the
 *   body streams in), never parsed past it.
 * - Requests go through the browser's HTTP cache as any `fetch` does (`cache: 'default'`): a
 *   server's `Cache-Control` decides whether a refresh reaches it.
 */
import { displayUrl } from '../core/display-url.js';
import type { Problem } from '../core/validation.js';

/**
 * Fetch limits: how long a fetch may take (10 s), the shortest and longest refresh honoured
 * (5 s, so a typo cannot hammer a server; a day, past which a timer would wrap), and the
 * most bytes read of an answer (10 MB, the same as a CSV file). Mutable for tests and pages on
 * slow links.
 */
export const fetchSettings = { timeoutMs: 10_000, minRefreshSeconds: 5, maxRefreshSeconds: 86_400, maxBytes: 10_000_000 };

export type TextFormat = 'json' | 'csv';

/** What a subscriber receives: the answer's text, or why there is none. */
export type Outcome = { text: string; format: TextFormat; problem: null } | { text: null; format: null; problem: Problem };

export interface Subscriber {
  /** An answer arrived (or a fetch failed). */
  deliver(outcome: Outcome): void;
  /** A request for this subscriber's entry started or ended. */
  loading(on: boolean): void;
}

/** Whether a fetched answer is CSV: its content type says so, or (served as plain text or a download) its path ends `.csv`. */
export function answerFormat(url: URL, contentType: string | null): TextFormat {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/csv' || type === 'application/csv' || type === 'text/comma-separated-values') return 'csv';
  if (type.includes('json')) return 'json';
  return /\.csv$/i.test(url.pathname) ? 'csv' : 'json';
}

/** Addresses the page's Content-Security-Policy refused to connect to, as the browser reported them. */
const blockedByPolicy = new Set<string>();
let listening = false;
function listenForPolicy(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('securitypolicyviolation', (e) => {
    if (!/^connect-src\b/.test(e.effectiveDirective || e.violatedDirective)) return;
    blockedByPolicy.add(e.blockedURI);
    for (const entry of entries.values()) entry.policyBlocked(e.blockedURI);
  });
}

const entries = new Map<string, Entry>();
const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (!hidden()) for (const entry of entries.values()) entry.shown();
  });
}

class Entry {
  readonly subscribers = new Set<Subscriber>();
  private last: Outcome | null = null;
  private inFlight: Promise<void> | null = null;
  private abort: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dueWhileHidden = false;
  private failedAt: { url: string; resolve: (p: Problem) => void } | null = null;

  constructor(
    readonly key: string,
    private readonly url: URL | null,
    private readonly src: string,
    private readonly refreshMs: number | null,
  ) {}

  join(sub: Subscriber): void {
    this.subscribers.add(sub);
    if (this.inFlight) sub.loading(true);
    else if (this.last) sub.deliver(this.last);
    else void this.fetchNow();
  }

  leave(sub: Subscriber): void {
    this.subscribers.delete(sub);
    if (this.subscribers.size) return;
    entries.delete(this.key);
    this.abort?.abort();
    this.abort = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Fetches now, or joins the request in flight; resolves when its answer has been delivered. */
  fetchNow(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.dueWhileHidden = false;
    const run = this.request().finally(() => {
      if (this.inFlight === run) this.inFlight = null;
    });
    this.inFlight = run;
    return run;
  }

  /** The page shows again: a refresh that fell due while it was hidden goes now. */
  shown(): void {
    if (this.dueWhileHidden && this.subscribers.size) void this.fetchNow();
  }

  /** The page's policy refused an address: if it is this entry's, the failing request learns why. */
  policyBlocked(blocked: string): void {
    if (this.failedAt && matchesBlocked(this.failedAt.url, blocked)) this.failedAt.resolve(this.problem('blocked'));
  }

  private problem(reason: 'http' | 'timeout' | 'network' | 'credentials' | 'blocked' | 'too-large', extra: Partial<Problem & { code: 'fetch-failed' }> = {}): Problem {
    return { path: [], code: 'fetch-failed', url: displayUrl(this.src), reason, ...extra } as Problem;
  }

  private schedule(): void {
    if (this.refreshMs === null || !this.subscribers.size) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (hidden()) this.dueWhileHidden = true;
      else void this.fetchNow();
    }, this.refreshMs);
  }

  private async request(): Promise<void> {
    for (const s of this.subscribers) s.loading(true);
    const outcome = await this.read();
    if (outcome === null || entries.get(this.key) !== this) return; // left by every subscriber meanwhile
    // A failed refresh keeps the last good answer for those who join later.
    if (outcome.problem === null || this.last === null || this.last.problem !== null) this.last = outcome;
    for (const s of [...this.subscribers]) {
      s.loading(false);
      s.deliver(outcome);
    }
    this.schedule();
  }

  /** One request: the answer's text, why it failed, or null when it was abandoned. */
  private async read(): Promise<Outcome | null> {
    const fail = (problem: Problem): Outcome => ({ text: null, format: null, problem });
    if (!this.url) return fail(this.problem('network')); // not an address at all
    if (this.url.username || this.url.password) return fail(this.problem('credentials'));
    const url = this.url;
    const ac = new AbortController();
    this.abort = ac;
    let timedOut = false;
    const timeout = setTimeout(() => {
      timedOut = true;
      ac.abort();
    }, fetchSettings.timeoutMs);
    try {
      const res = await fetch(url, { signal: ac.signal, headers: { Accept: 'application/json, text/csv;q=0.9' }, credentials: 'same-origin' });
      if (!res.ok) {
        void res.body?.cancel().catch(() => undefined);
        return fail(this.problem('http', { status: res.status }));
      }
      const text = await readLimited(res, ac);
      if (text === null) return fail(this.problem('too-large', { bytes: fetchSettings.maxBytes }));
      return { text, format: answerFormat(url, res.headers.get('content-type')), problem: null };
    } catch {
      // An abort we caused (every subscriber left) is not an error.
      if (ac.signal.aborted && !timedOut) return null;
      if (timedOut) return fail(this.problem('timeout', { seconds: fetchSettings.timeoutMs / 1000 }));
      return fail(await this.whyNetworkFailed());
    } finally {
      clearTimeout(timeout);
      if (this.abort === ac) this.abort = null;
    }
  }

  /**
   * A request that failed without an answer: the page's policy, when the browser reports that it
   * refused the address (the report is an event of its own, sent around the failure), else the
   * network (offline, refused, or a cross-origin server that does not allow this page).
   */
  private whyNetworkFailed(): Promise<Problem> {
    const url = this.url!.href;
    if ([...blockedByPolicy].some((b) => matchesBlocked(url, b))) return Promise.resolve(this.problem('blocked'));
    return new Promise((resolve) => {
      const done = (p: Problem) => {
        this.failedAt = null;
        clearTimeout(wait);
        resolve(p);
      };
      this.failedAt = { url, resolve: done };
      // The violation report, when there is one, is queued with the failure: a few tasks at most.
      const wait = setTimeout(() => done(this.problem('network')), 100);
    });
  }
}

/** A CSP report names the whole address for the page's own origin, and only the origin for others. */
function matchesBlocked(url: string, blocked: string): boolean {
  if (!blocked) return false;
  if (url === blocked) return true;
  try {
    return new URL(url).origin === new URL(blocked).origin && !new URL(blocked).pathname.slice(1);
  } catch {
    return false;
  }
}

/** The body as text, or null once it passes `maxBytes` (then the request is aborted). */
async function readLimited(res: Response, ac: AbortController): Promise<string | null> {
  const max = fetchSettings.maxBytes;
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    ac.abort();
    return null;
  }
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > max) {
      void reader.cancel().catch(() => undefined);
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** A subscription: the element's handle on its entry. */
export interface Subscription {
  readonly key: string;
  /** Fetches now (or joins the request in flight); resolves once the answer is delivered. */
  reload(): Promise<void>;
  close(): void;
}

/**
 * Subscribes to `src` (resolved against the page's address) with a refresh interval in seconds
 * (null for none; already within the limits). A problem with the address itself (a user name or
 * password in it) is delivered like a failed fetch.
 */
export function subscribe(src: string, refreshSeconds: number | null, sub: Subscriber): Subscription {
  listenForPolicy();
  let url: URL | null = null;
  try {
    url = new URL(src.trim(), document.baseURI);
  } catch {
    // reported as a failed request when the entry reads
  }
  const refreshMs = refreshSeconds === null ? null : Math.round(refreshSeconds * 1000);
  const key = `${url?.href ?? `\u0000${src}`}\u0000${refreshMs ?? ''}`;
  let entry = entries.get(key);
  if (!entry) {
    entry = new Entry(key, url, src, refreshMs);
    entries.set(key, entry);
  }
  const e = entry;
  e.join(sub);
  let open = true;
  return {
    key,
    reload: () => (open && entries.get(key) === e ? e.fetchNow() : Promise.resolve()),
    close: () => {
      if (open) e.leave(sub);
      open = false;
    },
  };
}
