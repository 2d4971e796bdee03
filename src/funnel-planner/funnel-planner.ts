import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import {
  applyFunnelEdits,
  buildFunnelModel,
  FUNNEL_PERIODS,
  FUNNEL_ROUNDING,
  outOfRange,
  parseLocaleNumber,
  validateFunnel,
  type FunnelEdits,
  type FunnelInput,
  type FunnelModel,
  type FunnelPeriod,
  type FunnelRounding,
  type FunnelStage,
} from '../core/funnel.js';
import { plainText, type Validated } from '../core/validation.js';
import { barChartStyles, renderBarChart } from '../internal/bar-chart.js';
import { enumConverter } from '../internal/converters.js';
import { KitElement } from '../internal/kit-element.js';
import { funnelTable, withFunnelEdits } from '../core/csv-write.js';
import { resolveCurrency } from '../core/format.js';
import { statusIcon } from '../internal/status-icon.js';
import { tokens } from '../internal/styles.js';
import { formatVolume, hasActuals } from './chart-helpers.js';
import { funnelChartSpec } from './chart.js';
import { funnelPlannerStyles } from './funnel-planner.styles.js';
import { funnelStrings, type FunnelStrings } from './strings.js';

export interface FunnelSelectDetail {
  kind: 'stage';
  id: string;
  stage: FunnelStage;
}

/** Which editable field holds text that is not a valid value. */
type FieldKey = 'goalRevenue' | 'averageDealSize' | 'volume' | `rate:${string}`;

/**
 * @tagname funnel-planner
 * @summary The lead-to-revenue plan: a revenue goal worked backwards into the
 * customers, opportunities, SQLs, MQLs, leads and visits needed per month,
 * quarter or year (or today's volume worked forwards into revenue), plan
 * against actuals, and the bottleneck step said in a sentence.
 *
 * @attr data - The plan as JSON text (see the data schema).
 * @attr src - URL of the plan JSON, fetched when no other data is given.
 * @attr refresh - Re-fetch `src` every this many seconds.
 * @attr locale - BCP 47 locale; default the nearest `lang`, then the browser.
 * @attr currency - ISO 4217 code for money; default USD.
 * @attr theme - `light`, `dark` or `auto` (default).
 * @attr view - Volumes per `month` (default), `quarter` or `year`.
 * @attr rounding - `none` (default) or `ceil`: round every required volume up to whole units.
 * @attr editable - Show inputs for the goal, period, deal size and every rate; edits recompute at once.
 * @attr exportable - Show buttons that download the table as CSV and the chart as PNG.
 *
 * @event kpi-select - A stage was activated by pointer or keyboard. `detail: { kind: 'stage', id, stage }`.
 * @event plan-change - An input was edited. `detail` is the new `result`.
 * @event kpi-error - The data has problems. `detail: { errors: { path, message }[] }`.
 *
 * @slot - A `<script type="application/json">` holding the plan.
 *
 * @csspart base - The element's frame.
 * @csspart header - Title and mode.
 * @csspart summary - The sentences: customers needed, bottleneck, coverage, cycle, sensitivity.
 * @csspart bottleneck - The bottleneck sentence.
 * @csspart legend - The chart's key (plan and actual), as text.
 * @csspart chart - The chart box: HTML bars on a logarithmic scale, one image with a text alternative for assistive technology (the table holds the same numbers); a click on a stage's bars fires `kpi-select`.
 * @csspart table - The table of stages.
 * @csspart stage - A stage's button in the table.
 * @csspart editor - The inputs shown with `editable`.
 * @csspart export - The CSV and PNG download buttons (with `exportable`).
 * @csspart errors - The inline error panel.
 * @csspart loading - The loading message.
 * @csspart empty - The empty-state message.
 *
 * @cssprop --sk-color-text - Text colour.
 * @cssprop --sk-color-muted - Secondary text colour.
 * @cssprop --sk-color-surface - Background.
 * @cssprop --sk-color-surface-raised - Background of the table header and inputs.
 * @cssprop --sk-color-border - Borders.
 * @cssprop --sk-color-input-border - Borders of the editor's inputs (default 3:1 or more against them and the page: #6e7781, dark #848d97).
 * @cssprop --sk-color-accent - Plan bars, focus ring.
 * @cssprop --sk-color-on-track - Actual bars at or above plan.
 * @cssprop --sk-color-at-risk - Actual bars below plan.
 * @cssprop --sk-color-off-track - The bottleneck.
 * @cssprop --sk-color-error-surface - Background of the error panel.
 * @cssprop --sk-font-family - Font stack.
 * @cssprop --sk-font-family-arabic - Font stack for Arabic text (default --sk-font-family when set, else Noto Sans Arabic, Noto Naskh Arabic, Segoe UI, SF Arabic, Geeza Pro, Tahoma).
 * @cssprop --sk-radius - Corner radius.
 * @cssprop --sk-gap - Spacing unit.
 */
export class FunnelPlanner extends KitElement<FunnelInput, FunnelModel> {
  static override styles = [tokens, barChartStyles, funnelPlannerStyles];

  /** Volumes are shown per this period. */
  @property({ reflect: true, converter: enumConverter(FUNNEL_PERIODS, 'month') }) view: FunnelPeriod = 'month';

  /** `ceil` rounds every required volume up to whole units. */
  @property({ reflect: true, converter: enumConverter(FUNNEL_ROUNDING, 'none') }) rounding: FunnelRounding = 'none';

  /** Shows inputs for the goal, deal size and rates. */
  @property({ type: Boolean, reflect: true }) editable = false;

  @state() private edits: FunnelEdits = {};
  @state() private invalid: Partial<Record<FieldKey, boolean>> = {};

  private editedInput: FunnelInput | null = null;
  private editorGeneration = 0;

  protected override modelProperties() {
    return ['view', 'rounding', 'edits'] as const;
  }

  protected validateInput(json: unknown): Validated<FunnelInput> {
    return validateFunnel(json);
  }

  protected buildModel(input: FunnelInput): FunnelModel {
    // New data starts a new plan: edits were made to the old one.
    if (input !== this.editedInput) {
      this.editedInput = input;
      this.edits = {};
      this.invalid = {};
      this.editorGeneration++;
    }
    return buildFunnelModel(applyFunnelEdits(input, this.edits), { view: this.view, rounding: this.rounding });
  }

  /** `toCSV()`: the plan in its CSV shape, one row per stage, with the reader's edits applied. */
  protected override machineTable(document: unknown, model: FunnelModel) {
    return funnelTable(withFunnelEdits(document, this.edits), model.stages, resolveCurrency(this.currency) ?? 'USD');
  }

  /** The table's numbers as `toCSV()` exports them (formatted in the locale). */
  protected override exportTable(model: FunnelModel) {
    const t = this.words.table;
    const actuals = hasActuals(model);
    const header = [t.stage, t.rate, t.cumulative, model.mode === 'forward' ? t.projected : t.required];
    if (actuals) header.push(t.actual, t.gap, t.actualRate);
    const rows = model.stages.map((st, i) => [
      { text: st.label },
      { formatted: i > 0 ? this.pct(st.rate) : '' },
      { formatted: this.pct(st.cumulative) },
      { formatted: this.vol(st.required) },
      ...(actuals
        ? [
            { formatted: st.actual === null ? '' : this.vol(st.actual) },
            { formatted: st.gap === null ? '' : this.vol(st.gap, true) },
            { formatted: st.actualRate === null ? '' : this.pct(st.actualRate) },
          ]
        : []),
    ]);
    return { header, rows };
  }

  private get words(): FunnelStrings {
    return funnelStrings(this.resolvedLocale);
  }

  /** A rate as a percentage; small cumulative shares keep two significant digits (0.012 %). */
  private pct(ratio: number | null): string {
    if (ratio !== null && ratio > 0 && ratio < 0.01) {
      return new Intl.NumberFormat(this.resolvedLocale, { style: 'percent', maximumSignificantDigits: 2, signDisplay: 'negative' }).format(ratio);
    }
    return this.formatter.percent(ratio);
  }

  private vol(value: number | null | undefined, signed = false): string {
    return formatVolume(this.formatter, value, { signed });
  }

  /** The chart is HTML, drawn with the render: PNG export paints it. */
  protected override hasChart(): boolean {
    return true;
  }

  private select(stage: FunnelStage): void {
    this.emit<FunnelSelectDetail>('kpi-select', { kind: 'stage', id: stage.id, stage });
  }

  private async edit(field: FieldKey, text: string, target: HTMLInputElement): Promise<void> {
    const n = parseLocaleNumber(text, this.resolvedLocale);
    const isRate = field.startsWith('rate:');
    const ok = n !== null && (field === 'volume' ? n >= 0 : n > 0) && (!isRate || n <= 100);
    this.invalid = { ...this.invalid, [field]: !ok };
    target.setAttribute('aria-invalid', String(!ok));
    if (!ok) return;
    // Rates by stage id: ids are the user's (`__proto__` is a stage like any other), so no prototype.
    const edits: FunnelEdits = { ...this.edits, rates: Object.assign(Object.create(null) as Record<string, number>, this.edits.rates) };
    if (isRate) edits.rates![field.slice(5)] = n / 100;
    else if (field === 'goalRevenue') edits.goalRevenue = n;
    else if (field === 'averageDealSize') edits.averageDealSize = n;
    else edits.volume = n;
    // An edit the plan cannot compute (volumes that overflow) is refused like a typo, never shown as Infinity.
    if (this.editedInput && outOfRange(applyFunnelEdits(this.editedInput, edits))) {
      this.invalid = { ...this.invalid, [field]: true };
      target.setAttribute('aria-invalid', 'true');
      return;
    }
    this.edits = edits;
    await this.updateComplete;
    if (this.result) this.emit<FunnelModel>('plan-change', this.result);
  }

  private async editPeriod(period: FunnelPeriod): Promise<void> {
    this.edits = { ...this.edits, goalPeriod: period };
    await this.updateComplete;
    if (this.result) this.emit<FunnelModel>('plan-change', this.result);
  }

  private async resetEdits(): Promise<void> {
    this.edits = {};
    this.invalid = {};
    this.editorGeneration++;
    await this.updateComplete;
    if (this.result) this.emit<FunnelModel>('plan-change', this.result);
  }

  private renderField(field: FieldKey, label: string | TemplateResult, value: number, hint: string): TemplateResult {
    const id = `field-${field.replace(/[^\w-]/g, '_')}`;
    const shown = new Intl.NumberFormat(this.resolvedLocale, { maximumFractionDigits: 4, useGrouping: false, signDisplay: 'negative' }).format(value);
    const bad = Boolean(this.invalid[field]);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="text" inputmode="decimal" autocomplete="off" value=${shown}
        aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${bad ? `${id}-hint` : nothing}
        @input=${(e: Event) => this.edit(field, (e.target as HTMLInputElement).value, e.target as HTMLInputElement)} />
      ${bad ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
    </div>`;
  }

  private renderEditor(model: FunnelModel): TemplateResult {
    const w = this.words;
    const e = w.edit;
    const stages = model.stages;
    // The inputs show the plan as edited; data changes or a reset re-create them.
    return html`${keyed(
      this.editorGeneration,
      html`<fieldset part="editor" class="editor">
        <legend>${e.legend}</legend>
        <div class="fields">
          ${model.goal
            ? html`${this.renderField('goalRevenue', e.goalRevenue, model.goal.revenue, e.invalid)}
                <div class="field">
                  <label for="field-goalPeriod">${e.goalPeriod}</label>
                  <select id="field-goalPeriod" @change=${(ev: Event) => this.editPeriod((ev.target as HTMLSelectElement).value as FunnelPeriod)}>
                    ${FUNNEL_PERIODS.map((p) => html`<option value=${p} ?selected=${p === model.goal!.period}>${w.period[p]}</option>`)}
                  </select>
                </div>`
            : this.renderField('volume', e.volumeIn(stages[0]!.label, w.per[this.editedInput?.volumePeriod ?? 'month']),
                this.edits.volume ?? this.editedInput?.stages[0]?.volume ?? 0, e.invalid)}
          ${model.averageDealSize !== null || model.goal
            ? this.renderField('averageDealSize', e.averageDealSize, model.averageDealSize ?? 0, e.invalid)
            : nothing}
          ${stages.slice(1).map((st, i) =>
            this.renderField(`rate:${st.id}`, e.rate(stages[i]!.label, st.label), (st.rate ?? 0) * 100, e.invalidRate(new Intl.NumberFormat(this.resolvedLocale).format(100))),
          )}
        </div>
        <button type="button" class="reset" @click=${() => this.resetEdits()}>${e.reset}</button>
      </fieldset>`,
    )}`;
  }

  private renderSummary(model: FunnelModel): TemplateResult {
    const w = this.words;
    const f = this.formatter;
    const per = w.per[model.view];
    const top = model.stages[0]!;
    const last = model.stages[model.stages.length - 1]!;
    const lines: TemplateResult[] = [];
    if (model.mode === 'backward') {
      lines.push(html`<p class="headline">${w.backwardSummary(f.money(model.goalRevenue), per, f.money(model.averageDealSize),
        this.vol(model.customers), this.vol(top.required), top.label)}</p>`);
    } else {
      lines.push(html`<p class="headline">${w.forwardSummary(this.vol(top.required), top.label, per, this.vol(last.required),
        model.revenue === null ? null : f.money(model.revenue))}</p>`);
      if (model.revenue === null) lines.push(html`<p class="note">${w.forwardNoDealSize}</p>`);
    }
    if (model.mode === 'backward' && model.rounding === 'ceil') lines.push(html`<p class="note">${w.rounded}</p>`);
    if (hasActuals(model)) {
      const b = model.stages.findIndex((s) => s.id === model.bottleneck);
      if (b > 0) {
        const st = model.stages[b]!;
        lines.push(html`<p part="bottleneck" class="bottleneck">${statusIcon('off-track')}<span>${w.bottleneck(model.stages[b - 1]!.label,
          st.label, this.pct(st.actualRate), this.pct(st.rate), f.percent(st.shortfall))}</span></p>`);
      } else {
        lines.push(html`<p part="bottleneck" class="bottleneck clear">${model.comparedSteps ? html`${statusIcon('on-track')}<span>${w.noBottleneck}</span>` : w.noActualRates}</p>`);
      }
    }
    if (model.pipelineValue !== null && model.pipelineCoverage !== null) {
      lines.push(html`<p>${w.coverage(f.format(model.pipelineCoverage, 'ratio'), f.money(model.pipelineValue), per)}</p>`);
    }
    if (model.salesCycle) {
      const stage = model.stages.find((s) => s.id === model.salesCycle!.stage)?.label ?? null;
      const months = model.salesCycle.months;
      // The plural of the number as shown (one decimal, as the 'score' format rounds it).
      const plural = new Intl.PluralRules(this.resolvedLocale, { maximumFractionDigits: 1 }).select(months);
      lines.push(html`<p>${w.salesCycle(f.format(model.salesCycle.days, 'days'), stage, f.format(months, 'score'), plural)}</p>`);
    }
    const sens = model.sensitivity;
    if (sens) {
      const at = model.stages.findIndex((s) => s.id === sens.stage);
      const from = model.stages[at - 1]!.label;
      const to = model.stages[at]!.label;
      lines.push(html`<p class="sensitivity">${sens.saved !== null
        ? w.sensitivitySaved(from, to, this.pct(sens.rate), this.pct(sens.improvedRate), this.vol(sens.saved), top.label, per)
        : w.sensitivityGained(from, to, this.pct(sens.rate), this.pct(sens.improvedRate), this.vol(sens.gained), per)}</p>`);
    }
    return html`<div part="summary" class="summary">${lines}</div>`;
  }

  private renderTable(model: FunnelModel): TemplateResult {
    const w = this.words;
    const t = w.table;
    const actuals = hasActuals(model);
    const top = model.stages[0]!;
    const reason = (st: FunnelStage) =>
      st.actual !== null && st.actualRateMissing && st.actualRateMissing.reason !== 'no-actual'
        ? html` <span class="reason">${this.strings.missing[st.actualRateMissing.reason](st.actualRateMissing.input)}</span>`
        : nothing;
    return html`<div class="table-wrap"><table part="table">
      <caption>${t.caption(w.per[model.view])}</caption>
      <thead><tr>
        <th scope="col">${t.stage}</th><th scope="col">${t.rate}</th><th scope="col">${t.cumulative}</th>
        <th scope="col">${model.mode === 'forward' ? t.projected : t.required}</th>
        ${actuals ? html`<th scope="col">${t.actual}</th><th scope="col">${t.gap}</th><th scope="col">${t.actualRate}</th>` : nothing}
      </tr></thead>
      <tbody>${model.stages.map((st, i) => html`<tr data-id=${st.id} class=${st.id === model.bottleneck ? 'is-bottleneck' : ''}>
        <th scope="row"><button type="button" part="stage" class="stage" @click=${() => this.select(st)}>${st.label}</button></th>
        <td title=${i > 0 ? w.rateOf(this.pct(st.rate), plainText(model.stages[i - 1]!.label), plainText(st.label)) : nothing}>${i > 0 ? this.pct(st.rate) : w.first}</td>
        <td title=${w.ofTop(this.pct(st.cumulative), plainText(top.label))}>${this.pct(st.cumulative)}</td>
        <td class="num">${this.vol(st.required)}</td>
        ${actuals
          ? html`<td class="num">${this.vol(st.actual)}</td>
              <td class="num ${st.gap !== null && st.gap < 0 ? 'short' : ''}">${this.vol(st.gap, true)}</td>
              <td>${i > 0 ? this.pct(st.actualRate) : ''}${reason(st)}</td>`
          : nothing}
      </tr>`)}</tbody>
    </table></div>`;
  }

  protected renderModel(model: FunnelModel): TemplateResult {
    const w = this.words;
    const per = w.per[model.view];
    const described = model.stages.map((s) => `${plainText(s.label)} ${this.vol(s.required)}${s.actual !== null ? ` (${w.actual} ${this.vol(s.actual)})` : ''}`).join(', ');
    return html`<header part="header" class="header">
        <h2 class="title">${model.title ?? w.planTitle}</h2>
        <span class="period mode">${model.mode === 'backward' ? w.modeBackward : w.modeForward} · ${w.period[model.view]}</span>
      </header>
      ${this.renderSummary(model)}
      ${this.editable ? this.renderEditor(model) : nothing}
      ${hasActuals(model)
        ? html`<ul part="legend" class="legend">
            <li><span class="key plan"></span>${model.mode === 'forward' ? w.projected : w.plan}</li>
            <li><span class="key actual"></span>${w.actual}</li>
          </ul>`
        : nothing}
      ${renderBarChart(funnelChartSpec(model, w, this.formatter), {
        label: `${hasActuals(model) ? w.chartLabelActuals(per) : w.chartLabel(per)}: ${described}`,
        onSelect: (i) => {
          const stage = model.stages[i];
          if (stage) this.select(stage);
        },
      })}
      ${this.renderTable(model)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'funnel-planner': FunnelPlanner;
  }
  interface HTMLElementEventMap {
    'plan-change': CustomEvent<FunnelModel>;
  }
}
