/**
 * Hit-testing shared by the charts: which band (a period, a bar) or which
 * slice lies under a point. Pure: positions come in as fractions of the plot
 * or as coordinates around a centre.
 */
import { bisectRight } from 'd3-array';

/** The band under `fraction` (0-1 of the plot's width from its left edge) of `n` equal bands; time mirrored when `rtl`. */
export function bandAt(fraction: number, n: number, rtl: boolean): number {
  if (!(n > 0) || !Number.isFinite(fraction)) return 0;
  const f = rtl ? 1 - fraction : fraction;
  return Math.min(n - 1, Math.max(0, Math.floor(f * n)));
}

/**
 * How far round a circle a point is, in turns (0-1) from the top: clockwise, or
 * counter-clockwise when `rtl` (a donut drawn in the reading direction).
 */
export function turnAt(x: number, y: number, cx: number, cy: number, rtl: boolean): number {
  const dx = (rtl ? -1 : 1) * (x - cx);
  const dy = y - cy;
  const turn = Math.atan2(dx, -dy) / (2 * Math.PI);
  return turn < 0 ? turn + 1 : turn;
}

/** The index of the slice a `turn` falls in, given each slice's end (ascending, the last 1); -1 when none. */
export function sliceAt(turn: number, ends: readonly number[]): number {
  if (!ends.length || !Number.isFinite(turn)) return -1;
  const i = bisectRight(ends as number[], turn);
  return Math.min(i, ends.length - 1);
}
