/**
 * Shared styles: theme tokens, the error panel, states, focus.
 *
 * Public custom properties (`--sk-*`) may be set on the element or any
 * ancestor; each falls back to the theme's default. Private ones (`--_*`)
 * are what the components read.
 */
import { css } from 'lit';

/** The dark theme's defaults: for theme="dark", and for theme="auto" on a dark system. */
const darkTokens = css`
  color-scheme: dark;
  --_text: var(--sk-color-text, #e6edf3);
  --_muted: var(--sk-color-muted, #9198a1);
  --_surface: var(--sk-color-surface, #0d1117);
  --_surface-2: var(--sk-color-surface-raised, #151b23);
  --_border: var(--sk-color-border, #3d444d);
  --_accent: var(--sk-color-accent, #4493f8);
  --_on-track: var(--sk-color-on-track, #3fb950);
  --_at-risk: var(--sk-color-at-risk, #d29922);
  --_off-track: var(--sk-color-off-track, #f85149);
  --_none: var(--sk-color-none, #9198a1);
  --_error-bg: var(--sk-color-error-surface, #3c1618);
`;

export const tokens = css`
  :host {
    display: block;
    box-sizing: border-box;
    color-scheme: light;
    --_font: var(--sk-font-family, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', Tahoma, sans-serif);
    /* Arabic: the faces that draw it well where the system has them (Noto on Linux and Android,
       Segoe UI on Windows, SF Arabic and Geeza Pro on Apple systems), before the Latin stack. */
    --_font-arabic: var(
      --sk-font-family-arabic,
      var(--sk-font-family, 'Noto Sans Arabic', 'Noto Naskh Arabic', 'Segoe UI', 'SF Arabic', 'Geeza Pro', Tahoma, system-ui, sans-serif)
    );
    --_text: var(--sk-color-text, #1f2328);
    --_muted: var(--sk-color-muted, #59636e);
    --_surface: var(--sk-color-surface, #ffffff);
    --_surface-2: var(--sk-color-surface-raised, #f6f8fa);
    --_border: var(--sk-color-border, #d1d9e0);
    --_accent: var(--sk-color-accent, #0969da);
    --_on-track: var(--sk-color-on-track, #1a7f37);
    --_at-risk: var(--sk-color-at-risk, #9a6700);
    --_off-track: var(--sk-color-off-track, #cf222e);
    --_none: var(--sk-color-none, #59636e);
    --_error-bg: var(--sk-color-error-surface, #ffebe9);
    --_radius: var(--sk-radius, 8px);
    --_gap: var(--sk-gap, 12px);
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  .base:lang(ar),
  .announce:lang(ar) {
    font-family: var(--_font-arabic);
  }
  .base {
    background: var(--_surface);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  /* Every element's header: its title, and the period or mode beside it. */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px var(--_gap);
    padding: var(--_gap) var(--_gap) 0;
  }
  .title {
    margin: 0;
    font-size: 1.15rem;
    font-weight: 650;
  }
  .period {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  /* Loading, or waiting for the reader to come near: the box keeps about the size the content
     will have (each element sets --_placeholder-height), so nothing below it moves. */
  .base[aria-busy='true'] {
    min-height: var(--_placeholder-height, auto);
  }
  .state {
    margin: 0;
    padding: var(--_gap);
    color: var(--_muted);
  }
  .errors {
    margin: 0 0 var(--_gap);
    padding: var(--_gap);
    border: 1px solid var(--_off-track);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_error-bg);
    color: var(--_text);
  }
  .errors-heading {
    margin: 0 0 4px;
    font-weight: 600;
  }
  .errors-list {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error-path {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-weight: 600;
    unicode-bidi: isolate;
  }
  .errors-kept {
    margin: 4px 0 0;
    color: var(--_muted);
  }
  .export {
    display: flex;
    justify-content: flex-end;
    gap: 6px;
    padding: 8px var(--_gap) 0;
  }
  .export button {
    padding: 4px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface-2);
    color: var(--_text);
    font: inherit;
    font-size: 0.85rem;
    cursor: pointer;
  }
  @media print {
    .export {
      display: none;
    }
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .errors {
      border-color: CanvasText;
    }
  }
`;
