import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  buildSourcesModel,
  CHART_KINDS,
  COLUMN_KEYS,
  columnValue,
  cplSentence,
  defaultDirection,
  formatSort,
  MEASURES,
  parseSort,
  validateSources,
  type ChartKind,
  type ColumnKey,
  type Measure,
  type RatioKey,
  type SourceFigures,
  type SourceRow,
  type SourcesInput,
  type SourcesModel,
} from '../core/sources.js';
import type { Unit } from '../core/types.js';
import type { Validated } from '../core/validation.js';
import { barChartStyles, renderBarChart } from '../internal/bar-chart.js';
import { enumConverter } from '../internal/converters.js';
import { languageOf } from '../internal/i18n.js';
import { KitElement } from '../internal/kit-element.js';
import { dashWithNote, Footnotes, noteList, noteStyles } from '../internal/notes.js';
import { sourcesTable } from '../core/csv-write.js';
import { resolveCurrency } from '../core/format.js';
import { styleProps } from '../internal/style-props.js';
import { tokens } from '../internal/styles.js';
import { chartDescription, chartRows, hasChartData, sourceColour, sourcesBarChart, sourcesDonut } from './chart.js';
import { sourcesStrings } from './strings.js';
import { sourcesStyles } from './lead-source-breakdown.styles.js';

export interface SourceSelectDetail {
  kind: 'source';
  id: string;
  source: SourceRow;
}

const COLUMN_UNITS: Record<Exclude<ColumnKey, 'source'>, Unit> = {
  visits: 'count',
  leads: 'count',
  mqls: 'count',
  opportunities: 'count',
  customers: 'count',
  spend: 'currency',
  revenue: 'currency',
  share: 'percent',
  cpl: 'currency',
  cost_per_mql: 'currency',
  cost_per_opportunity: 'currency',
  cac: 'currency',
  roi: 'percent',
  lead_to_mql: 'percent',
  mql_to_opportunity: 'percent',
  opportunity_to_customer: 'percent',
};

/**
 * @tagname lead-source-breakdown
 * @summary Where visitors and leads come from, and what each source costs: share of
 * the chosen measure, cost per lead, MQL and opportunity, CAC, ROI and stage-to-stage
 * rates per source, the best and worst cost per lead in a sentence, a ranked bar or
 * donut chart and a sortable table with totals. The chart is drawn with the first
 * render, in HTML (bars) or inline SVG (the donut, with a legend beside it): no
 * chart library is loaded.
 *
 * @attr data - The sources as JSON text (see the data schema).
 * @attr src - URL of the sources JSON, fetched when no other data is given.
 * @attr refresh - Re-fetch `src` every this many seconds.
 * @attr locale - BCP 47 locale; default the nearest `lang`, then the browser.
 * @attr currency - ISO 4217 code for money; default USD.
 * @attr theme - `light`, `dark` or `auto` (default).
 * @attr measure - The count the chart ranks and shares are taken of: `leads` (default), `visits`, `mqls`, `opportunities`, `customers`, `spend` or `revenue`.
 * @attr chart - `bar` (default: horizontal bars ranked by the measure) or `donut`.
 * @attr sort - The table's initial order: a column key, optionally with `:asc` or `:desc` (e.g. `cpl:asc`); default the measure, descending.
 *
 * @event kpi-select - A source was activated (its row button, its bar, or its donut slice or legend item). `detail: { kind: 'source', id, source }`.
 * @event kpi-error - The data has problems. `detail: { errors: { path, message }[] }`.
 *
 * @slot - A `<script type="application/json">` holding the sources data.
 *
 * @csspart base - The element's frame.
 * @csspart header - Title and period.
 * @csspart summary - The cost-per-lead sentence.
 * @csspart chart - The chart box (`role="img"`): ranked bars in HTML, or the SVG donut and its legend.
 * @csspart table-wrap - The scrolling box around the table.
 * @csspart table - The table of all sources and columns.
 * @csspart source - A source's button in the table.
 * @csspart totals - The totals row.
 * @csspart note - The note explaining dashes (shown when the table has one).
 * @csspart notes - The reasons behind the dashes, numbered as the small numbers beside them.
 * @csspart errors - The inline error panel.
 * @csspart loading - The loading message.
 * @csspart empty - The empty-state message.
 *
 * @cssprop --sk-color-text - Text colour.
 * @cssprop --sk-color-muted - Secondary text colour.
 * @cssprop --sk-color-surface - Background (and the lines between the donut's slices).
 * @cssprop --sk-color-surface-raised - Background of the table header and totals.
 * @cssprop --sk-color-border - Borders and grid lines.
 * @cssprop --sk-color-accent - Focus ring.
 * @cssprop --sk-color-error-surface - Background of the error panel.
 * @cssprop --sk-chart-height - Size (height and width) of the donut; default 240px. The bars size themselves to the number of sources.
 * @cssprop --sk-font-family - Font stack.
 * @cssprop --sk-font-family-arabic - Font stack for Arabic text (default --sk-font-family when set, else Noto Sans Arabic, Noto Naskh Arabic, Segoe UI, SF Arabic, Geeza Pro, Tahoma).
 * @cssprop --sk-radius - Corner radius.
 * @cssprop --sk-gap - Spacing unit.
 */
export class LeadSourceBreakdown extends KitElement<SourcesInput, SourcesModel> {
  static override styles = [tokens, barChartStyles, noteStyles, sourcesStyles];

  /** The count the chart ranks and the shares are taken of. */
  @property({ reflect: true, converter: enumConverter(MEASURES, 'leads') }) measure: Measure = 'leads';

  /** `bar` (ranked horizontal bars) or `donut`. */
  @property({ reflect: true, converter: enumConverter(CHART_KINDS, 'bar') }) chart: ChartKind = 'bar';

  /** The table's order: `column` or `column:asc|desc`; default the measure, descending. */
  @property({ reflect: true }) sort: string | null = null;

  /** What the live region last said: the new order, once the reader sorts the table. */
  @state() private sortMessage = '';

  protected override modelProperties() {
    return ['measure', 'chart', 'sort'] as const;
  }

  protected validateInput(json: unknown): Validated<SourcesInput> {
    return validateSources(json);
  }

  protected buildModel(input: SourcesInput): SourcesModel {
    return buildSourcesModel(input, {
      language: languageOf(this.resolvedLocale),
      measure: this.measure,
      chart: this.chart,
      sort: parseSort(this.sort),
    });
  }

  /** `toCSV()`: the sources in their CSV shape, one row per source. */
  protected override machineTable(document: unknown, model: SourcesModel) {
    return sourcesTable(document, model.rows, resolveCurrency(this.currency) ?? 'USD');
  }

  protected override exportTable(model: SourcesModel) {
    const w = this.words;
    const f = this.formatter;
    const numberColumns = COLUMN_KEYS.filter((k): k is Exclude<ColumnKey, 'source'> => k !== 'source');
    const cells = (figures: SourceFigures) =>
      numberColumns.map((k) => {
        const value = columnValue(figures, k) as number | null;
        return { formatted: value === null ? '' : f.format(value, COLUMN_UNITS[k]) };
      });
    return {
      header: COLUMN_KEYS.map((k) => w.columns[k]),
      rows: [...model.rows.map((r) => [{ text: r.label }, ...cells(r)]), [w.total, ...cells(model.totals)]],
    };
  }

  private get words() {
    return sourcesStrings(this.resolvedLocale);
  }

  /** A PNG to export (and its button) whenever there is a chart: not when no source has a value. */
  protected override hasChart(): boolean {
    return this.result ? hasChartData(this.result) : true;
  }

  private select(row: SourceRow): void {
    this.emit<SourceSelectDetail>('kpi-select', { kind: 'source', id: row.source, source: structuredClone(row) });
  }

  private sortBy(key: ColumnKey): void {
    const current = this.result?.sort;
    const direction =
      current?.key === key ? (current.direction === 'asc' ? 'desc' : 'asc') : defaultDirection(key);
    this.sort = formatSort({ key, direction });
    // Said politely, after the click: the header's aria-sort says it too when it is reached.
    this.sortMessage = this.words.sortedBy(this.words.columns[key], key, direction);
  }

  private reasonText(figures: SourceFigures, key: RatioKey): string {
    const m = figures.missing[key];
    if (!m) return '';
    return this.strings.missing[m.reason](this.words.fields[m.input]);
  }

  /**
   * A number, or a dash with the number of its reason (listed below the table, for every reader:
   * no hover needed), the reason itself read with the cell.
   */
  private cell(figures: SourceFigures, key: Exclude<ColumnKey, 'source'>, notes: Footnotes): TemplateResult {
    const value = columnValue(figures, key) as number | null;
    if (value === null) {
      const reason = (figures.missing[key as RatioKey] ? this.reasonText(figures, key as RatioKey) : '') || this.words.notGiven;
      return html`<td class="na">${dashWithNote(this.formatter, notes, reason, reason)}</td>`;
    }
    return html`<td>${this.formatter.format(value, COLUMN_UNITS[key])}</td>`;
  }

  private renderTable(model: SourcesModel): TemplateResult {
    const w = this.words;
    const numberColumns = COLUMN_KEYS.filter((k): k is Exclude<ColumnKey, 'source'> => k !== 'source');
    const header = (key: ColumnKey) => {
      const active = model.sort.key === key;
      const ariaSort = active ? (model.sort.direction === 'asc' ? 'ascending' : 'descending') : nothing;
      const arrow = active ? (model.sort.direction === 'asc' ? '▲' : '▼') : '';
      return html`<th scope="col" aria-sort=${ariaSort} class=${key === 'source' ? 'col-source' : ''}>
        <button type="button" class="sort" data-column=${key} @click=${() => this.sortBy(key)}>
          ${w.columns[key]}<span class="arrow" aria-hidden="true">${arrow}</span>
        </button>
      </th>`;
    };
    const caption = w.caption(w.columns[model.measure]);
    // The reasons behind the dashes, numbered in the order they first appear.
    const notes = new Footnotes();
    const rows = model.rows.map(
      (r) => html`<tr data-source=${r.source}>
        <th scope="row" class="col-source">
          <button type="button" part="source" class="source" data-source=${r.source} @click=${() => this.select(r)}>
            <span class="swatch" style=${styleProps({ 'background-color': sourceColour(r) })} aria-hidden="true"></span>
            <span class="source-label">${r.label}</span>
          </button>
        </th>
        ${numberColumns.map((k) => this.cell(r, k, notes))}
      </tr>`,
    );
    const totals = numberColumns.map((k) => this.cell(model.totals, k, notes));
    return html`<div part="table-wrap" class="table-wrap" role="region" aria-label=${caption} tabindex="0">
        <table part="table">
          <caption class="visually-hidden">
            ${caption}. ${w.sortedBy(w.columns[model.sort.key], model.sort.key, model.sort.direction)}
          </caption>
          <thead>
            <tr>${COLUMN_KEYS.map(header)}</tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
          <tfoot>
            <tr part="totals" class="totals">
              <th scope="row" class="col-source">${w.total}</th>
              ${totals}
            </tr>
          </tfoot>
        </table>
      </div>
      <p class="visually-hidden" role="status">${this.sortMessage}</p>
      ${notes.reasons.length
        ? html`<div class="notes-box">
            <p part="note" class="note">${w.nullNote}</p>
            ${noteList(this.formatter, notes)}
          </div>`
        : nothing}`;
  }

  /** Ranked bars (HTML), or a donut (SVG) with its legend beside it; a bar row, slice or legend item selects its source. */
  private renderChart(model: SourcesModel): TemplateResult {
    const w = this.words;
    const f = this.formatter;
    const label = chartDescription(model, w, f);
    const rows = chartRows(model);
    const pick = (key: string | undefined) => {
      const row = rows.find((r) => r.source === key);
      if (row) this.select(row);
    };
    if (model.chart === 'bar') {
      return renderBarChart(sourcesBarChart(model, w, f), { label, onSelect: (i) => pick(rows[i]?.source) });
    }
    const donut = sourcesDonut(model, w, f, getComputedStyle(this).direction === 'rtl');
    return html`<div part="chart" class="chart donut" role="img" aria-label=${label}>
      <svg class="donut-ring" viewBox=${donut.viewBox}>
        ${donut.slices.map(
          (sl) => svg`<path class="slice" data-key=${sl.key} d=${sl.d} fill=${sl.colour} @click=${() => pick(sl.key)}><title>${sl.title}</title></path>`,
        )}
      </svg>
      <ul class="donut-legend">
        ${donut.slices.map(
          (sl) => html`<li class="legend-item" data-key=${sl.key} title=${sl.title} @click=${() => pick(sl.key)}>
            <svg class="legend-swatch" viewBox="0 0 12 12"><path d="M0 0H12V12H0Z" fill=${sl.colour}></path></svg>
            <bdi class="legend-label">${sl.label}</bdi>
            <span class="legend-value">${sl.value}</span>
            <span class="legend-share">${sl.share}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  protected renderModel(model: SourcesModel): TemplateResult {
    const w = this.words;
    const sentence = cplSentence(model, languageOf(this.resolvedLocale), this.formatter);
    const header =
      model.title || model.period
        ? html`<header part="header" class="header">
            ${model.title ? html`<h2 class="title"><bdi>${model.title}</bdi></h2>` : nothing}
            ${model.period ? html`<span class="period"><bdi>${model.period}</bdi></span>` : nothing}
          </header>`
        : nothing;
    if (!model.rows.length) return html`${header}<p part="empty" class="state empty">${this.strings.empty}</p>`;
    return html`${header}
      <p part="summary" class="summary">${sentence ?? w.noCpl}</p>
      ${hasChartData(model)
        ? html`<div class="chart-frame">${this.renderChart(model)}</div>`
        : html`<p class="state no-chart">${w.noChartData(w.columns[model.measure])}</p>`}
      ${this.renderTable(model)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lead-source-breakdown': LeadSourceBreakdown;
  }
}
