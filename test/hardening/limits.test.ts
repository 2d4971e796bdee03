/**
 * Limits: very large inputs render everything up to the documented limit, or show a clear
 * limit error past it, without an uncaught error. The longest main-thread task of each render
 * is printed, not asserted: a wall-clock threshold fails on a busy machine for reasons that are
 * not the kit's. `npm run bench` measures the render at the limit against its one-second
 * budget ("scorecard at its limit").
 */
import { expect } from '@open-wc/testing';
import { CASES, caseTitle, itFor, make, trapUncaught, type Json, type KitLike } from './elements.js';

const MB = 1024 * 1024;

/** Runs `work` and reports the longest main-thread task seen meanwhile (longtask API, and the synchronous part itself). */
async function longestTask(work: () => Promise<void>): Promise<{ longest: number; total: number }> {
  const tasks: number[] = [];
  const supported = PerformanceObserver.supportedEntryTypes.includes('longtask');
  const observer = supported ? new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))) : null;
  observer?.observe({ type: 'longtask' });
  const start = performance.now();
  await work();
  // let layout and paint happen, and the observer report
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
  const total = performance.now() - start;
  observer?.takeRecords().forEach((e) => tasks.push(e.duration));
  observer?.disconnect();
  return { longest: Math.max(0, ...tasks), total };
}

for (const c of CASES) {
  describe(`limits: ${caseTitle(c)}`, function () {
    const test = itFor(c);
    this.timeout(30_000);
    let trap: ReturnType<typeof trapUncaught>;
    let el: KitLike;
    before(() => c.load());
    beforeEach(() => {
      trap = trapUncaught();
      el = make(c);
      el.style.display = 'block';
      el.style.width = '1000px';
      document.body.append(el);
    });
    afterEach(() => {
      trap.stop();
      el.remove();
    });

    async function render(way: 'property' | 'attribute', doc: Json | string, label: string) {
      const r = await longestTask(async () => {
        if (way === 'property') el.data = doc;
        else el.setAttribute('data', typeof doc === 'string' ? doc : JSON.stringify(doc));
        await el.updateComplete;
        el.getBoundingClientRect(); // force layout inside the measured task
        // a chart drawn by ECharts draws after the render, once its library is loaded: measured too
        if (c.chart && el.result !== null) await el.whenDrawn();
      });
      console.log(`${caseTitle(c)} ${label}: longest task ${r.longest.toFixed(0)} ms, ${r.total.toFixed(0)} ms in all`);
      expect(trap.errors).to.deep.equal([]);
    }

    if (c.limit) {
      const { max, make: build, shownAtMax } = c.limit;

      test(`renders all ${max} items`, async () => {
        await render('property', build(max), `${max} items`);
        expect(el.errors).to.deep.equal([]);
        expect(c.shownItems(el)).to.equal(shownAtMax ?? max);
      });

      test(`rejects ${max + 1} items with a clear limit error`, async () => {
        await render('attribute', build(max + 1), `${max + 1} items`);
        expect(el.errors).to.have.length(1);
        expect(el.errors[0]!.path).to.equal(c.itemList.join('.'));
        expect(el.errors[0]!.message).to.match(new RegExp(`${(max + 1).toLocaleString('en')} .*the most this element shows is ${max.toLocaleString('en')}`));
        expect(c.shownItems(el)).to.equal(0);
      });

      test('megabytes of JSON in the data attribute, over the limit: a clear error', async () => {
        const n = Math.max(100_000, max + 1);
        const text = JSON.stringify(build(n));
        expect(text.length).to.be.above(3 * MB);
        await render('attribute', text, `${(text.length / MB).toFixed(1)} MB, ${n} items`);
        expect(el.errors).to.have.length(1);
        expect(el.errors[0]!.message).to.contain('the most this element shows is');
      });
    }

    test('10 MB of JSON in the data attribute (long texts in every item): renders or a clear error', async () => {
      const doc = structuredClone(c.valid) as Record<string, Json>;
      const items = c.itemList.reduce<Json>((o, s) => (o as Record<string, Json>)[s]!, doc) as Record<string, Json>[];
      const each = Math.ceil((10 * MB) / items.length);
      const [field] = c.textFields.filter((p) => p.length === c.itemList.length + 2).map((p) => p[p.length - 1] as string);
      if (!field) return; // no text inside the items (rolling-trend): the huge-list case covers it
      items.forEach((item, i) => (item[field!] = `${i} ${'x'.repeat(each)}`));
      await render('attribute', JSON.stringify(doc), `10 MB in ${items.length} ${field}s`);
      expect(el.errors.length === 0 || el.errors.every((e) => e.message.length < 300)).to.equal(true);
    });

    test('10 MB of JSON in the data attribute (one huge list inside an item): renders or a clear error', async () => {
      const doc = structuredClone(c.valid) as Record<string, Json>;
      const items = c.itemList.reduce<Json>((o, s) => (o as Record<string, Json>)[s]!, doc) as Record<string, Json>[];
      const item = items[0]!;
      const listField = Object.keys(item).find((k) => Array.isArray(item[k]));
      if (!listField) return;
      item[listField] = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 10_000);
      await render('attribute', JSON.stringify(doc), `${listField} with 1,000,000 numbers`);
      expect(el.errors.length === 0 || el.errors.every((e) => e.message.length < 300)).to.equal(true);
    });
  });
}
