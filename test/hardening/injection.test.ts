/**
 * Script injection: markup and script payloads in every text field of every
 * contract, in error messages that echo input, and in attributes. A global
 * sentinel proves no script ran; the shadow DOM proves no element was
 * injected; the text proves the payload is shown as text; bidi controls from
 * the data are isolated so they cannot reorder the kit's own words.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { getInstanceByDom } from 'echarts/core';
import type { PathSegment } from '../../src/core/json-path.js';
import { CASES, caseTitle, itFor, make, setAt, showTip, trapUncaught, visibleText, type Json, type KitLike } from './elements.js';

declare global {
  interface Window {
    __skPwned?: string;
  }
}

const PAYLOADS = [
  `<img src=x onerror="window.__skPwned='img'">`,
  `<script>window.__skPwned='script'</script>`,
  `javascript:window.__skPwned='js-url'`,
  `"><svg onload="window.__skPwned='svg'">`,
  `'><iframe srcdoc="<script>parent.__skPwned='iframe'</script>">`,
  `{{constructor.constructor("window.__skPwned='template'")()}}`,
  '${window.__skPwned="template-literal"}',
  `<style>*{display:none}</style><a href="javascript:window.__skPwned='a'">x</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__skPwned='mxss'">`,
  '\u202Eevil.exe\u202C and \u202Ereversed',
  '\u2067unclosed isolate',
];
/** Words that are object keys in a naive lookup table (`strings.groups[name]`). */
const PROTO_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

const FORBIDDEN = 'img,script,iframe,object,embed,style,link,meta,base,form,a,foreignObject,math,frame,frameset,template';
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
/** Messages drop the isolate marks of quoted data (they wrap it in their own): compare without them. */
const bare = (t: string) => t.replace(/[\u2066-\u2069]/g, '');

function injectedElements(root: ParentNode): string[] {
  const found: string[] = [];
  for (const n of Array.from(root.querySelectorAll('*'))) {
    // The kit elements' own attributes are what the test set; look inside them.
    if (CASES.some((c) => c.tag === n.localName)) {
      if (n.shadowRoot) found.push(...injectedElements(n.shadowRoot));
      continue;
    }
    if (n.matches(FORBIDDEN) && !(n instanceof HTMLScriptElement && n.type === 'application/json')) found.push(n.localName);
    for (const a of Array.from(n.attributes)) {
      if (/^on/i.test(a.name)) found.push(`${n.localName}[${a.name}]`);
      if (/^\s*javascript:/i.test(a.value) && /href|src|action|formaction|xlink:href/i.test(a.name)) found.push(`${n.localName}[${a.name}=javascript:]`);
    }
    if (n.shadowRoot) found.push(...injectedElements(n.shadowRoot));
  }
  return found;
}

/**
 * A bidi control from the data must not reorder anything else: its text sits
 * alone in an isolated box (`<bdi>`, `unicode-bidi: isolate`), or inside
 * FSI/LRI/RLI … PDI within its own text.
 */
function unisolatedBidi(el: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    if (!BIDI.test(text.replace(/[\u2066-\u2068][^\u2066-\u2069]*\u2069/g, ''))) continue;
    let box: Element | null = n.parentElement;
    while (box && !['isolate', 'plaintext', 'isolate-override'].includes(getComputedStyle(box).unicodeBidi)) box = box.parentElement;
    if (!box || (box.textContent ?? '').trim() !== text.trim()) {
      out.push(`${JSON.stringify(text)} shares its box with ${JSON.stringify((box?.textContent ?? '').trim().slice(0, 80))}`);
    }
  }
  return out;
}

function at(doc: Json, path: readonly PathSegment[]): Json {
  return path.reduce<Json>((o, s) => (o as Record<PathSegment, Json>)[s]!, doc);
}

for (const c of CASES) {
  describe(`script injection: ${caseTitle(c)}`, function () {
    const test = itFor(c);
    this.timeout(30_000);
    let host: HTMLDivElement;
    let trap: ReturnType<typeof trapUncaught>;
    before(() => c.load());
    beforeEach(() => {
      delete window.__skPwned;
      trap = trapUncaught();
      host = document.createElement('div');
      document.body.append(host);
    });
    afterEach(() => {
      trap.stop();
      host.remove();
    });

    async function mount(doc: unknown, way: 'property' | 'attribute' | 'script' = 'property'): Promise<KitLike> {
      const el = make(c);
      if (way === 'property') el.data = doc;
      else if (way === 'attribute') el.setAttribute('data', JSON.stringify(doc));
      else {
        const s = document.createElement('script');
        s.type = 'application/json';
        s.textContent = JSON.stringify(doc);
        el.append(s);
      }
      host.append(el);
      await el.updateComplete;
      return el;
    }

    /**
     * Draws the chart and shows its labels and tooltip: ECharts' highlight actions on a
     * canvas chart, and the pointer over a chart with an HTML tooltip (so the tooltip's
     * text is in the shadow DOM the checks read).
     */
    async function openChart(el: KitLike): Promise<void> {
      if (!c.chart && !c.hoverTip) return;
      el.scrollIntoView(); // charts draw only near the screen
      await el.whenDrawn();
      if (c.chart) {
        const dom = el.shadowRoot!.querySelector<HTMLElement>('[_echarts_instance_]');
        expect(dom, 'chart container').to.not.equal(null);
        const chart = getInstanceByDom(dom!)!;
        const series = (chart.getOption() as { series?: { data?: unknown[] }[] }).series ?? [];
        series.forEach((s, seriesIndex) => {
          for (let dataIndex = 0; dataIndex < Math.min(s.data?.length ?? 0, 20); dataIndex++) {
            chart.dispatchAction({ type: 'highlight', seriesIndex, dataIndex });
          }
        });
      }
      if (c.hoverTip && el.result !== null) expect(await showTip(c, el), 'tooltip shown').to.not.equal(null);
      await aTimeout(50);
    }

    async function expectNothingRan(els: KitLike[]): Promise<void> {
      await aTimeout(150); // an <img onerror> fires after its failed load
      expect(window.__skPwned, 'a payload ran').to.equal(undefined);
      expect(injectedElements(host), 'elements injected from the data').to.deep.equal([]);
      expect(injectedElements(document.body).filter((x) => !x.startsWith('script')), 'elements injected into the page').to.deep.equal([]);
      for (const el of els) expect(unisolatedBidi(el), 'bidi controls from the data reach the kit text').to.deep.equal([]);
      expect(trap.errors).to.deep.equal([]);
    }

    test('shows every text field as text, by property, attribute and child script', async () => {
      const els: KitLike[] = [];
      for (const path of c.textFields) {
        for (const payload of PAYLOADS) {
          const way = (['property', 'attribute', 'script'] as const)[els.length % 3]!;
          const doc = setAt(structuredClone(c.valid), path, payload);
          const el = await mount(doc, way);
          await openChart(el);
          els.push(el);
          expect(el.errors, `${path.join('.')} = ${payload}`).to.deep.equal([]);
          expect(visibleText(el), `${path.join('.')} shown as text`).to.contain(payload);
        }
      }
      await expectNothingRan(els);
    });

    test('keeps ids and other kept-but-hidden fields inert', async () => {
      const els: KitLike[] = [];
      for (const path of c.dataOnlyFields) {
        for (const payload of PAYLOADS) {
          const el = await mount(setAt(structuredClone(c.valid), path, payload));
          await openChart(el);
          els.push(el);
          expect(el.errors, `${path.join('.')} = ${payload}`).to.deep.equal([]);
        }
      }
      await expectNothingRan(els);
    });

    test('echoes bad values in error messages as text', async () => {
      const els: KitLike[] = [];
      for (const path of c.echoedFields) {
        for (const payload of PAYLOADS) {
          const el = await mount(setAt(structuredClone(c.valid), path, payload), 'attribute');
          els.push(el);
          const echo = bare(payload.length > 40 ? payload.slice(0, 40) : payload);
          expect(
            el.errors.some((e) => bare(e.message).includes(echo)),
            `${path.join('.')} = ${payload}: ${JSON.stringify(el.errors)}`,
          ).to.equal(true);
          expect(bare(el.shadowRoot!.querySelector('[part="errors"]')!.textContent!)).to.contain(echo);
        }
      }
      await expectNothingRan(els);
    });

    test('echoes ids that repeat, and keys in error paths, as text', async () => {
      const els: KitLike[] = [];
      const list = at(c.valid, c.itemList) as Json[];
      for (const payload of PAYLOADS) {
        // the same id twice: the second is reported by the id it repeats
        const idField = c.dataOnlyFields.find((p) => p[p.length - 1] === 'id');
        if (idField && list.length > 1) {
          const doc = structuredClone(c.valid);
          setAt(doc, idField, payload);
          setAt(doc, [...c.itemList, 1, 'id'], payload);
          const el = await mount(doc);
          els.push(el);
          expect(el.errors.some((e) => bare(e.message).includes(bare(payload.slice(0, 40))))).to.equal(true);
        }
        // a key of the data in a path: an unknown field of the wrong shape inside an item
        const doc = structuredClone(c.valid);
        const item = at(doc, [...c.itemList, 0]) as Record<string, Json>;
        const objectField = Object.keys(item).find((k) => item[k] && typeof item[k] === 'object' && !Array.isArray(item[k]));
        if (objectField) {
          (item[objectField] as Record<string, Json>)[payload] = 'not a number';
          const el = await mount(doc);
          els.push(el);
          const paths = Array.from(el.shadowRoot!.querySelectorAll('.error-path')).map((p) => p.textContent ?? '');
          if (el.errors.length) expect(paths.join(' ')).to.contain(JSON.stringify(payload).slice(1, 20));
        }
      }
      await expectNothingRan(els);
    });

    test('shows names that are object keys (constructor, __proto__) as themselves', async () => {
      const els: KitLike[] = [];
      for (const path of c.textFields) {
        for (const word of PROTO_WORDS) {
          const el = await mount(setAt(structuredClone(c.valid), path, word));
          els.push(el);
          const t = visibleText(el);
          expect(t, `${path.join('.')} = ${word}`).to.contain(word);
          expect(t, `${path.join('.')} = ${word}`).not.to.match(/function|native code|\[object/);
        }
      }
      await expectNothingRan(els);
    });

    test('ignores or reports hostile attribute values, and a javascript: src', async () => {
      const els: KitLike[] = [];
      for (const payload of PAYLOADS) {
        const el = make(c);
        // every attribute but the case's own (a long trend keeps its window)
        const hostile = ['locale', 'currency', 'theme', 'refresh', 'cadence', 'group-by', 'view', 'measure', 'sort', 'chart', 'window'];
        for (const a of hostile.filter((name) => !(name in (c.attributes ?? {})))) el.setAttribute(a, payload);
        el.setAttribute('data', JSON.stringify(c.valid));
        host.append(el);
        await el.updateComplete;
        await openChart(el);
        els.push(el);
        // Ignored everywhere, but a `currency` that is not a code is an error that quotes it, as
        // text: in the error panel and nowhere else.
        const panel = el.shadowRoot!.querySelector('[part="errors"]');
        const quoted = Array.from(el.shadowRoot!.querySelectorAll('.error-message')).filter((m) => m.textContent!.includes(payload));
        // (quoted in full when short enough; a long one is cut, so not found whole)
        expect(quoted.every((m) => m.textContent!.startsWith('has a currency attribute')), `quoted only by the currency error: ${quoted.map((m) => m.textContent).join(' | ')}`).to.equal(true);
        expect(quoted.every((m) => m.children.length === 0), 'quoted as text').to.equal(true);
        expect(el.errors.some((e) => e.message.startsWith('has a currency attribute')), 'the bad currency is reported').to.equal(true);
        panel!.remove();
        expect(visibleText(el)).not.to.contain(payload);
      }
      const el = make(c);
      el.setAttribute('src', `javascript:window.__skPwned='src'`);
      host.append(el);
      for (let i = 0; i < 50 && !el.errors.length; i++) await aTimeout(20);
      expect(el.errors.length, 'a javascript: src is reported').to.equal(1);
      expect(el.errors[0]!.message).to.contain(`javascript:window.__skPwned='src'`);
      els.push(el);
      await expectNothingRan(els);
    });
  });
}
