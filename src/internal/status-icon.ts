/** Status icons: shape as well as colour, so status never rests on colour alone. */
import { svg, type SVGTemplateResult } from 'lit';
import type { Status } from '../core/types.js';

const PATHS: Record<Status, SVGTemplateResult> = {
  // a circle with a tick
  'on-track': svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.8" fill="none" stroke="var(--_surface, #fff)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  // a triangle with an exclamation mark
  'at-risk': svg`<path d="M8 1.2l7 13.1H1z" fill="currentColor"/><path d="M8 5.6v4.2" stroke="var(--_surface, #fff)" stroke-width="1.8" stroke-linecap="round"/><circle cx="8" cy="12.1" r="1" fill="var(--_surface, #fff)"/>`,
  // a square with a cross
  'off-track': svg`<rect x="1" y="1" width="14" height="14" rx="2" fill="currentColor"/><path d="M5 5l6 6M11 5l-6 6" stroke="var(--_surface, #fff)" stroke-width="1.8" stroke-linecap="round"/>`,
  // a hollow circle with a dash
  none: svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M5 8h6" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
};

export function statusIcon(status: Status): SVGTemplateResult {
  return svg`<svg class="status-icon ${status}" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${PATHS[status]}</svg>`;
}
