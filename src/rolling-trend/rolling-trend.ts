import { html, nothing, svg, type TemplateResult } from 'lit';
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
import { plainText, type Validated } from '../core/validation.js';
import type { ChartController } from '../internal/chart-controller.js';
import { enumConverter } from '../internal/converters.js';
import { styleProps } from '../internal/style-props.js';
import { KitElement } from '../internal/kit-element.js';
import { resizeObserverFor } from '../internal/documents.js';
import { trendTable } from '../core/csv-write.js';
import { resolveCurrency } from '../core/format.js';
import { tokens } from '../internal/styles.js';
import { trendStyles } from './rolling-trend.styles.js';
import { periodName, trendStringsFor, type TrendStrings } from './strings.js';
import { bandCentre, indexAt, MAX_SVG_POINTS, trendChartSpec, trendSummaryNumbers, trendTooltipLines, VIEW } from './chart.js';

/** The plot's width assumed for fitting axis labels until it is laid out. */
const DEFAULT_PLOT_WIDTH = 600;
const num = (n: number) => String(Math.round(n * 1e5) / 1e5);

/** The ECharts side (controller and option builder), imported for a long window only. */
let echartsSide: Promise<typeof import('./echarts-chart.js')> | null = null;

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
 * @cssprop --sk-font-family-arabic - Font stack for Arabic text (default --sk-font-family when set, else Noto Sans Arabic, Noto Naskh Arabic, Segoe UI, SF Arabic, Geeza Pro, Tahoma).
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
  /** The period under the pointer in the chart (its tooltip shows), or null. */
  @state() private active: number | null = null;
  /** Where the active period is, as a fraction of the chart's width. */
  private activeX = 0;
  /** The plot's laid-out width, rounded, for fitting axis labels; 0 until measured. */
  @state() private plotWidth = 0;
  private plotObserver: ResizeObserver | null = null;
  private observedPlot: Element | null = null;
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

  /**
   * ECharts' lifecycle (lazy load, resize, dispose) for windows longer than `MAX_SVG_POINTS`,
   * drawn down-sampled on a canvas; created (and its module loaded) when such a window is
   * first asked for. Shorter windows are SVG, drawn with the render. Its `ready` resolves
   * once an ECharts chart is drawn.
   */
  override chartController: ChartController | null = null;
  private controllerLoading: Promise<void> | null = null;

  /** Whether the window shown, or asked for by the `window` attribute, is drawn by ECharts. */
  private get long(): boolean {
    if ((this.window ?? 0) > MAX_SVG_POINTS) return true;
    // The window's length comes with the model, which is not built until the trend is shown.
    return this.gate.isOpen && (this.result?.window.length ?? 0) > MAX_SVG_POINTS;
  }

  /** Loads the ECharts side and creates the controller, once (it then follows every update). */
  private loadController(): Promise<void> {
    echartsSide ??= import('./echarts-chart.js');
    this.controllerLoading ??= echartsSide
      .then((m) => {
        this.chartController = m.trendChartController(this, {
          model: () => this.result,
          chart: () => this.chart,
          strings: () => this.trendStrings,
          formatter: () => this.formatter,
          timeRtl: () => this.timeRtl,
          near: this.gate.reached,
        });
        this.requestUpdate();
      })
      .catch((e: unknown) => console.error('scorecard-kit: the chart library could not be loaded', e));
    return this.controllerLoading;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Asked for a long window: start loading ECharts while the data is on its way.
    if (this.long && !this.chartController) void this.loadController();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.long && !this.chartController) void this.loadController();
    this.observePlot();
  }

  /** A long window's chart is ECharts': there is no PNG of it until ECharts has drawn it. */
  override async toPNG(): Promise<string | null> {
    if (this.long && !this.chartController?.chart) return null;
    return super.toPNG();
  }

  /** A chart shows (and can be exported) whenever the window has periods. */
  protected override hasChart(): boolean {
    return Boolean(this.result?.window.length);
  }

  protected override async chartReady(): Promise<void> {
    if (!this.gate.isNear && this.hasChart()) {
      // The chart is drawn when the reader comes within a screen of it.
      await this.gate.reached;
      await this.updateComplete;
    }
    if (this.long && !this.chartController) {
      await this.loadController();
      await this.updateComplete;
    }
    await super.chartReady();
  }

  private get trendStrings(): TrendStrings {
    return trendStringsFor(this.resolvedLocale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.plotObserver?.disconnect();
    this.plotObserver = null;
    this.observedPlot = null;
  }

  /** The axis labels that fit depend on the plot's width: measured by an observer, never read in a render. */
  private observePlot(): void {
    // An update after the element left the page (a late state change) observes nothing.
    const plot = this.isConnected ? this.renderRoot.querySelector('.plot') : null;
    if (plot === this.observedPlot) return;
    this.plotObserver?.disconnect();
    this.plotObserver = null;
    this.observedPlot = plot;
    if (!plot) return;
    // An observer of the window the plot is in now: moved into a print iframe, it is that one's.
    this.plotObserver = resizeObserverFor(plot, ([entry]) => {
      const width = Math.round((entry?.contentRect.width ?? 0) / 10) * 10;
      if (width > 0) this.plotWidth = width;
    });
    this.plotObserver.observe(plot);
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

  /** `toCSV()`: the series in its CSV shape, one row per period. */
  protected override machineTable(document: unknown, model: TrendModel) {
    return trendTable(document, model.window, model.unit, resolveCurrency(this.currency) ?? 'USD');
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
    const from = periodName(model.window[0]!.period, locale);
    const to = periodName(model.window[model.window.length - 1]!.period, locale);
    // The wrapper scrolls the table sideways on a narrow screen, inside the element's box.
    return html`<div class="table-wrap"><table part="table" class="table" id="trend-table">
      <caption><bdi>${label}</bdi> ${t.tableCaption(g, from, to)}</caption>
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
    </table></div>`;
  }

  /**
   * The period under the pointer, and its x as a fraction of the box the tooltip is placed
   * in: the SVG plot's bands, or the ECharts grid's axis for a long window.
   */
  private pointerAt(e: PointerEvent | MouseEvent, n: number): { index: number; x: number } | null {
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    if (!box.width) return null;
    const px = e.clientX - box.left;
    const chart = this.chartController?.chart;
    if (n > MAX_SVG_POINTS) {
      if (!chart) return null;
      const at = chart.convertFromPixel({ xAxisIndex: 0 }, px) as unknown;
      const index = Math.min(n - 1, Math.max(0, Math.round(Number(Array.isArray(at) ? at[0] : at))));
      if (!Number.isFinite(index)) return null;
      return { index, x: Number(chart.convertToPixel({ xAxisIndex: 0 }, index)) / box.width };
    }
    const rtl = this.timeRtl;
    const index = indexAt(px / box.width, n, rtl);
    return { index, x: bandCentre(index, n, rtl) };
  }

  /** The period whose tooltip shows, if it is still in a window of `n` periods. */
  private activeIn(n: number): number | null {
    return this.active !== null && this.active < n ? this.active : null;
  }

  /** Pointer handlers shared by both charts: hover shows the tooltip, a click selects the period. */
  private pointerHandlers(n: number) {
    return {
      move: (e: PointerEvent) => {
        const at = this.pointerAt(e, n);
        this.active = at && at.index;
        this.activeX = at?.x ?? 0;
      },
      leave: () => (this.active = null),
      click: (e: MouseEvent) => {
        const at = this.pointerAt(e, n);
        const point = at && this.result?.window[at.index];
        if (point) this.select(point);
      },
    };
  }

  /** The chart in HTML and SVG: grid, bars or lines, dots, the two labelled marks, axes and a tooltip. */
  private renderChart(model: TrendModel, label: string): TemplateResult | typeof nothing {
    // Time runs right to left with the text, unless time-direction="ltr" keeps it left to right.
    const rtl = this.timeRtl;
    const timeLtrInRtl = this.timeAgainstText;
    const spec = trendChartSpec(model, this.trendStrings, this.formatter, {
      chart: this.chart,
      rtl,
      locale: this.resolvedLocale,
      width: this.plotWidth || DEFAULT_PLOT_WIDTH,
    });
    if (!spec) return nothing;
    const n = spec.n;
    const active = this.activeIn(n);
    const on = this.pointerHandlers(n);
    const longest = Math.max(...spec.yTicks.map((t) => t.label.length));
    const at = (x: number, y: number) => styleProps({ '--x': num(x), '--y': num(y) });
    const band = (x0: number, width: number) => styleProps({ '--x0': num(x0), '--w': num(width) });
    return html`<div part="chart" class="chart svg ${spec.chart}${timeLtrInRtl ? ' time-ltr' : ''}" role="img" aria-label=${label}>
      <div class="y-axis" aria-hidden="true" style=${styleProps({ '--chars': String(longest) })}>
        ${spec.yTicks.map((t) => html`<span class="y-label" style=${at(0, t.y)}>${t.label}</span>`)}
      </div>
      <div class="plot" @pointermove=${on.move} @pointerleave=${on.leave} @click=${on.click}>
        ${spec.yTicks.map((t) => html`<span class="grid-line" style=${at(0, t.y)}></span>`)}
        ${spec.bars.map(
          (b) => html`<span class="band${b.values.length > 1 ? ' pair' : ''}" style=${band(b.x0, b.width)}>
            ${b.values.map(
              (v) => html`<span class="bar ${v.kind}${v.below ? ' below' : ''}" style=${styleProps({ '--top': num(v.top), '--bottom': num(v.bottom) })}></span>`,
            )}
          </span>`,
        )}
        <svg class="lines" viewBox="0 0 ${VIEW} ${VIEW}" preserveAspectRatio="none" aria-hidden="true">
          ${spec.lines.map((l) => svg`<path class="line ${l.kind}" d=${l.d}></path>`)}
        </svg>
        ${spec.dots.map((d) => html`<span class="dot ${d.kind}${d.below ? ' below' : ''}" style=${at(d.x, d.y)}></span>`)}
        ${spec.marks.map(
          (m) => html`<span class="dot mark ${m.kind}" style=${at(m.x, m.y)}></span>
            <span class="mark-label ${m.kind}${markSide(m.x)}" style=${at(m.x, m.y)}>${m.text}</span>`,
        )}
        ${active === null ? nothing : this.renderTip(model, active, spec.xs[active]!)}
      </div>
      <div class="x-axis" aria-hidden="true">
        ${spec.xLabels.map((l) => html`<span class="x-label${labelEdge(l.x0, l.width)}" style=${band(l.x0, l.width)}>${l.label}</span>`)}
      </div>
    </div>`;
  }

  /** A long window's chart: ECharts draws into the inner box; the tooltip is the same HTML one. */
  private renderLongChart(model: TrendModel, label: string): TemplateResult {
    const n = model.window.length;
    const on = this.pointerHandlers(n);
    const active = this.activeIn(n);
    return html`<div part="chart" class="chart long" role="img" aria-label=${label}
      @pointermove=${on.move} @pointerleave=${on.leave} @click=${on.click}>
      <div class="echarts"></div>
      ${active === null ? nothing : this.renderTip(model, active, this.activeX)}
    </div>`;
  }

  /** The tooltip for period `index` at `x` (a fraction of the chart's width), with a guide line. */
  private renderTip(model: TrendModel, index: number, x: number): TemplateResult {
    const lines = trendTooltipLines(model, index, this.trendStrings, this.formatter, this.resolvedLocale);
    // Series names from the data keep their own direction in a <bdi>: no isolate characters in the text.
    const line = (l: (typeof lines)[number]) => (l.name === null ? l.text : html`<bdi>${l.name}</bdi>: ${l.text}`);
    return html`<span class="cursor" style=${styleProps({ '--x': num(x) })}></span>
      <div class="tip${x > 0.5 ? ' left' : ''}" aria-hidden="true" style=${styleProps({ '--x': num(x) })}>
        ${lines.map((l, i) => (i === 0 ? html`<strong>${line(l)}</strong>` : html`<span>${line(l)}</span>`))}
      </div>`;
  }

  protected renderModel(model: TrendModel): TemplateResult {
    const t = this.trendStrings;
    const locale = this.resolvedLocale;
    if (!model.latest || !model.window.length) {
      return html`${model.label ? html`<header part="header" class="header"><h2 class="title">${model.label}</h2></header>` : nothing}
        <p part="empty" class="state empty">${t.noPoints}</p>`;
    }
    const first = model.window[0]!;
    // The chart's text alternative: the range, the latest, high and low values, then the sentence.
    const chartLabel = t.chartSummary(
      plainText(model.label ?? t.series),
      periodName(first.period, locale),
      periodName(model.latest.period, locale),
      trendSummaryNumbers(model, t, this.formatter, locale),
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
      ${!this.gate.isNear
        ? html`<div part="chart" class="chart waiting" role="img" aria-label=${chartLabel}></div>`
        : model.window.length > MAX_SVG_POINTS
          ? this.renderLongChart(model, chartLabel)
          : this.renderChart(model, chartLabel)}
      <div class="table-area">
        <button type="button" part="table-toggle" class="table-toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls=${this.tableOpen ? 'trend-table' : nothing} @click=${() => (this.tableOpen = !this.tableOpen)}>
          ${this.tableOpen ? t.hideTable : t.showTable}
        </button>
        ${this.tableOpen ? this.renderTable(model) : nothing}
      </div>`;
  }
}

/**
 * An axis label in the band at an edge of the plot is aligned inward, not centred: a centred
 * label wider than its band would stick out of the element (and scroll a phone's page sideways).
 */
function labelEdge(x0: number, width: number): string {
  return x0 + width >= 1 - 1e-9 ? ' at-right' : x0 <= 1e-9 ? ' at-left' : '';
}

/** Labels of marks near an edge are placed inward (` at-right` grows leftwards, ` at-left` rightwards). */
function markSide(x: number): string {
  return x > 0.85 ? ' at-right' : x < 0.15 ? ' at-left' : '';
}

declare global {
  interface HTMLElementTagNameMap {
    'rolling-trend': RollingTrend;
  }
}
