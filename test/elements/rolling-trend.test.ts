import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/rolling-trend/define.js';
import mqls from '../../demo/data/trend-mqls.json';
import quarters from '../../demo/data/trend-quarters.json';
import weeks from '../../demo/data/trend-weeks-53.json';
import type { RollingTrend, TrendSelectDetail } from '../../src/rolling-trend/rolling-trend.js';
import { periodName } from '../../src/rolling-trend/strings.js';
import { NumberFormatter } from '../../src/core/format.js';
import { loadECharts } from '../../src/internal/chart-controller.js';

/** What ECharts reports it drew for a long window. */
interface DrawnOption {
  series: { id: string; type: string; data: (number | null)[]; sampling?: string; large?: boolean }[];
  tooltip?: unknown;
}

const MQL_VALUES = [120, 126, 112, 131, 138, 147, 152, 158, 163, 171, 162, 153, 144];

const text = (el: RollingTrend) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const shadow = <T extends Element = HTMLElement>(el: RollingTrend, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const shadowAll = <T extends Element = HTMLElement>(el: RollingTrend, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const texts = (el: RollingTrend, selector: string) => shadowAll(el, selector).map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
const rect = (e: Element) => e.getBoundingClientRect();
const centreX = (e: Element) => rect(e).left + rect(e).width / 2;
const centreY = (e: Element) => rect(e).top + rect(e).height / 2;
/** The points of a line's path data (one `M` starts each unbroken run). */
const pointsOf = (d: string | null) => d?.match(/[ML]/g)?.length ?? 0;
const runsOf = (d: string | null) => d?.match(/M/g)?.length ?? 0;

async function openTable(el: RollingTrend): Promise<HTMLTableElement> {
  shadow<HTMLButtonElement>(el, '.table-toggle').click();
  await el.updateComplete;
  return shadow<HTMLTableElement>(el, 'table');
}

/** Waits until the plot's measured width has been applied (axis labels are fitted to it). */
async function laidOut(el: RollingTrend): Promise<void> {
  await el.whenDrawn();
  // The resize observer reports after the first layout, in a frame after the render.
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

/** The lines of the tooltip shown, or [] when none shows. */
const tipLines = (el: RollingTrend) => texts(el, '.tip > *');

/** The point of the page at the centre of band `i` of `n`, counted from the plot's left edge. */
function bandPoint(el: RollingTrend, i: number, n: number): [number, number] {
  // The pointer only reaches what is in the viewport (an earlier fixture may push this one down).
  shadow(el, '.plot').scrollIntoView({ block: 'center' });
  const plot = rect(shadow(el, '.plot'));
  return [Math.round(plot.left + ((i + 0.5) / n) * plot.width), Math.round(plot.top + plot.height / 2)];
}

/** Moves the pointer over band `i` (from the left) and waits for the tooltip that names `period`. */
async function hoverBand(el: RollingTrend, i: number, n: number, period: string): Promise<string[]> {
  await sendMouse({ type: 'move', position: bandPoint(el, i, n) });
  await waitUntil(() => tipLines(el)[0] === period, `the tooltip of band ${i} should name ${period}, shows ${JSON.stringify(tipLines(el))}`);
  return tipLines(el);
}

/** The y axis as the reader sees it: each label's value at its centre, to read a point's value off the chart. */
function yAxisReader(el: RollingTrend): (y: number) => number {
  const ticks = shadowAll(el, '.y-label').map((l) => ({ y: centreY(l), v: Number(l.textContent!.replace(/[^\d.-]/g, '')) }));
  expect(ticks.length).to.be.at.least(2);
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  return (y) => lo.v + ((lo.y - y) / (lo.y - hi.y)) * (hi.v - lo.v);
}

describe('<rolling-trend>', () => {
  // Tests that hover leave the pointer over the page: put it back so no later chart shows a tooltip.
  afterEach(async () => {
    await resetMouse();
  });

  it('exposes the contract result for the 25-month MQL series', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls}></rolling-trend>`);
    const r = el.result!;
    expect(r.latest).to.deep.equal({ period: '2026-10', value: 144 });
    expect(r.previous).to.deep.equal({ period: '2026-09', value: 153 });
    expect(r.sameLastYear).to.deep.equal({ period: '2025-10', value: 120 });
    expect(r.mom).to.be.closeTo(-9 / 153, 1e-12);
    expect(r.yoy).to.be.closeTo(0.2, 1e-12);
    expect(r.window.map((w) => [w.period, w.value])).to.deep.equal([
      ['2025-10', 120], ['2025-11', 126], ['2025-12', 112], ['2026-01', 131], ['2026-02', 138], ['2026-03', 147],
      ['2026-04', 152], ['2026-05', 158], ['2026-06', 163], ['2026-07', 171], ['2026-08', 162], ['2026-09', 153], ['2026-10', 144],
    ]);
    expect(el.errors).to.deep.equal([]);
  });

  it('shows the headline: latest value, signed changes and the sentence', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls}></rolling-trend>`);
    expect(shadow(el, '[part="value"]').textContent!.trim()).to.equal('144');
    expect(shadow(el, '.latest-period').textContent!.trim()).to.equal('Oct 2026');
    const chips = [...el.shadowRoot!.querySelectorAll('[part="change"]')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(chips).to.deep.equal(['▼ -5.9% on the previous month', '▲ +20% on the same month last year']);
    expect(shadow(el, '[part="sentence"]').textContent).to.equal('Down 3 months in a row, but 20% above the same month last year.');
    expect(shadow(el, '.chart').getAttribute('role')).to.equal('img');
    expect(shadow(el, '.chart').getAttribute('aria-label')).to.equal(
      'MQLs, Oct 2025 to Oct 2026: latest 144, high 171 in Jul 2026, low 112 in Dec 2025. Down 3 months in a row, but 20% above the same month last year.',
    );
  });

  it('draws the chart in SVG with the render: line, target, dots below target, the two labelled marks', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls} style="width: 720px"></rolling-trend>`);
    await el.whenDrawn();
    const chart = shadow(el, '[part="chart"]');
    expect([...chart.classList]).to.include.members(['chart', 'svg', 'line']);
    expect(chart.getAttribute('role')).to.equal('img');
    // No ECharts for 13 points: no controller, no canvas.
    expect(el.chartController).to.equal(null);
    expect(el.shadowRoot!.querySelector('canvas, .echarts')).to.equal(null);

    const main = shadow(el, 'svg.lines path.line.main').getAttribute('d');
    expect(runsOf(main)).to.equal(1);
    expect(pointsOf(main)).to.equal(13);
    const target = shadow(el, 'svg.lines path.line.target');
    expect(target.getAttribute('d')).to.match(/^M/);
    expect(el.shadowRoot!.querySelector('path.line.compare')).to.equal(null);
    expect(shadowAll(el, '.band')).to.have.length(0);

    expect(shadowAll(el, '.dot.main')).to.have.length(13);
    expect(shadowAll(el, '.dot.main.below')).to.have.length(7);
    expect(shadowAll(el, '.dot.mark.latest')).to.have.length(1);
    expect(shadowAll(el, '.dot.mark.last-year')).to.have.length(1);
    expect(texts(el, '.mark-label')).to.deep.equal(['Last year: 120', '144']);
    expect(shadow(el, '.mark-label.latest').textContent).to.equal('144');
    // Grid lines at each labelled value; the key is HTML text above the chart.
    expect(texts(el, '.y-label')).to.deep.equal(['100', '120', '140', '160', '180']);
    expect(shadowAll(el, '.grid-line')).to.have.length(5);
    expect(texts(el, '[part="legend"] li')).to.deep.equal(['MQLs', 'Target']);
    // The latest period is always on the x axis.
    await laidOut(el);
    const xLabels = texts(el, '.x-label');
    expect(xLabels[xLabels.length - 1]).to.equal('Oct 2026');
    expect(xLabels.length).to.be.within(2, 13);
  });

  it('shows the same numbers in the chart as in the table: dots on the axis, and the tooltip of each period', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls} style="width: 720px"></rolling-trend>`);
    await el.whenDrawn();
    const table = await openTable(el);
    const rows = [...table.tBodies[0]!.rows].reverse(); // the table lists the latest first
    const tableValues = rows.map((r) => Number(r.cells[1]!.dataset.value));
    expect(tableValues).to.deep.equal(MQL_VALUES);
    expect(rows.map((r) => r.cells[1]!.textContent!.replace(/\(.*\)/, '').trim())).to.deep.equal(MQL_VALUES.map(String));
    expect([...rows[12]!.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Oct 2026', '144 (below target)', '150', '120', '-5.9%', '+20%',
    ]);

    // Read off the chart as a reader would: each dot against the y axis, in its period's band.
    const plot = rect(shadow(el, '.plot'));
    const valueAt = yAxisReader(el);
    const dots = shadowAll(el, '.dot.main').sort((a, b) => centreX(a) - centreX(b));
    expect(dots).to.have.length(13);
    dots.forEach((dot, i) => {
      expect(centreX(dot), `x of ${rows[i]!.dataset.period}`).to.be.closeTo(plot.left + ((i + 0.5) / 13) * plot.width, 1);
      expect(valueAt(centreY(dot)), `value of ${rows[i]!.dataset.period}`).to.be.closeTo(tableValues[i]!, 1);
    });
    // The below-target dots are the rows marked below target.
    const belowRows = rows.flatMap((r, i) => (r.classList.contains('below') ? [i] : []));
    expect(dots.flatMap((d, i) => (d.classList.contains('below') ? [i] : []))).to.deep.equal(belowRows);
    // The target line lies at 150.
    expect(valueAt(rect(shadow(el, 'path.line.target')).top)).to.be.closeTo(150, 1);
    // The labelled marks sit on their points.
    expect(centreX(shadow(el, '.dot.mark.latest'))).to.be.closeTo(centreX(dots[12]!), 0.5);
    expect(centreY(shadow(el, '.dot.mark.last-year'))).to.be.closeTo(centreY(dots[0]!), 0.5);

    // Hovering each period's band shows the numbers of its row.
    for (const [i, row] of rows.entries()) {
      const cells = [...row.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
      const below = cells[1]!.endsWith('(below target)');
      const tip = await hoverBand(el, i, 13, cells[0]!);
      expect(tip, `tooltip of ${cells[0]}`).to.deep.equal([
        cells[0],
        `MQLs: ${cells[1]!.replace(' (below target)', '')}`,
        `Target: ${cells[2]}${below ? ' (below target)' : ''}`,
        `Same month last year: ${cells[3]}`,
        `${cells[4]} on the previous month`,
        `${cells[5]} on the same month last year`,
      ]);
      // The guide line is at the period's centre.
      expect(centreX(shadow(el, '.cursor'))).to.be.closeTo(plot.left + ((i + 0.5) / 13) * plot.width, 1.5);
    }
    expect(tipLines(el)[1]).to.equal('MQLs: 144');
    // Leaving the plot hides the tooltip.
    await sendMouse({ type: 'move', position: [Math.round(plot.left + plot.width / 2), Math.round(plot.bottom + 120)] });
    await waitUntil(() => !el.shadowRoot!.querySelector('.tip'), 'the tooltip should hide when the pointer leaves the plot');
    expect(el.shadowRoot!.querySelector('.cursor')).to.equal(null);
  });

  it('fires kpi-select for a period from the keyboard', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls}></rolling-trend>`);
    const toggle = shadow<HTMLButtonElement>(el, '.table-toggle');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.period');
    expect(buttons).to.have.length(13);
    buttons[1]!.focus();
    setTimeout(() => void sendKeys({ press: 'Space' }));
    const e = (await oneEvent(el, 'kpi-select')) as CustomEvent<TrendSelectDetail>;
    expect(e.detail.kind).to.equal('period');
    expect(e.detail.id).to.equal('2026-09');
    expect(e.detail.point).to.include({ period: '2026-09', value: 153, target: 150, sameLastYear: 114 });
    expect(e.bubbles && e.composed).to.equal(true);
  });

  it('fires kpi-select when a period of the chart is clicked', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls} style="width: 720px"></rolling-trend>`);
    await el.whenDrawn();
    setTimeout(() => void sendMouse({ type: 'click', position: bandPoint(el, 9, 13) }));
    const e = (await oneEvent(el, 'kpi-select')) as CustomEvent<TrendSelectDetail>;
    expect(e.detail.kind).to.equal('period');
    expect(e.detail.id).to.equal('2026-07');
    expect(e.detail.point).to.include({ period: '2026-07', value: 171, target: 150 });
    expect(e.bubbles && e.composed).to.equal(true);
  });

  it('reports errors with their paths, fires kpi-error, and keeps the valid points', async () => {
    const data = {
      label: 'MQLs',
      points: [
        { period: '2026-01', value: 10 },
        { period: '2026-13', value: 11 },
        { period: '2026-W05', value: 12 },
        { period: '2026-01', value: 13 },
        { period: '2026-02', value: 14 },
      ],
    };
    const el = document.createElement('rolling-trend');
    el.locale = 'en';
    el.data = data;
    const event = oneEvent(el, 'kpi-error');
    document.body.append(el);
    const e = (await event) as CustomEvent<{ errors: { path: string; message: string }[] }>;
    expect(e.detail.errors.map((x) => x.path)).to.deep.equal(['points[1].period', 'points[2].period', 'points[3].period']);
    expect(el.errors[0]!.message).to.equal('"2026-13" has no such month: months run from 01 to 12');
    expect(el.errors[2]!.message).to.contain('"2026-01"');
    await el.updateComplete;
    const panel = shadow(el, '[role="alert"]');
    expect(panel.textContent).to.contain('points[2].period');
    expect(panel.textContent).to.contain('"2026-W05" is in ISO weeks');
    expect(el.result!.latest).to.deep.equal({ period: '2026-02', value: 14 });
    el.remove();
  });

  it('keeps the last good rendering when the whole input is bad, and shows text as text', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls}></rolling-trend>`);
    el.data = { label: '<img src=x onerror=alert(1)>', points: [{ period: '<b>2026-01</b>', value: 1 }] };
    await el.updateComplete;
    expect(el.result!.latest!.value).to.equal(144);
    expect(el.errors).to.have.length(1);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(text(el)).to.contain('"<b>2026-01</b>" is not a period');
    el.dataAttribute = '{"points": [';
    el.data = undefined;
    await el.updateComplete;
    expect(el.errors[0]!.message).to.contain('is not valid JSON');
    expect(shadow(el, '[part="value"]').textContent).to.equal('144');
  });

  it('follows the window and chart attributes', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls} window="6" chart="bar"></rolling-trend>`);
    expect(el.window).to.equal(6);
    expect(el.result!.window.map((w) => w.period)).to.deep.equal(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    await el.whenDrawn();
    expect([...shadow(el, '[part="chart"]').classList]).to.include.members(['svg', 'bar']);
    expect(texts(el, '[part="legend"] li')).to.deep.equal(['MQLs', 'Target']);
    const bands = shadowAll(el, '.band');
    expect(bands).to.have.length(6);
    expect(bands.every((b) => b.querySelectorAll('.bar.main').length === 1)).to.equal(true);
    // No line and no dots for the series: bars; the target stays a line.
    expect(el.shadowRoot!.querySelector('path.line.main')).to.equal(null);
    expect(shadowAll(el, '.dot.main')).to.have.length(0);
    expect(shadow(el, 'path.line.target').getAttribute('d')).to.match(/^M/);

    const values = [158, 163, 171, 162, 153, 144];
    const bars = shadowAll(el, '.band .bar.main').sort((a, b) => centreX(a) - centreX(b));
    expect(bars.map((b) => b.classList.contains('below'))).to.deep.equal([false, false, false, false, false, true]);
    const heights = bars.map((b) => rect(b).height);
    // A taller bar for a larger value; all measured from the same baseline (zero).
    expect(heights.indexOf(Math.max(...heights))).to.equal(2); // 171
    expect(heights.indexOf(Math.min(...heights))).to.equal(5); // 144
    expect(heights[1]).to.be.above(heights[3]!); // 163 > 162
    heights.forEach((h, i) => expect(h / heights[2]!, `bar ${i}`).to.be.closeTo(values[i]! / 171, 0.01));
    const bottoms = bars.map((b) => rect(b).bottom);
    bottoms.forEach((b) => expect(b).to.be.closeTo(bottoms[0]!, 0.5));
    const valueAt = yAxisReader(el);
    expect(valueAt(bottoms[0]!)).to.be.closeTo(0, 1);
    bars.forEach((b, i) => expect(valueAt(rect(b).top), `bar ${i}`).to.be.closeTo(values[i]!, 1));
    // Each bar in its period's band.
    const plot = rect(shadow(el, '.plot'));
    bars.forEach((b, i) => expect(centreX(b)).to.be.closeTo(plot.left + ((i + 0.5) / 6) * plot.width, 1));

    el.setAttribute('window', '3');
    el.setAttribute('chart', 'line');
    await el.updateComplete;
    expect([...shadow(el, '[part="chart"]').classList]).to.include.members(['svg', 'line']);
    expect(shadowAll(el, '.band')).to.have.length(0);
    expect(shadowAll(el, '.dot.main')).to.have.length(3);
    const main = shadow(el, 'path.line.main').getAttribute('d');
    expect([runsOf(main), pointsOf(main)]).to.deep.equal([1, 3]);
    const readAgain = yAxisReader(el);
    const dots = shadowAll(el, '.dot.main').sort((a, b) => centreX(a) - centreX(b));
    expect(dots.map((d) => Math.round(readAgain(centreY(d))))).to.deep.equal([162, 153, 144]);
    // Nonsense falls back to the defaults.
    el.setAttribute('window', 'many');
    el.setAttribute('chart', 'pie');
    await el.updateComplete;
    expect(el.window).to.equal(null);
    expect(el.chart).to.equal('line');
    expect(el.result!.window).to.have.length(13);
    expect(shadowAll(el, '.dot.main')).to.have.length(13);
  });

  it('uses 5 quarters and 13 weeks by default, across a 53-week year', async () => {
    const q = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${quarters}></rolling-trend>`);
    expect(q.result!.window.map((w) => w.period)).to.deep.equal(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(shadow(q, '[part="value"]').textContent).to.equal('$1,830,000');
    await q.whenDrawn();
    // Series, compare and target lines, each with a path.
    for (const kind of ['main', 'compare', 'target']) {
      expect(shadow(q, `svg.lines path.line.${kind}`)?.getAttribute('d'), kind).to.match(/^M/);
    }
    expect(pointsOf(shadow(q, 'path.line.main').getAttribute('d'))).to.equal(5);
    expect(pointsOf(shadow(q, 'path.line.compare').getAttribute('d'))).to.equal(5);
    expect(shadowAll(q, '.dot.compare')).to.have.length(5);
    // The latest quarter and the same quarter last year, as labelled dots.
    expect(shadowAll(q, '.dot.mark.latest')).to.have.length(1);
    expect(shadowAll(q, '.dot.mark.last-year')).to.have.length(1);
    expect(texts(q, '.mark-label')).to.deep.equal(['Last year: $1,660,000', '$1,830,000']);
    expect(texts(q, '.y-label')).to.deep.equal(['$1.6M', '$1.8M', '$2M', '$2.2M']);
    // The key is HTML text beside the chart: series, compare, target.
    expect(texts(q, '[part="legend"] li')).to.deep.equal(['New revenue', 'Forecast', 'Target']);

    const w = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${weeks} style="width: 720px"></rolling-trend>`);
    expect(w.result!.window.map((x) => x.period).slice(-4)).to.deep.equal(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(shadow(w, '.latest-period').textContent).to.equal('Week 2, 2027');
    await w.whenDrawn();
    // Week 52 has no value: the line breaks there (two runs), and it has no dot.
    expect(w.result!.window[9]).to.include({ period: '2026-W52', value: null });
    const main = shadow(w, 'path.line.main').getAttribute('d');
    expect(runsOf(main)).to.equal(2);
    expect(pointsOf(main)).to.equal(12);
    expect(shadowAll(w, '.dot.main')).to.have.length(12);
    expect(await hoverBand(w, 9, 13, 'Week 52, 2026')).to.deep.equal(['Week 52, 2026', 'Demo requests: no value', 'Target: 420', 'Same week last year: 459']);
    const table = await openTable(w);
    const w52 = table.querySelector<HTMLTableRowElement>('tr[data-period="2026-W52"]')!;
    expect(w52.cells[1]!.textContent!.trim()).to.equal('—');
  });

  it('mirrors in right-to-left Arabic', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar-EG" style="width: 600px"><rolling-trend .data=${mqls}></rolling-trend></div>`);
    const el = wrap.querySelector('rolling-trend')!;
    await laidOut(el);
    expect(el.chartController).to.equal(null);
    // Time runs right to left: the latest period is left of the oldest.
    const latest = shadow(el, '.dot.mark.latest');
    const lastYear = shadow(el, '.dot.mark.last-year');
    expect(centreX(latest)).to.be.below(centreX(lastYear));
    const dots = shadowAll(el, '.dot.main').sort((a, b) => centreX(a) - centreX(b));
    expect(centreX(dots[0]!)).to.be.closeTo(centreX(latest), 0.5);
    expect(centreX(dots[12]!)).to.be.closeTo(centreX(lastYear), 0.5);
    expect(texts(el, '.mark-label.latest')).to.deep.equal(['١٤٤']);
    // The y axis is on the right of the plot.
    const plot = rect(shadow(el, '.plot'));
    const yLabels = shadowAll(el, '.y-label');
    expect(yLabels.length).to.be.at.least(2);
    for (const label of yLabels) expect(rect(label).left).to.be.at.least(plot.right);
    // The latest period's axis label is the leftmost.
    const latestName = periodName('2026-10', 'ar-EG');
    const xLabels = shadowAll(el, '.x-label').sort((a, b) => centreX(a) - centreX(b));
    expect(xLabels[0]!.textContent!.trim()).to.equal(latestName);
    // Hovering the leftmost band shows the latest period.
    const tip = await hoverBand(el, 0, 13, latestName);
    expect(tip[1]).to.contain('١٤٤');
    await resetMouse();
    await waitUntil(() => !el.shadowRoot!.querySelector('.tip'), 'the tooltip should hide');

    expect(shadow(el, '[part="value"]').textContent).to.equal('١٤٤');
    expect(shadow(el, '[part="sentence"]').textContent).to.contain('تراجع للشهر الثالث على التوالي، لكنه أعلى بنسبة ٢٠');
    expect(shadow(el, '.table-toggle').textContent!.trim()).to.equal('عرض الأرقام في جدول');
    expect(shadow(el, '.base').getAttribute('lang')).to.equal('ar-EG');
    expect(await openTable(el)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('fits the x axis labels to the width, always ending at the latest period', async () => {
    for (const width of [320, 720]) {
      const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls} style=${`width: ${width}px`}></rolling-trend>`);
      await laidOut(el);
      const labels = shadowAll(el, '.x-label').sort((a, b) => centreX(a) - centreX(b));
      expect(labels.length, `${width}px`).to.be.within(2, 13);
      expect(labels[labels.length - 1]!.textContent!.trim()).to.equal('Oct 2026');
      // The words of two neighbouring labels never overlap.
      const words = labels.map((l) => {
        const range = document.createRange();
        range.selectNodeContents(l);
        return range.getBoundingClientRect();
      });
      for (let i = 1; i < words.length; i++) expect(words[i]!.left, `${width}px, label ${i}`).to.be.above(words[i - 1]!.right);
    }
  });

  it('never shows NaN, undefined or Infinity, even with gaps and zeros', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${{
      label: 'Sparse',
      unit: 'percent',
      target: [{ period: '2026-04', value: 0.3 }],
      compare: { points: [{ period: '2026-02', value: 0 }] },
      points: [
        { period: '2025-04', value: 0 },
        { period: '2026-01', value: 0 },
        { period: '2026-02', value: null },
        { period: '2026-04', value: 0.25 },
      ],
    }}></rolling-trend>`);
    await openTable(el);
    const shown = text(el);
    expect(shown).not.to.match(/NaN|undefined|Infinity|null/);
    expect(shown).to.contain('not computable on the previous month');
    expect(shown).to.contain('25%');
    expect(el.result!.yoy).to.equal(null);
    expect(el.result!.belowTarget).to.deep.equal(['2026-04']);
    // Nor in the chart's coordinates.
    for (const node of shadowAll(el, '[part="chart"] [style]')) expect(node.style.cssText).not.to.match(/NaN|undefined|Infinity/);
    for (const path of shadowAll(el, 'path')) expect(path.getAttribute('d')).not.to.match(/NaN|undefined|Infinity/);
  });

  it('shows an empty state for an empty series', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${{ label: 'Nothing', points: [] }}></rolling-trend>`);
    expect(el.result!.latest).to.equal(null);
    expect(text(el)).to.contain('The series has no points yet.');
    expect(el.shadowRoot!.querySelector('[part="chart"]')).to.equal(null);
  });

  it('is accessible with the table open', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${quarters}></rolling-trend>`);
    await expect(el).to.be.accessible();
    await openTable(el);
    await expect(el).to.be.accessible();
  });

  it('exports the window as CSV and the drawn chart as PNG', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" exportable .data=${mqls}></rolling-trend>`);
    await el.whenDrawn();
    const lines = el.toCSV({ display: true })!.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).to.equal('Period,MQLs,Target,Same month last year,Change on previous month,Change on last year');
    expect(lines).to.have.length(14);
    expect(lines[1]).to.equal('Oct 2025,120,150,98,+5.3%,+22.4%');
    expect(lines[13]).to.equal('Oct 2026,144,150,120,-5.9%,+20%');
    // The SVG chart, painted at twice its size.
    const url = await el.toPNG();
    expect(url).to.match(/^data:image\/png;base64,/);
    const image = new Image();
    image.src = url!;
    await image.decode();
    const box = rect(shadow(el, '[part="chart"]'));
    expect(image.naturalWidth).to.equal(Math.ceil(box.width * 2));
    expect(image.naturalHeight).to.equal(Math.ceil(box.height * 2));
    const buttons = [...el.shadowRoot!.querySelectorAll('[part="export-button"]')].map((b) => b.textContent);
    expect(buttons).to.have.length(2);
  });

  describe('a window longer than 500 periods', () => {
    // The dev server transforms ECharts' few hundred modules on first use (~6 s on two cores);
    // load them once up front so each test's time limit measures the element.
    before(async function () {
      this.timeout(60_000);
      await loadECharts();
      await import('../../src/rolling-trend/echarts-chart.js');
    });

    const longPoints = Array.from({ length: 10_000 }, (_, i) => ({
      period: `${1200 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: 1000 + Math.round(300 * Math.sin(i / 40)),
    }));

    it('is drawn by ECharts, down-sampled, while result stays exact; the tooltip is the same HTML one', async () => {
      const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" window="10000" .data=${{ label: 'Long', points: longPoints }}></rolling-trend>`);
      expect(el.result!.window).to.have.length(10_000);
      expect(el.result!.window[4_321]!.value).to.equal(longPoints[4_321]!.value);
      await el.whenDrawn();
      const chart = shadow(el, '[part="chart"]');
      expect([...chart.classList]).to.include.members(['chart', 'long']);
      expect(chart.getAttribute('aria-label')).to.match(/^Long, Jan 1200 to Apr 2033: latest [\d,]+, high [\d,]+ in \w+ \d+, low [\d,]+ in \w+ \d+\. /);
      expect(el.chartController).not.to.equal(null);
      expect(el.chartController!.state).to.equal('drawn');
      expect(shadow(el, '.chart.long .echarts canvas')).to.exist;
      expect(el.shadowRoot!.querySelector('.plot, svg.lines')).to.equal(null);

      const option = el.chartController!.chart!.getOption() as unknown as DrawnOption;
      const main = option.series.find((s) => s.id === 'main')!;
      expect(main.type).to.equal('line');
      expect(main.sampling).to.equal('lttb');
      expect(main.data).to.have.length(10_000);
      expect(main.data[4_321]).to.equal(longPoints[4_321]!.value);
      expect(option.series.map((s) => s.id)).to.deep.equal(['main', 'marks']);
      // ECharts' own tooltip is not used.
      expect(option.tooltip ?? []).to.deep.equal([]);

      // Hovering shows the HTML tooltip for the period under the pointer.
      const box = rect(chart);
      const at: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      await sendMouse({ type: 'move', position: at });
      await waitUntil(() => tipLines(el).length > 0, 'a tooltip should show over the long chart');
      const tip = tipLines(el);
      const index = el.result!.window.findIndex((w) => periodName(w.period, 'en') === tip[0]);
      expect(index, `the tooltip names a period of the window: ${tip[0]}`).to.be.within(4_000, 6_000); // about the middle
      expect(tip[1]).to.equal(`Long: ${new NumberFormatter('en').format(el.result!.window[index]!.value)}`);
      expect(el.shadowRoot!.querySelector('.chart.long .cursor')).to.exist;
      // A click there selects that period.
      setTimeout(() => void sendMouse({ type: 'click', position: at }));
      const e = (await oneEvent(el, 'kpi-select')) as CustomEvent<TrendSelectDetail>;
      expect(e.detail.id).to.equal(el.result!.window[index]!.period);

      expect(await el.toPNG()).to.match(/^data:image\/png;base64,/);
    });

    it('draws bars in large mode', async () => {
      const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" window="2000" chart="bar" .data=${{ label: 'Long', points: longPoints }}></rolling-trend>`);
      await el.whenDrawn();
      const option = el.chartController!.chart!.getOption() as unknown as DrawnOption;
      const main = option.series.find((s) => s.id === 'main')!;
      expect(main.type).to.equal('bar');
      expect(main.large).to.equal(true);
      expect(main.data).to.have.length(2_000);
    });

    it('loads ECharts only when a long window is asked for, and goes back to SVG for a short one', async () => {
      const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls}></rolling-trend>`);
      await el.whenDrawn();
      expect(el.chartController).to.equal(null);
      el.window = 600;
      await el.whenDrawn();
      expect(el.chartController).not.to.equal(null);
      expect(el.result!.window).to.have.length(600);
      expect(shadow(el, '[part="chart"]').classList.contains('long')).to.equal(true);
      await waitUntil(() => el.chartController!.chart !== null, 'ECharts should draw the long window');
      expect(shadow(el, '.echarts canvas')).to.exist;

      el.window = 13;
      await el.whenDrawn();
      expect([...shadow(el, '[part="chart"]').classList]).to.include.members(['svg', 'line']);
      expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
      expect(el.chartController!.chart).to.equal(null);
      expect(pointsOf(shadow(el, 'path.line.main').getAttribute('d'))).to.equal(13);
      // The PNG is painted from the SVG chart again.
      expect(await el.toPNG()).to.match(/^data:image\/png;base64,/);
      // And ECharts again for a long one.
      el.window = 600;
      await el.whenDrawn();
      await waitUntil(() => el.chartController!.chart !== null, 'ECharts should draw the long window again');
      expect(shadow(el, '.chart.long .echarts canvas')).to.exist;
    });
  });
});
