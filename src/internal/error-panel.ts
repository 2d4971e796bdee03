/**
 * The inline panel that lists every problem with the data, with its path. A path is code
 * (`metrics[0].target`, monospace, left to right); a problem with the whole document is
 * named in words («البيانات», "the data"), in the text's own font and direction, bold as a
 * path is.
 */
import { html, type TemplateResult } from 'lit';
import type { KitError } from '../core/types.js';
import type { Strings } from './i18n.js';

export function renderErrorPanel(errors: readonly KitError[], s: Strings, locale: string, keptLastGood: boolean): TemplateResult {
  return html`<div part="errors" class="errors" role="alert">
    <p class="errors-heading">${s.problemsHeading(errors.length, locale)}</p>
    <ul class="errors-list">
      ${errors.map(
        (e) => html`<li>${e.path
          ? html`<code class="error-path" dir="ltr">${e.path}</code>`
          : html`<b class="error-subject">${s.wholeDocument}</b>`} <span class="error-message">${e.message}</span></li>`,
      )}
    </ul>
    ${keptLastGood ? html`<p class="errors-kept">${s.keptLastGood}</p>` : ''}
  </div>`;
}
