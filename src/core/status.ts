/**
 * On track, at risk or off track: the status a scorecard meeting reads first.
 *
 * A target is a number or a range `{ min, max }` (either bound optional).
 * - A number: with r = actual / target (higher is better) or target / actual
 *   (lower is better): on-track when r >= 1, at-risk when r >= atRisk (default
 *   0.9), else off-track.
 * - A range: inside it is on-track; below `min`, r = actual / min; above
 *   `max`, r = max / actual; then at-risk when r >= atRisk, else off-track.
 *   `direction` does not apply to a range.
 * `none` without a target or an actual. Where r has no meaning (a zero or
 * negative target, a zero actual for lower-is-better) the status comes from a
 * direct comparison and `ratio` is null: never NaN or Infinity.
 *
 * Pacing: with an elapsed share e (0 <= e <= 1) of the period, the target
 * compared is target x e (both bounds of a range): what should be reached by now.
 */
import type { Direction, Status } from './types.js';

export const DEFAULT_AT_RISK = 0.9;

/** A goal as a range: inside is on track. At least one bound is given. */
export interface TargetRange {
  min: number | null;
  max: number | null;
}

export type Target = number | TargetRange;

/** Where an actual lies against a range. */
export type RangePosition = 'below' | 'within' | 'above';

export interface StatusInput {
  actual: number | null | undefined;
  target: Target | null | undefined;
  direction?: Direction;
  /** Share of the target below which a metric is off track rather than at risk. */
  atRisk?: number;
  /** Share of the period elapsed (0 <= e <= 1) when the target is paced. */
  elapsed?: number | null;
  pace?: boolean;
}

export interface StatusResult {
  status: Status;
  /** Attainment ratio as defined above, or null where it has no meaning (and inside a range). */
  ratio: number | null;
  /** The target the actual was judged against (the paced share when pacing). */
  comparedTarget: Target | null;
  /** For a range: below, within or above it; null for a single target. */
  position?: RangePosition | null;
}

const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

export function isRange(t: Target | null | undefined): t is TargetRange {
  return t !== null && typeof t === 'object';
}

/** The same goal: the same number, or a range with the same bounds. */
export function sameTarget(a: Target | null, b: Target | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || !isRange(a) || !isRange(b)) return false;
  return a.min === b.min && a.max === b.max;
}

/** The share of a period's target that should have been reached by now. */
export function pacedTarget(target: number, elapsed: number | null | undefined): number {
  if (!isNumber(elapsed) || elapsed < 0 || elapsed > 1) return target;
  return target * elapsed;
}

/** A target (both bounds of a range) paced by the elapsed share. */
export function pacedGoal(target: Target, elapsed: number | null | undefined): Target {
  if (!isRange(target)) return pacedTarget(target, elapsed);
  return {
    min: target.min === null ? null : pacedTarget(target.min, elapsed),
    max: target.max === null ? null : pacedTarget(target.max, elapsed),
  };
}

export function attainment(actual: number, target: number, direction: Direction): number | null {
  const r = direction === 'higher' ? (target > 0 ? actual / target : null) : actual > 0 && target >= 0 ? target / actual : null;
  // Finite inputs can overflow (1 / 5e-324): the status then comes from a direct comparison.
  return r !== null && Number.isFinite(r) ? r : null;
}

function graded(ratio: number, atRisk: number): Status {
  return ratio >= 1 ? 'on-track' : ratio >= atRisk ? 'at-risk' : 'off-track';
}

function rangeStatus(actual: number, range: TargetRange, atRisk: number): Omit<StatusResult, 'comparedTarget'> {
  if (range.min !== null && actual < range.min) {
    const r = range.min > 0 ? actual / range.min : null;
    const ratio = r !== null && Number.isFinite(r) ? r : null;
    return { status: ratio === null ? 'off-track' : graded(ratio, atRisk), ratio, position: 'below' };
  }
  if (range.max !== null && actual > range.max) {
    const r = actual > 0 && range.max >= 0 ? range.max / actual : null;
    const ratio = r !== null && Number.isFinite(r) ? r : null;
    return { status: ratio === null ? 'off-track' : graded(ratio, atRisk), ratio, position: 'above' };
  }
  return { status: 'on-track', ratio: null, position: 'within' };
}

export function metricStatus(input: StatusInput): StatusResult {
  const { actual, target } = input;
  const direction = input.direction ?? 'higher';
  const atRisk = isNumber(input.atRisk) ? input.atRisk : DEFAULT_AT_RISK;
  if (target === null || target === undefined || (!isRange(target) && !isNumber(target))) {
    return { status: 'none', ratio: null, comparedTarget: null };
  }
  const compared = input.pace ? pacedGoal(target, input.elapsed) : target;
  if (!isNumber(actual)) return { status: 'none', ratio: null, comparedTarget: compared };
  if (isRange(compared)) return { ...rangeStatus(actual, compared, atRisk), comparedTarget: compared };
  const ratio = attainment(actual, compared, direction);
  if (ratio === null) {
    const met = direction === 'higher' ? actual >= compared : actual <= compared;
    return { status: met ? 'on-track' : 'off-track', ratio: null, comparedTarget: compared };
  }
  return { status: graded(ratio, atRisk), ratio, comparedTarget: compared };
}

/**
 * How far an actual falls short of its (paced) target, in the metric's unit: positive when
 * short, negative when ahead. Lower is better: how far it is above the target. A range: how
 * far below `min` or above `max`, 0 inside it.
 */
export function shortfall(actual: number | null, compared: Target | null, direction: Direction = 'higher'): number | null {
  if (!isNumber(actual) || compared === null) return null;
  if (isRange(compared)) {
    if (compared.min !== null && actual < compared.min) return compared.min - actual;
    if (compared.max !== null && actual > compared.max) return actual - compared.max;
    return 0;
  }
  const gap = direction === 'higher' ? compared - actual : actual - compared;
  return Number.isFinite(gap) ? gap : null;
}
