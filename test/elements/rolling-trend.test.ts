import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/rolling-trend/define.js';
import mqls from '../../demo/data/trend-mqls.json';
import quarters from '../../demo/data/trend-quarters.json';
import weeks from '../../demo/data/trend-weeks-53.json';
import type { RollingTrend, TrendSelectDetail } from '../../src/rolling-trend/rolling-trend.js';
import { loadECharts } from '../../src/internal/chart-controller.js';

type Item = number | null | { value: number | [number, number] };
interface SeriesOption {
  id: string;
  type: string;
  data: Item[];
  sampling?: string;
  connectNulls?: boolean;
}
interface DrawnOption {
  series: SeriesOption[];
  xAxis: { data: string[]; inverse: boolean }[];
  yAxis: { position: string }[];
  tooltip: { renderMode: string }[];
}

const plainValue = (d: Item) => (d !== null && typeof d === 'object' ? d.value : d);

/** Waits until the chart has drawn (or fails the test after 5 s). */
async function drawn(el: RollingTrend): Promise<DrawnOption> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the chart did not draw within 5 s')), 5000));
  await Promise.race([el.chartController.ready, timeout]);
  return el.chartController.chart!.getOption() as unknown as DrawnOption;
}

const text = (el: RollingTrend) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const shadow = <T extends Element = HTMLElement>(el: RollingTrend, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

async function openTable(el: RollingTrend): Promise<HTMLTableElement> {
  shadow<HTMLButtonElement>(el, '.table-toggle').click();
  await el.updateComplete;
  return shadow<HTMLTableElement>(el, 'table');
}

describe('<rolling-trend>', () => {
  // The dev server transforms ECharts' few hundred modules on first use (~6 s on two cores);
  // load the chunk once up front so each test's 5 s drawing limit measures the element.
  before(async function () {
    this.timeout(60_000);
    await loadECharts();
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
      'MQLs, Oct 2025 to Oct 2026. Down 3 months in a row, but 20% above the same month last year.',
    );
  });

  it('draws the chart, and the table shows the same numbers as the chart', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls} style="width: 720px"></rolling-trend>`);
    const option = await drawn(el);
    expect(el.chartController.state).to.equal('drawn');
    expect(shadow(el, '.chart canvas')).to.exist;
    const main = option.series.find((s) => s.id === 'main')!;
    const target = option.series.find((s) => s.id === 'target')!;
    expect(main.type).to.equal('line');
    expect(main.connectNulls).to.equal(false);
    expect(option.tooltip[0]!.renderMode).to.equal('richText');
    const chartValues = main.data.map(plainValue);
    expect(chartValues).to.deep.equal([120, 126, 112, 131, 138, 147, 152, 158, 163, 171, 162, 153, 144]);
    expect(target.data).to.deep.equal(Array(13).fill(150));
    expect(option.xAxis[0]!.data[0]).to.equal('Oct 2025');

    const table = await openTable(el);
    const rows = [...table.tBodies[0]!.rows].reverse(); // the table lists the latest first
    expect(rows.map((r) => r.querySelector('th')!.textContent!.trim())).to.deep.equal(option.xAxis[0]!.data);
    expect(rows.map((r) => Number(r.cells[1]!.dataset.value))).to.deep.equal(chartValues);
    expect(rows.map((r) => r.cells[1]!.textContent!.replace(/\(.*\)/, '').trim())).to.deep.equal(chartValues.map(String));
    const latestRow = rows[12]!;
    expect([...latestRow.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Oct 2026', '144 (below target)', '150', '120', '-5.9%', '+20%',
    ]);
    // Below-target points are marked in the chart too.
    expect(main.data.filter((d) => d !== null && typeof d === 'object').map(plainValue)).to.deep.equal([120, 126, 112, 131, 138, 147, 144]);
    // The same month last year and the latest month carry a labelled dot (a data-only series, no line).
    const marks = option.series.find((s) => s.id === 'marks')! as SeriesOption & { label: { formatter: (p: { dataIndex: number }) => string } };
    expect(marks.data.map(plainValue)).to.deep.equal([[0, 120], [12, 144]]);
    expect([0, 1].map((dataIndex) => marks.label.formatter({ dataIndex }))).to.deep.equal(['Last year: 120', '144']);
    // The key is HTML text above the chart (not drawn on the canvas).
    expect([...el.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.trim())).to.deep.equal(['MQLs', 'Target']);
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

  it('fires kpi-select when a point of the chart is clicked', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls} style="width: 720px"></rolling-trend>`);
    await drawn(el);
    await aTimeout(1200); // let the entry animation finish: symbols are hit-tested where they are drawn
    const [x, y] = el.chartController.chart!.convertToPixel({ seriesIndex: 0 }, [9, 171]) as number[];
    const box = shadow(el, '.chart').getBoundingClientRect();
    setTimeout(() => void sendMouse({ type: 'click', position: [Math.round(box.left + x!), Math.round(box.top + y!)] }));
    const e = (await oneEvent(el, 'kpi-select')) as CustomEvent<TrendSelectDetail>;
    expect(e.detail.id).to.equal('2026-07');
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
    let option = await drawn(el);
    expect(option.series[0]!.type).to.equal('bar');
    expect(option.series[0]!.data.map(plainValue)).to.deep.equal([158, 163, 171, 162, 153, 144]);
    el.setAttribute('window', '3');
    el.setAttribute('chart', 'line');
    await el.updateComplete;
    option = el.chartController.chart!.getOption() as unknown as DrawnOption;
    expect(option.series[0]!.type).to.equal('line');
    expect(option.series[0]!.data.map(plainValue)).to.deep.equal([162, 153, 144]);
    // Nonsense falls back to the defaults.
    el.setAttribute('window', 'many');
    el.setAttribute('chart', 'pie');
    await el.updateComplete;
    expect(el.window).to.equal(null);
    expect(el.chart).to.equal('line');
    expect(el.result!.window).to.have.length(13);
  });

  it('uses 5 quarters and 13 weeks by default, across a 53-week year', async () => {
    const q = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${quarters}></rolling-trend>`);
    expect(q.result!.window.map((w) => w.period)).to.deep.equal(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(shadow(q, '[part="value"]').textContent).to.equal('$1,830,000');
    const qOption = await drawn(q);
    // 'marks': the latest point and the same quarter last year, as labelled dots (was an ECharts markPoint).
    expect(qOption.series.map((s) => s.id)).to.deep.equal(['main', 'compare', 'target', 'marks']);
    // The key is HTML text beside the chart (was an ECharts legend): series, compare, target.
    expect([...q.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.trim())).to.have.length(3);
    const w = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${weeks}></rolling-trend>`);
    expect(w.result!.window.map((x) => x.period).slice(-4)).to.deep.equal(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(shadow(w, '.latest-period').textContent).to.equal('Week 2, 2027');
    const table = await openTable(w);
    const w52 = table.querySelector<HTMLTableRowElement>('tr[data-period="2026-W52"]')!;
    expect(w52.cells[1]!.textContent!.trim()).to.equal('—');
    const option = await drawn(w);
    expect(option.series[0]!.data[9]).to.equal(null);
  });

  it('samples long series for drawing while result stays exact', async () => {
    const points = Array.from({ length: 10_000 }, (_, i) => ({
      period: `${1200 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: 1000 + Math.round(300 * Math.sin(i / 40)),
    }));
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" window="10000" .data=${{ label: 'Long', points }}></rolling-trend>`);
    expect(el.result!.window).to.have.length(10_000);
    expect(el.result!.window[4_321]!.value).to.equal(points[4_321]!.value);
    const option = await drawn(el);
    expect(option.series[0]!.sampling).to.equal('lttb');
    expect(option.series[0]!.data).to.have.length(10_000);
  });

  it('mirrors in right-to-left Arabic', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar-EG" style="width: 600px"><rolling-trend .data=${mqls}></rolling-trend></div>`);
    const el = wrap.querySelector('rolling-trend')!;
    await el.updateComplete;
    const option = await drawn(el);
    expect(option.xAxis[0]!.inverse).to.equal(true);
    expect(option.yAxis[0]!.position).to.equal('right');
    expect(shadow(el, '[part="value"]').textContent).to.equal('١٤٤');
    expect(shadow(el, '[part="sentence"]').textContent).to.contain('تراجع ٣ أشهر على التوالي، لكنه أعلى');
    expect(shadow(el, '.table-toggle').textContent!.trim()).to.equal('عرض الأرقام في جدول');
    expect(shadow(el, '.base').getAttribute('lang')).to.equal('ar-EG');
    expect(await openTable(el)).to.exist;
    await expect(el).to.be.accessible();
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
  });

  it('shows an empty state for an empty series', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${{ label: 'Nothing', points: [] }}></rolling-trend>`);
    expect(el.result!.latest).to.equal(null);
    expect(text(el)).to.contain('The series has no points yet.');
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
    const lines = el.toCSV()!.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).to.equal('Period,MQLs,Target,Same month last year,Change on previous month,Change on last year');
    expect(lines).to.have.length(14);
    expect(lines[1]).to.equal('Oct 2025,120,150,98,+5.3%,+22.4%');
    expect(lines[13]).to.equal('Oct 2026,144,150,120,-5.9%,+20%');
    expect(await el.toPNG()).to.match(/^data:image\/png;base64,/);
    const buttons = [...el.shadowRoot!.querySelectorAll('[part="export-button"]')].map((b) => b.textContent);
    expect(buttons).to.have.length(2);
  });
});

