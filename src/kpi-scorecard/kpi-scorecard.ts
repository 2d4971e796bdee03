import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  buildScorecardModel,
  GROUP_BY,
  sparklineSegments,
  validateScorecard,
  type GroupBy,
  type ScorecardInput,
  type ScorecardMetric,
  type ScorecardModel,
} from '../core/scorecard.js';
import { CADENCES, STATUSES, type Cadence } from '../core/types.js';
import type { Validated } from '../core/validation.js';
import { enumConverter } from '../internal/converters.js';
import { KitElement } from '../internal/kit-element.js';
import { lookup } from '../internal/i18n.js';
import { statusIcon } from '../internal/status-icon.js';
import { tokens } from '../internal/styles.js';
import { scorecardStyles } from './kpi-scorecard.styles.js';

export interface ScorecardSelectDetail {
  kind: 'metric';
  id: string;
  metric: ScorecardMetric;
}

const SPARK_W = 120;
const SPARK_H = 32;
/** Above this many metrics, cards far from the screen skip layout (content-visibility). */
const MANY_METRICS = 100;

/**
 * @tagname kpi-scorecard
 * @summary The revenue team's weekly scorecard: actual against target for each
 * metric, on track / at risk / off track, grouped by department or by leading and
 * lagging indicators, with the off-track metrics listed as items to discuss.
 *
 * @attr data - The scorecard as JSON text (see the data schema).
 * @attr src - URL of the scorecard JSON, fetched when no other data is given.
 * @attr refresh - Re-fetch `src` every this many seconds.
 * @attr locale - BCP 47 locale; default the nearest `lang`, then the browser.
 * @attr currency - ISO 4217 code for money; default USD.
 * @attr theme - `light`, `dark` or `auto` (default).
 * @attr cadence - Show only `weekly`, `monthly` or `quarterly` metrics.
 * @attr group-by - `group` (default: marketing, sales, service), `indicator` (leading / lagging) or `none`.
 *
 * @event kpi-select - A metric was activated by pointer or keyboard. `detail: { kind: 'metric', id, metric }`.
 * @event kpi-error - The data has problems. `detail: { errors: { path, message }[] }`.
 *
 * @slot - A `<script type="application/json">` holding the scorecard data.
 *
 * @csspart base - The element's frame.
 * @csspart header - Title and period.
 * @csspart summary - The counts by status.
 * @csspart discuss - The off-track list ("items to discuss").
 * @csspart group - A group of metrics.
 * @csspart group-heading - A group's heading.
 * @csspart metric - One metric card (a button).
 * @csspart label - A metric's label.
 * @csspart value - A metric's actual value.
 * @csspart target - A metric's target line.
 * @csspart status - A metric's status (icon and words).
 * @csspart sparkline - A metric's history sparkline.
 * @csspart owner - A metric's owner.
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
 * @cssprop --sk-radius - Corner radius.
 * @cssprop --sk-gap - Spacing unit.
 * @cssprop --sk-card-min-width - Narrowest a metric card gets (default 220px).
 */
export class KpiScorecard extends KitElement<ScorecardInput, ScorecardModel> {
  static override styles = [tokens, scorecardStyles];

  /** Show only the metrics of this cadence; all when unset. */
  @property({ reflect: true, converter: enumConverter(CADENCES, null) }) cadence: Cadence | null = null;

  /** How metrics are grouped. */
  @property({ attribute: 'group-by', reflect: true, converter: enumConverter(GROUP_BY, 'group') }) groupBy: GroupBy = 'group';

  protected override modelProperties() {
    return ['cadence', 'groupBy'] as const;
  }

  protected validateInput(json: unknown): Validated<ScorecardInput> {
    return validateScorecard(json);
  }

  protected buildModel(input: ScorecardInput): ScorecardModel {
    return buildScorecardModel(input, { language: this.resolvedLocale, cadence: this.cadence, groupBy: this.groupBy });
  }

  protected override exportTable(model: ScorecardModel) {
    const s = this.strings;
    const f = this.formatter;
    const header = [s.csv.metric, s.csv.group, s.csv.indicator, s.csv.cadence, s.owner, s.actual, s.target, s.csv.pacedTarget, s.csv.status, s.csv.ofTarget];
    const rows = model.metrics.map((m) => [
      { text: m.label },
      m.group === null ? null : { text: lookup(s.groups, m.group) ?? m.group },
      m.indicator === null ? null : s.indicator[m.indicator]!,
      m.cadence === null ? null : s.cadence[m.cadence]!,
      m.owner === null ? null : { text: m.owner },
      { formatted: m.actual === null ? '' : f.format(m.actual, m.unit) },
      { formatted: m.target === null ? '' : f.format(m.target, m.unit) },
      { formatted: m.paced && m.comparedTarget !== null ? f.format(m.comparedTarget, m.unit) : '' },
      s.status[m.status],
      { formatted: m.ratio === null ? '' : f.percent(m.ratio) },
    ]);
    return { header, rows };
  }

  private select(metric: ScorecardMetric): void {
    this.emit<ScorecardSelectDetail>('kpi-select', { kind: 'metric', id: metric.id, metric });
  }

  private renderSparkline(m: ScorecardMetric): TemplateResult | typeof nothing {
    const segments = sparklineSegments(m.history, SPARK_W, SPARK_H);
    if (!segments.length) return nothing;
    const last = segments[segments.length - 1]!;
    const end = last[last.length - 1]!;
    const f = this.formatter;
    const described = m.history.map((v) => f.format(v, m.unit)).join(', ');
    return html`<svg part="sparkline" class="sparkline" viewBox="0 0 ${SPARK_W} ${SPARK_H}" role="img"
      aria-label=${`${this.strings.trend}: ${described}`}>
      ${segments.map((seg) =>
        seg.length === 1
          ? svg`<circle cx=${seg[0]![0]} cy=${seg[0]![1]} r="1.5" fill="currentColor" />`
          : svg`<polyline points=${seg.map((p) => p.join(',')).join(' ')} fill="none" stroke="currentColor"
              stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round" vector-effect="non-scaling-stroke" />`,
      )}
      <circle cx=${end[0]} cy=${end[1]} r="2.6" fill="currentColor" />
    </svg>`;
  }

  private renderTarget(m: ScorecardMetric): TemplateResult | typeof nothing {
    const s = this.strings;
    const f = this.formatter;
    if (m.target === null) return nothing;
    const paced = m.paced && m.comparedTarget !== null && m.comparedTarget !== m.target;
    const elapsed = this.result?.period.elapsed ?? null;
    return html`<span part="target" class="target"
      >${s.target}: ${f.format(m.target, m.unit)}${paced
        ? html` · ${s.pacedTarget(f.format(m.comparedTarget, m.unit), f.percent(elapsed))}`
        : nothing}</span
    >`;
  }

  private renderMetric(m: ScorecardMetric): TemplateResult {
    const s = this.strings;
    const f = this.formatter;
    const badges = [
      m.indicator ? s.indicator[m.indicator] : null,
      m.cadence ? s.cadence[m.cadence] : null,
      m.direction === 'lower' ? s.lowerIsBetter : null,
    ].filter(Boolean);
    const missing = m.actualMissing;
    return html`<li>
      <button type="button" part="metric" class="metric ${m.status}" data-id=${m.id} data-status=${m.status}
        title=${m.formula ?? nothing} @click=${() => this.select(m)}>
        <span>
          <span part="label" class="label"><bdi>${m.label}</bdi></span>
          ${badges.length ? html`<span class="badges">${badges.join(' · ')}</span>` : nothing}
        </span>
        <span>
          <span part="value" class="actual ${missing ? 'missing' : ''}">${f.format(m.actual, m.unit)}</span>
          ${missing ? html`<span class="reason">${s.missing[missing.reason](missing.input)}</span>` : nothing}
          ${this.renderTarget(m)}
        </span>
        <span part="status" class="status">
          ${statusIcon(m.status)}<span class="status-word">${s.status[m.status]}</span>${m.ratio !== null
            ? html`<span class="attainment">· ${s.ofTarget(f.percent(m.ratio))}</span>`
            : m.target === null
            ? html`<span class="attainment">· ${s.missing['no-target']()}</span>`
            : nothing}
        </span>
        <span class="foot">
          ${m.owner ? html`<span part="owner" class="owner">${s.owner}: <bdi>${m.owner}</bdi></span>` : html`<span></span>`}
          ${this.renderSparkline(m)}
        </span>
      </button>
    </li>`;
  }

  private renderSummary(model: ScorecardModel): TemplateResult {
    const s = this.strings;
    const f = this.formatter;
    const byId = new Map(model.metrics.map((m) => [m.id, m]));
    const offTrack = model.offTrack.map((id) => byId.get(id)!);
    return html`<ul part="summary" class="summary" aria-label=${s.summary}>
        ${STATUSES.filter((st) => st !== 'none' || model.counts.none > 0).map(
          (st) => html`<li class="count" data-status=${st}>
            ${statusIcon(st)}
            <strong>${f.count(model.counts[st])}</strong> <span>${s.status[st]}</span>
          </li>`,
        )}
      </ul>
      <section part="discuss" class="discuss ${offTrack.length ? '' : 'clear'}" aria-labelledby="discuss-heading">
        <h3 id="discuss-heading" class="discuss-heading">${offTrack.length ? s.toDiscuss(offTrack.length, this.resolvedLocale) : s.allOnTrack}</h3>
        ${offTrack.length
          ? html`<p>${s.toDiscussHint}</p>
              <ul>
                ${offTrack.map((m) => html`<li><bdi>${m.label}</bdi>${m.owner ? html` (<bdi>${m.owner}</bdi>)` : nothing}</li>`)}
              </ul>`
          : nothing}
      </section>`;
  }

  protected renderModel(model: ScorecardModel): TemplateResult {
    const s = this.strings;
    const byId = new Map(model.metrics.map((m) => [m.id, m]));
    const header =
      model.title || model.period.label
        ? html`<header part="header" class="header">
            ${model.title ? html`<h2 class="title"><bdi>${model.title}</bdi></h2>` : nothing}
            ${model.period.label ? html`<span class="period"><bdi>${model.period.label}</bdi></span>` : nothing}
          </header>`
        : nothing;
    if (model.metrics.length === 0) {
      return html`${header}<p part="empty" class="state empty">
          ${model.cadence ? s.emptyCadence(s.cadence[model.cadence] ?? model.cadence) : s.empty}
        </p>`;
    }
    return html`${header} ${this.renderSummary(model)}
      ${model.groups.map((g, i) => {
        // No heading when grouping is off, or when no metric names a group at all.
        const heading =
          model.groupBy === 'none' || (g.key === null && model.groups.length === 1)
            ? null
            : g.key === null
              ? s.groups.other
              : (lookup(s.groups, g.key) ?? g.key);
        return html`<section part="group" class="group" aria-labelledby=${heading ? `group-${i}` : nothing}>
          ${heading ? html`<h3 part="group-heading" class="group-heading" id="group-${i}"><bdi>${heading}</bdi></h3>` : nothing}
          <ul class="metrics ${model.metrics.length > MANY_METRICS ? 'many' : ''}" role="list">
            ${g.metricIds.map((id) => this.renderMetric(byId.get(id)!))}
          </ul>
        </section>`;
      })}`;
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
