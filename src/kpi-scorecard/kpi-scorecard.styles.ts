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
  .discuss-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 6px var(--_gap);
  }
  .copy {
    padding: 4px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.85rem;
    cursor: pointer;
  }
  .copy:hover {
    border-color: var(--_accent);
  }
  .discuss .copy-status {
    margin: 0;
    font-size: 0.85rem;
  }
  .discuss .copy-status:empty {
    display: none;
  }
  .discuss-list {
    display: grid;
    gap: 8px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
    counter-reset: item;
  }
  /* Number, icon, then the item: a grid item has no list marker, so the number is a counter. */
  .discuss-item {
    display: grid;
    grid-template-columns: 1.4em auto 1fr;
    column-gap: 6px;
    row-gap: 2px;
    counter-increment: item;
  }
  .discuss-item::before {
    content: counter(item) '.';
    grid-row: 1;
    grid-column: 1;
    font-weight: 650;
    text-align: end;
  }
  .discuss-item > .status-icon {
    grid-row: 1;
    grid-column: 2;
    margin-top: 0.2em;
  }
  .discuss-item > :not(.status-icon) {
    grid-column: 3;
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 8px;
  }
  .item-status {
    color: var(--_status);
    font-weight: 600;
    font-size: 0.9rem;
  }
  .item-owner,
  .item-facts {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .item-facts {
    font-variant-numeric: tabular-nums;
  }
  .item-facts .gap {
    color: var(--_text);
    font-weight: 600;
  }
  .discuss-item.on-track, .cell.on-track, .metric-row.on-track { --_status: var(--_on-track); }
  .discuss-item.at-risk, .cell.at-risk, .metric-row.at-risk { --_status: var(--_at-risk); }
  .discuss-item.off-track, .cell.off-track, .metric-row.off-track { --_status: var(--_off-track); }
  .discuss-item.none, .cell.none, .metric-row.none { --_status: var(--_none); }
  .notes-text {
    margin: 8px 0 0;
    padding: 8px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    white-space: pre-wrap;
    font: inherit;
    font-size: 0.85rem;
  }
  /* The grid: one table per cadence, the metric column stays put while periods scroll. */
  .grid-scroll {
    margin: 0 var(--_gap) var(--_gap);
    overflow-x: auto;
    /* The table's width never widens the page: in a grid or flex layout the box takes
       its container's width and the periods scroll inside it. */
    contain: inline-size;
    /* Holds the visually hidden words of its cells: they must not reach past its edge. */
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .grid {
    border-collapse: separate;
    border-spacing: 0;
    width: 100%;
    font-size: 0.85rem;
    font-variant-numeric: tabular-nums;
  }
  .grid-heading {
    margin: 0 var(--_gap) 6px;
    font-size: 0.95rem;
    font-weight: 650;
  }
  .grid th,
  .grid td {
    padding: 6px 8px;
    border-top: 1px solid var(--_border);
    text-align: end;
    vertical-align: top;
    white-space: nowrap;
  }
  .grid thead th {
    position: sticky;
    top: 0;
    background: var(--_surface-2);
    color: var(--_muted);
    font-weight: 600;
    font-size: 0.8rem;
  }
  .grid .metric-col {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    min-width: 11rem;
    max-width: 16rem;
    white-space: normal;
    text-align: start;
    background: var(--_surface);
    border-inline-end: 1px solid var(--_border);
  }
  .grid thead .metric-col {
    z-index: 2;
    background: var(--_surface-2);
  }
  @media (max-width: 480px) {
    /* On a phone the metric column leaves room for this period and the one before. */
    .grid .metric-col {
      min-width: 7.5rem;
    }
  }
  .grid .metric-row > .metric-col {
    border-inline-start: 4px solid var(--_status);
    font-weight: 600;
  }
  .grid .metric-col .note {
    margin-top: 2px;
    font-weight: 400;
    font-size: 0.8rem;
  }
  .grid .goal,
  .grid .owner-cell,
  .grid thead .start {
    text-align: start;
    color: var(--_muted);
  }
  .grid .small {
    display: block;
    font-size: 0.75rem;
  }
  .grid .group-row th {
    text-align: start;
    background: var(--_surface-2);
    color: var(--_muted);
    font-size: 0.75rem;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .grid .group-label {
    position: sticky;
    inset-inline-start: 8px;
  }
  .period-col .period-name,
  .period-col .period-detail {
    display: block;
  }
  .period-col .period-detail {
    font-weight: 400;
    font-size: 0.75rem;
  }
  .period-col.current,
  .cell.current {
    background: color-mix(in srgb, var(--_accent) 9%, var(--_surface));
  }
  .grid thead .period-col.current {
    color: var(--_text);
  }
  .in-progress {
    font-style: italic;
  }
  /* The status as a shape before the value (circle, triangle, square, ring: the icons'
     silhouettes), drawn by CSS: a 13-period grid holds hundreds of cells. Its words are in
     the cell for screen readers; the shape is hidden from them. */
  .cell::before {
    content: '●' / '';
    display: inline-block;
    margin-inline-end: 4px;
    color: var(--_status);
    font-size: 0.7em;
    vertical-align: 0.1em;
  }
  .cell.at-risk::before { content: '▲' / ''; }
  .cell.off-track::before { content: '■' / ''; }
  .cell.none::before { content: '○' / ''; }
  .cell.empty::before { content: none; }
  .cell.empty {
    color: var(--_muted);
  }
  .cell-detail {
    display: block;
    color: var(--_muted);
    font-size: 0.75rem;
  }
  .cell.partial {
    font-style: italic;
  }
  /* The number beside a dash, and the numbered reasons below the table. */
  /* The numbered reasons below a grid (notes.ts styles the numbers). */
  .notes {
    margin: 0 var(--_gap) var(--_gap);
    color: var(--_muted);
    font-size: 0.8rem;
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
  /* No content-visibility on the cards, however many: Chromium leaves the content of a skipped
     subtree out of the accessibility tree, so a screen reader's browse mode could not reach the
     cards far from the screen. 1,000 cards still lay out within the bench's one-second budget. */
  .metric {
    display: flex;
    flex-direction: column;
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
  .metric:focus-within {
    border-color: var(--_accent);
  }
  .select,
  .row-select {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .select:hover .label,
  .row-select:hover {
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .select:focus-visible,
  .row-select:focus-visible,
  .copy:focus-visible,
  .details summary:focus-visible,
  .grid-scroll:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .projection {
    color: var(--_text);
    font-size: 0.85rem;
    font-variant-numeric: tabular-nums;
  }
  .change {
    font-size: 0.85rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .change .arrow {
    font-size: 0.75em;
  }
  .change.good .arrow { color: var(--_on-track); }
  .change.bad .arrow { color: var(--_off-track); }
  .note {
    display: block;
    margin: 0;
    padding-inline-start: 8px;
    border-inline-start: 2px solid var(--_border);
    color: var(--_muted);
    font-size: 0.85rem;
    font-style: italic;
    overflow-wrap: anywhere;
  }
  .foot {
    margin-top: auto;
  }
  .details {
    font-size: 0.85rem;
    border-top: 1px solid var(--_border);
    padding-top: 6px;
    cursor: auto;
  }
  .details summary {
    color: var(--_accent);
    cursor: pointer;
    width: fit-content;
  }
  .details dl {
    margin: 6px 0 0;
    display: grid;
    gap: 4px;
  }
  .details dt {
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .details dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
  :host(:dir(rtl)) .sparkline:not(.time-ltr) {
    /* time runs right to left in a right-to-left page, unless time-direction="ltr" */
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
    .sparkline,
    .cell::before,
    .discuss-item .status-icon {
      color: CanvasText;
      forced-color-adjust: none;
    }
    .status-icon {
      --_surface: Canvas;
    }
  }
  @media print {
    .metric,
    .discuss-item,
    .grid tr {
      break-inside: avoid;
    }
    .copy,
    .details summary {
      display: none;
    }
    .grid-scroll {
      overflow: visible;
      border: 0;
    }
    .grid {
      font-size: 8pt;
    }
    .grid .metric-col,
    .grid thead th {
      position: static;
    }
  }
`;
