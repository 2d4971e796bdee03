/**
 * Trusted Types: a page that enforces them (`require-trusted-types-for 'script'`) and allows
 * only the policy names the README lists (`trusted-types lit-html 'allow-duplicates'`), on top
 * of the strict Content-Security-Policy. The built bundle renders every element, draws every
 * chart (a long trend's ECharts canvas too: ECharts empties its box with `innerHTML = ''`, a
 * sink the page refuses), shows the tooltips, exports PNGs, and the page records no violation
 * and no error. Two copies of the kit (two copies of lit, each creating its `lit-html` policy)
 * load without an error with `'allow-duplicates'` (as the README asks), without it, and under
 * `trusted-types 'none'`.
 */
import { expect } from '@open-wc/testing';
import { waitUntil, within } from '../support/wait.js';
import { CASES, LONG_TREND, caseTitle, showTip, type KitLike, STRICT_CSP, type Violation } from './elements.js';

const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
/** csp.html (every element, from `src` and from a child script), served with Trusted Types enforced. */
const PAGE = '/test/pages/csp.html?trusted-types=kit';

type ProbedWindow = Window & typeof globalThis & { __violations?: Violation[]; __errors: string[] };
type ChartHost = KitLike & {
  toPNG(): Promise<string | null>;
  chartController?: { chart: unknown; state: string } | null;
};

async function openFrame(src: string): Promise<{ frame: HTMLIFrameElement; win: ProbedWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '3000px';
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as ProbedWindow };
}

const describeViolation = (v: Violation) => `<${v.element ?? 'page'}> ${v.directive} ${v.blocked} ${v.source} ${v.sample}`;

describe('Trusted Types enforced (with the strict Content-Security-Policy)', function () {
  this.timeout(90_000);
  let frame: HTMLIFrameElement;
  let win: ProbedWindow;

  before(async () => {
    ({ frame, win } = await openFrame(PAGE));
  });
  after(() => frame.remove());

  it('serves the page with the strict policy and Trusted Types enforced', async () => {
    const res = await fetch(PAGE);
    expect(res.headers.get('content-security-policy')).to.equal(`${STRICT_CSP}; ${TRUSTED_TYPES}`);
  });

  for (const c of CASES) {
    it(`${caseTitle(c)} renders from src and from a child script, draws its chart, shows its tooltip and exports a PNG`, async () => {
      await waitUntil(() => win.customElements.get(c.tag), `${c.tag} not defined by the bundle`);
      for (const id of [`${c.id ?? c.tag}-src`, `${c.id ?? c.tag}-script`]) {
        const el = win.document.getElementById(id) as ChartHost;
        el.scrollIntoView(); // charts draw only near the screen
        await within(el.whenDrawn(), 45_000, `${id}: whenDrawn() did not settle (chart state: ${el.chartController?.state ?? 'none'})`);
        // (the page's data has a deliberately broken item or two, reported at their paths)
        expect(el.errors.filter((e) => e.path === ''), `${id}: errors of the whole element`).to.deep.equal([]);
        expect(c.shownItems(el), id).to.be.greaterThan(0);
        if (c.chart) {
          expect(el.chartController?.chart, `${id}: ECharts chart drawn`).to.not.equal(null);
          const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('[part="chart"] canvas');
          expect(canvas, `${id}: canvas`).to.not.equal(null);
          expect(canvas!.width * canvas!.height, `${id}: canvas has a size`).to.be.greaterThan(0);
        }
        if (c.htmlChart) {
          const chart = el.shadowRoot!.querySelector('[part="chart"]');
          expect(chart, `${id}: chart drawn`).to.not.equal(null);
          expect(chart!.getBoundingClientRect().height, `${id}: chart has a size`).to.be.greaterThan(0);
        }
        if (c.hoverTip) {
          const tip = await showTip(c, el);
          expect(tip?.textContent?.trim(), `${id}: tooltip text`).to.not.equal(undefined);
          expect(tip!.textContent!.trim().length, `${id}: tooltip text`).to.be.greaterThan(0);
        }
        if (c.chart || c.htmlChart) {
          const png = await within(el.toPNG(), 30_000, `${id}: toPNG() did not settle`);
          expect(png?.slice(0, 22), `${id}: PNG`).to.equal('data:image/png;base64,');
        }
      }
    });
  }

  it(`${caseTitle(LONG_TREND)} disposes its ECharts chart when it leaves and draws it again when it is back`, async () => {
    const el = win.document.getElementById(`${LONG_TREND.id}-src`) as ChartHost;
    await within(el.whenDrawn(), 45_000, 'whenDrawn() did not settle');
    const parent = el.parentNode!;
    const next = el.nextSibling;
    el.remove(); // disposes: ECharts empties its box again
    expect(el.chartController?.chart ?? null, 'disposed').to.equal(null);
    parent.insertBefore(el, next);
    el.scrollIntoView();
    await within(el.whenDrawn(), 45_000, 'whenDrawn() did not settle after the move');
    expect(el.chartController?.chart, 'drawn again').to.not.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part="chart"] .echarts > div').length, 'one ECharts root in the box').to.equal(1);
  });

  it('raises no securitypolicyviolation and no error, and the policy is in force', async () => {
    expect(win.__violations!.map(describeViolation), 'violations').to.deep.equal([]);
    expect(win.__errors, 'errors').to.deep.equal([]);
    // Trusted Types are really enforced in this page: a string into an HTML sink is refused, and reported.
    const before = win.__violations!.length;
    expect(() => (win.document.createElement('div').innerHTML = '<b>x</b>')).to.throw();
    await waitUntil(() => win.__violations!.length > before, 'the policy did not report a refused sink');
    expect(win.__violations!.slice(before).map((v) => v.directive)).to.deep.equal(['require-trusted-types-for']);
  });
});

describe('Trusted Types with two copies of the kit on one page', function () {
  this.timeout(60_000);

  /** two-copies.html: the bundle, its per-element entry and the sources: three copies of lit. */
  async function twoCopies(variant: string): Promise<{ frame: HTMLIFrameElement; win: ProbedWindow }> {
    const page = await openFrame(`/test/pages/two-copies.html?trusted-types=${variant}`);
    const el = page.win.document.querySelector('kpi-scorecard') as KitLike;
    await waitUntil(() => page.win.customElements.get('kpi-scorecard'), 'kpi-scorecard not defined');
    await within(el.whenDrawn(), 30_000, 'whenDrawn() did not settle');
    expect(el.shadowRoot!.querySelectorAll('[part="metric"]').length, 'metrics shown').to.equal(1);
    return page;
  }

  it("with 'allow-duplicates', every copy loads without an error", async () => {
    const { frame, win } = await twoCopies('kit');
    try {
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it("under trusted-types 'none' (no policy may be created, none required) every copy loads and renders", async () => {
    const res = await fetch('/test/pages/two-copies.html?trusted-types=none');
    expect(res.headers.get('content-security-policy')).to.equal("trusted-types 'none'");
    const { frame, win } = await twoCopies('none');
    try {
      expect(win.__errors).to.deep.equal([]);
      expect((win as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }).trustedTypes.createPolicy.bind(null), 'the page\'s createPolicy is its own again').to.be.a('function');
      let refused = false;
      try {
        (win as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }).trustedTypes.createPolicy('probe', {});
      } catch {
        refused = true;
      }
      expect(refused, "the page's policy still refuses other names").to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it("without 'allow-duplicates', a later copy's refused policy breaks nothing: the elements of the first render", async () => {
    // The browser refuses the second `lit-html` policy (and reports it); the kit's guard lets
    // that copy load without one, and the elements already defined by the first are used.
    const { frame, win } = await twoCopies('kit-no-duplicates');
    try {
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
