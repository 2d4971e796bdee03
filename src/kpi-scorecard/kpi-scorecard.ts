import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  buildScorecardModel,
  DEFAULT_GRID_PERIODS,
  DISCUSS,
  GROUP_BY,
  LAYOUTS,
  ROLLUPS,
  sparklineSegments,
  validateScorecard,
  type DiscussLevel,
  type GroupBy,
  type Layout,
  type MetricPeriod,
  type Rollup,
  type ScorecardMetric,
  type ScorecardModel,
  type ValidatedScorecard,
} from '../core/scorecard.js';
import { labelsEndingAt } from '../core/scorecard-time.js';
import { parsePeriod } from '../core/periods.js';
import { isRange } from '../core/status.js';
import { CADENCES, STATUSES, type Cadence } from '../core/types.js';
import type { Validated } from '../core/validation.js';
import { enumConverter } from '../internal/converters.js';
import { KitElement } from '../internal/kit-element.js';
import { scorecardTable } from '../core/csv-write.js';
import { resolveCurrency } from '../core/format.js';
import { lookup } from '../internal/i18n.js';
import { dashWithNote, Footnotes, noteList, noteStyles } from '../internal/notes.js';
import { statusIcon } from '../internal/status-icon.js';
import { tokens } from '../internal/styles.js';
import { scorecardStyles } from './kpi-scorecard.styles.js';
import {
  againstText,
  asOfName,
  attainmentText,
  changeText,
  formulaWorking,
  gapText,
  goalText,
  meetingNotes,
  missingText,
  pacedWorking,
  periodHeading,
  projectionText,
  streakText,
  wordsFor,
} from './words.js';

export interface ScorecardSelectDetail {
  kind: 'metric' | 'period';
  id: string;
  metric: ScorecardMetric;
  /** For a grid cell: the period activated. */
  period?: MetricPeriod;
}

/** Between facts on one line: the dot never starts a line. */
const SEP = '\u00a0· ';
const SPARK_W = 120;
const SPARK_H = 32;

/** A positive whole number of periods for the grid, else the default. */
const periodsConverter = {
  fromAttribute(value: string | null): number {
    const n = Number(value);
    return Number.isInteger(n) && n > 0 ? Math.min(n, 520) : DEFAULT_GRID_PERIODS;
  },
  toAttribute(value: number): string {
    return String(value);
  },
};

/**
 * @tagname kpi-scorecard
 * @summary The revenue team's weekly scorecard: each metric against the share of its own
 * week's, month's or quarter's goal due by now, on track / at risk / off track, with its
 * history, its change on the previous period, a run-rate projection, how each number was
 * made, and the metrics to discuss, worst first, ready to copy into the meeting notes.
 *
 * @attr data - The scorecard as JSON text (see the data schema).
 * @attr src - URL of the scorecard JSON, fetched when no other data is given.
 * @attr refresh - Re-fetch `src` every this many seconds.
 * @attr locale - BCP 47 locale; default the nearest `lang`, then the browser. Also the default working week.
 * @attr currency - ISO 4217 code for money; default USD.
 * @attr theme - `light`, `dark` or `auto` (default).
 * @attr cadence - Show only `weekly`, `monthly` or `quarterly` metrics.
 * @attr group-by - `group` (default: marketing, sales, service), `indicator` (leading / lagging) or `none`.
 * @attr layout - `cards` (default) or `grid`: the weekly meeting's table, one row per metric and one column per period.
 * @attr periods - How many periods of history the grid shows (default 13).
 * @attr rollup - `none` (default), `month` or `quarter`: history added up into the longer period.
 * @attr discuss - `off-track` (default) or `at-risk`: which metrics the items to discuss list.
 * @attr exportable - Shows a "Download CSV" button.
 *
 * @event kpi-select - A metric (card or grid row) or a grid cell was activated by pointer or keyboard. `detail: { kind: 'metric' | 'period', id, metric, period? }`.
 * @event kpi-error - The data has problems. `detail: { errors: { path, message }[] }`.
 *
 * @slot - A `<script type="application/json">` holding the scorecard data.
 *
 * @csspart base - The element's frame.
 * @csspart header - Title, period and date.
 * @csspart summary - The counts by status.
 * @csspart discuss - The items to discuss.
 * @csspart discuss-item - One item to discuss.
 * @csspart copy - The "Copy for the meeting" button.
 * @csspart group - A group of metrics.
 * @csspart group-heading - A group's heading.
 * @csspart metric - One metric card.
 * @csspart select - The button on a card that activates the metric.
 * @csspart label - A metric's label.
 * @csspart value - A metric's actual value.
 * @csspart target - A metric's target line.
 * @csspart status - A metric's status (icon and words).
 * @csspart change - The change on the previous period.
 * @csspart projection - Where a paced amount ends its period at today's rate.
 * @csspart note - The owner's note on a metric.
 * @csspart details - "How it's calculated": the formula with its inputs and how the target was paced.
 * @csspart sparkline - A metric's history sparkline.
 * @csspart owner - A metric's owner.
 * @csspart grid - A table of the grid layout.
 * @csspart grid-scroll - The scrolling box around a grid table.
 * @csspart cell - A period's cell in the grid.
 * @csspart notes - Below a grid table: why values are missing, numbered as the small numbers beside their dashes.
 * @csspart errors - The inline error panel.
 * @csspart loading - The loading message.
 * @csspart empty - The empty-state message.
 *
 * @cssprop --sk-color-text - Text colour.
 * @cssprop --sk-color-muted - Secondary text colour.
 * @cssprop --sk-color-surface - Background.
 * @cssprop --sk-color-surface-raised - Background of cards on hover and chips.
 * @cssprop --sk-color-border - Borders.
 * @cssprop --sk-color-accent - Focus ring and links.
 * @cssprop --sk-color-on-track - On-track status colour.
 * @cssprop --sk-color-at-risk - At-risk status colour.
 * @cssprop --sk-color-off-track - Off-track status colour.
 * @cssprop --sk-color-none - Colour of metrics without a target.
 * @cssprop --sk-color-error-surface - Background of the error panel.
 * @cssprop --sk-font-family - Font stack.
 * @cssprop --sk-font-family-arabic - Font stack for Arabic text (default --sk-font-family when set, else Noto Sans Arabic, Noto Naskh Arabic, Segoe UI, SF Arabic, Geeza Pro, Tahoma).
 * @cssprop --sk-radius - Corner radius.
 * @cssprop --sk-gap - Spacing unit.
 * @cssprop --sk-card-min-width - Narrowest a metric card gets (default 220px).
 */
export class KpiScorecard extends KitElement<ValidatedScorecard, ScorecardModel> {
  static override styles = [tokens, noteStyles, scorecardStyles];

  /** Show only the metrics of this cadence; all when unset. */
  @property({ reflect: true, converter: enumConverter(CADENCES, null) }) cadence: Cadence | null = null;

  /** How metrics are grouped. */
  @property({ attribute: 'group-by', reflect: true, converter: enumConverter(GROUP_BY, 'group') }) groupBy: GroupBy = 'group';

  /** Cards, or the meeting's grid of periods. */
  @property({ reflect: true, converter: enumConverter(LAYOUTS, 'cards') }) layout: Layout = 'cards';

  /** Periods of history the grid shows. */
  @property({ type: Number, reflect: true, converter: periodsConverter }) periods = DEFAULT_GRID_PERIODS;

  /** History added up into months or quarters. */
  @property({ reflect: true, converter: enumConverter(ROLLUPS, 'none') }) rollup: Rollup = 'none';

  /** Which statuses the items to discuss list. */
  @property({ reflect: true, converter: enumConverter(DISCUSS, 'off-track') }) discuss: DiscussLevel = 'off-track';

  /** What the copy button last did, for the live message beside it. */
  @state() private copyState: 'idle' | 'copied' | 'failed' = 'idle';

  protected override modelProperties() {
    return ['cadence', 'groupBy', 'rollup', 'discuss'] as const;
  }

  protected override validationProperties() {
    // The locale's working week is the default week; a roll-up checks history is long enough.
    return ['locale', 'rollup'] as const;
  }

  protected validateInput(json: unknown): Validated<ValidatedScorecard> {
    return validateScorecard(json, { locale: this.resolvedLocale, rollup: this.rollup });
  }

  protected buildModel(input: ValidatedScorecard): ScorecardModel {
    return buildScorecardModel(input, {
      language: this.resolvedLocale, cadence: this.cadence, groupBy: this.groupBy, rollup: this.rollup, discuss: this.discuss,
    });
  }

  /**
   * The items to discuss as plain text, worst first, in the element's locale: what
   * "Copy for the meeting" copies. Null while there is no valid data.
   */
  toMeetingNotes(): string | null {
    const model = this.result;
    if (!model) return null;
    return meetingNotes(model, this.formatter, wordsFor(this.resolvedLocale).untitled);
  }

  private async copyNotes(): Promise<void> {
    const text = this.toMeetingNotes();
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
    }
  }

  /** `toCSV()`: the scorecard's document in its CSV shape, one row per metric and per period of its history. */
  protected override machineTable(document: unknown, model: ScorecardModel) {
    return scorecardTable(document, model.metrics, resolveCurrency(this.currency) ?? 'USD');
  }

  protected override exportTable(model: ScorecardModel) {
    return this.layout === 'grid' ? this.exportGrid(model) : this.exportCards(model);
  }

  private exportCards(model: ScorecardModel) {
    const s = this.strings;
    const w = wordsFor(this.resolvedLocale);
    const f = this.formatter;
    const header = [s.csv.metric, s.csv.group, s.csv.indicator, s.csv.cadence, s.owner, w.periodColumn, s.actual, s.target, s.csv.pacedTarget, s.csv.status, s.csv.ofTarget, w.projectedColumn, w.changeColumn, w.noteColumn];
    const rows = model.metrics.map((m) => [
      { text: m.label },
      m.group === null ? null : { text: lookup(s.groups, m.group) ?? m.group },
      m.indicator === null ? null : s.indicator[m.indicator]!,
      m.shownCadence === null ? null : s.cadence[m.shownCadence]!,
      m.owner === null ? null : { text: m.owner },
      m.period,
      { formatted: m.actual === null ? '' : f.format(m.actual, m.unit) },
      { formatted: m.target === null ? '' : goalText(m.target, m, f) },
      { formatted: m.paced && m.comparedTarget !== null ? goalText(m.comparedTarget, m, f) : '' },
      s.status[m.status],
      { formatted: m.ratio === null ? '' : f.percent(m.ratio) },
      { formatted: m.projected === null ? '' : f.format(m.projected, m.unit) },
      { formatted: m.change === null ? '' : f.percent(m.change, { signed: true }) },
      m.note === null ? null : { text: m.note },
    ]);
    return { header, rows };
  }

  private exportGrid(model: ScorecardModel) {
    const s = this.strings;
    const w = wordsFor(this.resolvedLocale);
    const f = this.formatter;
    const header = [s.csv.metric, s.csv.group, s.csv.cadence, s.owner, w.periodColumn, w.valueColumn, s.target, s.csv.pacedTarget, s.csv.status, w.noteColumn];
    const rows = [];
    for (const m of model.metrics) {
      for (const p of m.history.slice(-this.periods)) {
        rows.push([
          { text: m.label },
          m.group === null ? null : { text: lookup(s.groups, m.group) ?? m.group },
          m.shownCadence === null ? null : s.cadence[m.shownCadence]!,
          m.owner === null ? null : { text: m.owner },
          p.period,
          { formatted: p.value === null ? '' : f.format(p.value, m.unit) },
          { formatted: p.target === null ? '' : goalText(p.target, m, f) },
          { formatted: p.comparedTarget ? goalText(p.comparedTarget, m, f) : '' },
          p.current ? `${s.status[p.status]} (${w.inProgress})` : p.partial ? `${s.status[p.status]} (${w.partial})` : s.status[p.status],
          p.current && m.note !== null ? { text: m.note } : null,
        ]);
      }
    }
    return { header, rows };
  }

  private select(metric: ScorecardMetric, period?: MetricPeriod): void {
    this.emit<ScorecardSelectDetail>('kpi-select', period
      ? { kind: 'period', id: metric.id, metric, period }
      : { kind: 'metric', id: metric.id, metric });
  }

  /** A click anywhere on a card selects it, but not inside its details. */
  private onCardClick(e: MouseEvent, m: ScorecardMetric): void {
    const path = e.composedPath();
    if (path.some((n) => n instanceof HTMLElement && (n.tagName === 'DETAILS' || n.tagName === 'BUTTON'))) return;
    this.select(m);
  }

  /** The values a sparkline plots, oldest first. */
  private sparklineValues(m: ScorecardMetric): (number | null)[] {
    // A partial sum (a quarter two months in) is not comparable with whole ones: a paced amount
    // plots its run rate there, other sums leave a gap.
    return m.history.map((h) => {
      if (!m.rollup || !h.partial) return h.value;
      if (h.current && m.projected !== null) return m.projected;
      return m.rollup.aggregate === 'sum' ? null : h.value;
    });
  }

  /**
   * The sparkline in a few words, read with the card's description: how many periods, from the
   * first value to the last, and the highest ("Trend: 13 weeks, 3,800 to 4,200, high 4,650").
   * Every value is in the grid layout and the CSV.
   */
  private sparklineSummary(m: ScorecardMetric, values: (number | null)[]): string {
    const f = this.formatter;
    const shown = values.filter((v): v is number => v !== null);
    const summary = wordsFor(this.resolvedLocale).trendSummary(
      values.length, m.shownCadence, this.resolvedLocale,
      f.format(shown[0] ?? null, m.unit), f.format(shown.at(-1) ?? null, m.unit), f.format(shown.length ? Math.max(...shown) : null, m.unit),
    );
    return `${this.strings.trend}: ${summary}`;
  }

  private renderSparkline(m: ScorecardMetric, id: string): TemplateResult | typeof nothing {
    const values = this.sparklineValues(m);
    const segments = sparklineSegments(values, SPARK_W, SPARK_H);
    if (!segments.length || values.length < 2) return nothing;
    const last = segments[segments.length - 1]!;
    const end = last[last.length - 1]!;
    // Time runs right to left in a right-to-left layout unless time-direction="ltr" (the flip is in the styles).
    return html`<svg part="sparkline" class="sparkline ${this.timeAgainstText ? 'time-ltr' : ''}" id="${id}-trend"
      viewBox="0 0 ${SPARK_W} ${SPARK_H}" role="img" aria-label=${this.sparklineSummary(m, values)}>
      ${segments.map((seg) =>
        seg.length === 1
          ? svg`<circle cx=${seg[0]![0]} cy=${seg[0]![1]} r="1.5" fill="currentColor" />`
          : svg`<polyline points=${seg.map((p) => p.join(',')).join(' ')} fill="none" stroke="currentColor"
              stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round" vector-effect="non-scaling-stroke" />`,
      )}
      <circle cx=${end[0]} cy=${end[1]} r="2.6" fill="currentColor" />
    </svg>`;
  }

  private renderTarget(m: ScorecardMetric, id: string): TemplateResult | typeof nothing {
    const s = this.strings;
    const w = wordsFor(this.resolvedLocale);
    const f = this.formatter;
    if (m.target === null) return nothing;
    const range = isRange(m.target);
    const paced = m.paced && m.comparedTarget !== null && !isRange(m.comparedTarget) && m.comparedTarget !== m.target;
    return html`<span part="target" class="target" id="${id}-target"
      >${range ? w.goal : s.target}: ${goalText(m.target, m, f)}${paced
        ? html` · <span class="paced">${w.byNow(f.format(m.comparedTarget as number, m.unit))}</span>`
        : nothing}</span
    >`;
  }

  /**
   * What the status says beside its word: the attainment ("140% of target"), or, for a metric
   * with no target, that there is none; null when nothing (a missing actual says why in the card).
   */
  private attainment(m: ScorecardMetric): string | null {
    const words = attainmentText(m, this.formatter);
    if (words) return words;
    return m.target === null && !m.actualMissing ? this.strings.missing['no-target']() : null;
  }

  private renderStatusWords(m: ScorecardMetric, id: string, attainment: string | null): TemplateResult {
    const s = this.strings;
    return html`<span part="status" class="status">
      ${statusIcon(m.status)}<span class="status-word" id="${id}-state">${s.status[m.status]}</span> ${attainment
        ? html`<span class="attainment" id="${id}-attainment">${attainment}</span>`
        : nothing}
    </span>`;
  }

  private renderChange(m: ScorecardMetric, id: string): TemplateResult | typeof nothing {
    const change = changeText(m, this.formatter);
    const streak = streakText(m, this.resolvedLocale);
    if (!change && !streak) return nothing;
    return html`<span part="change" class="change ${change?.tone ?? 'flat'}" id="${id}-change">
      ${change ? html`<span class="arrow" aria-hidden="true">${change.arrow}</span> ${change.text}` : nothing}${change && streak ? ' · ' : ''}${streak ?? nothing}
    </span>`;
  }

  /** The cards whose "How it's calculated" is open: only those render their working. */
  private openDetails = new Set<string>();

  private onDetailsToggle(e: Event, id: string): void {
    const open = (e.currentTarget as HTMLDetailsElement).open;
    if (open === this.openDetails.has(id)) return;
    if (open) this.openDetails.add(id);
    else this.openDetails.delete(id);
    this.requestUpdate();
  }

  /** The rows of a metric's working: formula with its inputs, goal, pacing, roll-up, threshold. */
  private detailRows(m: ScorecardMetric): [string, string][] {
    const s = this.strings;
    const w = wordsFor(this.resolvedLocale);
    const f = this.formatter;
    const formula = formulaWorking(m, f);
    const rows: [string, string][] = [];
    if (formula) rows.push([w.formula, formula]);
    else if (m.actual !== null && m.rollup) rows.push([s.actual, `${f.format(m.actual, m.unit)} (${w.rolledUpValue[m.rollup.aggregate]})`]);
    else if (m.actual !== null) rows.push([s.actual, `${f.format(m.actual, m.unit)} (${w.actualGiven})`]);
    if (m.target !== null) rows.push([isRange(m.target) ? w.goal : s.target, goalText(m.target, m, f)]);
    if (m.rollup) {
      // A rolled-up period is paced part by part: whole targets for the periods done, a share of the current one.
      if (m.paced && m.comparedTarget !== null) rows.push([w.paced, `${goalText(m.comparedTarget, m, f)} (${w.rolledUpPaced})`]);
      if (m.period) {
        const name = periodHeading(m.period, this.resolvedLocale, this.result?.week.weekStart).full;
        rows.push([w.rolledUp(name), m.rollup.partial ? w.rolledUpPartial : w.rolledUpComplete]);
      }
    } else {
      const paced = pacedWorking(m, f);
      if (paced) rows.push([w.paced, paced]);
    }
    if (m.target !== null && m.position !== 'within') rows.push([w.threshold, w.judgedWith(f.percent(m.atRisk))]);
    return rows;
  }

  private renderDetails(m: ScorecardMetric): TemplateResult | typeof nothing {
    if (m.actual === null && m.target === null) return nothing;
    const w = wordsFor(this.resolvedLocale);
    const open = this.openDetails.has(m.id);
    // The working is rendered once opened: most cards are never opened, and it is the card's largest part.
    return html`<details part="details" class="details" ?open=${open} @toggle=${(e: Event) => this.onDetailsToggle(e, m.id)}>
      <summary>${w.howCalculated}</summary>
      ${open
        ? html`<dl>${this.detailRows(m).map(([k, v]) => html`<div><dt>${k}</dt> <dd><bdi>${v}</bdi></dd></div>`)}</dl>`
        : nothing}
    </details>`;
  }

  private renderMetric(m: ScorecardMetric): TemplateResult {
    const s = this.strings;
    const f = this.formatter;
    const badges = [
      m.indicator ? s.indicator[m.indicator] : null,
      m.shownCadence ? s.cadence[m.shownCadence] : null,
      m.direction === 'lower' && !isRange(m.target) ? s.lowerIsBetter : null,
    ].filter(Boolean);
    const missing = m.actualMissing;
    const projection = projectionText(m, f);
    const id = `m-${m.id.replace(/[^\w-]/g, '_')}`;
    const target = this.renderTarget(m, id);
    const attainment = this.attainment(m);
    const status = this.renderStatusWords(m, id, attainment);
    const change = this.renderChange(m, id);
    const sparkline = this.renderSparkline(m, id);
    // Read at each Tab stop: the name is the label, the value (or why there is none) and the
    // status; the rest of the card is its description. The note is read in the card itself.
    const valueId = missing ? `${id}-reason` : `${id}-value`;
    const described = [
      target !== nothing ? `${id}-target` : null,
      attainment ? `${id}-attainment` : null,
      projection ? `${id}-projection` : null,
      change !== nothing ? `${id}-change` : null,
      sparkline !== nothing ? `${id}-trend` : null,
      m.owner ? `${id}-owner` : null,
      badges.length ? `${id}-badges` : null,
    ].filter(Boolean).join(' ');
    return html`<li>
      <article part="metric" class="metric ${m.status}" data-id=${m.id} data-status=${m.status}
        aria-labelledby="${id}-label" @click=${(e: MouseEvent) => this.onCardClick(e, m)}>
        <span>
          <button type="button" part="select" class="select" aria-labelledby="${id}-label ${valueId} ${id}-state"
            aria-describedby=${described || nothing} @click=${() => this.select(m)}>
            <span part="label" class="label" id="${id}-label"><bdi>${m.label}</bdi></span>
          </button>
          ${badges.length ? html`<span class="badges" id="${id}-badges">${badges.join(' · ')}</span>` : nothing}
        </span>
        <span>
          <span part="value" class="actual ${missing ? 'missing' : ''}" id="${id}-value"
            aria-hidden=${missing ? 'true' : nothing}>${f.format(m.actual, m.unit)}</span>
          ${missing ? html`<span class="reason" id="${id}-reason">${missingText(missing.reason, missing.input, m, this.resolvedLocale, s.missing)}</span>` : nothing}
          ${target}
        </span>
        ${status}
        ${projection ? html`<span part="projection" class="projection" id="${id}-projection">${projection}</span>` : nothing}
        ${change}
        ${m.note ? html`<p part="note" class="note"><bdi>${m.note}</bdi></p>` : nothing}
        <span class="foot">
          ${m.owner ? html`<span part="owner" class="owner" id="${id}-owner">${s.owner}: <bdi>${m.owner}</bdi></span>` : html`<span></span>`}
          ${sparkline}
        </span>
        ${this.renderDetails(m)}
      </article>
    </li>`;
  }

  private renderSummary(model: ScorecardModel): TemplateResult {
    const s = this.strings;
    const f = this.formatter;
    return html`<ul part="summary" class="summary" aria-label=${s.summary}>
      ${STATUSES.filter((st) => st !== 'none' || model.counts.none > 0).map(
        (st) => html`<li class="count" data-status=${st}>
          ${statusIcon(st)}
          <strong>${f.count(model.counts[st])}</strong> <span>${s.status[st]}</span>
        </li>`,
      )}
    </ul>`;
  }

  private renderDiscuss(model: ScorecardModel): TemplateResult {
    const s = this.strings;
    const w = wordsFor(this.resolvedLocale);
    const byId = new Map(model.metrics.map((m) => [m.id, m]));
    const items = model.discuss.map((d) => byId.get(d.id)!);
    const message = this.copyState === 'copied' ? w.copied : this.copyState === 'failed' ? w.copyFailed : '';
    return html`<section part="discuss" class="discuss ${items.length ? '' : 'clear'}" aria-labelledby="discuss-heading">
      <div class="discuss-head">
        <h3 id="discuss-heading" class="discuss-heading">${items.length ? s.toDiscuss(items.length, this.resolvedLocale) : s.allOnTrack}</h3>
        ${items.length
          ? html`<button type="button" part="copy" class="copy" @click=${() => void this.copyNotes()}>${w.copy}</button>`
          : nothing}
      </div>
      <p class="copy-status" role="status">${message}</p>
      ${items.length
        ? html`<p class="hint">${w.discussHint[model.discussLevel]}</p>
            <ol class="discuss-list">
              ${items.map((m) => this.renderDiscussItem(m))}
            </ol>`
        : nothing}
      ${this.copyState === 'failed' ? html`<pre class="notes-text" tabindex="0">${this.toMeetingNotes()}</pre>` : nothing}
    </section>`;
  }

  private renderDiscussItem(m: ScorecardMetric): TemplateResult {
    const s = this.strings;
    const f = this.formatter;
    const gap = gapText(m, f);
    const streak = streakText(m, this.resolvedLocale);
    return html`<li part="discuss-item" class="discuss-item ${m.status}" data-id=${m.id} data-status=${m.status}>
      ${statusIcon(m.status)}
      <span class="item-head">
        <strong><bdi>${m.label}</bdi></strong>
        <span class="item-status">${s.status[m.status]}</span>
        ${m.owner ? html`<span class="item-owner">${s.owner}: <bdi>${m.owner}</bdi></span>` : nothing}
      </span>
      <span class="item-facts">${againstText(m, f)}${gap ? html`${SEP}<strong class="gap">${gap}</strong>` : nothing}${streak
        ? html`${SEP}${streak}`
        : nothing}</span>
      ${m.note ? html`<span part="note" class="note"><bdi>${m.note}</bdi></span>` : nothing}
    </li>`;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.layout !== 'grid') return;
    // The grid opens on the latest periods, the current one in view; older ones scroll in. The
    // latest are at the end of the row, or at its start when time runs against the text.
    for (const box of this.renderRoot.querySelectorAll<HTMLElement>('.grid-scroll')) {
      const latest = box.dataset.latest ?? 'end';
      if (!box.scrollWidth || box.dataset.placed === latest) continue;
      const end = getComputedStyle(box).direction === 'rtl' ? -box.scrollWidth : box.scrollWidth;
      box.scrollLeft = latest === 'start' ? 0 : end;
      box.dataset.placed = latest;
    }
  }

  private renderGrid(model: ScorecardModel): TemplateResult {
    const shown = CADENCES.filter((c) => model.metrics.some((m) => m.shownCadence === c));
    const undated = model.metrics.some((m) => m.shownCadence === null);
    return html`${shown.map((c) => this.renderGridTable(model, c))}${undated ? this.renderGridTable(model, null) : nothing}`;
  }

  private renderGridTable(model: ScorecardModel, cadence: Cadence | null): TemplateResult {
    const s = this.strings;
    const w = wordsFor(this.resolvedLocale);
    const f = this.formatter;
    const locale = this.resolvedLocale;
    const weekStart = model.week.weekStart;
    const metrics = model.metrics.filter((m) => m.shownCadence === cadence);
    const ids = new Set(metrics.map((m) => m.id));
    // Columns: the last `periods` labels up to the latest current period of this cadence.
    const latest = metrics.map((m) => m.period).filter((p): p is string => p !== null).sort().at(-1) ?? null;
    const parsed = latest ? parsePeriod(latest).period : null;
    const longest = Math.max(1, ...metrics.map((m) => m.history.length));
    const columns: (string | null)[] = parsed
      ? labelsEndingAt(parsed, Math.min(this.periods, longest))
      : Array.from({ length: Math.min(this.periods, longest) }, () => null);
    const headings = columns.map((c, i) => (c ? periodHeading(c, locale, weekStart) : { name: w.unnamed(f.count(i + 1)), detail: null, full: w.unnamed(f.count(i + 1)) }));
    const cadenceName = cadence ? (s.cadence[cadence] ?? cadence) : s.groups.other!;
    const caption = headings.length > 1
      ? w.gridCaption(cadenceName, headings[0]!.full, headings.at(-1)!.full)
      : w.gridCaptionOne(cadenceName, headings[0]?.full ?? '');
    const rolled = model.rollup !== 'none' && metrics.some((m) => m.rollup);
    const captionId = `grid-${cadence ?? 'other'}`;
    const groups = model.groups
      .map((g) => ({ key: g.key, ids: g.metricIds.filter((id) => ids.has(id)) }))
      .filter((g) => g.ids.length);
    const byId = new Map(metrics.map((m) => [m.id, m]));
    const span = columns.length + 3;
    const captionText = `${caption}${rolled ? ` (${w.rolledUpCaption(w.into[model.rollup as 'month' | 'quarter'])})` : ''}`;
    // Periods run with the text (right to left in Arabic), or left to right with
    // time-direction="ltr": then, right to left, the latest come first after the metric's columns.
    const order = columns.map((_, i) => i);
    const flip = this.timeAgainstText;
    if (flip) order.reverse();
    // Why a value is missing: numbered below the table, the number beside its dash.
    const notes = new Footnotes();
    const bodies = groups.map((g) => {
      const heading = this.groupHeading(model, g.key, groups.length);
      return html`<tbody>
        ${heading ? html`<tr class="group-row"><th scope="colgroup" colspan=${span}><span class="group-label"><bdi>${heading}</bdi></span></th></tr>` : nothing}
        ${g.ids.map((id) => this.renderGridRow(byId.get(id)!, columns, order, notes))}
      </tbody>`;
    });
    // The caption is read with the table; the heading above the scrolling box shows it whole.
    return html`<h3 class="grid-heading" id=${captionId}>${captionText}</h3>
    <div part="grid-scroll" class="grid-scroll" role="region" tabindex="0" aria-labelledby=${captionId} data-latest=${flip ? 'start' : 'end'}>
      <table part="grid" class="grid" data-cadence=${cadence ?? ''}>
        <caption class="visually-hidden">${captionText}</caption>
        <thead>
          <tr>
            <th scope="col" class="metric-col">${w.metricColumn}</th>
            <th scope="col" class="start">${w.goalColumn}</th>
            <th scope="col" class="start">${w.ownerColumn}</th>
            ${order.map((i) => {
              const h = headings[i]!;
              const current = metrics.some((m) => m.history.at(-1)?.current && m.history.at(-1)?.period === columns[i]);
              return html`<th scope="col" class="period-col ${current ? 'current' : ''}" title=${h.full}>
                <span class="period-name">${h.name}</span>${h.detail ? html` <span class="period-detail">${h.detail}</span>` : nothing}${current
                  ? html` <span class="period-detail in-progress">${w.inProgress}</span>`
                  : nothing}
              </th>`;
            })}
          </tr>
        </thead>
        ${bodies}
      </table>
    </div>
    ${noteList(this.formatter, notes, `${captionId}-notes`)}`;
  }

  private renderGridRow(m: ScorecardMetric, columns: (string | null)[], order: number[], notes: Footnotes): TemplateResult {
    const f = this.formatter;
    const w = wordsFor(this.resolvedLocale);
    const s = this.strings;
    // Numbers-only history has no labels: it fills the last columns.
    const byPeriod = new Map(m.history.filter((h) => h.period).map((h) => [h.period, h]));
    const unnamed = m.history.filter((h) => !h.period);
    const offset = columns.length - unnamed.length;
    return html`<tr class="metric-row ${m.status}" data-id=${m.id}>
      <th scope="row" class="metric-col">
        <button type="button" class="row-select" @click=${() => this.select(m)}><bdi>${m.label}</bdi></button>
        ${m.note ? html`<span part="note" class="note"><bdi>${m.note}</bdi></span>` : nothing}
      </th>
      <td class="goal">${goalText(m.target, m, f)}${m.direction === 'lower' && !isRange(m.target) ? html` <span class="small">${s.lowerIsBetter}</span>` : nothing}</td>
      <td class="owner-cell">${m.owner ? html`<bdi>${m.owner}</bdi>` : ''}</td>
      ${order.map((i) => {
        const c = columns[i]!;
        const p = c ? byPeriod.get(c) : i >= offset ? unnamed[i - offset] : undefined;
        if (!p) return html`<td part="cell" class="cell empty"><span aria-hidden="true">—</span><span class="visually-hidden">${w.noValue}</span></td>`;
        const compared = p.comparedTarget !== undefined && p.comparedTarget !== null && !isRange(p.comparedTarget) ? p.comparedTarget : null;
        // A dash says why where the reason is known (the current period's), by the number of its note.
        const missing = p.value === null && p.current ? m.actualMissing : null;
        const reason = missing ? missingText(missing.reason, missing.input, m, this.resolvedLocale, s.missing) : null;
        const value = p.value === null
          ? dashWithNote(f, notes, reason, reason ?? w.noValue)
          : f.format(p.value, m.unit, { shortUnits: true });
        return html`<td part="cell" class="cell ${p.status} ${p.current ? 'current' : ''} ${p.partial ? 'partial' : ''}" data-period=${p.period ?? ''} data-status=${p.status}>
          ${value}<span class="visually-hidden"> ${s.status[p.status]}</span>
          ${p.current && compared !== null ? html`<span class="cell-detail">${w.byNow(f.format(compared, m.unit, { shortUnits: true }))}</span>` : nothing}
          ${p.partial && !p.current ? html`<span class="cell-detail">${w.partial}</span>` : nothing}
        </td>`;
      })}
    </tr>`;
  }

  /** A group's heading; none when grouping is off, or when no metric names a group at all. */
  private groupHeading(model: ScorecardModel, key: string | null, groups: number): string | null {
    const s = this.strings;
    if (model.groupBy === 'none' || (key === null && groups === 1)) return null;
    return key === null ? s.groups.other! : (lookup(s.groups, key) ?? key);
  }

  protected renderModel(model: ScorecardModel): TemplateResult {
    const s = this.strings;
    const w = wordsFor(this.resolvedLocale);
    const byId = new Map(model.metrics.map((m) => [m.id, m]));
    const asOf = asOfName(model.period.asOf, this.resolvedLocale);
    const header =
      model.title || model.period.label || asOf
        ? html`<div part="header" class="header">
            ${model.title ? html`<h2 class="title"><bdi>${model.title}</bdi></h2>` : nothing}
            ${model.period.label ? html`<span class="period"><bdi>${model.period.label}</bdi></span>` : nothing}
            ${asOf && !model.period.label ? html`<span class="period">${w.asOf(asOf)}</span>` : nothing}
          </div>`
        : nothing;
    if (model.metrics.length === 0) {
      return html`${header}<p part="empty" class="state empty">
          ${model.cadence ? s.emptyCadence(s.cadence[model.cadence] ?? model.cadence) : s.empty}
        </p>`;
    }
    const body = this.layout === 'grid'
      ? this.renderGrid(model)
      : model.groups.map((g, i) => {
        const heading = this.groupHeading(model, g.key, model.groups.length);
        return html`<section part="group" class="group" aria-labelledby=${heading ? `group-${i}` : nothing}>
          ${heading ? html`<h3 part="group-heading" class="group-heading" id="group-${i}"><bdi>${heading}</bdi></h3>` : nothing}
          <ul class="metrics" role="list">
            ${g.metricIds.map((id) => this.renderMetric(byId.get(id)!))}
          </ul>
        </section>`;
      });
    return html`${header} ${this.renderSummary(model)} ${this.renderDiscuss(model)}
      <div class="layout-${this.layout}">${body}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-scorecard': KpiScorecard;
  }
  interface HTMLElementEventMap {
    'kpi-select': CustomEvent<ScorecardSelectDetail | { kind: string; id: string }>;
    'kpi-error': CustomEvent<{ errors: { path: string; message: string }[] }>;
  }
}
