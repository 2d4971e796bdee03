/**
 * <rolling-trend> for readers of screen readers, of Arabic and of phones: the chart's text
 * alternative carries its numbers, the table has a caption, no invisible isolate characters
 * or arrows reach an accessible name or the tooltip, the table scrolls inside its own box at
 * 320px, and `time-direction="ltr"` keeps time left to right in Arabic.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { getInstanceByDom } from 'echarts/core';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/rolling-trend/define.js';
import mqls from '../../demo/data/trend-mqls.json';
import type { RollingTrend } from '../../src/rolling-trend/rolling-trend.js';
import { periodName } from '../../src/rolling-trend/strings.js';
import { waitUntil } from '../support/wait.js';
import { accessibleTexts, FORBIDDEN_IN_NAMES } from '../support/accessibility.js';


const shadow = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const shadowAll = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const centreX = (e: Element) => e.getBoundingClientRect().left + e.getBoundingClientRect().width / 2;
const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the plot has been measured and the axis labels fitted to it. */
async function laidOut(el: RollingTrend): Promise<void> {
  await el.whenDrawn();
  await waitUntil(() => shadowAll(el, '.x-label').length > 0, 'the x axis should be drawn');
  await el.updateComplete;
}

/** Moves the pointer over band `i` of `n` (from the plot's left edge) and waits for the tooltip naming `period`. */
async function hoverBand(el: RollingTrend, i: number, n: number, period: string): Promise<string> {
  const plot = shadow(el, '.plot');
  plot.scrollIntoView({ block: 'center' });
  const r = plot.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(r.left + ((i + 0.5) / n) * r.width), Math.round(r.top + r.height / 2)] });
  await waitUntil(() => clean(el.shadowRoot!.querySelector('.tip > strong')?.textContent) === period, `the tooltip of band ${i} should name ${period}`);
  return el.shadowRoot!.querySelector('.tip')!.textContent ?? '';
}

const WITH_COMPARE = { ...mqls, compare: { label: 'Plan', points: mqls.points.map((p, i) => ({ period: p.period, value: 100 + i })) } };

describe('rolling-trend: accessibility', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await resetMouse();
  });

  it('names the chart with its numbers: range, latest, high and low (English)', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls}></rolling-trend>`);
    expect(shadow(el, '[part="chart"]').getAttribute('aria-label')).to.equal(
      'MQLs, Oct 2025 to Oct 2026: latest 144, high 171 in Jul 2026, low 112 in Dec 2025. Down 3 months in a row, but 20% above the same month last year.',
    );
    // The name is what the accessibility tree says of the chart.
    expect(await accessibleTexts(el)).to.include(shadow(el, '[part="chart"]').getAttribute('aria-label'));
  });

  it('names the chart with its numbers in Arabic, digits from Intl in the element\'s locale', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar-EG"><rolling-trend .data=${mqls}></rolling-trend></div>`);
    const el = wrap.querySelector('rolling-trend')!;
    await el.updateComplete;
    const locale = el.resolvedLocale;
    const n = (v: number) => new Intl.NumberFormat(locale).format(v);
    const p = (period: string) => periodName(period, locale);
    const label = shadow(el, '[part="chart"]').getAttribute('aria-label')!;
    expect(label.startsWith(
      `MQLs، من ${p('2025-10')} إلى ${p('2026-10')}: آخر قيمة ${n(144)}، والأعلى ${n(171)} في ${p('2026-07')}، والأدنى ${n(112)} في ${p('2025-12')}. `,
    ), label).to.equal(true);
    expect(label).to.contain('١٤٤'); // Arabic-Indic digits, as the locale writes them
    expect(label).to.contain(clean(shadow(el, '[part="sentence"]').textContent));
  });

  it('captions the table with the series and its range, in English and Arabic', async () => {
    const el = await fixture<RollingTrend>(html`<rolling-trend locale="en" .data=${mqls}></rolling-trend>`);
    shadow<HTMLButtonElement>(el, '.table-toggle').click();
    await el.updateComplete;
    const caption = shadow(el, 'table > caption');
    expect(clean(caption.textContent)).to.equal('MQLs by month, Oct 2025 to Oct 2026');
    // The series name, from the data, is isolated by markup, not by invisible characters.
    expect(caption.querySelector('bdi')!.textContent).to.equal('MQLs');
    expect(await accessibleTexts(el)).to.satisfy((names: string[]) => names.some((t) => t.includes('MQLs by month, Oct 2025 to Oct 2026')));

    el.locale = 'ar-EG';
    await el.updateComplete;
    const p = (period: string) => periodName(period, el.resolvedLocale);
    expect(clean(shadow(el, 'table > caption').textContent)).to.equal(`MQLs حسب الشهر، من ${p('2025-10')} إلى ${p('2026-10')}`);
    await expect(el).to.be.accessible();
  });

  for (const locale of ['en', 'ar-EG']) {
    it(`${locale}: no bidi isolate characters or arrows in any accessible name or in the tooltip`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div dir=${locale === 'en' ? 'ltr' : 'rtl'} style="width: 720px">
        <rolling-trend locale=${locale} .data=${WITH_COMPARE}></rolling-trend>
      </div>`);
      const el = wrap.querySelector('rolling-trend')!;
      await laidOut(el);
      shadow<HTMLButtonElement>(el, '.table-toggle').click();
      await el.updateComplete;
      const names = await accessibleTexts(el);
      expect(names.length).to.be.greaterThan(20);
      expect(names.filter((t) => FORBIDDEN_IN_NAMES.test(t))).to.deep.equal([]);
      // The tooltip of every period: the latest (with the compare line) and the first.
      const n = el.result!.window.length;
      const rtl = locale !== 'en';
      for (const i of [0, n - 1]) {
        const index = rtl ? n - 1 - i : i;
        const tip = await hoverBand(el, i, n, periodName(el.result!.window[index]!.period, el.resolvedLocale));
        expect(tip).to.contain('Plan');
        expect(tip, JSON.stringify(tip)).not.to.match(FORBIDDEN_IN_NAMES);
      }
    });
  }

  for (const locale of ['en', 'ar']) {
    it(`${locale} at 320px: the table scrolls inside its own box, the page never sideways`, async () => {
      await setViewport({ width: 320, height: 640 });
      const margin = document.body.style.margin;
      document.body.style.margin = '0';
      try {
        const wrap = await fixture<HTMLDivElement>(html`<div dir=${locale === 'en' ? 'ltr' : 'rtl'}>
          <rolling-trend locale=${locale} style="width: 320px" .data=${WITH_COMPARE}></rolling-trend>
        </div>`);
        const el = wrap.querySelector('rolling-trend')!;
        await laidOut(el);
        shadow<HTMLButtonElement>(el, '.table-toggle').click();
        await el.updateComplete;
        expect(el.getBoundingClientRect().width).to.equal(320);
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
        expect(el.scrollWidth, 'the element is wider than its box').to.be.at.most(el.clientWidth);
        // The table keeps its columns and scrolls in its wrapper.
        const scroller = shadow(el, '.table-wrap');
        expect(getComputedStyle(scroller).overflowX).to.equal('auto');
        expect(scroller.getBoundingClientRect().width).to.be.at.most(320);
        expect(shadow(el, 'table').getBoundingClientRect().width).to.be.greaterThan(scroller.clientWidth);
        // Nothing else sticks out of the element's box.
        const box = el.getBoundingClientRect();
        const past = shadowAll(el, '*')
          .filter((e) => !scroller.contains(e) || e === scroller)
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
          })
          .map((e) => `${e.localName}.${e.getAttribute('class') ?? ''}`);
        expect(past).to.deep.equal([]);
      } finally {
        document.body.style.margin = margin;
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('time-direction="ltr" in Arabic: the first period at the left, the text still right to left', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar-EG" style="width: 720px">
      <rolling-trend time-direction="ltr" .data=${mqls}></rolling-trend>
    </div>`);
    const el = wrap.querySelector('rolling-trend')!;
    await laidOut(el);
    const locale = el.resolvedLocale;
    const first = periodName('2025-10', locale);
    const latest = periodName('2026-10', locale);
    // The text is right to left.
    expect(getComputedStyle(shadow(el, '[part="base"]')).direction).to.equal('rtl');
    expect(getComputedStyle(shadow(el, '[part="sentence"]')).direction).to.equal('rtl');
    // Time runs left to right: the first period's label at the left, the latest at the right.
    const xLabels = shadowAll(el, '.x-label').sort((a, b) => centreX(a) - centreX(b));
    expect(clean(xLabels[0]!.textContent)).to.equal(first);
    expect(clean(xLabels[xLabels.length - 1]!.textContent)).to.equal(latest);
    expect(centreX(shadow(el, '.dot.mark.last-year'))).to.be.below(centreX(shadow(el, '.dot.mark.latest')));
    // The y axis stands where time starts, at the left of the plot.
    const plot = shadow(el, '.plot').getBoundingClientRect();
    for (const label of shadowAll(el, '.y-label')) expect(label.getBoundingClientRect().right).to.be.at.most(plot.left + 0.5);
    // The pointer follows: the leftmost band is the first period.
    await hoverBand(el, 0, 13, first);
    await resetMouse();

    // Back to auto: time follows the text again, the latest at the left.
    el.removeAttribute('time-direction');
    await laidOut(el);
    const again = shadowAll(el, '.x-label').sort((a, b) => centreX(a) - centreX(b));
    expect(clean(again[0]!.textContent)).to.equal(latest);
    expect(centreX(shadow(el, '.dot.mark.last-year'))).to.be.above(centreX(shadow(el, '.dot.mark.latest')));
    const mirrored = shadow(el, '.plot').getBoundingClientRect();
    for (const label of shadowAll(el, '.y-label')) expect(label.getBoundingClientRect().left).to.be.at.least(mirrored.right - 0.5);
  });

  it('time-direction="ltr" in Arabic: a long (ECharts) window runs left to right too', async () => {
    const points = Array.from({ length: 600 }, (_, i) => ({
      period: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: 100 + (i % 17),
    }));
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar">
      <rolling-trend window="600" time-direction="ltr" .data=${{ label: 'Long', points }}></rolling-trend>
    </div>`);
    const el = wrap.querySelector('rolling-trend')!;
    await el.whenDrawn();
    const chart = () => getInstanceByDom(shadow(el, '[_echarts_instance_]'))!;
    const axes = () => chart().getOption() as { xAxis: { inverse?: boolean }[]; yAxis: { position?: string }[] };
    expect(axes().xAxis[0]!.inverse).to.equal(false);
    expect(axes().yAxis[0]!.position).to.equal('left');
    // The first period is drawn at the left of the grid.
    const x0 = Number(chart().convertToPixel({ xAxisIndex: 0 }, 0));
    const xn = Number(chart().convertToPixel({ xAxisIndex: 0 }, 599));
    expect(x0).to.be.below(xn);

    el.timeDirection = 'auto';
    await el.updateComplete;
    await waitUntil(() => axes().xAxis[0]!.inverse === true, 'back to auto: time right to left');
    expect(axes().yAxis[0]!.position).to.equal('right');
  });
});
