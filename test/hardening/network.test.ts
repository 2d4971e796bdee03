/**
 * Network faults for `src`: each fault shows its error in plain words, keeps
 * the last good data, and leaves no unhandled rejection behind.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { fetchSettings } from '../../src/internal/data-controller.js';
import { restoreFetchSettings } from '../support/fetch-settings.js';
import { ELEMENTS, itFor, make, trapUncaught, type Json, type KitLike } from './elements.js';

const serve = (doc: unknown) => `/__test__/text?body=${encodeURIComponent(JSON.stringify(doc))}`;
const slow = (ms: number, doc: unknown) => `/__test__/slow?ms=${ms}&body=${encodeURIComponent(JSON.stringify(doc))}`;
/** Nothing listens on the discard port of the loopback address: the connection is refused at once. */
const CLOSED_PORT = 'http://127.0.0.1:9/data.json';

for (const c of ELEMENTS) {
  describe(`network faults: <${c.tag}> src`, function () {
    const test = itFor(c);
    this.timeout(60_000);
    let trap: ReturnType<typeof trapUncaught>;
    const els: KitLike[] = [];

    before(() => c.load());
    beforeEach(() => {
      trap = trapUncaught();
    });
    afterEach(() => {
      trap.stop();
      for (const el of els.splice(0)) el.remove();
      restoreFetchSettings();
    });

    async function loaded(src: string): Promise<KitLike> {
      const el = make(c);
      el.src = src;
      document.body.append(el);
      els.push(el);
      await waitUntil(() => el.result !== null || el.errors.length > 0, `${src} never answered`);
      return el;
    }

    /** Switches to a failing src and checks the error, the words and the kept data. */
    async function fault(src: string, words: RegExp): Promise<KitLike> {
      const el = await loaded(serve(c.valid));
      expect(el.errors).to.deep.equal([]);
      const good = JSON.stringify(el.result);
      const shown = c.shownItems(el);
      el.src = src;
      await waitUntil(() => el.errors.length > 0, `no error for ${src}`);
      await el.updateComplete;
      expect(el.errors).to.have.length(1);
      expect(el.errors[0]!.path).to.equal('');
      expect(el.errors[0]!.message).to.match(words);
      const panel = el.shadowRoot!.querySelector('[part="errors"]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.querySelector('.error-message')!.textContent).to.equal(el.errors[0]!.message);
      expect(panel.textContent, 'says it kept the last good data').to.contain('Showing the last data that could be used');
      expect(JSON.stringify(el.result), 'last good result kept').to.equal(good);
      expect(c.shownItems(el), 'last good rendering kept').to.equal(shown);
      expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
      await aTimeout(20);
      expect(trap.errors, 'unhandled').to.deep.equal([]);
      return el;
    }

    test('404', async () => {
      await fault('/__test__/status/404', /^could not be loaded from \/__test__\/status\/404: the server answered 404$/);
    });

    test('500', async () => {
      await fault('/__test__/status/500', /the server answered 500$/);
    });

    test('malformed JSON', async () => {
      await fault('/__test__/text?body=%7B%22metrics%22%3A%5B1%2C%2C2%5D%7D', /^is not valid JSON \(line 1, column \d+\)/);
    });

    test('a body that is not JSON (an HTML error page)', async () => {
      await fault('/__test__/text?type=text/html&body=%3Chtml%3E%3Cbody%3EBad%20gateway%3C%2Fbody%3E%3C%2Fhtml%3E', /^is not valid JSON \(line 1, column 1\)/);
    });

    test('valid JSON of the wrong shape', async () => {
      const el = await loaded(serve(c.valid));
      const good = JSON.stringify(el.result);
      el.src = serve({ nothing: 'here' });
      await waitUntil(() => el.errors.length > 0);
      expect(el.errors[0]!.message).to.equal('is required');
      expect(JSON.stringify(el.result)).to.equal(good);
    });

    test('a slow server past the timeout, in the timeout it had', async () => {
      fetchSettings.timeoutMs = 300;
      const el = await fault(slow(3000, c.valid), /: no answer within 0\.3 seconds$/);
      expect(el.errors[0]!.message).not.to.contain('10 seconds');
    });

    test('the network down', async () => {
      await fault(CLOSED_PORT, /^could not be loaded from http:\/\/127\.0\.0\.1:9\/data\.json: the network request failed \(offline, the server refused, or a server of another origin that does not allow this page to read it\)$/);
    });

    test('a first fetch that fails shows the error and no data', async () => {
      const el = await loaded('/__test__/status/503');
      expect(el.result).to.equal(null);
      expect(el.errors[0]!.message).to.contain('503');
      expect(el.shadowRoot!.querySelector('[part="errors"]')!.textContent).not.to.contain('Showing the last data');
    });

    test('recovers when the server answers again, and clears the error', async () => {
      const el = await fault('/__test__/status/500', /500/);
      el.src = serve(c.valid);
      await waitUntil(() => el.errors.length === 0, 'error not cleared');
      expect(el.shadowRoot!.querySelector('[part="errors"]')).to.equal(null);
    });

    test('removed mid-fetch: no error, no rejection, and it loads again when put back', async () => {
      const el = make(c);
      el.src = slow(400, c.valid);
      document.body.append(el);
      els.push(el);
      await aTimeout(50);
      el.remove();
      await aTimeout(600);
      expect(el.errors).to.deep.equal([]);
      expect(el.result).to.equal(null);
      document.body.append(el);
      await waitUntil(() => el.result !== null, 'did not load after being put back', { timeout: 3000 });
      expect(el.errors).to.deep.equal([]);
      expect(trap.errors).to.deep.equal([]);
    });

    test('overlapping reloads and a src changed mid-fetch: the newest answer wins, nothing rejects', async () => {
      const first = structuredClone(c.valid) as Json;
      const el = await loaded(serve(first));
      const firstResult = JSON.stringify(el.result);
      // three overlapping reloads of a slow src
      el.src = slow(300, c.valid);
      await el.updateComplete;
      await Promise.all([el.reload(), el.reload(), el.reload()]);
      await waitUntil(() => el.errors.length === 0 && !el.shadowRoot!.querySelector('[aria-busy="true"]'));
      // a slow answer must not overwrite the newer one that arrived first
      el.src = slow(500, { not: 'this' });
      await el.updateComplete;
      await aTimeout(50);
      el.src = serve(first);
      await waitUntil(() => JSON.stringify(el.result) === firstResult);
      await aTimeout(700);
      expect(el.errors, 'a superseded answer was applied').to.deep.equal([]);
      expect(JSON.stringify(el.result)).to.equal(firstResult);
      expect(trap.errors).to.deep.equal([]);
    });

    test('a refresh timer that overlaps a slow answer does not stack requests, and a failing refresh keeps the data', async () => {
      fetchSettings.minRefreshSeconds = 0.05;
      const key = `overlap-${c.tag}-${Date.now()}`;
      const el = make(c);
      // each answer takes 250 ms; the timer fires every 100 ms
      el.setAttribute('refresh', '0.1');
      el.src = `/__test__/slow?ms=250&body=${encodeURIComponent(JSON.stringify(c.valid))}&key=${key}`;
      const started: number[] = [];
      const realFetch = window.fetch;
      let inFlight = 0;
      let maxInFlight = 0;
      window.fetch = async (...args: Parameters<typeof fetch>) => {
        started.push(performance.now());
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        // a request the element aborted (src changed, element removed) no longer counts
        let done = false;
        const finish = () => {
          if (!done) inFlight--;
          done = true;
        };
        args[1]?.signal?.addEventListener('abort', finish);
        try {
          return await realFetch(...args);
        } finally {
          finish();
        }
      };
      try {
        document.body.append(el);
        els.push(el);
        await waitUntil(() => el.result !== null, 'no data', { timeout: 3000 });
        await aTimeout(800);
        const good = JSON.stringify(el.result);
        el.src = '/__test__/status/500';
        await waitUntil(() => el.errors.length > 0);
        await aTimeout(300);
        expect(JSON.stringify(el.result)).to.equal(good);
        el.remove();
        const after = started.length;
        await aTimeout(400);
        expect(started.length, 'kept fetching after removal').to.equal(after);
      } finally {
        window.fetch = realFetch;
      }
      expect(maxInFlight, 'requests stacked up').to.equal(1);
      expect(started.length).to.be.greaterThan(2);
      expect(trap.errors).to.deep.equal([]);
    });
  });
}
