import { css } from 'lit';

export const trendStyles = css`
  .base {
    /* The box kept while loading or waiting for the reader: header, headline, chart and the
       table toggle (474px at 900px and wider, 555px at 360px with the default chart height). */
    --_placeholder-height: calc(var(--sk-chart-height, 280px) + 190px);
  }
  .header:empty {
    display: none;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px calc(var(--_gap) * 1.5);
    padding: var(--_gap);
  }
  .latest {
    display: flex;
    flex-direction: column;
  }
  .value {
    font-size: 2rem;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .latest-period {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .changes {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .change {
    display: inline-flex;
    align-items: baseline;
    gap: 4px;
    padding: 3px 10px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-2);
    font-size: 0.9rem;
  }
  .change strong {
    font-variant-numeric: tabular-nums;
  }
  .change.up > span[aria-hidden],
  .change.up strong {
    color: var(--_on-track);
  }
  .change.down > span[aria-hidden],
  .change.down strong {
    color: var(--_off-track);
  }
  .change .words {
    color: var(--_muted);
  }
  .sentence {
    flex-basis: 100%;
    margin: 0;
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0 var(--_gap);
    padding: 0;
    list-style: none;
    font-size: 0.85rem;
  }
  .key {
    display: inline-block;
    width: 18px;
    margin-inline-end: 6px;
    vertical-align: middle;
    border-top: 3px solid var(--sk-chart-1, #0969da);
  }
  .key.compare {
    border-top: 2px dashed var(--sk-chart-2, #bf3989);
  }
  .key.target {
    border-top: 2px dashed var(--_at-risk);
  }
  .bar .main,
  .bar .compare {
    width: 12px;
    height: 12px;
    border: 0;
    border-radius: 3px;
    background: var(--sk-chart-1, #0969da);
  }
  .bar .compare {
    background: var(--sk-chart-2, #bf3989);
  }
  .chart {
    height: var(--sk-chart-height, 280px);
    margin: 0 var(--_gap);
    min-width: 0;
  }
  /* A chart waiting for the reader to come near: its box, faintly, at its final size. */
  .chart.waiting {
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .chart.long {
    position: relative;
  }
  .chart.long .echarts {
    position: absolute;
    inset: 0;
  }
  /* The SVG chart: positions are fractions of the plot (set as --x, --y, … through the CSSOM),
     so it follows the box's size with no script; x is already mirrored for right-to-left. */
  .chart.svg {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-rows: minmax(0, 1fr) auto;
    column-gap: 8px;
    color: var(--_muted);
    font-size: 0.75rem;
    line-height: 1.2;
  }
  .y-axis,
  .plot {
    position: relative;
    /* Room above the highest point for its label. */
    margin-block: 26px 2px;
  }
  .y-axis {
    width: calc(var(--chars) * 1.1ch + 2px);
  }
  .y-label,
  .grid-line,
  .band,
  .dot,
  .mark-label,
  .cursor,
  .tip,
  .x-label {
    position: absolute;
  }
  .y-label {
    inset-inline-end: 0;
    top: calc(var(--y) * 100%);
    translate: 0 -50%;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .plot {
    border-block-end: 1px solid var(--_border);
  }
  .plot,
  .chart.long {
    cursor: crosshair;
  }
  .grid-line {
    left: 0;
    right: 0;
    top: calc(var(--y) * 100%);
    border-top: 1px solid color-mix(in srgb, var(--_border) 70%, transparent);
  }
  .band {
    top: 0;
    bottom: 0;
    left: calc(var(--x0) * 100%);
    width: calc(var(--w) * 100%);
    display: flex;
    justify-content: center;
    gap: 2px;
  }
  /* Bars fill 70 % of their band, at most 28 px each. */
  .band .bar {
    position: relative;
    flex: 0 1 28px;
    max-width: 70%;
    min-width: 1px;
    top: calc(var(--top) * 100%);
    height: calc((var(--bottom) - var(--top)) * 100%);
    border-radius: 2px 2px 0 0;
    background: var(--sk-chart-1, #0969da);
  }
  .band.pair .bar {
    max-width: 35%;
  }
  .band .bar.compare {
    background: var(--sk-chart-2, #bf3989);
  }
  .band .bar.below {
    background: var(--_off-track);
  }
  .lines {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    pointer-events: none;
  }
  .line {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .line.main {
    stroke: var(--sk-chart-1, #0969da);
  }
  .line.compare {
    stroke: var(--sk-chart-2, #bf3989);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .line.target {
    stroke: var(--_at-risk);
    stroke-width: 1.5;
    stroke-dasharray: 5 4;
  }
  .dot {
    left: calc(var(--x) * 100%);
    top: calc(var(--y) * 100%);
    width: 6px;
    height: 6px;
    translate: -50% -50%;
    box-sizing: border-box;
    border-radius: 50%;
    background: var(--_surface);
    border: 1.5px solid var(--sk-chart-1, #0969da);
    pointer-events: none;
  }
  .dot.compare {
    width: 5px;
    height: 5px;
    border-color: var(--sk-chart-2, #bf3989);
  }
  /* Below target: a diamond in the off-track colour, so it does not rest on colour alone. */
  .dot.below {
    width: 9px;
    height: 9px;
    border-radius: 1px;
    rotate: 45deg;
    border: 0;
    background: var(--_off-track);
  }
  .dot.mark {
    width: 11px;
    height: 11px;
    rotate: none;
    border-radius: 50%;
    border: 2px solid var(--_text);
    background: var(--_surface);
  }
  .dot.mark.latest {
    border-color: var(--_surface);
    background: var(--_accent);
  }
  .mark-label {
    left: calc(var(--x) * 100%);
    top: calc(var(--y) * 100%);
    translate: -50% calc(-100% - 8px);
    padding: 1px 3px;
    border-radius: 3px;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.7rem;
    white-space: nowrap;
    pointer-events: none;
  }
  .mark-label.latest {
    font-weight: 700;
  }
  .mark-label.at-right {
    translate: calc(-100% + 6px) calc(-100% - 8px);
  }
  .mark-label.at-left {
    translate: -6px calc(-100% - 8px);
  }
  .cursor {
    top: 0;
    bottom: 0;
    left: calc(var(--x) * 100%);
    border-left: 1px dashed var(--_muted);
    pointer-events: none;
  }
  .tip {
    z-index: 1;
    top: 0;
    left: calc(var(--x) * 100%);
    translate: 12px 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 6px 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius, 6px);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    font-size: 0.8rem;
    white-space: nowrap;
    pointer-events: none;
  }
  .tip.left {
    translate: calc(-100% - 12px) 0;
  }
  .x-axis {
    grid-column: 2;
    position: relative;
    height: 1.6em;
    margin-top: 4px;
  }
  /* time-direction="ltr" in right-to-left text: x is from the left (as in left to right), and
     the y axis stands where time starts, at the left; the text keeps its direction. */
  .chart.svg.time-ltr {
    grid-template-columns: minmax(0, 1fr) auto;
  }
  .chart.svg.time-ltr .y-axis {
    grid-column: 2;
    grid-row: 1;
  }
  .chart.svg.time-ltr .plot {
    grid-column: 1;
    grid-row: 1;
  }
  .chart.svg.time-ltr .x-axis {
    grid-column: 1;
    grid-row: 2;
  }
  .chart.svg.time-ltr .y-label {
    inset-inline-end: auto;
    inset-inline-start: 0;
  }
  .x-label {
    top: 0;
    left: calc(var(--x0) * 100%);
    width: calc(var(--w) * 100%);
    display: flex;
    justify-content: center;
    white-space: nowrap;
  }
  /* Physical sides: x is already mirrored for right-to-left time. */
  .x-label.at-left {
    justify-content: left;
  }
  .x-label.at-right {
    justify-content: right;
  }
  .table-area {
    padding: 8px var(--_gap) var(--_gap);
  }
  .table-toggle,
  .period {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 2px 0;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .period {
    white-space: nowrap;
  }
  /* The table scrolls sideways in its own box on a narrow screen. Its width comes from the
     element, never from the table: a scroll container still passes up its content's
     min-content, which would widen the element, and the page, on a phone. */
  .table-wrap {
    overflow-x: auto;
    contain: inline-size;
    margin-top: 8px;
  }
  .table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9rem;
  }
  .table caption {
    padding: 0 0 6px;
    color: var(--_muted);
    font-size: 0.85rem;
    text-align: start;
  }
  .table th,
  .table td {
    padding: 4px 8px;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  .table thead th {
    background: var(--_surface-2);
    color: var(--_muted);
    font-weight: 600;
    vertical-align: bottom;
  }
  .table .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .table .gap {
    color: var(--_muted);
  }
  .below-mark {
    color: var(--_off-track);
    font-size: 0.8rem;
  }
  @media (forced-colors: active) {
    .key {
      border-color: CanvasText;
    }
    .line.main,
    .line.compare {
      stroke: CanvasText;
    }
    .line.target {
      stroke: GrayText;
    }
    .band .bar,
    .dot.below,
    .dot.mark.latest {
      background: CanvasText;
    }
    .dot,
    .dot.mark {
      border-color: CanvasText;
    }
    .grid-line {
      border-color: GrayText;
    }
    .change strong,
    .below-mark {
      color: CanvasText;
    }
  }
  @media print {
    .table-toggle {
      display: none;
    }
  }
`;
