/**
 * Reliability findings of the hostile pass, each through the public surface: a long `refresh`,
 * an element stuck on "No data yet.", secrets and giant addresses in error messages, answers
 * past the byte limit, fifty elements polling one feed, a hidden page, and getters that
 * dispatched events. Each test failed before its fix.
 *
 * Waits are on conditions (`waitUntil`, generous timeouts). Where a test proves that something
 * does NOT happen (no request sent, no event fired), it watches for a fixed span after the
 * condition it waits on: long enough that the old behaviour showed many times over in it.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { fetchSettings } from '../../src/internal/data-controller.js';
import { restoreFetchSettings } from '../support/fetch-settings.js';
import { CASES, ELEMENTS, make, trapUncaught, type KitLike } from './elements.js';

const serve = (doc: unknown, extra = '') => `/__test__/text?body=${encodeURIComponent(JSON.stringify(doc))}${extra}`;
const slow = (ms: number, doc: unknown, extra = '') => `/__test__/slow?ms=${ms}&body=${encodeURIComponent(JSON.stringify(doc))}${extra}`;
const scorecard = ELEMENTS.find((c) => c.tag === 'kpi-scorecard')!;

/** Counts the requests the page sends to addresses containing `part`, while installed. */
function countFetches(part: string): { count: () => number; stop: () => void } {
  const real = window.fetch;
  let n = 0;
  window.fetch = (...args: Parameters<typeof fetch>) => {
    const url = args[0] instanceof Request ? args[0].url : String(args[0]);
    if (url.includes(part)) n++;
    return real(...args);
  };
  return { count: () => n, stop: () => (window.fetch = real) };
}

const els: KitLike[] = [];
function add(el: KitLike): KitLike {
  document.body.append(el);
  els.push(el);
  return el;
}

describe('reliability', function () {
  this.timeout(60_000);
  let trap: ReturnType<typeof trapUncaught>;
  before(() => Promise.all(ELEMENTS.map((c) => c.load())));
  beforeEach(() => {
    trap = trapUncaught();
  });
  afterEach(() => {
    trap.stop();
    for (const el of els.splice(0)) el.remove();
    restoreFetchSettings();
  });

  describe('a refresh longer than a day', () => {
    for (const refresh of ['2592000', '1e308']) {
      it(`refresh="${refresh}" loads once, is not a fetch loop, and says why it is not refreshed`, async () => {
        const key = `long-refresh-${refresh}-${Math.random()}`;
        const counter = countFetches(key);
        try {
          const el = make(scorecard);
          el.setAttribute('refresh', refresh);
          el.src = serve(scorecard.valid, `&key=${key}`);
          add(el);
          await waitUntil(() => el.result !== null, 'never loaded');
          // The timer wrapped to about 0 ms before: 251 requests in 8 s, some 15 in this span.
          await aTimeout(500);
          expect(counter.count()).to.equal(1);
          const n = Number(refresh).toLocaleString('en', { maximumFractionDigits: 0 });
          expect(el.errors.map((e) => e.message)).to.deep.equal([
            `has refresh="${n}": more than a day (86,400 seconds), the longest refresh; the data is loaded once, not refreshed`,
          ]);
          expect(el.shadowRoot!.querySelector('[part="errors"]')!.textContent).to.contain('more than a day');
        } finally {
          counter.stop();
        }
      });
    }

    it('says it in Arabic, with Arabic digits', async () => {
      const el = make(scorecard);
      el.setAttribute('locale', 'ar-EG');
      el.setAttribute('refresh', '2592000');
      el.src = serve(scorecard.valid);
      add(el);
      await waitUntil(() => el.result !== null);
      expect(el.errors[0]!.message).to.contain('أطول من يوم').and.contain('٨٦٬٤٠٠');
    });
  });

  for (const c of ELEMENTS) {
    describe(`<${c.tag}>: never stuck on "No data yet."`, () => {
      const shows = async (el: KitLike, what: string) => {
        await waitUntil(() => el.result !== null && el.shadowRoot!.querySelector('[part="empty"]') === null, `${what}: stuck with no data`);
        expect(el.errors).to.deep.equal([]);
      };

      it('data set and cleared while a src fetch is in flight: falls back to src and fetches it', async () => {
        const el = make(c);
        el.src = slow(300, c.valid);
        add(el);
        await el.updateComplete;
        el.data = c.valid;
        await el.updateComplete;
        el.data = undefined;
        await shows(el, 'property');
        el.src = slow(300, c.valid, '&again=1');
        await el.updateComplete;
        el.setAttribute('data', JSON.stringify(c.valid));
        await el.updateComplete;
        el.removeAttribute('data');
        el.data = undefined;
        await shows(el, 'attribute');
      });

      it('a child data script added and removed while a src fetch is in flight', async () => {
        const el = make(c);
        el.src = slow(300, c.valid);
        add(el);
        await el.updateComplete;
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(c.valid);
        el.append(script);
        await waitUntil(() => el.result !== null);
        script.remove();
        await shows(el, 'script');
      });

      it('src removed and set back while its fetch is in flight', async () => {
        const el = make(c);
        const src = slow(300, c.valid);
        el.src = src;
        add(el);
        await el.updateComplete;
        el.src = null;
        await el.updateComplete;
        el.src = src;
        await shows(el, 'src set back');
      });
    });
  }

  describe('what an error message shows of src', () => {
    it('hides query values (an api_key) and credentials, and names the parameters', async () => {
      const el = make(scorecard);
      el.src = '/__test__/status/500?api_key=SECRET123&from=2026-01-01#frag';
      add(el);
      await waitUntil(() => el.errors.length > 0);
      const message = el.errors[0]!.message;
      expect(message).to.equal('could not be loaded from /__test__/status/500?api_key=…&from=…: the server answered 500');
      expect(el.shadowRoot!.textContent).not.to.contain('SECRET123');
    });

    it('an address with a user name or password: says browsers refuse it, and shows neither', async () => {
      const counter = countFetches('example.invalid');
      try {
        const el = make(scorecard);
        el.src = 'https://ana:hunter2@example.invalid/data.json';
        add(el);
        await waitUntil(() => el.errors.length > 0);
        expect(el.errors[0]!.message).to.equal(
          'could not be loaded from https://example.invalid/data.json: its address holds a user name or password, which browsers refuse to send; remove them from src',
        );
        expect(el.shadowRoot!.textContent).not.to.contain('hunter2');
        expect(counter.count(), 'no request sent').to.equal(0);
      } finally {
        counter.stop();
      }
    });

    it('a 100,000-character address makes a short message', async () => {
      const el = make(scorecard);
      el.src = `/__test__/status/404?q=${'x'.repeat(100_000)}`;
      add(el);
      await waitUntil(() => el.errors.length > 0);
      expect(el.errors[0]!.message.length).to.be.below(200);
      // (the test server refuses so long an address itself: 431, or 404 when it reads it)
      expect(el.errors[0]!.message).to.match(/^could not be loaded from \/__test__\/status\/404\?q=…: the server answered 4\d\d$/);
      const long = make(scorecard);
      long.src = `/__test__/status/404/${'y'.repeat(100_000)}`;
      add(long);
      await waitUntil(() => long.errors.length > 0);
      expect(long.errors[0]!.message.length).to.be.below(250);
      expect(long.errors[0]!.message).to.match(/^could not be loaded from \/__test__\/status\/404\/y+…y+: the server answered 4\d\d$/);
    });

    it('a blank src is no src: nothing is fetched, the empty state shows', async () => {
      const counter = countFetches(location.pathname);
      try {
        const el = make(scorecard);
        el.setAttribute('src', '   ');
        add(el);
        await el.updateComplete;
        await aTimeout(100);
        expect(counter.count(), 'fetched the page itself').to.equal(0);
        expect(el.errors).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('[part="empty"]')).not.to.equal(null);
        expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
      } finally {
        counter.stop();
      }
    });
  });

  describe('the byte limit of an answer', () => {
    it('stops at the limit before parsing, with the limit in the message, and keeps the last good data', async () => {
      const el = make(scorecard);
      el.src = serve(scorecard.valid);
      add(el);
      await waitUntil(() => el.result !== null);
      const good = JSON.stringify(el.result);
      fetchSettings.maxBytes = 2_000;
      const big = { title: 'x'.repeat(2_500), metrics: [{ id: 'a', label: 'A', actual: 1 }] };
      el.src = serve(big);
      await waitUntil(() => el.errors.length > 0);
      expect(el.errors[0]!.message).to.match(/^could not be loaded from \/__test__\/text\?body=…: the answer is larger than 2 kB, the most read; serve a smaller file$/);
      expect(JSON.stringify(el.result), 'last good data kept').to.equal(good);
      expect(el.errors.some((e) => /longer than|too long/.test(e.message)), 'the answer was parsed and validated').to.equal(false);
    });

    it('an answer within the limit is read in full', async () => {
      fetchSettings.maxBytes = 1_000_000;
      const el = make(scorecard);
      el.src = serve(scorecard.valid);
      add(el);
      await waitUntil(() => el.result !== null);
      expect(el.errors).to.deep.equal([]);
    });

    it('the default limit is 10 MB; the message is in the reader\'s language and digits', async () => {
      expect(fetchSettings.maxBytes).to.equal(10_000_000);
      fetchSettings.maxBytes = 1_500;
      const el = make(scorecard);
      el.setAttribute('locale', 'ar');
      el.src = serve({ title: 'x'.repeat(2_000), metrics: [] });
      add(el);
      await waitUntil(() => el.errors.length > 0);
      const size = new Intl.NumberFormat('ar', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(1.5);
      expect(el.errors[0]!.message).to.contain(`الرد أكبر من ${size}`);
    });
  });

  describe('polling one feed', () => {
    const body = (n: string) => ({ metrics: [{ id: 'n', label: 'Count', actual: n }] });
    const counted = (key: string) =>
      `/__test__/counter?key=${key}&body=${encodeURIComponent(JSON.stringify(body('__COUNT__')).replace('"__COUNT__"', '__COUNT__'))}`;
    const actual = (el: KitLike) => (el.result as { metrics: { actual: number }[] } | null)?.metrics[0]?.actual ?? 0;

    it('50 elements on one src and refresh send one request per interval, and all show the same answer', async () => {
      fetchSettings.minRefreshSeconds = 0.05;
      const key = `shared-${Math.random()}`;
      const counter = countFetches(key);
      try {
        const all = Array.from({ length: 50 }, () => {
          const el = make(scorecard);
          el.setAttribute('refresh', '0.2');
          el.src = counted(key);
          return add(el);
        });
        await waitUntil(() => all.every((el) => actual(el) >= 3), 'did not refresh', { timeout: 20_000 });
        const requests = counter.count();
        const latest = Math.max(...all.map(actual));
        // One request per answer: the server's count is the number of requests it had.
        expect(requests).to.be.within(latest, latest + 1);
        await waitUntil(() => new Set(all.map(actual)).size === 1, 'not all on the same answer');
      } finally {
        counter.stop();
      }
    });

    it('a hidden page sends nothing, and catches up as soon as it shows', async () => {
      fetchSettings.minRefreshSeconds = 0.05;
      const key = `hidden-${Math.random()}`;
      const counter = countFetches(key);
      const state = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
      let hidden = false;
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
      try {
        const el = make(scorecard);
        el.setAttribute('refresh', '0.1');
        el.src = counted(key);
        add(el);
        await waitUntil(() => actual(el) >= 2, 'did not refresh');
        hidden = true;
        document.dispatchEvent(new Event('visibilitychange'));
        // a request in flight when the page was hidden may still answer
        await aTimeout(150);
        const before = counter.count();
        await aTimeout(600); // some 6 refreshes at 0.1 s before the fix
        expect(counter.count(), 'fetched while hidden').to.equal(before);
        hidden = false;
        document.dispatchEvent(new Event('visibilitychange'));
        await waitUntil(() => counter.count() > before, 'did not catch up when shown', { timeout: 5_000 });
      } finally {
        delete (document as unknown as Record<string, unknown>).visibilityState;
        Object.defineProperty(Document.prototype, 'visibilityState', state);
        counter.stop();
      }
    });

    it('an element added later on the same feed shows its last answer without a request of its own', async () => {
      const key = `late-${Math.random()}`;
      const counter = countFetches(key);
      try {
        const first = make(scorecard);
        first.src = counted(key);
        add(first);
        await waitUntil(() => first.result !== null);
        const later = make(scorecard);
        later.src = counted(key);
        add(later);
        await waitUntil(() => later.result !== null);
        expect(counter.count()).to.equal(1);
        expect(actual(later)).to.equal(actual(first));
        // reload() asks the server again, for every element on the feed
        await later.reload();
        expect(counter.count()).to.equal(2);
        await waitUntil(() => actual(first) === actual(later) && actual(first) === 2);
      } finally {
        counter.stop();
      }
    });
  });

  describe('a chart that cannot be drawn', () => {
    const long = CASES.find((c) => c.chart)!;
    it(`${long.tag} drawn by ECharts with no canvas to draw on: whenDrawn() settles and errors says why`, async () => {
      await long.load();
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function () {
        throw new Error('canvas refused');
      } as typeof getContext;
      const spy = console.error;
      console.error = () => undefined; // the kit logs the failure; the test reads it in `errors`
      try {
        const el = make(long);
        el.data = long.valid;
        add(el);
        await el.whenDrawn(); // settles (before the fix it waited for good)
        await waitUntil(() => el.errors.length > 0, 'the failure is not in errors');
        expect(el.errors.map((e) => e.message)).to.deep.equal([
          'has a chart that could not be drawn (canvas refused); the numbers are still shown in the table',
        ]);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="errors"]')!.textContent).to.contain('could not be drawn');
        expect(el.result, 'the numbers are kept').not.to.equal(null);
      } finally {
        HTMLCanvasElement.prototype.getContext = getContext;
        console.error = spy;
      }
    });
  });

  describe('result, errors and toCSV() are reads', () => {
    it('reading them on an element far down the page dispatches nothing; kpi-error comes from its render', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '30000px';
      document.body.append(spacer);
      const during: unknown[] = [];
      const events: unknown[] = [];
      let reading = false;
      const el = make(scorecard);
      el.addEventListener('kpi-error', (e) => (reading ? during : events).push((e as CustomEvent).detail));
      el.setAttribute('data', '{"metrics": "none"}');
      try {
        add(el);
        // Far down and just added: its content waits (for idle time or the reader), so these
        // reads are what settles the input.
        reading = true;
        const errors = el.errors;
        void el.result;
        void (el as unknown as { toCSV(): string | null }).toCSV();
        reading = false;
        expect(errors.length).to.be.above(0);
        expect(during, 'a getter dispatched kpi-error').to.deep.equal([]);
        el.scrollIntoView();
        await waitUntil(() => events.length > 0, 'no kpi-error once shown');
        await el.updateComplete;
        expect(events).to.have.length(1);
        expect((events[0] as { errors: unknown[] }).errors).to.deep.equal(el.errors);
      } finally {
        spacer.remove();
      }
    });
  });
});
