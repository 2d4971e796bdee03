import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import weekly from '../../demo/data/scorecard-weekly.json';
import weeklyAr from '../../demo/data/scorecard-weekly.ar.json';
import '../../src/kpi-scorecard/define.js';
import type { KpiScorecard } from '../../src/kpi-scorecard/kpi-scorecard.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: KpiScorecard) => el.shadowRoot!;
const card = (el: KpiScorecard, id: string) => root(el).querySelector<HTMLElement>(`[part="metric"][data-id="${id}"]`)!;
const part = (el: KpiScorecard, id: string, name: string) => text(card(el, id).querySelector(`[part="${name}"]`));
/** Opens a card's "How it's calculated" as a reader does and waits for its working. */
async function working(el: KpiScorecard, id: string): Promise<string> {
  const details = card(el, id).querySelector<HTMLDetailsElement>('[part="details"]')!;
  if (!details.open) details.querySelector('summary')!.click();
  await waitUntil(() => details.querySelector('dl') !== null, `no working for ${id}`);
  return text(details);
}

/** The mixed-cadence week: Thursday 10 December 2026, Monday to Friday. */
const mixed = {
  title: 'Mixed cadences',
  asOf: '2026-12-10',
  weekStart: 1,
  workdays: [1, 2, 3, 4, 5],
  metrics: [
    // Week 7-11 Dec: 4 of 5 days, 5,000 x 0.8 = 4,000 by now.
    { id: 'visitors', label: 'Website visitors', cadence: 'weekly', actual: 4200, target: 5000, pace: true },
    // December: 8 of 23 weekdays. 833,333 x 8 / 23 = 289,855 by now; 340,000 is ahead of it.
    { id: 'revenue', label: 'Revenue', cadence: 'monthly', unit: 'currency', actual: 340000, target: 833333, pace: true },
    { id: 'cpl', metric: 'cpl', cadence: 'monthly', inputs: { spend: 4800, leads: 100 }, target: 40, pace: true },
  ],
};

describe('<kpi-scorecard> over time: cards', () => {
  it('paces each metric in its own period and never judges one with another cadence’s share', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" .data=${mixed}></kpi-scorecard>`);
    expect(card(el, 'revenue').dataset.status).to.equal('on-track');
    expect(part(el, 'revenue', 'target')).to.equal('Target: $833,333 · $289,855 by now');
    expect(part(el, 'visitors', 'target')).to.equal('Target: 5,000 · 4,000 by now');
    // CPL is a rate: pacing it is an error at its path, and it is judged whole.
    expect(el.errors.map((e) => e.path)).to.deep.equal(['metrics[2].pace']);
    expect(el.errors[0]!.message).to.contain('rate');
    expect(part(el, 'cpl', 'target')).to.equal('Target: $40');
    expect(card(el, 'cpl').dataset.status).to.equal('off-track');
  });

  it('shows the projection, the change with a direction-aware arrow, the streak and the note', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" .data=${weekly}></kpi-scorecard>`);
    expect(part(el, 'visitors', 'value')).to.equal('4,200');
    expect(part(el, 'visitors', 'target')).to.equal('Target: 5,000 · 3,000 by now');
    expect(part(el, 'visitors', 'status')).to.equal('On track 140% of the target for this point in the week');
    expect(part(el, 'visitors', 'projection')).to.equal('On pace for 7,000 of 5,000');
    // Run rate 7,000 against last week's 4,650.
    expect(part(el, 'visitors', 'change')).to.equal('▲ up 50.5% on last week, at this pace · up 2 weeks in a row');
    expect(card(el, 'visitors').querySelector('[part="change"]')!.classList.contains('good')).to.equal(true);
    // A falling cost per lead is good news: the arrow points down, coloured as good.
    expect(part(el, 'cpl', 'change')).to.equal('▼ down 2% on last month');
    expect(card(el, 'cpl').querySelector('[part="change"]')!.classList.contains('good')).to.equal(true);
    // Lower is better reads the right way round.
    expect(part(el, 'first-response', 'status')).to.equal('Off track 58.3% over target');
    expect(part(el, 'first-response', 'note')).to.equal('The ticket queue doubled after the release; a second shift starts on Monday.');
    // A range goal: below it, in words.
    expect(part(el, 'pipeline-coverage', 'target')).to.equal('Goal: 3× to 4×');
    expect(part(el, 'pipeline-coverage', 'status')).to.equal('At risk below the range: 6.7% under the minimum of 3×');
  });

  it('opens "How it’s calculated" from the keyboard, with the formula worked on the inputs', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" .data=${weekly}></kpi-scorecard>`);
    const details = card(el, 'cpl').querySelector<HTMLDetailsElement>('[part="details"]')!;
    expect(details.open).to.equal(false);
    // Closed, it holds only its summary: the working is made when it opens.
    expect(details.querySelector('dl')).to.equal(null);
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await waitUntil(() => details.querySelector('dl') !== null, 'the working did not render');
    expect(text(details)).to.contain('Cost per lead = $4,800 spend ÷ 100 leads = $48');
    expect(text(details)).to.contain('At-risk threshold At risk from 90% of target');
    expect(await working(el, 'visitors')).to.contain('5,000 × 3 of 5 working days = 3,000');
    expect(await working(el, 'first-response')).to.contain('Actual 95 minutes (as given in the data)');
  });

  it('does not select the metric when its details are opened, but does from its button', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${weekly}></kpi-scorecard>`);
    const seen: string[] = [];
    el.addEventListener('kpi-select', (e) => seen.push((e as CustomEvent).detail.id));
    card(el, 'cpl').querySelector<HTMLElement>('summary')!.click();
    card(el, 'cpl').querySelector<HTMLButtonElement>('[part="select"]')!.click();
    card(el, 'mqls').querySelector<HTMLElement>('[part="value"]')!.click();
    expect(seen).to.deep.equal(['cpl', 'mqls']);
  });

  it('rolls weeks and months up into the quarter, recomputing CPL from summed inputs', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" rollup="quarter" .data=${weekly}></kpi-scorecard>`);
    const cpl = el.result!.metrics.find((m) => m.id === 'cpl')!;
    // Q4: ($22,000 + $23,500 + $4,800) / (470 + 480 + 100) leads = $47.90, not the mean of three CPLs.
    expect(cpl.actual).to.be.closeTo(50300 / 1050, 1e-9);
    expect(cpl.shownCadence).to.equal('quarterly');
    expect(cpl.rollup).to.deep.equal({ into: 'quarter', aggregate: 'formula', partial: true });
    expect(part(el, 'cpl', 'value')).to.equal('$47.90');
    expect(await working(el, 'cpl')).to.contain('Cost per lead = $50,300 spend ÷ 1,050 leads = $47.90');
    // A rolled-up amount says how it was added up and paced: October whole, November so far.
    const revenue = await working(el, 'new-revenue');
    expect(revenue).to.contain('the sum of its periods so far');
    expect(revenue).to.contain('the whole target of each period done, and the share due by now of the one in progress');
    // 13 weeks from W37 sum into Q3's last weeks and Q4 so far.
    const visitors = el.result!.metrics.find((m) => m.id === 'visitors')!;
    expect(visitors.history.map((h) => [h.period, h.partial ?? false])).to.deep.equal([['2026-Q3', true], ['2026-Q4', true]]);
    el.rollup = 'none';
    await el.updateComplete;
    expect(el.result!.metrics.find((m) => m.id === 'cpl')!.actual).to.equal(48);
  });

  it('takes the working week from the locale when the data gives none', async () => {
    // Sunday 29 November 2026. Monday to Friday (en-GB): the week of 23-29 Nov is over (5 of 5).
    // Sunday to Thursday (ar-SA): the week starts that Sunday, 1 of 5 days.
    const data = { asOf: '2026-11-29', metrics: [{ id: 'v', label: 'Visits', cadence: 'weekly', actual: 100, target: 500, pace: true }] };
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-GB" .data=${data}></kpi-scorecard>`);
    expect(el.result!.metrics[0]!.elapsed).to.equal(1);
    expect(el.result!.metrics[0]!.period).to.equal('2026-W48');
    el.locale = 'ar-SA';
    await el.updateComplete;
    expect(el.result!.metrics[0]!.elapsed).to.equal(0.2);
    expect(el.result!.metrics[0]!.period).to.equal('2026-W49');
    expect(el.result!.metrics[0]!.status).to.equal('on-track');
  });

  it('reports bad dates and weeks at their paths and still shows the valid metrics', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${{
      asOf: '2026-02-30',
      workdays: [],
      metrics: [
        { id: 'ok', label: 'Visits', actual: 10, target: 5 },
        { id: 'dup', label: 'MQLs', cadence: 'weekly', history: [{ period: '2026-W10', value: 1 }, { period: '2026-W10', value: 2 }] },
        { id: 'range', label: 'Coverage', actual: 3, target: { min: 5, max: 4 } },
      ],
    }}></kpi-scorecard>`);
    const paths = el.errors.map((e) => e.path);
    expect(paths).to.include.members(['asOf', 'workdays', 'metrics[1].history[1].period', 'metrics[2].target']);
    expect(el.errors.find((e) => e.path === 'asOf')!.message).to.contain('2026-02 has 28 days');
    expect(card(el, 'ok').dataset.status).to.equal('on-track');
    expect(root(el).querySelector('[role="alert"]')).to.not.equal(null);
  });
});

describe('<kpi-scorecard> the meeting', () => {
  it('lists the items to discuss worst first, with owner, gap, trend and note', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" .data=${weekly}></kpi-scorecard>`);
    const items = Array.from(root(el).querySelectorAll('[part="discuss-item"]'));
    expect(items.map((i) => (i as HTMLElement).dataset.id)).to.deep.equal(['first-response', 'proposals', 'forecast', 'cpl', 'first-meetings', 'new-revenue']);
    expect(text(items[1])).to.equal(
      'Proposals sent Off track Owner: Omar 2 against 3 by now · 1 short of 3 by now · down 4 weeks in a row '
      + 'Pricing sign-off is slow: asking finance for a 48-hour turnaround.',
    );
    expect(text(root(el).querySelector('#discuss-heading'))).to.equal('6 items to discuss');
    el.discuss = 'at-risk';
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="discuss-item"]')).to.have.length(10);
    expect(el.result!.discuss.slice(6).map((d) => d.status)).to.deep.equal(['at-risk', 'at-risk', 'at-risk', 'at-risk']);
  });

  it('copies the list for the meeting and says so; the same text is a method', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" .data=${weekly}></kpi-scorecard>`);
    const notes = el.toMeetingNotes()!;
    expect(notes.split('\n')[0]).to.equal('Revenue team - weekly scorecard: 6 items to discuss (as of Wednesday, December 2, 2026)');
    expect(notes).to.contain('1. First response time (owner Karim): Off track, 95 minutes against 60 minutes, 35 minutes over the target of 60 minutes, up 8 weeks in a row.');
    const clipboard = navigator.clipboard;
    let copied: string | null = null;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      const button = root(el).querySelector<HTMLButtonElement>('[part="copy"]')!;
      expect(text(button)).to.equal('Copy for the meeting');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(root(el).querySelector('.copy-status')) !== '', 'no copy message');
      expect(copied).to.equal(notes);
      expect(root(el).querySelector('.copy-status')!.getAttribute('role')).to.equal('status');
      expect(text(root(el).querySelector('.copy-status'))).to.equal('Copied: paste it into the meeting notes.');
      // Where the page may not write to the clipboard, the text is shown to copy by hand.
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => { throw new Error('denied'); } } });
      button.click();
      await waitUntil(() => root(el).querySelector('.notes-text') !== null, 'no fallback text');
      expect(root(el).querySelector('.notes-text')!.textContent).to.equal(notes);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('copies the Arabic meeting notes from "Copy for the meeting", the same text as toMeetingNotes()', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><kpi-scorecard currency="SAR" .data=${weeklyAr}></kpi-scorecard></div>`);
    const el = wrapper.querySelector('kpi-scorecard')!;
    await el.updateComplete;
    const notes = el.toMeetingNotes()!;
    expect(notes.split('\n')[0]).to.equal('فريق الإيرادات - بطاقة الأداء الأسبوعية: 6 بنود للنقاش (حتى الثلاثاء، 1 ديسمبر 2026)');
    const clipboard = navigator.clipboard;
    let copied: string | null = null;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      const button = root(el).querySelector<HTMLButtonElement>('[part="copy"]')!;
      expect(text(button)).to.equal('نسخ لمحضر الاجتماع');
      button.click();
      await waitUntil(() => text(root(el).querySelector('.copy-status')) !== '', 'no copy message');
      expect(copied).to.equal(notes);
      expect(text(root(el).querySelector('.copy-status'))).to.equal('تم النسخ: الصقه في محضر الاجتماع.');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('reads the meeting in Arabic', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><kpi-scorecard currency="SAR" .data=${weeklyAr}></kpi-scorecard></div>`);
    const el = wrapper.querySelector('kpi-scorecard')!;
    await el.updateComplete;
    expect(text(root(el).querySelector('#discuss-heading'))).to.equal('6 بنود للنقاش');
    expect(text(root(el).querySelector('[part="copy"]'))).to.equal('نسخ لمحضر الاجتماع');
    expect(part(el, 'visitors', 'projection')).to.equal('بهذه الوتيرة يبلغ 7,000 مقابل هدف 5,000');
    expect(part(el, 'visitors', 'target')).to.equal('الهدف: 5,000 · 3,000 حتى الآن');
    expect(await working(el, 'visitors')).to.contain('5,000 × 3 من 5 أيام عمل = 3,000');
    const notes = el.toMeetingNotes()!;
    expect(notes.split('\n')[0]).to.equal('فريق الإيرادات - بطاقة الأداء الأسبوعية: 6 بنود للنقاش (حتى الثلاثاء، 1 ديسمبر 2026)');
    expect(notes).to.contain('تراجع للأسبوع الرابع على التوالي');
    await expect(el).to.be.accessible();
  });
});

describe('<kpi-scorecard> the meeting: markup, problems and wording', () => {
  const meeting = {
    metrics: [
      // 50 / 100 = 0.5, off track, 50 short.
      { id: 'demos', label: 'Demos booked', actual: 50, target: 100, owner: 'Dana' },
      // 95 / 100 = 0.95 >= 0.9, at risk, 5 short.
      { id: 'mqls', label: 'MQLs', actual: 95, target: 100, owner: 'Omar', note: 'Two webinars moved to next week.' },
      // Lower is better: 60 / 63 = 0.952 >= 0.9, at risk, 63 - 60 = 3 minutes over.
      { id: 'response', label: 'First response time', unit: 'minutes', direction: 'lower', actual: 63, target: 60 },
      // 120 / 100, on track: never listed.
      { id: 'visits', label: 'Visits', actual: 120, target: 100 },
    ],
  };

  it('lists at-risk items too when the markup says discuss="at-risk", and reads them as shown', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" discuss="at-risk" .data=${meeting}></kpi-scorecard>`);
    expect(el.discuss).to.equal('at-risk');
    const items = Array.from(root(el).querySelectorAll<HTMLElement>('[part="discuss-item"]'));
    // Off track first, then at risk by attainment: mqls (0.95) before response (0.952).
    expect(items.map((i) => [i.dataset.id, i.dataset.status])).to.deep.equal([
      ['demos', 'off-track'], ['mqls', 'at-risk'], ['response', 'at-risk'],
    ]);
    const atRisk = items.filter((i) => i.dataset.status === 'at-risk').map((i) => text(i));
    expect(atRisk).to.deep.equal([
      'MQLs At risk Owner: Omar 95 against 100 · 5 short of 100 Two webinars moved to next week.',
      'First response time At risk 63 minutes against 60 minutes · 3 minutes over the target of 60 minutes',
    ]);
    expect(text(root(el).querySelector('#discuss-heading'))).to.equal('3 items to discuss');
    // Without the attribute only the off-track metric is listed.
    const plain = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" .data=${meeting}></kpi-scorecard>`);
    expect(Array.from(root(plain).querySelectorAll<HTMLElement>('[part="discuss-item"]')).map((i) => i.dataset.id)).to.deep.equal(['demos']);
  });

  it('reports a bad per-metric threshold and an over-long note at their paths, and still shows every card', async () => {
    const data = {
      metrics: [
        // atRisk 1.2 is outside (0, 1): reported, and 85 / 100 = 0.85 is judged with the default 0.9, off track.
        { id: 'bad-threshold', label: 'Bad threshold', actual: 85, target: 100, thresholds: { atRisk: 1.2 } },
        // A 501-character note is one over the 500 limit: reported, the card shown without it.
        { id: 'long-note', label: 'Long note', actual: 95, target: 100, note: 'n'.repeat(501) },
        // 120 / 100: on track, untouched by the others' problems.
        { id: 'fine', label: 'Fine', actual: 120, target: 100, note: 'On plan.' },
      ],
    };
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" .data=${data}></kpi-scorecard>`);
    expect(el.errors).to.deep.equal([
      { path: 'metrics[0].thresholds.atRisk', message: 'must be less than 1' },
      { path: 'metrics[1].note', message: 'is longer than 500 characters' },
    ]);
    expect(root(el).querySelector('[part="errors"]')).to.not.equal(null);
    expect(Array.from(root(el).querySelectorAll<HTMLElement>('[part="metric"]')).map((c) => c.dataset.id))
      .to.deep.equal(['bad-threshold', 'long-note', 'fine']);
    expect(card(el, 'bad-threshold').dataset.status).to.equal('off-track');
    expect(el.result!.metrics[0]!.atRisk).to.equal(0.9);
    // 95 / 100 = 0.95: at risk, its value shown, its note left out.
    expect(card(el, 'long-note').dataset.status).to.equal('at-risk');
    expect(part(el, 'long-note', 'value')).to.equal('95');
    expect(card(el, 'long-note').querySelector('[part="note"]')).to.equal(null);
    expect(card(el, 'fine').dataset.status).to.equal('on-track');
    expect(part(el, 'fine', 'note')).to.equal('On plan.');
  });

  it('says how far under (or over) the target a lower-is-better metric is, on the card', async () => {
    const data = {
      metrics: [
        // 38 minutes against 60: (60 - 38) / 60 = 22 / 60 = 36.7 % under; r = 60 / 38 = 1.58, on track.
        { id: 'handle', label: 'Handle time', unit: 'minutes', direction: 'lower', actual: 38, target: 60 },
        // $12,000 / 8 SQOs = $1,500 against $2,000: (2,000 - 1,500) / 2,000 = 25 % under, on track.
        { id: 'sqo', metric: 'cost_per_sqo', inputs: { spend: 12000, sqos: 8 }, target: 2000 },
        // 63 against 60: (63 - 60) / 60 = 5 % over; r = 60 / 63 = 0.952, at risk.
        { id: 'response', label: 'First response time', unit: 'minutes', direction: 'lower', actual: 63, target: 60 },
      ],
    };
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" .data=${data}></kpi-scorecard>`);
    expect(part(el, 'handle', 'status')).to.equal('On track 36.7% under target');
    expect(part(el, 'sqo', 'value')).to.equal('$1,500');
    expect(part(el, 'sqo', 'status')).to.equal('On track 25% under target');
    expect(part(el, 'response', 'status')).to.equal('At risk 5% over target');
    // In Arabic the same card reads "below the target by 36.7 %".
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><kpi-scorecard .data=${data}></kpi-scorecard></div>`);
    const arEl = wrapper.querySelector('kpi-scorecard')!;
    await arEl.updateComplete;
    const pct = new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 1 }).format(22 / 60);
    expect(part(arEl, 'handle', 'status')).to.equal(`على المسار أقل من الهدف بنسبة ${pct}`);
  });
});

describe('<kpi-scorecard layout="grid">', () => {
  it('is a real table per cadence: caption, column and row headers, 13 periods, the week in progress', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" layout="grid" .data=${weekly}></kpi-scorecard>`);
    const tables = Array.from(root(el).querySelectorAll('table[part="grid"]'));
    expect(tables.map((t) => (t as HTMLElement).dataset.cadence)).to.deep.equal(['weekly', 'monthly', 'quarterly']);
    const weeklyTable = tables[0] as HTMLTableElement;
    expect(text(weeklyTable.caption)).to.equal('Weekly metrics, W37 (Sep 7), 2026 to W49 (Nov 30), 2026');
    const cols = Array.from(weeklyTable.tHead!.querySelectorAll('th[scope="col"]')).map((th) => text(th.querySelector('.period-name') ?? th));
    expect(cols).to.have.length(16);
    expect(cols.slice(0, 4)).to.deep.equal(['Metric', 'Goal', 'Owner', 'W37']);
    expect(cols.at(-1)).to.equal('W49');
    expect(text(weeklyTable.tHead!.querySelector('th.current'))).to.equal('W49 Nov 30 in progress');
    const rows = Array.from(weeklyTable.querySelectorAll('tr.metric-row'));
    expect(rows).to.have.length(11);
    const visitors = weeklyTable.querySelector<HTMLTableRowElement>('tr[data-id="visitors"]')!;
    expect(text(visitors.querySelector('th[scope="row"]'))).to.equal('Website visitors');
    const cells = Array.from(visitors.querySelectorAll<HTMLElement>('td[part="cell"]'));
    expect(cells).to.have.length(13);
    // W37 was judged against its own target of 4,500: 4,300 / 4,500 = 0.956, at risk.
    expect(cells[0]!.dataset.status).to.equal('at-risk');
    expect(text(cells[0])).to.equal('4,300 At risk');
    // A shape as well as a colour: a triangle for at risk, a square for off track.
    expect(getComputedStyle(cells[0]!, '::before').content).to.contain('▲');
    expect(getComputedStyle(cells.find((c) => c.dataset.status === 'off-track')!, '::before').content).to.contain('■');
    expect(text(cells[12])).to.equal('4,200 On track 3,000 by now');
    expect(cells[12]!.classList.contains('current')).to.equal(true);
    // Goal, owner and note sit in the row.
    const firstResponse = weeklyTable.querySelector('tr[data-id="first-response"]')!;
    expect(text(firstResponse.querySelector('.goal'))).to.equal('60 minutes Lower is better');
    expect(text(firstResponse.querySelector('.owner-cell'))).to.equal('Karim');
    expect(text(firstResponse.querySelector('[part="note"]'))).to.contain('second shift');
    el.periods = 4;
    await el.updateComplete;
    expect(root(el).querySelectorAll('table[data-cadence="weekly"] tr[data-id="visitors"] td[part="cell"]')).to.have.length(4);
  });

  it('keeps the metric column in view while the periods scroll, mirrored right to left', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'} style="width: 480px">
        <kpi-scorecard layout="grid" .data=${dir === 'rtl' ? weeklyAr : weekly}></kpi-scorecard></div>`);
      const el = wrapper.querySelector('kpi-scorecard')!;
      await el.updateComplete;
      const scroller = root(el).querySelector<HTMLElement>('[part="grid-scroll"]')!;
      expect(scroller.getAttribute('tabindex')).to.equal('0');
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      // The element never widens its page.
      expect(el.getBoundingClientRect().width).to.be.at.most(480);
      // It opens on the latest periods: the week in progress is in view.
      const current = scroller.querySelector<HTMLElement>('thead th.current')!.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      expect(current.left, `${dir}: current week in view`).to.be.at.least(box.left - 1);
      expect(current.right, `${dir}: current week in view`).to.be.at.most(box.right + 1);
      const head = scroller.querySelector<HTMLElement>('tr[data-id="visitors"] th[scope="row"]')!;
      const edge = () => (dir === 'ltr' ? head.getBoundingClientRect().left - scroller.getBoundingClientRect().left : scroller.getBoundingClientRect().right - head.getBoundingClientRect().right);
      const before = edge();
      scroller.scrollLeft = 0;
      await new Promise(requestAnimationFrame);
      scroller.scrollLeft = dir === 'ltr' ? 300 : -300;
      await new Promise(requestAnimationFrame);
      expect(Math.abs(scroller.scrollLeft)).to.be.greaterThan(100);
      expect(Math.abs(edge() - before)).to.be.lessThan(2);
    }
  });

  it('selects a metric from its row by keyboard, and exports one CSV row per metric and period', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard locale="en-US" layout="grid" .data=${weekly}></kpi-scorecard>`);
    const button = root(el).querySelector<HTMLButtonElement>('tr[data-id="mqls"] .row-select')!;
    const event = oneEvent(el, 'kpi-select');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.id).to.equal('mqls');
    const lines = el.toCSV({ display: true })!.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).to.equal('Metric,Group,Cadence,Owner,Period,Value,Target,Target by now,Status,Note');
    // 11 weekly metrics x 13 weeks, 7 monthly x 13 months, 2 quarterly x 5 quarters.
    expect(lines).to.have.length(1 + 11 * 13 + 7 * 13 + 2 * 5);
    expect(lines).to.include('Website visitors,Marketing,Weekly,Dana,2026-W37,"4,300","4,500",,At risk,');
    expect(lines).to.include('Website visitors,Marketing,Weekly,Dana,2026-W49,"4,200","5,000","3,000",On track (in progress),');
    expect(lines.find((l) => l.startsWith('Cost per lead,Marketing,Monthly,Lina,2026-12,'))).to.equal(
      'Cost per lead,Marketing,Monthly,Lina,2026-12,$48,$40,,Off track (in progress),Paid social CPL rose after the audience change on 24 November; reverting it on Friday.',
    );
  });

  it('is accessible in both languages and both themes', async () => {
    for (const [data, lang, dir] of [[weekly, 'en', 'ltr'], [weeklyAr, 'ar', 'rtl']] as const) {
      for (const theme of ['light', 'dark']) {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir}><kpi-scorecard layout="grid" theme=${theme} .data=${data}></kpi-scorecard></div>`);
        const el = wrapper.querySelector('kpi-scorecard')!;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    }
  });

  it('prints the whole table, not a scrolled window of it', async () => {
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard layout="grid" .data=${weekly}></kpi-scorecard>`);
    const print = [...root(el).adoptedStyleSheets].flatMap((s) => [...s.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print');
    const rules = print.flatMap((m) => [...m.cssRules]).map((r) => r.cssText).join('\n');
    expect(rules).to.match(/\.grid-scroll \{[^}]*overflow: visible/);
  });
});
