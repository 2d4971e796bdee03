/**
 * What every reader of <lead-source-breakdown> gets: a sort said aloud (aria-sort, and a polite
 * live message of the new order), the reason behind each dash on screen (no hover), and, at
 * 200 % text, bars of a usable length and legend labels that wrap instead of being cut short.
 * Text size is the element's font size (its styles are in em), set to 200 % on the host.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { axTree } from '../support/accessibility.js';
import sources from '../../demo/data/lead-sources.json';
import sourcesAr from '../../demo/data/lead-sources.ar.json';
import '../../src/lead-source-breakdown/define.js';
import type { LeadSourceBreakdown } from '../../src/lead-source-breakdown/lead-source-breakdown.js';

/** Chromium's accessibility tree (test/support/ax-tree.mjs): its live regions and what they hold. */
const liveTexts = async () => (await axTree()).filter((n) => n.live === 'polite').map((n) => (n.text ?? '').trim());

const root = (el: LeadSourceBreakdown) => el.shadowRoot!;
const sortButton = (el: LeadSourceBreakdown, key: string) => root(el).querySelector<HTMLButtonElement>(`button.sort[data-column="${key}"]`)!;
const liveRegion = (el: LeadSourceBreakdown) => root(el).querySelector<HTMLElement>('.table-wrap ~ [role="status"]')!;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function sortBy(el: LeadSourceBreakdown, key: string): Promise<void> {
  sortButton(el, key).click();
  await el.updateComplete;
}

/** Events with no leads, direct with no spend: dashes with their reasons. */
const withDashes = {
  sources: [
    { source: 'events', leads: 0, mqls: 0, opportunities: 0, customers: 0, spend: 0, revenue: 0, visits: 0 },
    { source: 'direct', leads: 12 },
    { source: 'email', leads: 30, spend: 600, visits: 900, mqls: 10, opportunities: 3, customers: 1, revenue: 5000 },
  ],
};

describe('<lead-source-breakdown> accessibility: what is read and reached', () => {
  describe('sorting', () => {
    it('says the new order politely, with aria-sort on the header', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${sources}></lead-source-breakdown>`);
      const region = liveRegion(el);
      expect(region.getAttribute('role')).to.equal('status');
      // In the page from the first render, empty: nothing is said until the reader sorts.
      expect(squash(region.textContent)).to.equal('');
      await sortBy(el, 'cpl');
      expect(sortButton(el, 'cpl').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
      expect(squash(liveRegion(el).textContent)).to.equal('Sorted by cost per lead, highest first');
      // A polite live region in Chromium's tree, holding the new order.
      expect(await liveTexts()).to.include('Sorted by cost per lead, highest first');
      await sortBy(el, 'cpl');
      expect(sortButton(el, 'cpl').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
      expect(squash(liveRegion(el).textContent)).to.equal('Sorted by cost per lead, lowest first');
      // The same region, so the change is read; a name keeps its capitals.
      expect(liveRegion(el)).to.equal(region);
      await sortBy(el, 'cac');
      expect(squash(region.textContent)).to.equal('Sorted by CAC, highest first');
      await sortBy(el, 'source');
      expect(squash(region.textContent)).to.equal('Sorted by source, A to Z');
      expect(sortButton(el, 'source').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
      expect(sortButton(el, 'cac').closest('th')!.hasAttribute('aria-sort')).to.equal(false);
      // The caption says the order in the same words.
      expect(squash(root(el).querySelector('caption')!.textContent)).to.match(/Sorted by source, A to Z$/);
    });

    it('says it in Arabic', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown locale="ar" .data=${sourcesAr}></lead-source-breakdown>`);
      await sortBy(el, 'cpl');
      expect(squash(liveRegion(el).textContent)).to.equal('مرتّب حسب تكلفة العميل المحتمل، الأعلى أولًا');
      await sortBy(el, 'cpl');
      expect(squash(liveRegion(el).textContent)).to.equal('مرتّب حسب تكلفة العميل المحتمل، الأقل أولًا');
      await sortBy(el, 'source');
      expect(squash(liveRegion(el).textContent)).to.equal('مرتّب حسب المصدر، أبجديًا من الألف إلى الياء');
      expect(liveRegion(el).closest('[lang]')!.getAttribute('lang')).to.match(/^ar/);
    });
  });

  describe('the reason behind a dash', () => {
    for (const [locale, hover] of [['en', /hover/i], ['ar', /مرّر|مرر المؤشر/]] as const) {
      it(`is on screen for every reader, numbered below the table, no hover (${locale})`, async () => {
        const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown locale=${locale} .data=${withDashes}></lead-source-breakdown>`);
        const dashes = Array.from(root(el).querySelectorAll<HTMLElement>('td.na'));
        expect(dashes.length).to.be.greaterThan(3);
        const notes = root(el).querySelector<HTMLElement>('[part="notes"]')!;
        const items = Array.from(notes.querySelectorAll('li'), (li) => squash(li.textContent));
        expect(notes.checkVisibility(), 'the reasons are on screen').to.equal(true);
        expect(notes.getBoundingClientRect().height).to.be.greaterThan(10);
        expect(notes.closest('.visually-hidden')).to.equal(null);
        for (const td of dashes) {
          expect(td.hasAttribute('title'), 'no hover-only text').to.equal(false);
          const ref = td.querySelector('.note-ref')!;
          expect(ref.checkVisibility(), 'the number beside the dash is on screen').to.equal(true);
          // Read with the cell, and listed under the number beside it.
          const reason = squash(td.querySelector('.visually-hidden')!.textContent);
          expect(items).to.include(`${ref.textContent} ${reason}`);
        }
        // Each reason once, numbered in order.
        expect(new Set(items).size).to.equal(items.length);
        const n = new Intl.NumberFormat(locale);
        expect(items.map((t) => t.split(' ')[0])).to.deep.equal(items.map((_, i) => n.format(i + 1)));
        const note = squash(root(el).querySelector('[part="note"]')!.textContent);
        expect(note).not.to.match(hover);
        expect(root(el).querySelectorAll('td[title], th[title]').length).to.equal(0);
      });
    }

    it('shows no note when nothing is missing', async () => {
      const el = await fixture<LeadSourceBreakdown>(html`<lead-source-breakdown .data=${{
        sources: [{ source: 'email', leads: 30, spend: 600, visits: 900, mqls: 10, opportunities: 3, customers: 1, revenue: 5000 }],
      }}></lead-source-breakdown>`);
      expect(root(el).querySelector('td.na')).to.equal(null);
      expect(root(el).querySelector('[part="notes"]')).to.equal(null);
      expect(root(el).querySelector('[part="note"]')).to.equal(null);
    });
  });

  describe('at 200 % text', () => {
    for (const width of [360, 480]) {
      it(`keeps the bars a usable length in a ${width}px column`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
          <lead-source-breakdown style="font-size: 200%" .data=${sources}></lead-source-breakdown>
        </div>`);
        const el = wrapper.querySelector('lead-source-breakdown')!;
        await el.whenDrawn();
        const chart = root(el).querySelector('[part="chart"]')!.getBoundingClientRect();
        const bars = Array.from(root(el).querySelectorAll<HTMLElement>('.bar-row .bar'), (b) => b.getBoundingClientRect().width);
        const values = el.result!.ranked.map((s) => el.result!.rows.find((r) => r.source === s)!.leads ?? 0);
        const longest = Math.max(...bars);
        expect(longest, `longest bar of a ${Math.round(chart.width)}px chart`).to.be.at.least(chart.width * 0.6);
        // Each as long as its value against the largest: none squashed to the 2px minimum.
        bars.forEach((w, i) => expect(w, `bar ${i}`).to.be.closeTo((values[i]! / Math.max(...values)) * longest, 1.5));
        expect(bars.filter((w) => w <= 2)).to.deep.equal([]);
        // Labels and values stay inside the chart, whole.
        for (const node of Array.from(root(el).querySelectorAll<HTMLElement>('.bar-label, .bar-value'))) {
          const box = node.getBoundingClientRect();
          expect(box.left, squash(node.textContent)).to.be.at.least(chart.left - 0.5);
          expect(box.right, squash(node.textContent)).to.be.at.most(chart.right + 0.5);
          expect(node.scrollWidth, squash(node.textContent)).to.be.at.most(node.clientWidth + 1);
        }
        expect(getComputedStyle(root(el).querySelector('.bar-value')!).fontSize).to.equal('26px');
      });
    }

    for (const width of [360, 480]) {
      it(`wraps the Arabic donut legend's labels in a ${width}px column instead of cutting them`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: ${width}px">
          <lead-source-breakdown chart="donut" style="font-size: 200%" .data=${sourcesAr}></lead-source-breakdown>
        </div>`);
        const el = wrapper.querySelector('lead-source-breakdown')!;
        await el.whenDrawn();
        const chart = root(el).querySelector('[part="chart"]')!.getBoundingClientRect();
        const labels = Array.from(root(el).querySelectorAll<HTMLElement>('.legend-label'));
        expect(labels.length).to.be.greaterThan(5);
        const rows = el.result!.rows;
        for (const label of labels) {
          const source = rows.find((r) => r.source === label.closest<HTMLElement>('.legend-item')!.dataset.key)!;
          expect(label.textContent).to.equal(source.label);
          expect(label.scrollWidth, source.label).to.be.at.most(label.clientWidth + 1);
          expect(getComputedStyle(label).textOverflow).to.equal('clip');
          const box = label.getBoundingClientRect();
          expect(box.left, source.label).to.be.at.least(chart.left - 0.5);
          expect(box.right, source.label).to.be.at.most(chart.right + 0.5);
        }
        // The longest label takes more than one line rather than an ellipsis.
        const longest = labels.reduce((a, b) => (b.textContent!.length > a.textContent!.length ? b : a));
        expect(longest.getBoundingClientRect().height).to.be.greaterThan(parseFloat(getComputedStyle(longest).fontSize) * 1.8);
      });
    }
  });
});
