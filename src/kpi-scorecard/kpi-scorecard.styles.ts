import { css } from 'lit';

export const scorecardStyles = css`
  .base {
    /* The box kept while loading or waiting for the reader: A title and a few metrics: less than most scorecards, so what follows is never pushed out of view. */
    --_placeholder-height: 300px;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 0;
    padding: var(--_gap);
    list-style: none;
  }
  .count {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 4px 10px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-2);
    font-size: 0.9rem;
  }
  .count strong {
    font-variant-numeric: tabular-nums;
  }
  .discuss {
    margin: 0 var(--_gap) var(--_gap);
    padding: 10px var(--_gap);
    border-inline-start: 4px solid var(--_off-track);
    background: var(--_surface-2);
    border-radius: 4px;
  }
  .discuss.clear {
    border-inline-start-color: var(--_on-track);
  }
  .discuss-heading {
    margin: 0;
    font-size: 1rem;
    font-weight: 650;
  }
  .discuss p {
    margin: 2px 0 0;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .discuss ul {
    margin: 6px 0 0;
    padding-inline-start: 1.2em;
  }
  .group {
    padding: 0 var(--_gap) var(--_gap);
  }
  .group-heading {
    margin: 0 0 8px;
    font-size: 0.85rem;
    font-weight: 650;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .metrics {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--sk-card-min-width, 220px), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A scorecard of hundreds of metrics lays out only the cards near the screen
     (they stay in the accessibility tree and in find-in-page). Not for the usual
     8 to 15: skipped cards would hide their colours from contrast checkers. */
  .metrics.many > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 150px;
  }
  .metric {
    display: grid;
    grid-template-rows: auto auto auto 1fr;
    gap: 6px;
    width: 100%;
    height: 100%;
    box-sizing: border-box;
    padding: 12px;
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_status);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .metric:hover {
    background: var(--_surface-2);
  }
  .metric.on-track { --_status: var(--_on-track); }
  .metric.at-risk { --_status: var(--_at-risk); }
  .metric.off-track { --_status: var(--_off-track); }
  .metric.none { --_status: var(--_none); }
  .label {
    font-weight: 600;
  }
  .badges {
    display: block;
    margin-top: 2px;
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .actual {
    display: block;
    font-size: 1.6rem;
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
  }
  .actual.missing {
    color: var(--_muted);
  }
  .reason {
    display: block;
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .target {
    display: block;
    color: var(--_muted);
    font-size: 0.85rem;
    font-variant-numeric: tabular-nums;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 6px;
    color: var(--_status);
    font-weight: 600;
    font-size: 0.9rem;
  }
  .status-word {
    white-space: nowrap;
  }
  .status .attainment {
    color: var(--_muted);
    font-weight: 400;
  }
  .status-icon {
    flex: none;
    color: var(--_status);
  }
  .count .status-icon.on-track { color: var(--_on-track); }
  .count .status-icon.at-risk { color: var(--_at-risk); }
  .count .status-icon.off-track { color: var(--_off-track); }
  .count .status-icon.none { color: var(--_none); }
  .foot {
    display: flex;
    align-items: end;
    justify-content: space-between;
    gap: 8px;
  }
  .owner {
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .sparkline {
    display: block;
    width: 120px;
    height: 32px;
    color: var(--_status);
    overflow: visible;
  }
  :host(:dir(rtl)) .sparkline {
    /* time runs right to left in a right-to-left page */
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .metric {
      border-top-color: CanvasText;
    }
    /* Shape and words carry the status here: every icon in CanvasText (the summary's
       coloured icons too), its inner mark in Canvas so it stays visible. */
    .status,
    .status-icon,
    .count .status-icon.on-track,
    .count .status-icon.at-risk,
    .count .status-icon.off-track,
    .count .status-icon.none,
    .sparkline {
      color: CanvasText;
      forced-color-adjust: none;
    }
    .status-icon {
      --_surface: Canvas;
    }
  }
  @media print {
    .metric {
      break-inside: avoid;
    }
  }
`;
