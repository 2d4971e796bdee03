/**
 * One tooltip for every chart the kit draws: the trend's periods, the funnel's
 * and the lead sources' bars, the donut's slices, the scorecard's sparklines.
 *
 * - **Pointer**: the chart does its own hit-testing (it knows its geometry) and
 *   calls `point(index, event)` on `pointermove`; `leave()` on `pointerleave`.
 * - **Touch**: a tap (`pointerdown` from a finger or a pen) opens the item's
 *   tooltip and keeps it open (there is no hover to follow) until another tap
 *   outside the chart, Escape, or the chart losing focus.
 * - **Keyboard**: the chart's box is focusable (`tabindex="0"`); focused from
 *   the keyboard it highlights an item; the arrow keys move across items
 *   (Left/Right mirrored when time runs right to left, Up/Down in order),
 *   Home/End go to the ends, Enter and Space select, Escape closes.
 *   Each move is announced, politely, in a live region outside the chart's
 *   `role="img"` box (whose content assistive technology does not read).
 *
 * The tooltip itself is an element with `part="tooltip"`: a title, then rows
 * in columns (colour key, name, value). Text is text: names from the data sit
 * in `<bdi>`, nothing is parsed as markup. It is placed at fractions of its
 * positioned container and flips to the other side near the edges.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { styleProps } from '../style-props.js';
import { plainText } from '../../core/validation.js';

/** One row of a tooltip: a colour key, a name, a value. */
export interface TipRow {
  /** CSS colour of the key (a token such as `var(--_accent)`, or a source's colour); null: no key. */
  colour: string | null;
  /** The key's shape: a box (bars, slices), a line, a dashed line (a target), a band, a dot, a diamond. */
  shape?: 'box' | 'line' | 'dash' | 'band' | 'dot' | 'diamond';
  /** Plain text; may come from the data (shown in a `<bdi>`). */
  name: string;
  /** Plain text, already formatted. */
  value: string;
}

export interface TipContent {
  title: string;
  rows: TipRow[];
}

export type TipVia = 'pointer' | 'touch' | 'keyboard';

export interface ChartTipOptions {
  /** How many items the chart has (points, bars or slices), in keyboard order. */
  count(): number;
  /** The tooltip of item `i`, or null when it has nothing to show. */
  content(i: number): TipContent | null;
  /** Enter or Space on the highlighted item (pointer clicks stay the chart's own). */
  select?(i: number): void;
  /** True when time runs right to left: ArrowLeft then moves to the next item. */
  rtl?(): boolean;
  /** The item highlighted when the chart is focused from the keyboard (default the first). */
  initial?(): number;
  /** The locale of the announcement's list. */
  locale(): string;
}

/** The words of a tooltip on one line, for the live region: "March 2026: MQLs 144, target 150". */
export function tipText(content: TipContent, locale: string): string {
  const rows = content.rows.map((r) => (r.name ? `${plainText(r.name)} ${r.value}` : r.value));
  if (!rows.length) return content.title;
  let list: string;
  try {
    list = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(rows);
  } catch {
    list = rows.join(', ');
  }
  // Arabic takes its own colon-free separator: the title then the list, after a comma of the script.
  return /^ar\b/i.test(locale) ? `${content.title}، ${list}` : `${content.title}: ${list}`;
}

export class ChartTip implements ReactiveController {
  private host: ReactiveControllerHost & HTMLElement;
  private options: ChartTipOptions;
  private _active: number | null = null;
  private _via: TipVia | null = null;
  /** The last keyboard position, kept when the tooltip closes so that focus returns to it. */
  private remembered: number | null = null;
  private live = '';
  /** Taps outside the element close a tooltip opened by touch. */
  private readonly outside = (e: Event) => {
    if (this._via !== 'touch') return;
    if (!e.composedPath().includes(this.host)) this.hide();
  };

  constructor(host: ReactiveControllerHost & HTMLElement, options: ChartTipOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The highlighted item (draw it highlighted), or null. */
  get active(): number | null {
    const n = this.options.count();
    return this._active !== null && this._active < n ? this._active : null;
  }

  /** The tooltip of item `i` (what `renderTip` shows), or null. */
  content(i: number): TipContent | null {
    return this.options.content(i);
  }

  /** How the tooltip was opened, or null when it is closed. */
  get via(): TipVia | null {
    return this.active === null ? null : this._via;
  }

  hostConnected(): void {
    this.host.ownerDocument.addEventListener('pointerdown', this.outside, true);
  }

  hostDisconnected(): void {
    this.host.ownerDocument.removeEventListener('pointerdown', this.outside, true);
    this._active = null;
    this._via = null;
  }

  show(i: number, via: TipVia): void {
    const n = this.options.count();
    if (!n) return this.hide();
    const index = Math.min(n - 1, Math.max(0, i));
    if (via === 'keyboard') {
      this.remembered = index;
      const content = this.options.content(index);
      this.live = content ? tipText(content, this.options.locale()) : '';
    }
    if (this._active === index && this._via === via) return;
    this._active = index;
    this._via = via;
    this.host.requestUpdate();
  }

  hide(): void {
    if (this._active === null && !this.live) return;
    this._active = null;
    this._via = null;
    this.live = '';
    this.host.requestUpdate();
  }

  /** Call from the chart's `pointermove` and `pointerdown` with the item under the pointer. */
  point(index: number | null, e: PointerEvent): void {
    const touch = e.pointerType === 'touch' || e.pointerType === 'pen';
    if (touch) {
      // A finger has no hover: only a press opens (and moves) the tooltip.
      if (e.type !== 'pointerdown' && !(e.type === 'pointermove' && this._via === 'touch' && e.buttons)) return;
      if (index === null) return this.hide();
      return this.show(index, 'touch');
    }
    if (index === null) {
      if (this._via === 'pointer') this.hide();
      return;
    }
    this.show(index, 'pointer');
  }

  /** Call from the chart's `pointerleave`. */
  leave(e: PointerEvent): void {
    if (e.pointerType === 'touch' || e.pointerType === 'pen') return;
    if (this._via === 'pointer') this.hide();
  }

  readonly onFocus = (e: FocusEvent): void => {
    const box = e.currentTarget as Element | null;
    // A click focuses the box too: only a keyboard focus opens the tooltip.
    if (box && !box.matches(':focus-visible')) return;
    const n = this.options.count();
    if (!n) return;
    const start = this.remembered !== null && this.remembered < n ? this.remembered : (this.options.initial?.() ?? 0);
    this.show(start, 'keyboard');
  };

  readonly onBlur = (): void => {
    if (this._via === 'keyboard' || this._via === 'touch') this.hide();
  };

  readonly onKeydown = (e: KeyboardEvent): void => {
    const n = this.options.count();
    if (!n || e.altKey || e.ctrlKey || e.metaKey) return;
    const current = this.active ?? this.remembered ?? this.options.initial?.() ?? 0;
    const rtl = this.options.rtl?.() ?? false;
    let next: number;
    switch (e.key) {
      case 'ArrowRight':
        next = current + (rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        next = current + (rtl ? 1 : -1);
        break;
      case 'ArrowDown':
        next = current + 1;
        break;
      case 'ArrowUp':
        next = current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = n - 1;
        break;
      case 'Enter':
      case ' ':
        if (this.active === null) return;
        e.preventDefault();
        this.options.select?.(this.active);
        return;
      case 'Escape':
        if (this.active === null) return;
        e.preventDefault();
        this.hide();
        return;
      default:
        return;
    }
    e.preventDefault();
    // An arrow opens the tooltip where it was (the first press after Escape shows the same item).
    this.show(this.active === null ? current : Math.min(n - 1, Math.max(0, next)), 'keyboard');
  };

  /** The polite live region announcing keyboard moves: place it outside the chart's `role="img"` box. */
  renderLive(): TemplateResult {
    const text = this._via === 'keyboard' && this.active !== null ? this.live : '';
    return html`<div class="visually-hidden sk-tip-live" role="status">${text}</div>`;
  }
}

const num = (n: number) => String(Math.round(Math.min(1, Math.max(0, n)) * 1e4) / 1e4);

/**
 * The tooltip at `x` (from the left edge) and `y` (from the top), fractions of its
 * positioned container. Past the middle it opens towards the other side; in the
 * lower part of the box it opens upwards.
 */
export function renderTip(content: TipContent, at: { x: number; y: number }): TemplateResult {
  const side = at.x > 0.5 ? ' flip-x' : '';
  const up = at.y > 0.6 ? ' flip-y' : '';
  return html`<div part="tooltip" class="sk-tip${side}${up}" aria-hidden="true" style=${styleProps({ '--tip-x': num(at.x), '--tip-y': num(at.y) })}>
    <strong class="sk-tip-title">${content.title}</strong>
    ${content.rows.length
      ? html`<div class="sk-tip-rows">
          ${content.rows.map(
            (r) => html`<span class="sk-tip-key ${r.shape ?? 'box'}${r.colour === null ? ' none' : ''}"
                style=${r.colour === null ? nothing : styleProps({ '--key': r.colour })}></span>
              <span class="sk-tip-name"><bdi>${r.name}</bdi></span>
              <span class="sk-tip-value">${r.value}</span>`,
          )}
        </div>`
      : nothing}
  </div>`;
}

export const tipStyles = css`
  .sk-tip {
    position: absolute;
    z-index: 3;
    left: calc(var(--tip-x) * 100%);
    top: calc(var(--tip-y) * 100%);
    translate: 12px -50%;
    box-sizing: border-box;
    max-inline-size: min(20rem, 80vw);
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    color: var(--_text);
    box-shadow:
      0 1px 2px rgb(0 0 0 / 0.08),
      0 4px 14px rgb(0 0 0 / 0.14);
    font-size: 0.8125rem;
    line-height: 1.35;
    pointer-events: none;
    text-align: start;
  }
  .sk-tip.flip-x {
    translate: calc(-100% - 12px) -50%;
  }
  .sk-tip.flip-y {
    translate: 12px calc(-100% - 8px);
  }
  .sk-tip.flip-x.flip-y {
    translate: calc(-100% - 12px) calc(-100% - 8px);
  }
  .sk-tip-title {
    display: block;
    margin-block-end: 4px;
    font-weight: 600;
    white-space: nowrap;
  }
  .sk-tip-rows {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: 3px 8px;
  }
  .sk-tip-name {
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .sk-tip-value {
    justify-self: end;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    white-space: nowrap;
  }
  .sk-tip-key {
    inline-size: 10px;
    block-size: 10px;
    border-radius: 2px;
    background: var(--key);
    print-color-adjust: exact;
  }
  .sk-tip-key.none {
    background: none;
  }
  .sk-tip-key.line,
  .sk-tip-key.dash {
    block-size: 0;
    inline-size: 14px;
    border-radius: 0;
    background: none;
    border-block-start: 2px solid var(--key);
  }
  .sk-tip-key.dash {
    border-block-start-style: dashed;
  }
  .sk-tip-key.band {
    inline-size: 14px;
    background: color-mix(in srgb, var(--key) 30%, transparent);
  }
  .sk-tip-key.dot {
    border-radius: 50%;
  }
  .sk-tip-key.diamond {
    inline-size: 8px;
    block-size: 8px;
    rotate: 45deg;
    border-radius: 1px;
  }
  /* A chart box that takes focus shows it: the ring follows the theme's accent. */
  [part~='chart'][tabindex]:focus-visible,
  [part~='sparkline'][tabindex]:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 3px;
    border-radius: 4px;
  }
  [part~='chart'][tabindex]:focus:not(:focus-visible) {
    outline: none;
  }
  @media (forced-colors: active) {
    .sk-tip {
      border-color: CanvasText;
    }
    .sk-tip-key {
      forced-color-adjust: none;
    }
  }
`;
