/**
 * The CSV reader (d3-dsv, the cell parsers, the shapes, the export recognisers) is a chunk of
 * its own, loaded only when CSV data arrives: a page fed only JSON never requests it. Checked
 * on plain pages in an iframe (a fresh module graph), like lazy-charts.test.ts: the built kit
 * (dist/scorecard-kit.js, one file), a per-element entry (dist/lead-source-breakdown.js), and
 * the source modules as the dev server serves them. Behaviour, never timings: what is requested.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';

/** Any module of the CSV reader, in the built chunks or the sources. */
const CSV_READER = /csv-shapes|csv-read|csv-cells|csv-exports|d3-dsv/;
/** Words only the CSV reader has (csv-read.ts): in its chunk, never in what every page loads. */
const READER_WORDS = 'is a web page (HTML), not CSV';

type Kit = HTMLElement & { result: unknown; errors: unknown[]; updateComplete: Promise<boolean> };

/** Loads a page (a URL, or HTML for `srcdoc`) in an iframe; resolves with its window once loaded. */
async function loadPage(page: { src: string } | { html: string }): Promise<{ win: Window; frameEl: HTMLIFrameElement }> {
  const frameEl = document.createElement('iframe');
  frameEl.style.width = '900px';
  frameEl.style.height = '600px';
  if ('src' in page) frameEl.src = page.src;
  else frameEl.srcdoc = page.html;
  document.body.append(frameEl);
  await new Promise((resolve) => frameEl.addEventListener('load', resolve, { once: true }));
  return { win: frameEl.contentWindow!, frameEl };
}

const requested = (win: Window, pattern: RegExp) =>
  win.performance.getEntriesByType('resource').map((e) => e.name).filter((name) => pattern.test(name));

/** A page of only JSON data, loading the kit by one module script. */
const jsonPage = (script: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>globalThis.process = { env: { NODE_ENV: 'production' } };</script>
<script type="module" src="${script}"></script></head><body>
<kpi-scorecard id="json"><script type="application/json">{ "metrics": [ { "id": "v", "label": "Website visitors", "actual": 4200, "target": 5000 } ] }</script></kpi-scorecard>
<lead-source-breakdown id="sources" data='{"sources":[{"source":"email","leads":12}]}'></lead-source-breakdown>
</body></html>`;

/**
 * After the JSON elements have rendered (and a few more scripts had time to arrive), no CSV
 * module was requested; then one element fed CSV requests it, shows its loading state while
 * it loads, and reads the file.
 */
async function checkLazy(win: Window, chunk: RegExp): Promise<void> {
  await waitUntil(() => win.customElements.get('kpi-scorecard') && win.customElements.get('lead-source-breakdown'), 'the kit was not defined');
  for (const id of ['json', 'sources']) {
    const el = win.document.getElementById(id) as Kit;
    await waitUntil(() => el.result !== null, `#${id} did not render its JSON`);
    await el.updateComplete;
  }
  // Any script the page asked for has arrived by now; give stragglers a moment, as lazy-charts does.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(requested(win, /\.(?:js|ts)(?:\?|$)/).length, 'the kit itself was loaded').to.be.greaterThan(0);
  expect(requested(win, CSV_READER), 'CSV modules requested by a JSON-only page').to.deep.equal([]);

  // Now one element gets CSV.
  const el = win.document.createElement('lead-source-breakdown') as Kit;
  el.setAttribute('locale', 'en');
  const script = win.document.createElement('script');
  script.type = 'text/csv';
  script.textContent = 'source,leads\nemail,12\ndirect,5\n';
  el.append(script);
  // Every render before the reader arrives, as the reader sees it: the loading state, busy.
  const states: { loading: boolean; busy: string | null; data: boolean }[] = [];
  win.document.body.append(el);
  const record = () => {
    const base = el.shadowRoot!.querySelector('[part="base"]');
    if (base) {
      states.push({
        loading: base.querySelector('[part="loading"]') !== null,
        busy: base.getAttribute('aria-busy'),
        data: base.querySelector('[part="source"]') !== null,
      });
    }
  };
  const observer = new MutationObserver(record);
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true, characterData: true });
  await el.updateComplete;
  observer.disconnect();
  expect(el.errors).to.deep.equal([]);
  expect((el.result as { rows: { source: string }[] }).rows.map((r) => r.source)).to.deep.equal(['email', 'direct']);
  expect(requested(win, chunk), 'the CSV reader, once').to.have.length(1);
  const before = states.filter((s) => !s.data);
  expect(before.length, 'a render before the CSV was read').to.be.greaterThan(0);
  // Busy all along (the first render, before the element opens, is its waiting box); once open, the loading state.
  expect(before.every((s) => s.busy === 'true'), `busy while the reader loads: ${JSON.stringify(states)}`).to.equal(true);
  expect(before.some((s) => s.loading), `the loading state while the reader loads: ${JSON.stringify(states)}`).to.equal(true);
  expect(el.shadowRoot!.querySelector('[part="loading"]'), 'no loading state once read').to.equal(null);
}

describe('lazy CSV reader', () => {
  let frameEl: HTMLIFrameElement | null = null;
  afterEach(() => {
    frameEl?.remove();
    frameEl = null;
  });

  it('the built kit (dist/scorecard-kit.js): the reader is a chunk of its own, not in the kit', async () => {
    const kit = await (await fetch('/dist/scorecard-kit.js')).text();
    expect(kit, 'run `npm run build` first').to.contain('customElements');
    expect(kit.includes(READER_WORDS), 'the CSV reader inlined into dist/scorecard-kit.js').to.equal(false);
    const chunk = /import\("\.\/(chunks\/csv-shapes-[\w-]+\.js)"\)/.exec(kit)?.[1];
    expect(chunk, 'dist/scorecard-kit.js imports the CSV chunk lazily').to.be.a('string');
    expect(await (await fetch(`/dist/${chunk}`)).text()).to.contain(READER_WORDS);
  });

  it('a JSON-only page of the built kit requests no CSV code; CSV data then loads the reader', async function () {
    this.timeout(60_000);
    const page = await loadPage({ html: jsonPage('/dist/scorecard-kit.js') });
    frameEl = page.frameEl;
    await checkLazy(page.win, /\/dist\/chunks\/csv-shapes-[\w-]+\.js$/);
  });

  it('the same with a per-element entry (dist/lead-source-breakdown.js, dist/kpi-scorecard.js)', async function () {
    this.timeout(60_000);
    const html = jsonPage('/dist/lead-source-breakdown.js').replace('</head>', '<script type="module" src="/dist/kpi-scorecard.js"></script></head>');
    const page = await loadPage({ html });
    frameEl = page.frameEl;
    await checkLazy(page.win, /\/dist\/chunks\/csv-shapes-[\w-]+\.js$/);
  });

  it('the same with the source modules (nothing imports the reader statically)', async function () {
    this.timeout(60_000);
    const page = await loadPage({ html: jsonPage('/src/index.ts') });
    frameEl = page.frameEl;
    await checkLazy(page.win, /\/src\/core\/csv-shapes\.ts(?:\?|$)/);
  });
});
