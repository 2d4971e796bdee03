/**
 * A PNG of a chart the kit draws in HTML and SVG (the funnel's and the lead
 * sources' bars, the donut, the rolling trend), painted from what is laid out on
 * screen: every `.grid-line`, `.tick`, `.bar` and `.dot` box, every SVG `path`
 * (as a Path2D of its `d`, strokes and dashes as styled), every text in its own
 * font and colour (not the tooltip's: it follows the pointer). Drawn on a canvas,
 * never through an image of serialised markup, so nothing is parsed and a strict
 * CSP (no `img-src data:`) is no obstacle.
 */

const SCALE = 2;

function paintText(ctx: CanvasRenderingContext2D, node: Text, origin: DOMRect): void {
  const text = node.data.trim();
  const parent = node.parentElement;
  if (!text || !parent || parent.closest('.tip')) return;
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
  const x = r.left - origin.left;
  const y = r.top - origin.top;
  if (el.classList.contains('grid-line')) {
    ctx.strokeStyle = cs.borderTopColor;
    ctx.beginPath();
    ctx.moveTo(x, y + 0.5);
    ctx.lineTo(x + r.width, y + 0.5);
    ctx.stroke();
    return;
  }
  ctx.fillStyle = cs.backgroundColor;
  ctx.beginPath();
  if (el.classList.contains('dot')) {
    // A circle, or a diamond (a square turned 45°: its box's edge midpoints are its corners).
    if (cs.rotate !== 'none' && cs.rotate !== '0deg') {
      ctx.moveTo(x + r.width / 2, y);
      ctx.lineTo(x + r.width, y + r.height / 2);
      ctx.lineTo(x + r.width / 2, y + r.height);
      ctx.lineTo(x, y + r.height / 2);
      ctx.closePath();
    } else ctx.arc(x + r.width / 2, y + r.height / 2, r.width / 2, 0, 2 * Math.PI);
    ctx.fill();
    const border = parseFloat(cs.borderTopWidth);
    if (border > 0) {
      ctx.strokeStyle = cs.borderTopColor;
      ctx.lineWidth = border;
      ctx.stroke();
      ctx.lineWidth = 1;
    }
    return;
  }
  ctx.roundRect(x, y, r.width, r.height, 2);
  ctx.fill();
}

function paintSvg(ctx: CanvasRenderingContext2D, svg: SVGSVGElement, origin: DOMRect): void {
  const r = svg.getBoundingClientRect();
  const box = svg.viewBox.baseVal;
  let sx = box && box.width ? r.width / box.width : 1;
  let sy = box && box.height ? r.height / box.height : 1;
  let left = r.left - origin.left;
  let top = r.top - origin.top;
  if (svg.getAttribute('preserveAspectRatio') !== 'none' && box && box.width && box.height) {
    // The default, `xMidYMid meet`: one scale, centred.
    const scale = Math.min(sx, sy);
    left += (r.width - box.width * scale) / 2;
    top += (r.height - box.height * scale) / 2;
    sx = sy = scale;
  }
  // The geometry is transformed, not the canvas: a `non-scaling-stroke` line keeps its width.
  const toBox = new DOMMatrix()
    .translate(left, top)
    .scale(sx, sy)
    .translate(-(box?.x ?? 0), -(box?.y ?? 0));
  for (const path of svg.querySelectorAll('path')) {
    const cs = getComputedStyle(path);
    const d = path.getAttribute('d');
    if (!d) continue;
    const shape = new Path2D();
    shape.addPath(new Path2D(d), toBox);
    if (cs.fill !== 'none') {
      ctx.fillStyle = cs.fill;
      ctx.fill(shape);
    }
    const width = parseFloat(cs.strokeWidth);
    if (cs.stroke !== 'none' && width > 0) {
      const scale = cs.vectorEffect === 'non-scaling-stroke' ? 1 : Math.sqrt(sx * sy);
      ctx.strokeStyle = cs.stroke;
      ctx.lineWidth = width * scale;
      ctx.lineJoin = cs.strokeLinejoin as CanvasLineJoin;
      ctx.lineCap = cs.strokeLinecap as CanvasLineCap;
      ctx.setLineDash(cs.strokeDasharray === 'none' ? [] : cs.strokeDasharray.split(/[\s,]+/).map((n) => parseFloat(n) * scale));
      ctx.stroke(shape);
      ctx.setLineDash([]);
    }
  }
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
  // Bottom to top: the grid and axis ticks, bars, lines, dots, then the labels' boxes and texts.
  for (const el of box.querySelectorAll('.tick, .grid-line')) paintBox(ctx, el, origin);
  for (const el of box.querySelectorAll('.bar')) paintBox(ctx, el, origin);
  for (const svg of box.querySelectorAll('svg')) paintSvg(ctx, svg, origin);
  for (const el of box.querySelectorAll('.dot, .mark-label')) paintBox(ctx, el, origin);
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) paintText(ctx, node as Text, origin);
  try {
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}
