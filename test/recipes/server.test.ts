// The server recipe (demo/recipes/server/server.mjs), started by the test server on a
// free loopback port and proxied under /__recipes__/server/ (test/support/recipe-server.mjs).
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { loadPage, renderedScorecard } from './helpers.js';

const BASE = '/__recipes__/server/';

describe('recipe: Node server feeding src with refresh (demo/recipes/server)', () => {
  it('serves JSON whose numbers change on every request', async () => {
    const a = await (await fetch(`${BASE}api/scorecard`)).json();
    const b = await (await fetch(`${BASE}api/scorecard`)).json();
    const visitors = (d: { metrics: { id: string; actual: number }[] }) => d.metrics.find((m) => m.id === 'visitors')!.actual;
    expect(visitors(b)).to.be.greaterThan(visitors(a));
  });

  it('shows the served numbers and new ones after a refresh', async function () {
    this.timeout(60_000);
    const page = await loadPage(BASE);
    const el = await renderedScorecard(page);
    expect(el.getAttribute('src')).to.equal('api/scorecard');
    expect(el.getAttribute('refresh')).to.equal('5');
    expect(el.errors).to.deep.equal([]);
    const visitors = () => el.result!.metrics.find((m) => m.id === 'visitors')!.actual as number;
    const first = visitors();
    const shown = () => el.shadowRoot!.querySelector('[part="metric"][data-id="visitors"] [part="value"]')!.textContent!.trim();
    const firstShown = shown();
    expect(first).to.be.greaterThan(4200);
    // refresh="5": the next fetch comes about 5 seconds after the first.
    await waitUntil(() => visitors() > first, 'no new numbers after a refresh', { timeout: 9000, interval: 200 });
    await waitUntil(() => shown() !== firstShown, 'the new number was not shown', { timeout: 2000 });
    expect(el.shadowRoot!.textContent).to.match(/update \d+/);
    expect(page.problems).to.deep.equal([]);
  });
});
