// Recipes that need no build: demo/recipes/html-cdn and demo/recipes/cms, which load
// the built kit (dist/scorecard-kit.js, built by `npm test` first) from one script tag.
import { expect } from '@open-wc/testing';
import { clickMetric, expectSelected, expectWeekly, loadPage, renderedScorecard, weekly } from './helpers.js';

/** The page's scripts, less the one the test server injects (its web socket). */
const ownScripts = (doc: Document) =>
  Array.from(doc.querySelectorAll('script')).filter((s) => !s.getAttribute('src')?.startsWith('/__web-dev-server'));

describe('recipe: plain HTML from a CDN-style script tag (demo/recipes/html-cdn)', () => {
  it('renders the weekly scorecard from the data attribute and reports a selection', async () => {
    const page = await loadPage('/demo/recipes/html-cdn/index.html');
    const el = await renderedScorecard(page);
    expect(JSON.parse(el.getAttribute('data')!), 'the inline copy of demo/data/scorecard-weekly.json').to.deep.equal(weekly);
    await expectWeekly(el);
    clickMetric(el, 'mqls');
    await expectSelected(page, 'mqls');
    expect(page.problems).to.deep.equal([]);
  });

  it('loads the kit with one module script', async () => {
    const page = await loadPage('/demo/recipes/html-cdn/index.html');
    const scripts = ownScripts(page.doc).filter((s) => s.src).map((s) => s.getAttribute('src'));
    expect(scripts).to.deep.equal(['../../../dist/scorecard-kit.js']);
    expect(ownScripts(page.doc).find((s) => s.src)!.getAttribute('type')).to.equal('module');
  });
});

describe('recipe: CMS page with inline JSON (demo/recipes/cms)', () => {
  it('renders the weekly scorecard from a child <script type="application/json">', async () => {
    const page = await loadPage('/demo/recipes/cms/index.html');
    const el = await renderedScorecard(page);
    const script = el.querySelector('script[type="application/json"]');
    expect(JSON.parse(script!.textContent!), 'the inline copy of demo/data/scorecard-weekly.json').to.deep.equal(weekly);
    expect(el.hasAttribute('data')).to.be.false;
    await expectWeekly(el);
    expect(page.problems).to.deep.equal([]);
  });

  it('needs no JavaScript from the author: the only script is the kit', async () => {
    const page = await loadPage('/demo/recipes/cms/index.html');
    const code = ownScripts(page.doc).filter((s) => s.type !== 'application/json');
    expect(code.map((s) => s.getAttribute('src'))).to.deep.equal(['../../../dist/scorecard-kit.js']);
  });
});
