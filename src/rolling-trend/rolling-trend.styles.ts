import { css } from 'lit';

export const trendStyles = css`
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
  .table {
    width: 100%;
    margin-top: 8px;
    border-collapse: collapse;
    font-size: 0.9rem;
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
