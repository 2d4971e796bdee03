/**
 * Accessibility: axe over every element in every state (valid, errors, kept
 * last good, loading, empty, dark, right-to-left, forced colours); everything
 * interactive reachable and usable by keyboard with a visible focus ring;
 * reduced motion turns chart animation off; forced colours keep statuses
 * readable (words present, icons in CanvasText).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { CASES, caseTitle, itFor, make as makeElement, setAt, type ElementCase, type Json, type KitLike } from './elements.js';

type ChartHost = KitLike & { chartController?: { chart: { getOption(): { animation?: unknown } } | null } | null };

const FOCUSABLE = 'button, input, select, textarea, a[href], details > summary, [tabindex]:not([tabindex="-1"])';

function focusables(el: Element): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (n) => !(n as HTMLButtonElement).disabled && n.getClientRects().length > 0,
  );
}

/** The colour a keyword resolves to right now (CanvasText, Canvas). */
function systemColour(keyword: string, prop: 'color' | 'backgroundColor' = 'color'): string {
  const probe = document.createElement('span');
  probe.style[prop] = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe)[prop];
  probe.remove();
  return value;
}

/** The case's attributes, to write into a static template after its tag. */
function attributesOf(c: ElementCase) {
  const text = Object.entries(c.attributes ?? {}).map(([name, value]) => `${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`);
  return unsafeStatic(text.join(' '));
}

for (const c of CASES) {
  describe(`accessibility: ${caseTitle(c)}`, function () {
    const test = itFor(c);
    this.timeout(30_000);
    // `<${tag} …>`: the tag and the case's attributes (`<rolling-trend window="600" …>`)
    const tag = unsafeStatic(c.tag);
    const attrs = attributesOf(c);
    before(() => c.load());
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none', colorScheme: 'light' }));

    const broken = (): Json => {
      const doc = structuredClone(c.valid);
      return setAt(doc, [...c.itemList, 0], 'not an item');
    };

    async function drawn(el: KitLike): Promise<KitLike> {
      await el.updateComplete;
      if ((c.chart || c.htmlChart) && el.result !== null) await el.whenDrawn();
      return el;
    }

    const states: [string, () => Promise<KitLike>][] = [
      ['valid', async () => drawn(await fixture<KitLike>(staticHtml`<${tag} ${attrs} .data=${structuredClone(c.valid)}></${tag}>`))],
      ['with item errors', async () => drawn(await fixture<KitLike>(staticHtml`<${tag} ${attrs} .data=${broken()}></${tag}>`))],
      [
        'whole input bad, last good kept',
        async () => {
          const el = await fixture<KitLike>(staticHtml`<${tag} ${attrs} data=${JSON.stringify(c.valid)}></${tag}>`);
          el.setAttribute('data', '{"oops":');
          return drawn(el);
        },
      ],
      ['loading', async () => fixture<KitLike>(staticHtml`<${tag} ${attrs} src="/__test__/slow?ms=3000"></${tag}>`)],
      ['empty', async () => fixture<KitLike>(staticHtml`<${tag} ${attrs}></${tag}>`)],
      ['dark', async () => drawn(await fixture<KitLike>(staticHtml`<${tag} ${attrs} theme="dark" .data=${broken()}></${tag}>`))],
      [
        'right-to-left, Arabic',
        async () => {
          const wrapper = await fixture(staticHtml`<div dir="rtl" lang="ar"><${tag} ${attrs} .data=${broken()}></${tag}></div>`);
          return drawn(wrapper.firstElementChild as KitLike);
        },
      ],
    ];

    for (const [name, make] of states) {
      test(`passes axe: ${name}`, async () => {
        const el = await make();
        await expect(el).to.be.accessible();
      });
    }

    test('passes axe in forced-colors mode, with status words and icons in CanvasText', async () => {
      await emulateMedia({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await drawn(await fixture<KitLike>(html`<div></div>`).then(async (host) => {
        const e = makeElement(c);
        e.data = structuredClone(c.valid);
        host.append(e);
        return e;
      }));
      await expect(el).to.be.accessible();
      const text = el.shadowRoot!.textContent ?? '';
      for (const word of c.statusWords) expect(text, 'status words shown').to.contain(word);
      const canvasText = systemColour('CanvasText');
      const canvas = systemColour('Canvas');
      const icons = Array.from(el.shadowRoot!.querySelectorAll<SVGElement>('.status-icon'));
      if (c.statusWords.length) expect(icons.length).to.be.greaterThan(0);
      for (const icon of icons) {
        expect(getComputedStyle(icon).color, `${icon.getAttribute('class')} colour`).to.equal(canvasText);
        // the mark inside the icon (tick, cross) contrasts with it: drawn in Canvas
        for (const mark of Array.from(icon.querySelectorAll('[stroke]:not([stroke="currentColor"])'))) {
          expect(getComputedStyle(mark).stroke, `${icon.getAttribute('class')} mark`).to.equal(canvas);
        }
      }
    });

    test('reaches everything interactive by keyboard, with a visible focus ring', async () => {
      const el = await drawn(await fixture<KitLike>(staticHtml`<${tag} ${attrs} exportable .data=${structuredClone(c.valid)}></${tag}>`));
      const targets = focusables(el);
      expect(targets.length, 'something to focus').to.be.greaterThan(0);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const reached: HTMLElement[] = [];
      for (let i = 0; i < targets.length; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement as HTMLElement | null;
        expect(active, `Tab ${i + 1} stays in the element`).to.not.equal(null);
        reached.push(active!);
        expect(active!.matches(':focus-visible'), 'focus-visible').to.equal(true);
        const cs = getComputedStyle(active!);
        expect(cs.outlineStyle, `focus ring on ${active!.localName}.${active!.className}`).to.not.equal('none');
        expect(parseFloat(cs.outlineWidth)).to.be.at.least(2);
      }
      expect(reached).to.deep.equal(targets);
      before.remove();
    });

    if (c.selectable) {
      test('activates every selectable item with Enter and Space', async () => {
        const el = await drawn(await fixture<KitLike>(staticHtml`<${tag} ${attrs} .data=${structuredClone(c.valid)}></${tag}>`));
        const items = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(c.selectable!));
        let fired = 0;
        el.addEventListener('kpi-select', () => fired++);
        for (const [i, item] of items.entries()) {
          item.focus();
          await sendKeys({ press: i % 2 ? 'Space' : 'Enter' });
        }
        expect(fired).to.equal(items.length);
      });
    }

    if (c.chart || c.htmlChart) {
      test('gives its chart an accessible name and a table alternative', async () => {
        const el = await drawn(await fixture<KitLike>(staticHtml`<${tag} ${attrs} .data=${structuredClone(c.valid)}></${tag}>`));
        const chart = el.shadowRoot!.querySelector('[part="chart"]')!;
        expect(chart.getAttribute('role')).to.equal('img');
        expect((chart.getAttribute('aria-label') ?? '').trim().length, 'chart name').to.be.greaterThan(10);
        if (!el.shadowRoot!.querySelector('table')) {
          // the table may sit behind a disclosure button
          const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded="false"]');
          expect(toggle, 'a table, or a button that shows one').to.not.equal(null);
          toggle!.focus();
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
        }
        const table = el.shadowRoot!.querySelector('table')!;
        expect(table, 'table alternative').to.not.equal(null);
        expect(table.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }

    test('turns chart animation off for prefers-reduced-motion, and CSS transitions too', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = (await drawn(await fixture<KitLike>(staticHtml`<${tag} ${attrs} .data=${structuredClone(c.valid)}></${tag}>`))) as ChartHost;
      if (c.chart) {
        await waitUntil(() => el.chartController?.chart, 'no chart');
        expect(el.chartController!.chart!.getOption().animation).to.equal(false);
      }
      for (const n of Array.from(el.shadowRoot!.querySelectorAll('*'))) {
        const cs = getComputedStyle(n);
        const moving = cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0.01) || cs.animationName !== 'none';
        expect(moving, `${n.localName}.${n.getAttribute('class')} moves under reduced motion`).to.equal(false);
      }
    });
  });
}
