import { css } from 'lit';

export const funnelPlannerStyles = css`
  .base {
    /* The box kept while loading or waiting for the reader: The goal, the plan of six stages and its table toggle, as laid out at 900px and wider. */
    --_placeholder-height: 600px;
    /* The editor's input borders: at least 3:1 against the input and the page around it
       (WCAG 1.4.11); --_border (grid lines, 1.4:1) is too faint to show where a field is. */
    --_input-border: var(--sk-color-input-border, #6e7781);
  }
  :host([theme='dark']) .base {
    --_input-border: var(--sk-color-input-border, #848d97);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .base {
      --_input-border: var(--sk-color-input-border, #848d97);
    }
  }
  .summary {
    padding: 8px var(--_gap) 0;
  }
  .summary p {
    margin: 0 0 6px;
    max-width: 75ch;
    line-height: 1.45;
  }
  .summary .headline {
    font-size: 1.05rem;
    font-weight: 600;
  }
  .summary .note {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .bottleneck {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    padding: 8px 10px;
    border-inline-start: 4px solid var(--_off-track);
    border-radius: 4px;
    background: var(--_surface-2);
  }
  .bottleneck.clear {
    border-inline-start-color: var(--_on-track);
  }
  .bottleneck .status-icon {
    flex: none;
    margin-top: 3px;
    color: var(--_off-track);
  }
  .bottleneck.clear .status-icon {
    color: var(--_on-track);
  }
  .editor {
    margin: 8px var(--_gap) 0;
    padding: 8px var(--_gap) var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .editor legend {
    padding: 0 4px;
    font-weight: 600;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
    gap: 10px var(--_gap);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-size: 0.9rem;
  }
  .field input,
  .field select {
    box-sizing: border-box;
    width: 100%;
    padding: 6px 8px;
    border: 1px solid var(--_input-border);
    border-radius: 6px;
    background: var(--_surface-2);
    color: var(--_text);
    font: inherit;
    font-variant-numeric: tabular-nums;
  }
  .field input[aria-invalid='true'] {
    border-color: var(--_off-track);
    border-width: 2px;
  }
  .hint {
    color: var(--_off-track);
    font-size: 0.85rem;
  }
  .reset {
    margin-top: 10px;
    padding: 6px 12px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface-2);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 8px var(--_gap) 0;
    padding: 0;
    list-style: none;
    font-size: 0.85rem;
  }
  .key {
    display: inline-block;
    width: 12px;
    height: 12px;
    margin-inline-end: 6px;
    border-radius: 3px;
    vertical-align: -1px;
    background: var(--_accent);
  }
  .key.actual {
    background: var(--sk-chart-7, #1b7c83);
  }
  .chart {
    margin: 8px var(--_gap) 0;
  }
  /* On a narrow axis (a phone) a label per decade runs together: label every other decade.
     The lines stay; the table has every number. */
  @container (max-width: 24em) {
    .tick:nth-child(even) .tick-text {
      visibility: hidden;
    }
  }
  .table-wrap {
    /* Positioned, so absolutely placed hidden texts scroll and clip with the table. */
    position: relative;
    overflow-x: auto;
    /* Its width comes from the page, never from the table: a scroll container still passes up its
       content's min-content (seven columns, about 500px in Arabic), and a grid or flex page would
       then lay the whole element, and the page, out that wide on a phone. The table scrolls here. */
    contain: inline-size;
    padding: 0 var(--_gap) var(--_gap);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding: 8px 0;
    color: var(--_muted);
    text-align: start;
  }
  th,
  td {
    padding: 6px 8px;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface-2);
    font-weight: 600;
  }
  td.num {
    text-align: end;
  }
  td.short {
    color: var(--_off-track);
  }
  tr.is-bottleneck th {
    box-shadow: inset 4px 0 0 var(--_off-track);
  }
  :host(:dir(rtl)) tr.is-bottleneck th {
    box-shadow: inset -4px 0 0 var(--_off-track);
  }
  .stage {
    padding: 2px 4px;
    margin: -2px -4px;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
  }
  .reason {
    display: block;
    color: var(--_muted);
    font-size: 0.8rem;
  }
  @media (forced-colors: active) {
    .bottleneck,
    .bottleneck.clear {
      border-inline-start-color: CanvasText;
    }
    /* The keys as the bars are drawn here (bar-chart.ts): plan filled in CanvasText, actual in
       GrayText, each framed, so the two differ and neither is an empty box (a forced
       background would be dropped). */
    .key {
      forced-color-adjust: none;
      box-sizing: border-box;
      border: 1px solid CanvasText;
      background: CanvasText;
    }
    .key.actual {
      background: GrayText;
    }
    /* Shape and words carry the status here: every icon in CanvasText (as specific as the
       coloured rules above, so it wins), its inner mark in Canvas so it stays visible. */
    .status-icon,
    .bottleneck .status-icon,
    .bottleneck.clear .status-icon {
      forced-color-adjust: none;
      color: CanvasText;
      --_surface: Canvas;
    }
  }
  @media print {
    .editor {
      display: none;
    }
  }
`;
