/**
 * Text widths measured, not guessed: a canvas 2D context set to the element's
 * computed font gives each label's width in CSS pixels, so axis labels are
 * thinned by what they really take in the locale's script and digits (Arabic
 * digits and names are wider than a character count says). Pure chart specs
 * take the returned function as a parameter; their tests pass a fake.
 *
 * Results are cached per font and text. Where no canvas is available (a
 * document without a window, a refused context), an estimate from the font
 * size stands in.
 */
export type Measure = (text: string) => number;

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
const caches = new Map<string, Map<string, number>>();

function getContext(): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return context ?? null;
}

/** The CSS `font` shorthand of an element's text, for measuring (its size, weight and family). */
export function fontOf(el: Element): string {
  const view = el.ownerDocument.defaultView;
  if (!view) return '12px sans-serif';
  const cs = view.getComputedStyle(el);
  return `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
}

/**
 * A measurer of text in `font` (by default the computed font of `el`): width in
 * CSS pixels. Cheap after the first call for a text (cached).
 */
export function textMeasurer(el: Element, font = fontOf(el)): Measure {
  let cache = caches.get(font);
  if (!cache) {
    cache = new Map();
    caches.set(font, cache);
    // A page that keeps changing fonts should not keep every text ever measured.
    if (caches.size > 32) caches.delete(caches.keys().next().value!);
  }
  const size = Number.parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '12');
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const ctx = getContext();
    let width: number;
    if (ctx) {
      ctx.font = font;
      width = ctx.measureText(text).width;
    } else {
      width = text.length * size * 0.6;
    }
    if (cache.size > 2000) cache.clear();
    cache.set(text, width);
    return width;
  };
}

/** A fake measurer for pure tests: `perChar` pixels per character. */
export const fixedWidth =
  (perChar = 7): Measure =>
  (text: string) =>
    text.length * perChar;
