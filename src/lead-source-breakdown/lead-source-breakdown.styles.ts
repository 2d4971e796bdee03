import { css } from 'lit';

export const sourcesStyles = css`
  .base {
    /* The box kept while loading or waiting for the reader: The summary, a handful of ranked sources and the table, as laid out at 900px and wider. */
    --_placeholder-height: 700px;
  }
  /* Sizes are in em: they follow the element's font size, so at 200 % text the chart and the
     table grow together and the layouts below adapt. */
  .summary {
    margin: 0;
    padding: var(--_gap);
    font-size: 1.05em;
    font-weight: 600;
  }
  /* The chart's box, which its layout follows: bars beside their labels, or under them when
     the box is narrow for its text (a phone, or large text). */
  .chart-frame {
    container: sources-chart / inline-size;
    margin: 0 var(--_gap);
  }
  .chart.bars {
    grid-template-rows: repeat(var(--_rows), minmax(2.35em, auto));
    row-gap: 0.3em;
    column-gap: 0.9em;
    font-size: 0.8125em;
  }
  .bar {
    block-size: 1.1em;
  }
  .bar-line:only-child .bar {
    block-size: 1.55em;
  }
  /* A long label wraps: nothing of it is hidden. */
  .bar-label {
    overflow: visible;
    overflow-wrap: anywhere;
    text-overflow: clip;
    white-space: normal;
  }
  @container sources-chart (inline-size < 26em) {
    /* Narrow: each label above its bar, the bar as long as the whole box allows and its value
       after it, or on the next line when there is no room beside it. */
    .chart.bars {
      --_value-room: 0px;
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: none;
      row-gap: 0.6em;
    }
    .bar-label {
      text-align: start;
    }
    .bar-line {
      flex-wrap: wrap;
      row-gap: 0.15em;
    }
  }
  .bar-row {
    cursor: pointer;
  }
  /* The donut beside its legend (the legend on the inline end: on the left right to left). */
  .chart.donut {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--_gap) calc(2 * var(--_gap));
    padding-block: 4px;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
  }
  .donut-ring {
    flex: none;
    inline-size: var(--sk-chart-height, 240px);
    block-size: var(--sk-chart-height, 240px);
    max-inline-size: 100%;
  }
  .slice {
    /* A thin line of the background between two slices. */
    stroke: var(--_surface);
    stroke-width: 1.5;
    stroke-linejoin: round;
    cursor: pointer;
  }
  .slice:hover {
    opacity: 0.85;
  }
  .donut-legend {
    display: grid;
    grid-template-columns: auto auto auto auto;
    gap: 0.25rem 0.5rem;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend-item {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
    cursor: pointer;
  }
  .legend-item:hover .legend-label {
    text-decoration: underline;
  }
  .legend-swatch {
    inline-size: 12px;
    block-size: 12px;
    border-radius: 3px;
  }
  /* A long label wraps, never cut short: its column takes the room the numbers leave. */
  .legend-label {
    overflow-wrap: anywhere;
  }
  .legend-value {
    text-align: end;
  }
  .legend-share {
    text-align: end;
    color: var(--_muted);
  }
  .table-wrap {
    /* The wide table scrolls inside the element instead of widening the page's layout. */
    contain: inline-size;
    /* Positioned, so the visually hidden texts (position: absolute) in its cells are clipped
       with the table instead of widening the page. */
    position: relative;
    margin: var(--_gap);
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 6px 10px;
    border-bottom: 1px solid var(--_border);
    text-align: end;
    white-space: nowrap;
  }
  thead th {
    padding: 0;
    background: var(--_surface-2);
    font-weight: 600;
    vertical-align: bottom;
  }
  .col-source {
    text-align: start;
    position: sticky;
    inset-inline-start: 0;
    background: var(--_surface);
    z-index: 1;
  }
  thead .col-source,
  tfoot .col-source {
    background: var(--_surface-2);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    justify-content: flex-end;
    gap: 4px;
    width: 100%;
    padding: 8px 10px;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: inherit;
    white-space: normal;
    text-wrap: balance;
    min-width: 7em;
  }
  .col-source .sort {
    justify-content: flex-start;
  }
  .sort:hover {
    text-decoration: underline;
  }
  .arrow {
    display: inline-block;
    min-width: 0.8em;
    font-size: 0.7em;
  }
  .source {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    padding: 2px 4px;
    margin-inline-start: -4px;
    border: 0;
    border-radius: 4px;
    background: none;
    text-align: start;
    font-weight: 600;
  }
  .source:hover {
    text-decoration: underline;
  }
  .swatch {
    flex: none;
    width: 12px;
    height: 12px;
    border-radius: 3px;
  }
  tbody tr:hover td,
  tbody tr:hover th {
    background: var(--_surface-2);
  }
  tfoot th,
  tfoot td {
    background: var(--_surface-2);
    font-weight: 650;
    border-bottom: 0;
    border-top: 2px solid var(--_border);
  }
  .na {
    color: var(--_muted);
  }
  /* The numbered reasons below the table (notes.ts styles the numbers). */
  .notes-box {
    margin: 0 var(--_gap) var(--_gap);
    color: var(--_muted);
    font-size: 0.8em;
  }
  .note {
    margin: 0;
  }
  .notes {
    margin: 2px 0 0;
  }
  .no-chart {
    padding-top: 0;
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
    /* The slices keep their colours, each outlined in the background colour so they stay apart. */
    .donut-ring,
    .legend-swatch {
      forced-color-adjust: none;
    }
    .slice {
      stroke: Canvas;
      stroke-width: 2;
    }
    .legend-swatch path {
      stroke: CanvasText;
      stroke-width: 2;
    }
  }
  @media print {
    .donut-ring path {
      print-color-adjust: exact;
    }
    .table-wrap {
      overflow: visible;
    }
  }
`;
