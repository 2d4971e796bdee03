/**
 * The funnel helpers the element needs before any chart is drawn (its table and
 * sentences), shared with the chart spec (`chart.ts`).
 */
import type { FunnelModel } from '../core/funnel.js';
import type { NumberFormatter } from '../core/format.js';

/**
 * A stage volume: whole numbers and big ones as counts, fractions of one unit
 * with three significant digits (0.758 customers a month, as planners quote it).
 */
export function formatVolume(f: NumberFormatter, value: number | null | undefined, opts: { signed?: boolean } = {}): string {
  if (typeof value === 'number' && Number.isFinite(value) && value !== 0 && Math.abs(value) < 1) {
    return fractionFormat(f.locale, Boolean(opts.signed)).format(value);
  }
  return f.count(value, opts);
}

/** The three-significant-digit formats, made once per locale: an Intl.NumberFormat costs about a millisecond to make. */
const fractionFormats = new Map<string, Intl.NumberFormat>();
function fractionFormat(locale: string, signed: boolean): Intl.NumberFormat {
  const key = `${signed ? '+' : ''}${locale}`;
  let nf = fractionFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3, signDisplay: signed ? ('exceptZero' as const) : ('negative' as const) });
    fractionFormats.set(key, nf);
  }
  return nf;
}

/** Whether any stage has an actual (then the chart shows plan and actual side by side). */
export function hasActuals(model: FunnelModel): boolean {
  return model.stages.some((s) => s.actual !== null);
}

