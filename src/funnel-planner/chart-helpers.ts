/**
 * The funnel helpers the element needs before any chart is drawn (its table and
 * sentences). The chart option builder (`chart-option.ts`) is imported lazily,
 * with ECharts.
 */
import type { FunnelModel } from '../core/funnel.js';
import type { NumberFormatter } from '../core/format.js';

/**
 * A stage volume: whole numbers and big ones as counts, fractions of one unit
 * with three significant digits (0.758 customers a month, as planners quote it).
 */
export function formatVolume(f: NumberFormatter, value: number | null | undefined, opts: { signed?: boolean } = {}): string {
  if (typeof value === 'number' && Number.isFinite(value) && value !== 0 && Math.abs(value) < 1) {
    return new Intl.NumberFormat(f.locale, {
      maximumSignificantDigits: 3,
      ...(opts.signed ? { signDisplay: 'exceptZero' as const } : {}),
    }).format(value);
  }
  return f.count(value, opts);
}

/** Whether any stage has an actual (then the chart shows plan and actual side by side). */
export function hasActuals(model: FunnelModel): boolean {
  return model.stages.some((s) => s.actual !== null);
}
