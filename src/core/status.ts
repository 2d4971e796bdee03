/**
 * On track, at risk or off track: the status a scorecard meeting reads first.
 *
 * With r = actual / target (higher is better) or target / actual (lower is
 * better): on-track when r >= 1, at-risk when r >= atRisk (default 0.9), else
 * off-track; `none` without a target or an actual. Where r has no meaning
 * (a zero or negative target, a zero actual for lower-is-better) the status
 * comes from a direct comparison and `ratio` is null: never NaN or Infinity.
 */
import type { Direction, Status } from './types.js';

export const DEFAULT_AT_RISK = 0.9;

export interface StatusInput {
  actual: number | null | undefined;
  target: number | null | undefined;
  direction?: Direction;
  /** Share of the target below which a metric is off track rather than at risk. */
  atRisk?: number;
  /** Share of the period elapsed (0 < e <= 1) when the target is paced. */
  elapsed?: number | null;
  pace?: boolean;
}

export interface StatusResult {
  status: Status;
  /** Attainment ratio as defined above, or null where it has no meaning. */
  ratio: number | null;
  /** The target the actual was judged against (the paced share when pacing). */
  comparedTarget: number | null;
}

const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** The share of a period's target that should have been reached by now. */
export function pacedTarget(target: number, elapsed: number | null | undefined): number {
  if (!isNumber(elapsed) || elapsed <= 0 || elapsed > 1) return target;
  return target * elapsed;
}

export function attainment(actual: number, target: number, direction: Direction): number | null {
  const r = direction === 'higher' ? (target > 0 ? actual / target : null) : actual > 0 && target >= 0 ? target / actual : null;
  // Finite inputs can overflow (1 / 5e-324): the status then comes from a direct comparison.
  return r !== null && Number.isFinite(r) ? r : null;
}

export function metricStatus(input: StatusInput): StatusResult {
  const { actual, target } = input;
  const direction = input.direction ?? 'higher';
  const atRisk = isNumber(input.atRisk) ? input.atRisk : DEFAULT_AT_RISK;
  if (!isNumber(target)) return { status: 'none', ratio: null, comparedTarget: null };
  const compared = input.pace ? pacedTarget(target, input.elapsed) : target;
  if (!isNumber(actual)) return { status: 'none', ratio: null, comparedTarget: compared };
  const ratio = attainment(actual, compared, direction);
  if (ratio === null) {
    const met = direction === 'higher' ? actual >= compared : actual <= compared;
    return { status: met ? 'on-track' : 'off-track', ratio: null, comparedTarget: compared };
  }
  const status: Status = ratio >= 1 ? 'on-track' : ratio >= atRisk ? 'at-risk' : 'off-track';
  return { status, ratio, comparedTarget: compared };
}
