/**
 * The inline panel that lists every problem with the data, with its path. A path is code
 * (`metrics[0].target`, monospace, left to right); a problem with the whole document is
 * named in words («البيانات», "the data"), in the text's own font and direction, bold as a
 * path is. A CSV cell (`row 7, column "Leads"`, as `errors[].path` has it in every language) is
 * words too: in Arabic «الصف ٧، العمود «Leads»», its numbers in the locale's digits.
 */
import { html, type TemplateResult } from 'lit';
import type { KitError } from '../core/types.js';
import { languageOf, type Strings } from './i18n.js';

/** csv-table.ts `formatCell`'s form: `row 7, column "Leads"`, `row 7`, `column "Leads"`. */
const CELL = /^(?:row (\d+))?(?:, )?(?:column ("(?:[^"\\]|\\.)*"))?$/;

/** A CSV cell's place as the reader says it: null for a JSON path (shown as code). */
function cellWords(path: string, locale: string): string | null {
  const m = CELL.exec(path);
  if (!m || (!m[1] && !m[2])) return null;
  if (languageOf(locale) !== 'ar') return path;
  let column: string | undefined;
  try {
    column = m[2] === undefined ? undefined : (JSON.parse(m[2]) as string);
  } catch {
    return path;
  }
  const parts: string[] = [];
  if (m[1]) parts.push(`الصف ${new Intl.NumberFormat(locale).format(Number(m[1]))}`);
  if (column !== undefined) parts.push(`العمود «${column}»`);
  return parts.join('، ');
}

export function renderErrorPanel(errors: readonly KitError[], s: Strings, locale: string, keptLastGood: boolean): TemplateResult {
  return html`<div part="errors" class="errors" role="alert">
    <p class="errors-heading">${s.problemsHeading(errors.length, locale)}</p>
    <ul class="errors-list">
      ${errors.map(
        (e) => {
          const cell = e.path ? cellWords(e.path, locale) : null;
          const where = cell !== null
            ? html`<b class="error-subject error-cell">${cell}</b>`
            : e.path
              ? html`<code class="error-path" dir="ltr">${e.path}</code>`
              : html`<b class="error-subject">${s.wholeDocument}</b>`;
          return html`<li>${where} <span class="error-message">${e.message}</span></li>`;
        },
      )}
    </ul>
    ${keptLastGood ? html`<p class="errors-kept">${s.keptLastGood}</p>` : ''}
  </div>`;
}
