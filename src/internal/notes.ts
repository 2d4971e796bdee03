/**
 * Why a value is missing, where every reader can reach it: the dash carries a small number, the
 * reason is read with the cell, and the numbered reasons are listed below the table (no hover
 * tooltip, which touch and keyboard users never see). Shared by the scorecard's grid and the
 * lead-source table.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { DASH, type NumberFormatter } from '../core/format.js';

/** The reasons of one table, numbered in the order they first appear (the same reason, the same number). */
export class Footnotes {
  readonly reasons: string[] = [];

  /** The number of `reason`'s note, 1 for the first; added the first time it is asked for. */
  number(reason: string): number {
    const i = this.reasons.indexOf(reason);
    return i >= 0 ? i + 1 : this.reasons.push(reason);
  }
}

/**
 * A dash for a missing value: its note's number beside it when there is a reason, and what a
 * screen reader says in its place (`spoken`: the reason, or a plain "no value").
 */
export function dashWithNote(f: NumberFormatter, notes: Footnotes, reason: string | null, spoken: string): TemplateResult {
  return html`<span aria-hidden="true">${DASH}${reason ? html`<sup class="note-ref">${f.count(notes.number(reason))}</sup>` : nothing}</span><span class="visually-hidden">${spoken}</span>`;
}

/** The numbered reasons below the table (the `notes` part); nothing when there are none. */
export function noteList(f: NumberFormatter, notes: Footnotes, id?: string): TemplateResult | typeof nothing {
  if (!notes.reasons.length) return nothing;
  return html`<ol part="notes" class="notes" id=${id ?? nothing}>
    ${notes.reasons.map((text, i) => html`<li><span class="note-ref">${f.count(i + 1)}</span> ${text}</li>`)}
  </ol>`;
}

/** The number beside a dash, and the list; each element places the list (margins, colour). */
export const noteStyles = css`
  .note-ref {
    margin-inline-start: 1px;
    font-size: 0.75em;
    line-height: 0;
  }
  .notes {
    padding: 0;
    list-style: none;
  }
  .notes .note-ref {
    display: inline-block;
    min-inline-size: 1.2em;
    font-size: inherit;
    line-height: inherit;
    font-weight: 600;
  }
`;
