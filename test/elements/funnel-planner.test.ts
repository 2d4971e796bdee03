import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/funnel-planner/define.js';
import plan from '../../demo/data/funnel-plan.json';
import forward from '../../demo/data/funnel-forward.json';
import planAr from '../../demo/data/funnel-plan.ar.json';
import type { FunnelPlanner, FunnelSelectDetail } from '../../src/funnel-planner/funnel-planner.js';
import type { FunnelModel } from '../../src/core/funnel.js';
import { buildFunnelModel, validateFunnel } from '../../src/core/funnel.js';
import { NumberFormatter } from '../../src/core/format.js';
import { funnelChartSpec, logScale, stageTooltip } from '../../src/funnel-planner/chart.js';
import { funnelStrings } from '../../src/funnel-planner/strings.js';

/** Text as a reader sees it: whitespace collapsed, bidi isolates removed. */
function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

function shadow(el: FunnelPlanner): ShadowRoot {
  return el.shadowRoot!;
}

function rows(el: FunnelPlanner): string[][] {
  return [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => text(c)));
}

function headers(el: FunnelPlanner): string[] {
  return [...shadow(el).querySelectorAll('thead th')].map((c) => text(c));
}

function noBrokenNumbers(el: FunnelPlanner): void {
  const all = `${text(shadow(el))} ${[...shadow(el).querySelectorAll('[aria-label], [title]')]
    .map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`)
    .join(' ')}`;
  expect(all).to.not.match(/NaN|undefined|Infinity|null|\[object/);
}

/** The chart's rows as a reader sees them: label, then each bar's value text. */
function chartRows(el: FunnelPlanner): string[][] {
  return [...shadow(el).querySelectorAll('.chart .bar-row')].map((row) => [
    text(row.querySelector('.bar-label')),
    ...[...row.querySelectorAll('.bar-value')].map((v) => text(v)),
  ]);
}

/** Drawn widths of the bars of one kind (`plan`, `actual`), 0 where a stage has no bar. */
function barWidths(el: FunnelPlanner, kind: string): number[] {
  return [...shadow(el).querySelectorAll('.chart .bar-row')].map(
    (row) => row.querySelector(`.bar-line.${kind} .bar`)?.getBoundingClientRect().width ?? 0,
  );
}

/** A plan without its actuals. */
function bareOf(json: typeof plan): Record<string, unknown> {
  const rest: Record<string, unknown> = structuredClone(json);
  delete rest.actuals;
  return rest;
}

function modelOf(json: unknown, view: 'month' | 'quarter' | 'year' = 'month'): FunnelModel {
  return buildFunnelModel(validateFunnel(json).value!, { view });
}

describe('<funnel-planner>', () => {
  it('works the $10M plan back to 0.758 customers and 6,313 visits a month', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" .data=${plan}></funnel-planner>`);
    const r = el.result!;
    expect(r.mode).to.equal('backward');
    expect(r.view).to.equal('month');
    expect(r.customers).to.be.closeTo(0.7576, 0.0001);
    expect(r.revenue).to.be.closeTo(833_333.33, 0.01);
    expect(r.bottleneck).to.equal('leads');
    expect(r.stages.map((s) => s.id)).to.deep.equal(['visits', 'leads', 'mqls', 'sqls', 'opportunities', 'customers']);
    expect(r.stages[0]).to.include({ id: 'visits', label: 'Website visits', rate: null, actual: 5200 });
    expect(r.stages[0]!.required).to.be.closeTo(6313.13, 0.01);
    expect(r.stages[0]!.gap).to.be.closeTo(-1113.13, 0.01);
    expect(el.errors).to.deep.equal([]);

    const summary = text(shadow(el).querySelector('[part=summary]'));
    expect(summary).to.contain('To bring in $833,333 a month at $1,100,000 a deal, you need 0.758 customers a month, which takes 6,313 Website visits a month.');
    expect(summary).to.contain('Bottleneck: the step from Website visits to Leads converts at 1.3% against a plan of 1.5% (10.3% below plan).');
    expect(summary).to.contain('At 3× pipeline coverage you need $2,500,000 of pipeline a month.');
    expect(summary).to.contain('With a sales cycle of 90 days, the SQLs must exist about 3 months before they close.');
    expect(summary).to.contain('Most sensitive rate: Website visits to Leads. Raising it from 1.5% to 2.5% (one point) saves 2,525 Website visits a month');
    noBrokenNumbers(el);
  });

  it('shows the same numbers in a real table', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" .data=${plan}></funnel-planner>`);
    expect(headers(el)).to.deep.equal(['Stage', 'Step rate', 'From the top', 'Required', 'Actual', 'Gap', 'Actual rate']);
    expect(text(shadow(el).querySelector('caption'))).to.equal('Funnel stages, volumes a month');
    expect(rows(el)).to.deep.equal([
      ['Website visits', 'start', '100%', '6,313', '5,200', '-1,113', ''],
      ['Leads', '1.5%', '1.5%', '94.7', '70', '-24.7', '1.3%'],
      ['MQLs', '20%', '0.3%', '18.9', '15', '-3.94', '21.4%'],
      ['SQLs', '20%', '0.06%', '3.79', '3', '-0.788', '20%'],
      ['Opportunities', '40%', '0.024%', '1.52', '—', '—', '—'],
      ['Customers', '50%', '0.012%', '0.758', '—', '—', '—'],
    ]);
    const leadsRate = shadow(el).querySelector('tr[data-id=mqls] td')!;
    expect(leadsRate.getAttribute('title')!.replace(/[\u2068\u2069]/g, '')).to.equal('20% of Leads become MQLs');
    expect(shadow(el).querySelector('tr.is-bottleneck')!.getAttribute('data-id')).to.equal('leads');
  });

  it('forward: 6,000 visits a month give 90, 18, 3.6, 1.44, 0.72 and $792,000', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" .data=${forward}></funnel-planner>`);
    expect(el.result!.mode).to.equal('forward');
    expect(shadow(el).querySelector('[part=legend]'), 'no actuals: one series, no key').to.equal(null);
    expect(el.result!.revenue).to.be.closeTo(792_000, 1e-6);
    expect(rows(el).map((r) => r[3])).to.deep.equal(['6,000', '90', '18', '3.6', '1.44', '0.72']);
    expect(headers(el)).to.deep.equal(['Stage', 'Step rate', 'From the top', 'Projected']);
    expect(text(shadow(el).querySelector('[part=summary]'))).to.contain(
      '6,000 Website visits a month become 0.72 customers a month, worth $792,000 a month.',
    );
    expect(shadow(el).querySelector('[part=bottleneck]')).to.equal(null);
    noBrokenNumbers(el);
  });

  it('view and rounding attributes: 9.09 customers a year, 10 when rounded up', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" view="year" .data=${plan}></funnel-planner>`);
    expect(el.result!.customers).to.be.closeTo(9.0909, 0.0001);
    expect(rows(el)[5]![3]).to.equal('9.09');
    el.rounding = 'ceil';
    await el.updateComplete;
    expect(el.getAttribute('rounding')).to.equal('ceil');
    expect(el.result!.customers).to.equal(10);
    expect(el.result!.stages.map((s) => s.required)).to.deep.equal([83334, 1250, 250, 50, 20, 10]);
    expect(rows(el).map((r) => r[3])).to.deep.equal(['83,334', '1,250', '250', '50', '20', '10']);
    expect(text(shadow(el))).to.contain('Required volumes are rounded up to whole units.');
    el.setAttribute('view', 'quarter');
    await el.updateComplete;
    expect(el.view).to.equal('quarter');
    expect(el.result!.view).to.equal('quarter');
    expect(el.result!.customers).to.equal(3);
    el.setAttribute('view', 'fortnight');
    await el.updateComplete;
    expect(el.view).to.equal('month');
    el.removeAttribute('rounding');
    await el.updateComplete;
    expect(el.result!.customers).to.be.closeTo(0.7576, 0.0001);
  });

  it('names bad input with its path, fires kpi-error, and keeps the last good plan', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" .data=${plan}></funnel-planner>`);
    const bad = structuredClone(plan) as Record<string, unknown> & { stages: Record<string, unknown>[] };
    bad.stages[2]!.rate = 0;
    delete bad.averageDealSize;
    const event = oneEvent(el, 'kpi-error');
    el.data = bad;
    const { detail } = await event;
    expect(detail.errors.map((e: { path: string }) => e.path)).to.deep.equal(['stages[2].rate', 'averageDealSize']);
    expect(el.errors[0]!.message).to.match(/is 0: no one would reach this stage/);
    expect(el.errors[1]!.message).to.match(/is required with a revenue goal/);
    const panel = shadow(el).querySelector('[role=alert]')!;
    expect(text(panel)).to.contain('stages[2].rate is 0');
    expect(text(panel)).to.contain('Showing the last data that could be used.');
    expect(el.result!.customers).to.be.closeTo(0.7576, 0.0001);
    expect(rows(el)).to.have.length(6);
  });

  it('an unknown stage in actuals is reported while the plan is shown', async () => {
    const data = { ...plan, actuals: { visits: 5200, webinars: 4 } };
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" .data=${data}></funnel-planner>`);
    expect(el.errors.map((e) => e.path)).to.deep.equal(['actuals.webinars']);
    expect(el.result).to.not.equal(null);
    expect(text(shadow(el).querySelector('[role=alert]'))).to.contain('actuals.webinars names no stage');
  });

  it('a first stage with no visits: a dash and its reason, never NaN', async () => {
    const data = { ...plan, actuals: { visits: 0, leads: 0 } };
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" .data=${data}></funnel-planner>`);
    expect(rows(el)[1]![6]).to.equal('— cannot be computed: Website visits is 0');
    noBrokenNumbers(el);
  });

  it('shows data text as text, never HTML', async () => {
    const data = structuredClone(plan);
    data.stages[1]!.label = '<img src=x onerror="window.hacked=1">Leads';
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" .data=${data}></funnel-planner>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(rows(el)[1]![0]).to.equal('<img src=x onerror="window.hacked=1">Leads');
    const tip = stageTooltip(el.result!, el.result!.stages[1]!, funnelStrings('en'), new NumberFormatter('en'));
    expect(tip.split('\n')[0]).to.equal('<img src=x onerror="window.hacked=1">Leads');
  });

  it('kpi-select from a stage by keyboard and by pointer', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" .data=${plan}></funnel-planner>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('tr[data-id=sqls] button')!;
    button.focus();
    let event = oneEvent(el, 'kpi-select');
    await sendKeys({ press: 'Enter' });
    let detail = (await event).detail as FunnelSelectDetail;
    expect(detail.kind).to.equal('stage');
    expect(detail.id).to.equal('sqls');
    expect(detail.stage.required).to.be.closeTo(3.7879, 0.0001);

    event = oneEvent(el, 'kpi-select');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    detail = (await event).detail as FunnelSelectDetail;
    expect(detail.id).to.equal('opportunities');

    event = oneEvent(el, 'kpi-select');
    shadow(el).querySelector<HTMLButtonElement>('tr[data-id=visits] button')!.click();
    expect(((await event).detail as FunnelSelectDetail).id).to.equal('visits');
  });

  it('draws the chart with the first render: log-scale bars, values as text, a click selects the stage', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" .data=${plan}></funnel-planner>`);
    const box = shadow(el).querySelector<HTMLElement>('.chart')!;
    expect(box.getAttribute('role')).to.equal('img');
    expect(box.getAttribute('aria-label')).to.match(/^Plan and actual volume per stage, a month \(logarithmic scale\): Website visits 6,313 \(Actual 5,200\), Leads 94.7/);
    expect(box.querySelector('canvas')).to.equal(null); // HTML: no chart library
    // The key is HTML text above the chart: plan, then actual.
    expect([...shadow(el).querySelectorAll('[part=legend] li')].map((li) => text(li))).to.deep.equal(['Plan', 'Actual']);
    expect(chartRows(el)).to.deep.equal([
      ['Website visits', '6,313', '5,200'],
      ['Leads', '94.7', '70'],
      ['MQLs', '18.9', '15'],
      ['SQLs', '3.79', '3'],
      ['Opportunities', '1.52', ''],
      ['Customers', '0.758', ''],
    ]);
    // Bar lengths are logarithmic: equal ratios draw equal steps. Visits/leads and
    // leads/customers: log10(6313/94.7) = 1.82 and log10(94.7/0.758) = 2.10 decades.
    const plans = barWidths(el, 'plan');
    const perDecade = (plans[0]! - plans[1]!) / Math.log10(6313.13 / 94.697);
    expect((plans[1]! - plans[5]!) / perDecade).to.be.closeTo(Math.log10(94.697 / 0.75758), 0.05);
    expect(plans.every((w, i) => i === 0 || w < plans[i - 1]!)).to.equal(true);
    // Stages without an actual draw no actual bar; the bottleneck's actual is off-track red.
    expect(barWidths(el, 'actual').slice(4)).to.deep.equal([0, 0]);
    const background = (key: string) => getComputedStyle(shadow(el).querySelector(`.bar-row[data-key=${key}] .bar-line.actual .bar`)!).backgroundColor;
    expect(background('leads')).to.not.equal(background('visits'));
    expect(background('visits')).to.not.equal(getComputedStyle(shadow(el).querySelector('.bar-line.plan .bar')!).backgroundColor);
    // Hover details are plain text on the row.
    expect(shadow(el).querySelector('.bar-row[data-key=leads]')!.getAttribute('title')).to.equal('Leads\nPlan: 94.7 a month\nActual: 70\nStep rate: 1.5%\nActual rate: 1.3%');
    // Decade ticks labelled in real volumes.
    expect([...shadow(el).querySelectorAll('.chart .tick')].map((t) => text(t))).to.deep.equal(['0.1', '1', '10', '100', '1,000', '10K']);

    const event = oneEvent(el, 'kpi-select');
    shadow(el).querySelector<HTMLElement>('.bar-row[data-key=opportunities] .bar')!.click();
    expect(((await event).detail as FunnelSelectDetail).id).to.equal('opportunities');

    el.view = 'year';
    await el.updateComplete;
    expect(chartRows(el)[5]).to.deep.equal(['Customers', '9.09', '']);
    await el.whenDrawn(); // nothing to wait for: drawn with the render
  });

  it('the chart spec: log sizes from the axis start, plain-text values, ticks per decade', () => {
    const model = modelOf(plan);
    const f = new NumberFormatter('en');
    const s = funnelStrings('en');
    const spec = funnelChartSpec(model, s, f);
    // logarithmic: 5 decades above 0.1, bars start at the axis
    expect(spec.ticks!.map((t) => t.text)).to.deep.equal(['0.1', '1', '10', '100', '1,000', '10K']);
    expect(spec.ticks!.map((t) => t.at)).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(spec.rows[5]!.bars[0]!.size).to.be.closeTo((Math.log10(0.7576) + 1) / 5, 1e-4);
    expect(spec.rows[5]!.bars[0]!.text).to.equal('0.758');
    expect(spec.rows[0]!.bars[1]).to.include({ text: '5,200', kind: 'actual' });
    expect(spec.rows[5]!.bars[1]).to.include({ size: null, text: '' });
    expect(spec.rows[1]!.bars[1]).to.include({ colour: 'var(--_off-track)', kind: 'actual is-bottleneck' });
    expect(spec.rows[1]!.title).to.equal('Leads\nPlan: 94.7 a month\nActual: 70\nStep rate: 1.5%\nActual rate: 1.3%');
    // a bar of exactly 1 customer still shows: the axis starts a decade below the smallest bar
    const ceilMonth = buildFunnelModel(validateFunnel(bareOf(plan)).value!, { rounding: 'ceil' });
    expect(ceilMonth.customers).to.equal(1);
    const ceilScale = logScale(ceilMonth);
    expect(ceilScale.fromAxis(0)).to.be.closeTo(0.1, 1e-12);
    expect(ceilScale.toAxis(1)).to.equal(1);
    expect(ceilScale.toAxis(0)).to.equal(null);
    expect(funnelChartSpec(ceilMonth, s, f).rows[5]!.bars[0]!.size).to.be.greaterThan(0);
    const yearScale = logScale(buildFunnelModel(validateFunnel(bareOf(plan)).value!, { view: 'year', rounding: 'ceil' }));
    expect(yearScale.fromAxis(0)).to.equal(1);
    expect(yearScale.decades).to.equal(5);
    // Arabic digits and words in the values and hover texts
    const ar = funnelChartSpec(model, funnelStrings('ar'), new NumberFormatter('ar'));
    expect(ar.rows[0]!.bars[0]!.text).to.equal(new NumberFormatter('ar').count(6313.13));
    expect(ar.rows[1]!.title.split('\n')[1]).to.match(/^الخطة/);
    // forward: one bar per stage, the projection
    const fwd = funnelChartSpec(modelOf(forward), s, f);
    expect(fwd.rows.every((r) => r.bars.length === 1)).to.equal(true);
    expect(fwd.rows[0]!.title.split('\n')[1]).to.match(/^Projected: /);
    expect(logScale(modelOf(forward, 'quarter')).fromAxis(0)).to.equal(1);
  });

  it('editable: labelled inputs recompute at once and fire plan-change with the new result', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" editable .data=${plan}></funnel-planner>`);
    const labels = [...shadow(el).querySelectorAll('[part=editor] label')].map((l) => text(l));
    expect(labels).to.deep.equal([
      'Revenue goal', 'Goal period', 'Average deal size',
      'Website visits to Leads, %', 'Leads to MQLs, %', 'MQLs to SQLs, %', 'SQLs to Opportunities, %', 'Opportunities to Customers, %',
    ]);
    for (const input of shadow(el).querySelectorAll('[part=editor] input, [part=editor] select')) {
      expect(shadow(el).querySelector(`label[for="${input.id}"]`), input.id).to.not.equal(null);
    }
    const rate = shadow(el).querySelector<HTMLInputElement>('#field-rate_leads')!;
    expect(rate.value).to.equal('1.5');

    // typed by keyboard: 3 % instead of 1.5 % halves the visits needed
    rate.focus();
    rate.select();
    let event = oneEvent(el, 'plan-change');
    await sendKeys({ type: '3' });
    let detail = (await event).detail as FunnelModel;
    expect(detail).to.equal(el.result);
    expect(detail.stages[1]!.rate).to.equal(0.03);
    expect(detail.stages[0]!.required).to.be.closeTo(3156.57, 0.01);
    expect(rows(el)[0]![3]).to.equal('3,157');

    // the goal, in a grouped number
    const goal = shadow(el).querySelector<HTMLInputElement>('#field-goalRevenue')!;
    goal.value = '20,000,000';
    event = oneEvent(el, 'plan-change');
    goal.dispatchEvent(new Event('input', { bubbles: true }));
    detail = (await event).detail as FunnelModel;
    expect(detail.customers).to.be.closeTo(1.5152, 0.0001);

    // the period
    const period = shadow(el).querySelector<HTMLSelectElement>('#field-goalPeriod')!;
    period.value = 'quarter';
    event = oneEvent(el, 'plan-change');
    period.dispatchEvent(new Event('change', { bubbles: true }));
    detail = (await event).detail as FunnelModel;
    expect(detail.goal).to.deep.equal({ revenue: 20_000_000, period: 'quarter' });
    expect(detail.customers).to.be.closeTo(20_000_000 / 3 / 1_100_000, 1e-9);

    // the sensitivity line follows the edited plan
    expect(text(shadow(el).querySelector('.sensitivity'))).to.contain('Website visits to Leads. Raising it from 3% to 4%');

    // reset returns to the data
    event = oneEvent(el, 'plan-change');
    shadow(el).querySelector<HTMLButtonElement>('.reset')!.click();
    detail = (await event).detail as FunnelModel;
    expect(detail.customers).to.be.closeTo(0.7576, 0.0001);
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLInputElement>('#field-rate_leads')!.value).to.equal('1.5');
  });

  it('editable: a rate of 0 or text is refused in place, the plan unchanged and no plan-change', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" editable .data=${plan}></funnel-planner>`);
    let changes = 0;
    el.addEventListener('plan-change', () => changes++);
    const before = el.result;
    for (const value of ['0', 'abc', '150', '']) {
      const rate = shadow(el).querySelector<HTMLInputElement>('#field-rate_mqls')!;
      rate.value = value;
      rate.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(rate.getAttribute('aria-invalid'), value).to.equal('true');
      expect(text(shadow(el).querySelector('#field-rate_mqls-hint'))).to.equal('Enter a percentage above 0 and at most 100');
      expect(rate.getAttribute('aria-describedby')).to.equal('field-rate_mqls-hint');
    }
    const deal = shadow(el).querySelector<HTMLInputElement>('#field-averageDealSize')!;
    deal.value = '0';
    deal.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(deal.getAttribute('aria-invalid')).to.equal('true');
    await aTimeout(20);
    expect(changes).to.equal(0);
    expect(el.result).to.equal(before);
    noBrokenNumbers(el);
  });

  it('editable forward plan: the first stage volume and the deal size', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" editable .data=${forward}></funnel-planner>`);
    const labels = [...shadow(el).querySelectorAll('[part=editor] label')].map((l) => text(l));
    expect(labels.slice(0, 2)).to.deep.equal(['Website visits a month', 'Average deal size']);
    const volume = shadow(el).querySelector<HTMLInputElement>('#field-volume')!;
    volume.value = '12000';
    const event = oneEvent(el, 'plan-change');
    volume.dispatchEvent(new Event('input', { bubbles: true }));
    expect(((await event).detail as FunnelModel).customers).to.be.closeTo(1.44, 1e-9);
  });

  it('new data starts a new plan: earlier edits are dropped', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" editable .data=${plan}></funnel-planner>`);
    const rate = shadow(el).querySelector<HTMLInputElement>('#field-rate_leads')!;
    rate.value = '3';
    const event = oneEvent(el, 'plan-change');
    rate.dispatchEvent(new Event('input', { bubbles: true }));
    await event;
    el.data = structuredClone(plan);
    await el.updateComplete;
    expect(el.result!.stages[1]!.rate).to.equal(0.015);
    expect(shadow(el).querySelector<HTMLInputElement>('#field-rate_leads')!.value).to.equal('1.5');
  });

  it('Arabic, right to left: words, numbers and the mirrored chart', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><funnel-planner editable .data=${plan}></funnel-planner></div>`);
    const el = wrap.querySelector('funnel-planner')!;
    await el.updateComplete;
    expect(el.resolvedLocale).to.match(/^ar/);
    const summary = text(shadow(el).querySelector('[part=summary]'));
    expect(summary).to.contain('عنق الزجاجة');
    expect(summary).to.contain('شهريًا');
    expect(headers(el)[0]).to.equal('المرحلة');
    expect(text(shadow(el).querySelector('[part=editor] legend'))).to.equal('تعديل الخطة');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    // The chart mirrored: labels on the right, bars growing leftwards from the axis.
    const row = shadow(el).querySelector('.bar-row')!.getBoundingClientRect();
    const label = shadow(el).querySelector('.bar-label')!.getBoundingClientRect();
    const bar = shadow(el).querySelector('.bar')!.getBoundingClientRect();
    expect(label.left).to.be.greaterThan(bar.right);
    expect(Math.abs(label.right - row.right)).to.be.lessThan(2);
    const value = shadow(el).querySelector('.bar-value')!.getBoundingClientRect();
    expect(value.right).to.be.lessThan(bar.left + 1);
    noBrokenNumbers(el);
    await expect(el).to.be.accessible();
  });

  it('Arabic on a phone: fits a 360px column, the table scrolling inside its own box', async () => {
    // A grid column, as on the demo page: the element is as wide as its min-content when that is wider.
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="display: grid; width: 360px">
      <funnel-planner locale="ar" dir="rtl" exportable .data=${planAr}></funnel-planner>
    </div>`);
    const el = wrap.querySelector('funnel-planner')!;
    await el.updateComplete;
    expect(el.result!.bottleneck).to.equal('leads');
    expect(el.getBoundingClientRect().width).to.be.at.most(360);
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    // Nothing sticks out of the element's box, except what scrolls or clips inside a box of its own (the table).
    const box = el.getBoundingClientRect();
    const all = [...shadow(el).querySelectorAll('*')];
    const scrollers = all.filter((e) => getComputedStyle(e).overflowX !== 'visible');
    const past = all
      .filter((e) => !scrollers.some((s) => s !== e && s.contains(e)))
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`);
    expect(past).to.deep.equal([]);
    // The table keeps its columns and scrolls sideways in its wrapper.
    const tableWrap = shadow(el).querySelector('.table-wrap')!;
    expect(tableWrap.getBoundingClientRect().width).to.be.at.most(360);
    expect(shadow(el).querySelectorAll('thead th').length).to.equal(7);
    // The axis labels that show do not run into each other on the narrow axis.
    const ticks = [...shadow(el).querySelectorAll('.tick-text')]
      .filter((t) => getComputedStyle(t).visibility !== 'hidden')
      .map((t) => t.getBoundingClientRect())
      .sort((a, b) => a.left - b.left);
    expect(ticks.length).to.be.at.least(2);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.left).to.be.at.least(ticks[i - 1]!.right);
  });

  it('is accessible: plan with actuals, editable, forward, errors, dark', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" .data=${plan}></funnel-planner>`);
    await expect(el).to.be.accessible();
    el.editable = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.data = forward;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.data = { stages: [{ id: 'a' }, { id: 'b', rate: 0 }] };
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('no NaN, undefined or Infinity on screen for awkward plans', async () => {
    const awkward = [
      { ...forward, averageDealSize: undefined },
      { ...plan, actuals: { visits: 0, leads: 0, mqls: 0 } },
      { ...plan, pipelineCoverage: undefined, salesCycleDays: 0 },
      { goal: { revenue: 1, period: 'month' }, averageDealSize: 1e9, stages: [{ id: 'a' }, { id: 'b', rate: 1 }] },
    ];
    for (const data of awkward) {
      const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" editable .data=${data}></funnel-planner>`);
      expect(el.result, JSON.stringify(data)).to.not.equal(null);
      noBrokenNumbers(el);
    }
  });

  it('exportable: the table as CSV, the chart as PNG once drawn', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" exportable .data=${plan}></funnel-planner>`);
    const lines = el.toCSV({ display: true })!.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).to.equal('Stage,Step rate,From the top,Required,Actual,Gap,Actual rate');
    expect(lines[1]).to.equal('Website visits,,100%,"6,313","5,200","-1,113",');
    expect(lines[2]).to.equal('Leads,1.5%,1.5%,94.7,70,-24.7,1.3%');
    expect(lines[6]).to.equal('Customers,50%,0.012%,0.758,,,');
    await Promise.race([el.whenDrawn(), aTimeout(5000)]);
    expect(await el.toPNG()).to.match(/^data:image\/png;base64,/);
    await expect(el).to.be.accessible();
  });

  it('reads the plan from a child script (CMS) and from the data attribute', async () => {
    const el = await fixture<FunnelPlanner>(html`<funnel-planner locale="en">
      <script type="application/json">${JSON.stringify(forward)}</script>
    </funnel-planner>`);
    expect(el.result!.customers).to.be.closeTo(0.72, 1e-9);
    const attr = await fixture<FunnelPlanner>(html`<funnel-planner locale="en" data=${JSON.stringify(plan)}></funnel-planner>`);
    expect(attr.result!.bottleneck).to.equal('leads');
  });
});
