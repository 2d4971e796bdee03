/**
 * <funnel-planner> for readers of screen readers, of Arabic and of forced colours: no invisible
 * isolate characters or arrows in accessible names or tooltips (stage names are isolated by
 * `<bdi>`, steps said in words), Arabic wording and plurals, legend keys that show under forced
 * colours, and editor borders of at least 3:1.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/funnel-planner/define.js';
import plan from '../../demo/data/funnel-plan.json';
import planAr from '../../demo/data/funnel-plan.ar.json';
import type { FunnelPlanner } from '../../src/funnel-planner/funnel-planner.js';
import { accessibleTexts, FORBIDDEN_IN_NAMES } from '../support/accessibility.js';

const ISOLATES = /[\u2066-\u2069]/g;

const shadow = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();

/** WCAG relative luminance and contrast ratio of two computed colours (`rgb(…)`, opaque). */
function rgb(colour: string): [number, number, number] {
  const m = colour.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
  expect(m, colour).to.not.equal(null);
  expect(m![4] === undefined || Number(m![4]) === 1, `${colour} is opaque`).to.equal(true);
  return [Number(m![1]), Number(m![2]), Number(m![3])];
}
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('funnel-planner: accessibility', function () {
  this.timeout(60_000);
  afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));

  for (const [locale, data] of [['en', plan], ['ar', planAr]] as const) {
    it(`${locale}: no bidi isolate characters or arrows in any accessible name or tooltip`, async () => {
      const el = await fixture<FunnelPlanner>(html`<funnel-planner locale=${locale} editable .data=${data}></funnel-planner>`);
      const names = await accessibleTexts(el);
      expect(names.length).to.be.greaterThan(50);
      expect(names.filter((t) => FORBIDDEN_IN_NAMES.test(t))).to.deep.equal([]);
      // The tooltips: every title (the chart's rows, the table's rates).
      const titles = [...el.shadowRoot!.querySelectorAll('[title]')].map((e) => e.getAttribute('title')!);
      expect(titles.length).to.be.greaterThan(10);
      expect(titles.filter((t) => FORBIDDEN_IN_NAMES.test(t))).to.deep.equal([]);
      // None anywhere in the text: stage names in sentences are isolated by markup.
      expect(el.shadowRoot!.textContent!.match(ISOLATES) ?? []).to.have.length(0);
      const bdis = [...el.shadowRoot!.querySelectorAll('[part="summary"] bdi, [part="editor"] label bdi')].map((b) => b.textContent);
      expect(bdis).to.include.members(data.stages.map((s) => s.label));
      // The step in words in the editor's labels, with both stage names.
      const rateLabel = clean(shadow(el, 'label[for="field-rate_leads"]').textContent);
      expect(rateLabel).to.equal(locale === 'en' ? 'Website visits to Leads, %' : 'من «زيارات الموقع» إلى «العملاء المحتملون»، ٪');
      await expect(el).to.be.accessible();
    });
  }

  it('Arabic: the sensitivity sentence says the step in words, and the plan\'s title', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="ar" .data=${planAr}></funnel-planner>`);
    const sens = el.result!.sensitivity!;
    const at = el.result!.stages.findIndex((s) => s.id === sens.stage);
    const from = el.result!.stages[at - 1]!.label;
    const to = el.result!.stages[at]!.label;
    const sentence = clean(shadow(el, '.sensitivity').textContent);
    expect(sentence).to.contain(`المعدل الأكثر تأثيرًا: التحويل من «${from}» إلى «${to}». رفعه من `);
    expect(sentence).not.to.match(/[←→]/);
    // Without a title of its own, the plan is a sales funnel plan.
    const untitled = await fixture<FunnelPlanner>(html`<funnel-planner locale="ar" .data=${{ ...planAr, title: undefined }}></funnel-planner>`);
    expect(clean(shadow(untitled, 'h2').textContent)).to.equal('خطة قمع المبيعات');
  });

  it('the sales-cycle months in the plural of each language: 1 month, شهر واحد, شهرين, ٣ أشهر, ١١ شهرًا, ١٠٠ شهر', async () => {
    const days = (months: number) => (months * 365.25) / 12;
    const sentence = async (locale: string, months: number) => {
      const el = await fixture<FunnelPlanner>(html`<funnel-planner locale=${locale} .data=${{ ...plan, salesCycleDays: days(months) }}></funnel-planner>`);
      return clean([...el.shadowRoot!.querySelectorAll('[part="summary"] p')].find((p) => /sales cycle|دورة مبيعات/.test(p.textContent!))!.textContent);
    };
    expect(await sentence('en', 1)).to.contain('must exist about 1 month before they close.');
    expect(await sentence('en', 3)).to.contain('must exist about 3 months before they close.');
    const ar = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(await sentence('ar', 1)).to.contain('قبل الإغلاق بنحو شهر واحد.');
    expect(await sentence('ar', 2)).to.contain('قبل الإغلاق بنحو شهرين.');
    expect(await sentence('ar', 3)).to.contain(`قبل الإغلاق بنحو ${ar(3)} أشهر.`);
    expect(await sentence('ar', 11)).to.contain(`قبل الإغلاق بنحو ${ar(11)} شهرًا.`);
    expect(await sentence('ar', 100)).to.contain(`قبل الإغلاق بنحو ${ar(100)} شهر.`);
  });

  it('under forced colours the Plan and Actual keys are filled, and differ', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" .data=${plan}></funnel-planner>`);
    await emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const key = (kind: string) => getComputedStyle(shadow(el, `[part="legend"] .key.${kind}`));
    const canvas = getComputedStyle(shadow(el, '[part="base"]')).backgroundColor;
    const [planKey, actualKey] = [key('plan'), key('actual')];
    for (const k of [planKey, actualKey]) {
      expect(k.backgroundColor, 'a fill, not an empty box').to.not.equal(canvas);
      expect(k.backgroundColor).to.not.match(/rgba\(0, 0, 0, 0\)|transparent/);
      expect(parseFloat(k.borderTopWidth)).to.be.at.least(1);
    }
    expect(planKey.backgroundColor, 'the two keys differ').to.not.equal(actualKey.backgroundColor);
    // As the bars are drawn: the plan's key in the plan bar's colour, the actual's in the actual bar's.
    expect(planKey.backgroundColor).to.equal(getComputedStyle(shadow(el, '.bar-line.plan .bar')).backgroundColor);
    expect(actualKey.backgroundColor).to.equal(getComputedStyle(shadow(el, '.bar-row[data-key="visits"] .bar-line.actual .bar')).backgroundColor);
  });

  for (const scheme of ['light', 'dark attribute', 'dark system'] as const) {
    it(`${scheme}: the editor's input borders contrast at least 3:1 with the input and the page around it`, async () => {
      if (scheme === 'dark system') await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" editable theme=${scheme === 'dark attribute' ? 'dark' : 'auto'} .data=${plan}></funnel-planner>`);
      const page = getComputedStyle(shadow(el, '[part="base"]')).backgroundColor;
      const fields = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="editor"] input, [part="editor"] select')];
      expect(fields.length).to.be.at.least(5);
      for (const field of fields) {
        const s = getComputedStyle(field);
        expect(contrast(s.borderTopColor, s.backgroundColor), `${field.id} border on its background`).to.be.at.least(3);
        expect(contrast(s.borderTopColor, page), `${field.id} border on the page`).to.be.at.least(3);
      }
      if (scheme !== 'light') expect(contrast(page, 'rgb(0, 0, 0)'), 'a dark page').to.be.below(2);
    });
  }
});
