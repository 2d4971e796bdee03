/**
 * Horizontal bar charts drawn in HTML, for the funnel and the lead sources: a
 * row per item (its label, then one or more bars, each with its value at its
 * end) over optional axis ticks. A ranked bar list needs no chart library:
 * the bars are boxes sized through the CSSOM (no inline style attribute, so a
 * strict CSP holds), text is text (selectable, translated, in the page's font,
 * crisp when zoomed or printed), right to left mirrors by itself (logical
 * properties), and the chart is on screen with the first render: no library
 * to download, compile or initialise. `chart-image.ts` paints it into a PNG.
 *
 * `barChartSpec`-style data comes from pure builders in each element; this
 * module only lays it out.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';

/** One bar: its length (0-1 of the track; null draws no bar), colour, and the value written at its end. */
export interface BarSpec {
  size: number | null;
  /** A CSS colour (a theme token such as `var(--_accent)` or a source's colour). */
  colour: string;
  /** The value label at the bar's end (plain text). */
  text: string;
  /** Extra class names (`plan`, `actual`, `bottleneck`), for styles and tests. */
  kind?: string;
}

export interface BarRowSpec {
  /** A stable id (the stage or source id), written as `data-key`. */
  key: string;
  /** The row's label (plain text, from the data). */
  label: string;
  /** Details shown on hover (plain text, lines joined with `\n`). */
  title: string;
  bars: BarSpec[];
}

export interface BarChartSpec {
  rows: BarRowSpec[];
  /** Axis ticks: where (0-1 along the track) and their text; none draws no axis. */
  ticks?: { at: number; text: string }[];
}

/** A length of the track as a CSS number (0-1), clamped; 2 decimals of a percent are plenty. */
const fraction = (x: number) => String(Math.round(Math.min(1, Math.max(0, x)) * 10_000) / 10_000);

/**
 * The chart's rows. `label` is the text alternative (the box is one image for
 * assistive technology; the element's table carries the same numbers).
 * `onSelect` is called with a row's index when it is clicked.
 */
export function renderBarChart(
  spec: BarChartSpec,
  options: { label: string; className?: string; onSelect?: (index: number) => void },
): TemplateResult {
  const ticks = spec.ticks ?? [];
  return html`<div part="chart" class="chart bars ${options.className ?? ''}" role="img" aria-label=${options.label}
    style=${styleProps({ '--_rows': String(spec.rows.length) })}>
    ${spec.rows.map(
      (row, i) => html`<div class="bar-row" data-key=${row.key} title=${row.title} @click=${() => options.onSelect?.(i)}>
        <span class="bar-label"><bdi>${row.label}</bdi></span>
        <span class="bar-track">
          ${row.bars.map(
            (bar) => html`<span class="bar-line ${bar.kind ?? ''}">
              ${bar.size === null
                ? nothing
                : html`<span class="bar" style=${styleProps({ '--_size': fraction(bar.size), '--_colour': bar.colour })}></span>`}
              <span class="bar-value">${bar.text}</span>
            </span>`,
          )}
        </span>
      </div>`,
    )}
    ${ticks.length
      ? html`<div class="bar-axis" aria-hidden="true">
          ${ticks.map((t) => html`<span class="tick" style=${styleProps({ '--_at': fraction(t.at) })}><span class="tick-text">${t.text}</span></span>`)}
        </div>`
      : nothing}
  </div>`;
}

/**
 * The bars' layout. The track leaves `--_value-room` at its end for the
 * longest value label; bars and ticks are placed along the rest.
 */
export const barChartStyles = css`
  .chart.bars {
    --_value-room: 7.5em;
    position: relative;
    display: grid;
    grid-template-columns: minmax(6em, 28%) 1fr;
    grid-template-rows: repeat(var(--_rows), minmax(1.9rem, auto));
    align-content: start;
    row-gap: 0.25rem;
    column-gap: 0.75rem;
    block-size: auto;
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }
  .chart.bars:has(.bar-axis) {
    padding-block-end: 1.5rem;
  }
  .bar-row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
    position: relative;
    z-index: 1;
  }
  .bar-row:hover .bar {
    filter: brightness(1.1);
  }
  .bar-label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    text-align: end;
  }
  /* Bars and ticks are lengths of the track (100cqi) less the room for the value labels. */
  .bar-track,
  .bar-axis {
    container-type: inline-size;
    min-inline-size: 0;
  }
  .bar-track {
    display: grid;
    gap: 2px;
  }
  .bar-line {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .bar {
    flex: none;
    inline-size: max(2px, calc((100cqi - var(--_value-room)) * var(--_size)));
    block-size: 0.875rem;
    border-start-end-radius: 3px;
    border-end-end-radius: 3px;
    background: var(--_colour);
    print-color-adjust: exact;
  }
  .bar-line:only-child .bar {
    block-size: 1.25rem;
  }
  .bar-value {
    white-space: nowrap;
  }
  .bar-line.actual .bar-value {
    color: var(--_muted);
  }
  /* Behind the rows, over the track column (an absolutely placed grid item takes no cell). */
  .bar-axis {
    grid-column: 2;
    grid-row: 1 / -1;
    position: absolute;
    inset: 0;
    border-inline-start: 1px solid var(--_border);
    pointer-events: none;
  }
  .tick {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc((100cqi - var(--_value-room)) * var(--_at));
    border-inline-start: 1px dashed var(--_border);
  }
  .tick-text {
    position: absolute;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    translate: -50% 0;
    font-size: 0.75rem;
    color: var(--_muted);
    white-space: nowrap;
  }
  :host(:dir(rtl)) .tick-text {
    translate: 50% 0;
  }
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .bar-line.actual .bar {
      background: GrayText;
    }
  }
`;
