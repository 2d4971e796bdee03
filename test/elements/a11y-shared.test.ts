/**
 * What every element shares for readers of right-to-left languages and of screen readers:
 * the direction an Arabic element takes on a page that sets none, the loading announcement,
 * the export group's name, the Arabic font stack, and `time-direction`.
 */
import { expect } from '@open-wc/testing';
import { axTree, FORBIDDEN_IN_NAMES } from '../support/accessibility.js';
import { waitUntil } from '../support/wait.js';
import { ELEMENTS, make, type KitLike } from '../hardening/elements.js';

const els: Element[] = [];
function add<T extends Element>(el: T, parent: Element = document.body): T {
  parent.append(el);
  els.push(el);
  return el;
}

describe('shared: direction, announcements, names, fonts', function () {
  this.timeout(60_000);
  before(() => Promise.all(ELEMENTS.map((c) => c.load())));
  afterEach(() => {
    for (const el of els.splice(0)) el.remove();
  });

  for (const c of ELEMENTS) {
    describe(`<${c.tag}>`, () => {
      it('in Arabic on a page with no dir, lays itself out right to left; a dir above wins', async () => {
        expect(document.documentElement.hasAttribute('dir'), 'the test page sets no dir').to.equal(false);
        const el = make(c);
        el.setAttribute('locale', 'ar');
        el.data = c.valid;
        add(el);
        await el.updateComplete;
        expect(el.matches(':dir(rtl)')).to.equal(true);
        expect(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).direction).to.equal('rtl');

        // lang="ar" above, no dir anywhere: the same
        const wrapper = add(document.createElement('div'));
        wrapper.lang = 'ar';
        const byLang = make(c);
        byLang.data = c.valid;
        add(byLang, wrapper);
        await byLang.updateComplete;
        expect(byLang.matches(':dir(rtl)'), 'lang="ar" above').to.equal(true);

        // the page's own dir wins
        const ltr = add(document.createElement('div'));
        ltr.dir = 'ltr';
        const inLtr = make(c);
        inLtr.setAttribute('locale', 'ar');
        inLtr.data = c.valid;
        add(inLtr, ltr);
        await inLtr.updateComplete;
        expect(inLtr.matches(':dir(rtl)'), 'inside dir="ltr"').to.equal(false);
        expect(inLtr.hasAttribute('dir')).to.equal(false);

        // a dir above the shadow root the element sits in wins too
        const outer = add(document.createElement('div'));
        outer.dir = 'ltr';
        const host = document.createElement('div');
        outer.append(host);
        const inShadow = make(c);
        inShadow.setAttribute('locale', 'ar');
        inShadow.data = c.valid;
        host.attachShadow({ mode: 'open' }).append(inShadow);
        await inShadow.updateComplete;
        expect(inShadow.hasAttribute('dir'), 'dir="ltr" above the shadow root').to.equal(false);

        // back to English: the element takes its dir back
        el.setAttribute('locale', 'en');
        await el.updateComplete;
        expect(el.hasAttribute('dir')).to.equal(false);
        expect(el.matches(':dir(rtl)')).to.equal(false);
      });

      it('announces loading in a live region that is there before, outside the busy box', async () => {
        const el = make(c);
        el.src = `/__test__/slow?ms=1500&body=${encodeURIComponent(JSON.stringify(c.valid))}`;
        add(el);
        await el.updateComplete;
        const region = el.shadowRoot!.querySelector('.announce[role="status"]')!;
        expect(region, 'a status region').to.not.equal(null);
        expect(region.closest('[aria-busy="true"]'), 'outside aria-busy').to.equal(null);
        await waitUntil(() => region.textContent === 'Loading data…', 'loading not announced');
        expect(el.shadowRoot!.querySelector('.announce[role="status"]'), 'the same region').to.equal(region);
        await waitUntil(() => el.result !== null);
        await waitUntil(() => region.textContent === '', 'the announcement stays after loading');
      });
    });
  }

  it('in the accessibility tree: the loading status is a polite live region, not busy, and says it', async () => {
    const c = ELEMENTS[0]!;
    const el = make(c);
    el.src = `/__test__/slow?ms=3000&body=${encodeURIComponent(JSON.stringify(c.valid))}`;
    add(el);
    await el.updateComplete;
    const region = el.shadowRoot!.querySelector('.announce')!;
    await waitUntil(() => region.textContent !== '', 'not announced');
    const nodes = await axTree();
    const status = nodes.find((n) => n.role === 'status' && n.text === 'Loading data…');
    expect(status, JSON.stringify(nodes)).to.not.equal(undefined);
    expect(status!.live).to.equal('polite');
    expect(status!.busy).to.equal(false);
    expect(status!.ignored).to.equal(false);
  });

  it('no accessible name or description holds invisible bidi controls or arrows, in English or Arabic', async () => {
    for (const locale of ['en', 'ar-EG']) {
      for (const c of ELEMENTS) {
        const el = make(c);
        el.setAttribute('locale', locale);
        el.data = c.valid;
        add(el);
        await el.updateComplete;
        el.scrollIntoView();
        await el.updateComplete;
      }
      const nodes = await axTree();
      const bad = nodes.filter((n) => FORBIDDEN_IN_NAMES.test(n.name + n.description));
      expect(bad.map((n) => `${n.role}: ${n.name} | ${n.description}`), locale).to.deep.equal([]);
      for (const el of els.splice(0)) el.remove();
    }
  });

  it('names the export group for the buttons it holds', async () => {
    const withoutChart = make(ELEMENTS.find((c) => c.tag === 'kpi-scorecard')!);
    withoutChart.setAttribute('exportable', '');
    withoutChart.data = ELEMENTS.find((c) => c.tag === 'kpi-scorecard')!.valid;
    add(withoutChart);
    await withoutChart.updateComplete;
    const group = withoutChart.shadowRoot!.querySelector('[part="export"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Download CSV');
    expect(group.querySelectorAll('button').length).to.equal(1);

    const trend = ELEMENTS.find((c) => c.tag === 'rolling-trend')!;
    const withChart = make(trend);
    withChart.setAttribute('exportable', '');
    withChart.setAttribute('locale', 'ar');
    withChart.data = trend.valid;
    add(withChart);
    await withChart.updateComplete;
    const both = withChart.shadowRoot!.querySelector('[part="export"]')!;
    const expected = new Intl.ListFormat('ar', { type: 'conjunction' }).format(['تنزيل CSV', 'تنزيل PNG']);
    expect(both.getAttribute('aria-label')).to.equal(expected);
  });

  it('sets Arabic in the Arabic font stack, which --sk-font-family-arabic replaces', async () => {
    const c = ELEMENTS[0]!;
    const el = make(c) as KitLike;
    el.setAttribute('locale', 'ar');
    el.data = c.valid;
    add(el);
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).fontFamily.startsWith('"Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", "SF Arabic"')).to.equal(true);
    el.style.setProperty('--sk-font-family-arabic', 'Amiri, serif');
    expect(getComputedStyle(base).fontFamily).to.equal('Amiri, serif');
    el.setAttribute('locale', 'en');
    await el.updateComplete;
    expect(getComputedStyle(base).fontFamily.startsWith('system-ui')).to.equal(true);
  });

  it('time-direction is an attribute of every element: auto by default, ltr kept, anything else auto', async () => {
    for (const c of ELEMENTS) {
      const el = make(c) as KitLike & { timeDirection: string };
      el.setAttribute('time-direction', 'LTR');
      add(el);
      await el.updateComplete;
      expect(el.timeDirection, c.tag).to.equal('ltr');
      el.setAttribute('time-direction', 'sideways');
      await el.updateComplete;
      expect(el.timeDirection, c.tag).to.equal('auto');
    }
  });
});
