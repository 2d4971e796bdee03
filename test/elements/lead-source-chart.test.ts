import { expect } from '@open-wc/testing';
import sources from '../../demo/data/lead-sources.json';
import {
  arcPath,
  chartDescription,
  DONUT_INNER,
  DONUT_OUTER,
  DONUT_SIZE,
  hasChartData,
  sourceColour,
  sourcesBarChart,
  sourcesDonut,
  sourceTooltip,
} from '../../src/lead-source-breakdown/chart.js';
import { sourcesStrings } from '../../src/lead-source-breakdown/strings.js';
import { buildSourcesModel, validateSources, type SourcesModelOptions } from '../../src/core/sources.js';
import { NumberFormatter } from '../../src/core/format.js';

const en = sourcesStrings('en');
const f = new NumberFormatter('en', 'USD');

function modelOf(json: unknown, options: SourcesModelOptions = {}) {
  return buildSourcesModel(validateSources(json).value!, options);
}

const NS = 'http://www.w3.org/2000/svg';
/** A path drawn in a real SVG (in the test page), so its geometry can be asked: which points it fills. */
function drawnPath(d: string): { path: SVGPathElement; remove: () => void } {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${DONUT_SIZE} ${DONUT_SIZE}`);
  svg.setAttribute('width', String(DONUT_SIZE));
  svg.setAttribute('height', String(DONUT_SIZE));
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  document.body.append(svg);
  return { path, remove: () => svg.remove() };
}

/** The point `turn` (0-1) of the way round from the top, clockwise (counter-clockwise in RTL), at `radius`. */
function at(turn: number, radius: number, rtl = false): DOMPoint {
  const c = DONUT_SIZE / 2;
  const a = turn * 2 * Math.PI;
  return new DOMPoint(c + (rtl ? -1 : 1) * radius * Math.sin(a), c - radius * Math.cos(a));
}
const MID = (DONUT_OUTER + DONUT_INNER) / 2;

/** The arcs of a path `d`: [rx, large-arc flag, sweep flag, x, y]. */
const arcs = (d: string) =>
  Array.from(d.matchAll(/A([\d.]+) [\d.]+ 0 ([01]) ([01]) ([\d.-]+) ([\d.-]+)/g), (m) => [
    Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]),
  ]);

describe('lead sources chart (pure builders)', () => {
  describe('bars', () => {
    it('ranks the sources by the measure, each bar as long as its value against the largest', () => {
      const spec = sourcesBarChart(modelOf(sources), en, f);
      expect(spec.rows).to.have.length(13);
      expect(spec.rows.slice(0, 3).map((r) => [r.key, r.label])).to.deep.equal([
        ['paid_search', 'Google Ads'],
        ['organic_search', 'Organic search'],
        ['content', 'Content marketing'],
      ]);
      const bars = spec.rows.map((r) => r.bars[0]!);
      expect(bars[0]!.size).to.equal(1); // 230, the largest
      expect(bars[1]!.size).to.be.closeTo(184 / 230, 1e-12);
      expect(bars[2]!.size).to.be.closeTo(145 / 230, 1e-12);
      const sizes = bars.map((b) => b.size!);
      expect(sizes).to.deep.equal([...sizes].sort((a, b) => b - a)); // ranked
      expect(bars.slice(0, 3).map((b) => b.text)).to.deep.equal(['230 · 20.8%', '184 · 16.7%', '145 · 13.1%']);
      expect(spec.ticks ?? []).to.deep.equal([]);
    });

    it('colours each bar with its source colour for both themes, and titles it with the tooltip lines', () => {
      const spec = sourcesBarChart(modelOf(sources), en, f);
      expect(spec.rows[1]!.bars[0]!.colour).to.equal('light-dark(#1a7f37, #3fb950)'); // organic search
      expect(spec.rows[0]!.title).to.equal('Google Ads\nLeads: 230 (20.8%)\nCost per lead: $100\nCAC: $7,667\nROI: 252.2%');
    });

    it('leaves out a missing value, draws a zero-length bar for zero, and money for a money measure', () => {
      const model = modelOf(
        { sources: [{ source: 'email', spend: 400, leads: 8 }, { source: 'direct', leads: 3 }, { source: 'events', spend: 0, leads: 2 }] },
        { measure: 'spend' },
      );
      const rows = sourcesBarChart(model, en, f).rows;
      expect(rows.map((r) => [r.key, r.bars[0]!.size])).to.deep.equal([['email', 1], ['events', 0]]);
      expect(rows.map((r) => r.bars[0]!.text)).to.deep.equal(['$400 · 100%', '$0 · 0%']);
      expect(rows[0]!.title.split('\n')[1]).to.equal('Spend: $400 (100%)');
    });

    it('tells whether there is anything to draw', () => {
      expect(hasChartData(modelOf(sources))).to.equal(true);
      expect(hasChartData(modelOf({ sources: [{ source: 'email', leads: 0 }, { source: 'direct' }] }))).to.equal(false);
      expect(hasChartData(modelOf({ sources: [{ source: 'email', leads: 4 }] }, { measure: 'revenue' }))).to.equal(false);
    });
  });

  describe('donut', () => {
    const threeSources = { sources: [{ source: 'email', leads: 30 }, { source: 'events', leads: 0 }, { source: 'webinar', label: 'Webinars', leads: 10 }] };

    it('turns the shares into angles from the top, leaving out zeros', () => {
      const donut = sourcesDonut(modelOf(threeSources, { chart: 'donut' }), en, f, false);
      expect(donut.viewBox).to.equal('0 0 200 200');
      expect(donut.slices.map((s) => [s.key, s.start, s.end])).to.deep.equal([['email', 0, 0.75], ['webinar', 0.75, 1]]);
      expect(donut.slices.map((s) => [s.label, s.value, s.share])).to.deep.equal([['Email', '30', '75%'], ['Webinars', '10', '25%']]);
      expect(donut.slices[0]!.colour).to.equal('light-dark(#9a6700, #d29922)');
      expect(donut.slices[1]!.colour).to.equal('light-dark(#1e3a8a, #93c5fd)'); // custom source: the first extra colour
      expect(donut.slices[1]!.title).to.equal('Webinars\nLeads: 10 (25%)\nCost per lead: —\nCAC: —\nROI: —');
    });

    it('draws each slice as an annular sector: clockwise from the top, with the large-arc flag past half the ring', () => {
      const [email, webinars] = sourcesDonut(modelOf(threeSources, { chart: 'donut' }), en, f, false).slices;
      // Email: 0 to 3/4 of a turn: the outer arc from 12 o'clock to 9 o'clock, clockwise (sweep 1), the long way (large 1).
      expect(email!.d.startsWith('M100 2A')).to.equal(true);
      expect(arcs(email!.d)).to.deep.equal([
        [DONUT_OUTER, 1, 1, 2, 100],
        [DONUT_INNER, 1, 0, 100, 41], // the inner arc back to 12 o'clock, counter-clockwise
      ]);
      expect(arcs(webinars!.d)[0]).to.deep.equal([DONUT_OUTER, 0, 1, 100, 2]);
      const e = drawnPath(email!.d);
      const w = drawnPath(webinars!.d);
      try {
        for (const turn of [0.05, 0.25, 0.5, 0.7]) {
          expect(e.path.isPointInFill(at(turn, MID)), `email at ${turn}`).to.equal(true);
          expect(w.path.isPointInFill(at(turn, MID)), `webinars at ${turn}`).to.equal(false);
        }
        expect(w.path.isPointInFill(at(0.875, MID))).to.equal(true);
        expect(e.path.isPointInFill(at(0.875, MID))).to.equal(false);
        // The hole and the outside are never filled.
        for (const p of [at(0.3, DONUT_INNER - 3), at(0.3, DONUT_OUTER + 1), at(0.9, DONUT_INNER - 3)]) {
          expect(e.path.isPointInFill(p) || w.path.isPointInFill(p)).to.equal(false);
        }
      } finally {
        e.remove();
        w.remove();
      }
    });

    it('uses the large-arc flag only for slices of more than half the ring', () => {
      expect(arcs(arcPath(0, 0.6, false)).map((a) => a[1])).to.deep.equal([1, 1]);
      expect(arcs(arcPath(0, 0.4, false)).map((a) => a[1])).to.deep.equal([0, 0]);
      expect(arcs(arcPath(0.3, 0.95, false)).map((a) => a[1])).to.deep.equal([1, 1]);
      const small = drawnPath(arcPath(0.1, 0.2, false));
      const large = drawnPath(arcPath(0.1, 0.8, false));
      try {
        expect(small.path.isPointInFill(at(0.15, MID))).to.equal(true);
        expect(small.path.isPointInFill(at(0.5, MID))).to.equal(false);
        expect(large.path.isPointInFill(at(0.5, MID))).to.equal(true);
        expect(large.path.isPointInFill(at(0.9, MID))).to.equal(false);
      } finally {
        small.remove();
        large.remove();
      }
    });

    it('runs counter-clockwise from the top right to left', () => {
      const [email] = sourcesDonut(modelOf(threeSources, { chart: 'donut' }), sourcesStrings('ar'), new NumberFormatter('ar'), true).slices;
      expect(email!.start).to.equal(0);
      expect(email!.end).to.equal(0.75);
      // 3/4 of a turn counter-clockwise from the top ends at 3 o'clock, with sweep 0 (counter-clockwise on screen).
      expect(arcs(email!.d)).to.deep.equal([
        [DONUT_OUTER, 1, 0, 198, 100],
        [DONUT_INNER, 1, 1, 100, 41],
      ]);
      const e = drawnPath(email!.d);
      try {
        expect(e.path.isPointInFill(at(0.1, MID, true))).to.equal(true); // a little left of the top
        expect(e.path.isPointInFill(at(0.1, MID, false))).to.equal(false); // a little right of it: the last slice
        expect(e.path.isPointInFill(new DOMPoint(100 - MID, 100))).to.equal(true); // 9 o'clock
        expect(e.path.isPointInFill(new DOMPoint(100 + MID, 100 - 5))).to.equal(false); // just before 3 o'clock
      } finally {
        e.remove();
      }
    });

    it('draws a single source as a whole ring (two arcs per circle), hole included', () => {
      const model = modelOf({ sources: [{ source: 'email', leads: 7 }, { source: 'events', leads: 0 }] }, { chart: 'donut' });
      for (const rtl of [false, true]) {
        const { slices } = sourcesDonut(model, en, f, rtl);
        expect(slices).to.have.length(1);
        expect([slices[0]!.start, slices[0]!.end, slices[0]!.share]).to.deep.equal([0, 1, '100%']);
        const a = arcs(slices[0]!.d);
        expect(a).to.have.length(4);
        // The outer circle one way round, the inner the other (a hole under the nonzero fill rule too).
        expect(a.map((x) => [x[0], x[2]])).to.deep.equal([
          [DONUT_OUTER, rtl ? 0 : 1], [DONUT_OUTER, rtl ? 0 : 1], [DONUT_INNER, rtl ? 1 : 0], [DONUT_INNER, rtl ? 1 : 0],
        ]);
        const ring = drawnPath(slices[0]!.d);
        try {
          for (const turn of [0, 0.125, 0.25, 0.5, 0.75, 0.99]) {
            expect(ring.path.isPointInFill(at(turn, MID)), `ring at ${turn}`).to.equal(true);
          }
          expect(ring.path.isPointInFill(new DOMPoint(100, 100))).to.equal(false);
          expect(ring.path.isPointInFill(at(0.4, DONUT_INNER - 2))).to.equal(false);
        } finally {
          ring.remove();
        }
      }
    });

    it('closes the ring exactly whatever the shares, largest first', () => {
      const model = modelOf(sources, { chart: 'donut' });
      const { slices } = sourcesDonut(model, en, f, false);
      expect(slices).to.have.length(13);
      expect(slices[0]!.start).to.equal(0);
      expect(slices.at(-1)!.end).to.equal(1);
      for (let i = 1; i < slices.length; i++) expect(slices[i]!.start).to.equal(slices[i - 1]!.end);
      expect(slices[0]!.end).to.be.closeTo(230 / 1105, 1e-12);
      expect(slices[0]!.share).to.equal('20.8%');
    });
  });

  it('describes the chart in words and writes the tooltip as plain lines', () => {
    const model = modelOf(sources);
    expect(chartDescription(model, en, f)).to.match(/^Leads by source, bar chart: Google Ads 230 \(20.8%\), Organic search 184/);
    const row = model.rows.find((r) => r.source === 'paid_search')!;
    expect(sourceTooltip(model, row, en, f)).to.equal('Google Ads\nLeads: 230 (20.8%)\nCost per lead: $100\nCAC: $7,667\nROI: 252.2%');
    expect(sourceColour(row)).to.equal('light-dark(#0969da, #4493f8)');
  });
});
