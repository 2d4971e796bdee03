/**
 * What an Arabic reader sees, rendered: the elements with locale="ar" or "ar-EG", read from
 * their shadow roots (the hint of the meeting list, the empty-cadence message, the error
 * panel's JSON message and its subject, the streak in the trend's sentence and on a card).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/kpi-scorecard/define.js';
import '../../src/rolling-trend/define.js';
import type { KpiScorecard } from '../../src/kpi-scorecard/kpi-scorecard.js';
import type { RollingTrend } from '../../src/rolling-trend/rolling-trend.js';
import weeklyAr from '../../demo/data/scorecard-weekly.ar.json';
import mqls from '../../demo/data/trend-mqls.json';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('Arabic wording, as rendered', () => {
  it('asks the team, in the plural, to identify, discuss and solve', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="ar" currency="SAR" .data=${weeklyAr}></kpi-scorecard>`);
    expect(text(el.shadowRoot!.querySelector('.hint'))).to.equal('المؤشرات خارج المسار، الأسوأ أولًا: حدِّدوها وناقشوها وحُلّوها.');
    el.discuss = 'at-risk';
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.hint'))).to.equal('المؤشرات خارج المسار والمعرَّضة للخطر، الأسوأ أولًا: حدِّدوها وناقشوها وحُلّوها.');
  });

  it('says a streak on a card by its latest period, as an ordinal', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="ar" currency="SAR" .data=${weeklyAr}></kpi-scorecard>`);
    const all = (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
    expect(all).to.contain('تراجع للأسبوع الرابع على التوالي');
    expect(all).to.not.match(/منذ \d+ أسابيع/);
  });

  for (const [cadence, adjective] of [['quarterly', 'ربع سنوية'], ['weekly', 'أسبوعية'], ['monthly', 'شهرية']] as const) {
    it(`names an empty ${cadence} view in the feminine plural: «مؤشرات ${adjective}»`, async () => {
      const data = { metrics: [{ id: 'other', label: 'مؤشر', cadence: cadence === 'monthly' ? 'weekly' : 'monthly', actual: 1, target: 2 }] };
      const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="ar" cadence=${cadence} .data=${data}></kpi-scorecard>`);
      expect(text(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal(`لا توجد مؤشرات ${adjective} في بطاقة الأداء هذه.`);
    });
  }

  it('describes bad JSON in Arabic with Arabic-Indic line and column, and names the whole document in words, not code', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="ar-EG" data='{"metrics": [{"id": "a",}]}'></kpi-scorecard>`);
    await waitUntil(() => el.errors.length > 0, 'no error for the bad JSON');
    const panel = el.shadowRoot!.querySelector('[part="errors"]')!;
    const item = panel.querySelector('li')!;
    const message = text(item.querySelector('.error-message'));
    expect(message).to.equal('ليست بصيغة JSON صالحة (السطر ١، العمود ٢٥): يُتوقع هنا اسم حقل بين علامتَي اقتباس مزدوجتين ("): ربما توجد فاصلة زائدة قبل قوس الإغلاق');
    expect(message, 'no English from the browser').to.not.match(/Expected|position|property|JSON at/);
    // «البيانات» is a word, in the text's font: only a real path is code, in monospace.
    const subject = item.querySelector('.error-subject')!;
    expect(text(subject)).to.equal('البيانات');
    expect(item.querySelector('code')).to.equal(null);
    expect(getComputedStyle(subject).fontFamily).to.not.match(/mono/i);
    expect(text(item)).to.equal(`البيانات ${message}`);
  });

  it('keeps a real path as code, in monospace', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="ar" .data=${{ metrics: [{ id: 'a', label: 'x'.repeat(501), actual: 1 }] }}></kpi-scorecard>`);
    await waitUntil(() => el.errors.length > 0, 'no error for the long label');
    const item = el.shadowRoot!.querySelector('[part="errors"] li')!;
    const path = item.querySelector('code.error-path')!;
    expect(text(path)).to.equal('metrics[0].label');
    expect(getComputedStyle(path).fontFamily).to.match(/mono/i);
    expect(text(item.querySelector('.error-message'))).to.equal('أطول من 500 حرف');
  });

  it('says the trend’s run as «تراجع للشهر الثالث على التوالي», its numbers in the locale’s digits', async () => {
    for (const locale of ['ar', 'ar-EG']) {
      const el = await fixture<RollingTrend>(html`<rolling-trend locale=${locale} .data=${mqls}></rolling-trend>`);
      const twenty = new Intl.NumberFormat(locale, { style: 'percent' }).format(0.2);
      expect(text(el.shadowRoot!.querySelector('[part="sentence"]')))
        .to.equal(`تراجع للشهر الثالث على التوالي، لكنه أعلى بنسبة ${twenty} من الشهر نفسه من العام الماضي.`);
    }
  });
});
