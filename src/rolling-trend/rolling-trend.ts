import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PrintController } from '../internal/print-controller.js';
import {
  buildTrendModel,
  TREND_CHARTS,
  validateTrend,
  type TrendChart,
  type TrendInput,
  type TrendModel,
  type TrendWindowPoint,
} from '../core/trend.js';
import type { Validated } from '../core/validation.js';
import { ChartController } from '../internal/chart-controller.js';
import { enumConverter } from '../internal/converters.js';
import { KitElement } from '../internal/kit-element.js';
import { tokens } from '../internal/styles.js';
import type { EChartsCoreOption } from 'echarts/core';
import { trendStyles } from './rolling-trend.styles.js';
import { periodName, trendStringsFor, type TrendStrings } from './strings.js';

/** The chart option builder, imported with ECharts: it is only needed to draw. */
let optionBuilder: typeof import('./chart-option.js') | null = null;
const loadOptionBuilder = () => import('./chart-option.js').then((m) => void (optionBuilder = m));

export interface TrendSelectDetail {
  kind: 'period';
  /** The period label, e.g. `2026-03`. */
  id: string;
  point: TrendWindowPoint;
}

/** A positive whole number of periods, or null (the default for the granularity). */
const windowConverter = {
  fromAttribute(value: string | null): number | null {
    if (value === null || value.trim() === '') return null;
    const n = Number(value);
    return Number.isInteger(n) && n > 0 ? n : null;
  },
  toAttribute(value: number | null): string | null {
    return value === null ? null : String(value);
  },
};

/**
 * @tagname rolling-trend
 * @summary The 13-month rolling trend: this period beside the previous one and
 * the same period last year, with the run of rises or falls in one sentence, a
 * target line, an optional compare series and the numbers as a table.
 *
 * @attr data - The series as JSON text (see the data schema).
 * @attr src - URL of the series JSON, fetched when no other data is given.
 * @attr refresh - Re-fetch `src` every this many seconds.
 * @attr locale - BCP 47 locale; default the nearest `lang`, then the browser.
 * @attr currency - ISO 4217 code for money; default USD.
 * @attr theme - `light`, `dark` or `auto` (default).
 * @attr window - Periods shown, ending at the latest; default 13 (months, weeks) or 5 (quarters).
 * @attr chart - `line` (default) or `bar`.
 * @attr exportable - Shows buttons that download the window as CSV and the chart as PNG.
 *
 * @event kpi-select - A period was activated (table row or chart point) by pointer or keyboard. `detail: { kind: 'period', id, point }`.
 * @event kpi-error - The data has problems. `detail: { errors: { path, message }[] }`.
 *
 * @slot - A `<script type="application/json">` holding the series.
 *
 * @csspart base - The element's frame.
 * @csspart header - The series label and latest period.
 * @csspart headline - Latest value, changes and the sentence.
 * @csspart value - The latest value.
 * @csspart change - A change chip (on the previous period, on last year).
 * @csspart sentence - The headline sentence.
 * @csspart legend - The chart's key (series, compare, target), as text.
 * @csspart chart - The chart box.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table of the window.
 * @csspart period - A period button in the table.
 * @csspart export - The export buttons (with `exportable`).
 * @csspart export-button - A CSV or PNG download button.
 * @csspart errors - The inline error panel.
 * @csspart loading - The loading message.
 * @csspart empty - The empty-state message.
 *
 * @cssprop --sk-color-text - Text colour.
 * @cssprop --sk-color-muted - Secondary text colour.
 * @cssprop --sk-color-surface - Background.
 * @cssprop --sk-color-surface-raised - Background of chips and the table header.
 * @cssprop --sk-color-border - Borders and grid lines.
 * @cssprop --sk-color-accent - Focus ring and the latest point.
 * @cssprop --sk-color-on-track - Colour of rises.
 * @cssprop --sk-color-at-risk - Target line colour.
 * @cssprop --sk-color-off-track - Colour of falls and of points below target.
 * @cssprop --sk-chart-1 - Main series colour.
 * @cssprop --sk-chart-2 - Compare series colour.
 * @cssprop --sk-chart-height - Height of the chart (default 280px).
 * @cssprop --sk-font-family - Font stack.
 * @cssprop --sk-radius - Corner radius.
 * @cssprop --sk-gap - Spacing unit.
 */
export class RollingTrend extends KitElement<TrendInput, TrendModel> {
  static override styles = [tokens, trendStyles];

  /** Periods shown, ending at the latest; null for the default (13 months or weeks, 5 quarters). */
  @property({ reflect: true, converter: windowConverter }) window: number | null = null;

  /** `line` (default) or `bar`. */
  @property({ reflect: true, converter: enumConverter(TREND_CHARTS, 'line') }) chart: TrendChart = 'line';

  @state() private tableOpen = false;
  /** A printout keeps the numbers: the table is laid out for printing, then closed again. */
  private openedForPrint = false;
  private readonly print = new PrintController(
    this,
    () => {
      this.openedForPrint = !this.tableOpen;
      this.tableOpen = true;
    },
    () => {
      if (this.openedForPrint) this.tableOpen = false;
      this.openedForPrint = false;
    },
  );

  private optionCache: { key: unknown[]; option: EChartsCoreOption | null } | null = null;

  /** The chart's lifecycle (lazy ECharts, resize, dispose). `chartController.ready` resolves once drawn. */
  override chartController: ChartController = new ChartController(this, {
    container: () => this.renderRoot?.querySelector<HTMLElement>('.chart'),
    prepare: loadOptionBuilder,
    option: (ctx) => {
      const model = this.result;
      // The same inputs give the same option object, so the controller skips redrawing.
      const key = [model, this.chart, this.resolvedLocale, this.formatter.currency, JSON.stringify(ctx)];
      if (this.optionCache && key.every((k, i) => k === this.optionCache!.key[i])) return this.optionCache.option;
      if (!optionBuilder) return null;
      let option: EChartsCoreOption | null = null;
      try {
        option = model ? optionBuilder.buildTrendOption(model, ctx, this.trendStrings, this.formatter, { chart: this.chart }) : null;
      } catch (e) {
        // Never throw out of the element: the headline and the table still show the numbers.
        console.error('scorecard-kit:', e);
      }
      this.optionCache = { key, option };
      return option;
    },
    onSelect: (params) => {
      const p = params as { componentType?: string; seriesId?: string; dataIndex: number };
      if (p.componentType && p.componentType !== 'series') return;
      const point = this.result?.window[p.dataIndex];
      if (point) this.select(point);
    },
  });

  private get trendStrings(): TrendStrings {
    return trendStringsFor(this.resolvedLocale);
  }

  protected override modelProperties() {
    return ['window'] as const;
  }

  protected validateInput(json: unknown): Validated<TrendInput> {
    return validateTrend(json);
  }

  protected buildModel(input: TrendInput): TrendModel {
    return buildTrendModel(input, { window: this.window, locale: this.resolvedLocale });
  }

  /** CSV: the window, oldest first, with the same columns and numbers as the table. */
  protected override exportTable(model: TrendModel) {
    const t = this.trendStrings;
    const f = this.formatter;
    const locale = this.resolvedLocale;
    const g = model.granularity;
    const header = [
      t.period,
      model.label ?? t.value,
      ...(model.hasTarget ? [t.target] : []),
      ...(model.hasCompare ? [model.compareLabel ?? t.compare] : []),
      t.sameLastYearColumn[g],
      t.changeColumn[g],
      t.yoyColumn,
    ];
    const num = (v: number | null) => ({ formatted: v === null ? '' : f.format(v, model.unit) });
    const pct = (v: number | null) => ({ formatted: v === null ? '' : f.percent(v, { signed: true }) });
    const rows = model.window.map((w) => [
      periodName(w.period, locale),
      num(w.value),
      ...(model.hasTarget ? [num(w.target)] : []),
      ...(model.hasCompare ? [num(w.compare)] : []),
      num(w.sameLastYear),
      pct(w.change),
      pct(w.yoy),
    ]);
    return { header, rows };
  }

  private select(point: TrendWindowPoint): void {
    this.emit<TrendSelectDetail>('kpi-select', { kind: 'period', id: point.period, point: { ...point } });
  }

  private changeChip(ratio: number | null, words: string): TemplateResult {
    const f = this.formatter;
    const t = this.trendStrings;
    const direction = ratio === null ? 'none' : ratio > 0 ? 'up' : ratio < 0 ? 'down' : 'level';
    const arrow = { up: '▲', down: '▼', level: '■', none: '' }[direction];
    return html`<span part="change" class="change ${direction}">
      ${arrow ? html`<span aria-hidden="true">${arrow}</span>` : nothing}
      <strong>${ratio === null ? t.notComputable : f.percent(ratio, { signed: true })}</strong>
      <span class="words">${words}</span>
    </span>`;
  }

  private renderHeadline(model: TrendModel): TemplateResult {
    const f = this.formatter;
    const t = this.trendStrings;
    const locale = this.resolvedLocale;
    const latest = model.latest!;
    return html`<div part="headline" class="headline">
      <div class="latest">
        <span part="value" class="value">${f.format(latest.value, model.unit)}</span>
        <span class="latest-period">${periodName(latest.period, locale)}</span>
      </div>
      <div class="changes">
        ${this.changeChip(model.mom, t.previous[model.granularity])}
        ${this.changeChip(model.yoy, t.lastYear[model.granularity])}
      </div>
      <p part="sentence" class="sentence">${model.headline}</p>
    </div>`;
  }

  private renderTable(model: TrendModel): TemplateResult {
    const f = this.formatter;
    const t = this.trendStrings;
    const locale = this.resolvedLocale;
    const g = model.granularity;
    const label = model.label ?? t.value;
    const num = (v: number | null) => (v === null ? html`<span class="gap">${f.format(null)}</span>` : f.format(v, model.unit));
    const pct = (v: number | null) => (v === null ? html`<span class="gap">${f.format(null)}</span>` : f.percent(v, { signed: true }));
    return html`<table part="table" class="table" id="trend-table">
      <thead>
        <tr>
          <th scope="col">${t.period}</th>
          <th scope="col">${label}</th>
          ${model.hasTarget ? html`<th scope="col">${t.target}</th>` : nothing}
          ${model.hasCompare ? html`<th scope="col">${model.compareLabel ?? t.compare}</th>` : nothing}
          <th scope="col">${t.sameLastYearColumn[g]}</th>
          <th scope="col">${t.changeColumn[g]}</th>
          <th scope="col">${t.yoyColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${model.window
          .slice()
          .reverse()
          .map(
            (w) => html`<tr data-period=${w.period} class=${w.belowTarget ? 'below' : ''}>
              <th scope="row">
                <button type="button" part="period" class="period" @click=${() => this.select(w)}>${periodName(w.period, locale)}</button>
              </th>
              <td class="num" data-value=${w.value ?? ''}>
                ${num(w.value)}${w.belowTarget ? html` <span class="below-mark">(${t.belowTarget})</span>` : nothing}
              </td>
              ${model.hasTarget ? html`<td class="num">${num(w.target)}</td>` : nothing}
              ${model.hasCompare ? html`<td class="num">${num(w.compare)}</td>` : nothing}
              <td class="num">${num(w.sameLastYear)}</td>
              <td class="num">${pct(w.change)}</td>
              <td class="num">${pct(w.yoy)}</td>
            </tr>`,
          )}
      </tbody>
    </table>`;
  }

  protected renderModel(model: TrendModel): TemplateResult {
    const t = this.trendStrings;
    const locale = this.resolvedLocale;
    if (!model.latest || !model.window.length) {
      return html`${model.label ? html`<header part="header" class="header"><h2 class="title">${model.label}</h2></header>` : nothing}
        <p part="empty" class="state empty">${t.noPoints}</p>`;
    }
    const first = model.window[0]!;
    const chartLabel = t.chartLabel(
      model.label ?? t.series,
      periodName(first.period, locale),
      periodName(model.latest.period, locale),
      model.headline,
    );
    return html`<header part="header" class="header">
        ${model.label ? html`<h2 class="title">${model.label}</h2>` : nothing}
      </header>
      ${this.renderHeadline(model)}
      ${model.hasCompare || model.hasTarget
        ? html`<ul part="legend" class="legend ${this.chart}">
            <li><span class="key main"></span>${model.label ?? t.series}</li>
            ${model.hasCompare ? html`<li><span class="key compare"></span>${model.compareLabel ?? t.compare}</li>` : nothing}
            ${model.hasTarget ? html`<li><span class="key target"></span>${t.target}</li>` : nothing}
          </ul>`
        : nothing}
      <div part="chart" class="chart" role="img" aria-label=${chartLabel}></div>
      <div class="table-area">
        <button type="button" part="table-toggle" class="table-toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls=${this.tableOpen ? 'trend-table' : nothing} @click=${() => (this.tableOpen = !this.tableOpen)}>
          ${this.tableOpen ? t.hideTable : t.showTable}
        </button>
        ${this.tableOpen ? this.renderTable(model) : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rolling-trend': RollingTrend;
  }
}
