/**
 * Axis ticks: round, readable values from d3-array's `nice` and `ticks` (the
 * 1-2-5 steps every chart library uses, with its float care: 0.3, not
 * 0.30000000000000004). The ends are widened to round values, so the data
 * sit inside the axis.
 */
import { nice, ticks } from 'd3-array';

/**
 * About `count` round values covering [min, max] (both ends included in the span); a single
 * value is padded by 10 % (or 1 around zero); non-finite input gives [0, 1].
 */
export function linearTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min > max) [min, max] = [max, min];
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  const wanted = Math.max(1, Math.round(count) - 1);
  const [lo, hi] = nice(min, max, wanted);
  const out = ticks(lo, hi, wanted);
  // Spans past what doubles can step through: the ends alone.
  if (out.length < 2 || !out.every(Number.isFinite)) return [min, max];
  return out;
}

/** How many ticks a length of `pixels` holds with at least `spacing` pixels between two (2 to `max`). */
export function tickCountFor(pixels: number, spacing = 48, max = 8): number {
  if (!Number.isFinite(pixels) || pixels <= 0) return 5;
  return Math.max(2, Math.min(max, Math.floor(pixels / spacing) + 1));
}
