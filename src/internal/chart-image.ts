/**
 * A PNG of a chart the kit draws in HTML and SVG (the funnel's and the lead
 * sources' bars, the donut), painted from what is laid out on screen: every
 * `.bar` and `.tick` box, every SVG `path` (as a Path2D of its `d`), every text
 * in its own font and colour. Drawn on a canvas, never through an image of
 * serialised markup, so nothing is parsed and a strict CSP (no `img-src data:`)
 * is no obstacle.
 */

const SCALE = 2;

function paintText(ctx: CanvasRenderingContext2D, node: Text, origin: DOMRect): void {
  const text = node.data.trim();
  const parent = node.parentElement;
  if (!text || !parent) return;
  const range = document.createRange();
  range.selectNodeContents(node);
  const r = range.getBoundingClientRect();
  if (!r.width || !r.height) return;
  const cs = getComputedStyle(parent);
  if (cs.visibility === 'hidden' || cs.opacity === '0') return;
  ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  ctx.fillStyle = cs.color;
  ctx.direction = cs.direction === 'rtl' ? 'rtl' : 'ltr';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  // Centred in the box the browser laid the text out in; the canvas shapes it the same way.
  ctx.fillText(text, r.left - origin.left + r.width / 2, r.top - origin.top + r.height / 2, r.width + 2);
}

function paintBox(ctx: CanvasRenderingContext2D, el: Element, origin: DOMRect): void {
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  if (el.classList.contains('tick')) {
    ctx.strokeStyle = cs.borderInlineStartColor;
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    const x = (cs.direction === 'rtl' ? r.right - 0.5 : r.left + 0.5) - origin.left;
    ctx.moveTo(x, r.top - origin.top);
    ctx.lineTo(x, r.bottom - origin.top);
    ctx.stroke();
    ctx.setLineDash([]);
    return;
  }
  ctx.fillStyle = cs.backgroundColor;
  ctx.beginPath();
  ctx.roundRect(r.left - origin.left, r.top - origin.top, r.width, r.height, 2);
  ctx.fill();
}

function paintSvg(ctx: CanvasRenderingContext2D, svg: SVGSVGElement, origin: DOMRect): void {
  const r = svg.getBoundingClientRect();
  const box = svg.viewBox.baseVal;
  const sx = box && box.width ? r.width / box.width : 1;
  const sy = box && box.height ? r.height / box.height : 1;
  ctx.save();
  ctx.translate(r.left - origin.left, r.top - origin.top);
  ctx.scale(sx, sy);
  if (box) ctx.translate(-box.x, -box.y);
  for (const path of svg.querySelectorAll('path')) {
    const cs = getComputedStyle(path);
    const d = path.getAttribute('d');
    if (!d) continue;
    const shape = new Path2D(d);
    if (cs.fill !== 'none') {
      ctx.fillStyle = cs.fill;
      ctx.fill(shape);
    }
    if (cs.stroke !== 'none' && parseFloat(cs.strokeWidth) > 0) {
      ctx.strokeStyle = cs.stroke;
      ctx.lineWidth = parseFloat(cs.strokeWidth);
      ctx.stroke(shape);
    }
  }
  ctx.restore();
}

/**
 * The chart box as a PNG data URL at twice its size, on `background`; null when
 * it has no size (not laid out) or the canvas cannot be read.
 */
export function chartBoxImage(box: HTMLElement, background: string): string | null {
  const origin = box.getBoundingClientRect();
  if (!origin.width || !origin.height) return null;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(origin.width * SCALE);
  canvas.height = Math.ceil(origin.height * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, origin.width, origin.height);
  // The axis first, under the bars.
  for (const el of box.querySelectorAll('.tick')) paintBox(ctx, el, origin);
  for (const el of box.querySelectorAll('.bar')) paintBox(ctx, el, origin);
  for (const svg of box.querySelectorAll('svg')) paintSvg(ctx, svg, origin);
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) paintText(ctx, node as Text, origin);
  try {
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}
