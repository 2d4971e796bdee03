import { css } from 'lit';

export const sourcesStyles = css`
  .summary {
    margin: 0;
    padding: var(--_gap);
    font-size: 1.05rem;
    font-weight: 600;
  }
  .chart {
    /* A fixed height: the box keeps its size before ECharts loads. */
    height: var(--sk-chart-height, 360px);
  }
  .chart.bar {
    /* Bars: a height that fits the number of sources (still fixed before ECharts loads). */
    height: var(--sk-chart-height, max(160px, calc(var(--_bars, 8) * 30px + 48px)));
    margin: 0 var(--_gap);
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
    font-size: 0.875rem;
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
    cursor: help;
  }
  .note {
    margin: 0 var(--_gap) var(--_gap);
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .no-chart {
    padding-top: 0;
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .table-wrap {
      overflow: visible;
    }
  }
`;
