/**
 * The funnel chart, built purely from the model: horizontal bars of the
 * required (or projected) volume per stage, actuals beside the plan where
 * given, drawn in HTML by `renderBarChart`. Volumes span four orders of
 * magnitude (6,313 visits, 0.758 customers), so the scale is logarithmic (see
 * `logScale`): a linear funnel would draw the lower stages as invisible slivers.
 */
import type { FunnelModel, FunnelStage } from '../core/funnel.js';
import type { NumberFormatter } from '../core/format.js';
import type { BarChartSpec } from '../internal/bar-chart.js';
import type { FunnelStrings } from './strings.js';
import { formatVolume, hasActuals } from './chart-helpers.js';
import { plainText } from '../core/validation.js';

/**
 * The logarithmic scale: each volume becomes its number of decades above the
 * axis start, a power of ten below the smallest bar, so that volumes below 1
 * (0.758 customers) still draw as bars growing the right way.
 */
export function logScale(model: FunnelModel): { start: number; decades: number; toAxis: (v: number | null) => number | null; fromAxis: (x: number) => number } {
  let smallest = Infinity;
  let largest = -Infinity;
  for (const st of model.stages) {
    for (const v of [st.required, st.actual ?? 0]) {
      if (v > 0) {
        smallest = Math.min(smallest, v);
        largest = Math.max(largest, v);
      }
    }
  }
  if (smallest === Infinity) [smallest, largest] = [1, 10];
  const start = Math.ceil(Math.log10(smallest) - 1e-9) - 1;
  const decades = Math.max(1, Math.ceil(Math.log10(largest) - 1e-9) - start);
  return {
    start,
    decades,
    // 0 and missing volumes have no place on a log scale: no bar (the table shows them).
    toAxis: (v) => (v !== null && v > 0 ? Math.log10(v) - start : null),
    fromAxis: (x) => 10 ** (x + start),
  };
}

/** The hover text for one stage: plain lines, no markup. */
export function stageTooltip(model: FunnelModel, stage: FunnelStage, s: FunnelStrings, f: NumberFormatter): string {
  const planWord = model.mode === 'forward' ? s.projected : s.plan;
  const lines = [plainText(stage.label), `${planWord}: ${formatVolume(f, stage.required)} ${s.per[model.view]}`];
  if (stage.actual !== null) lines.push(`${s.actual}: ${formatVolume(f, stage.actual)}`);
  if (stage.rate !== null) lines.push(`${s.table.rate}: ${f.percent(stage.rate)}`);
  if (stage.actualRate !== null) lines.push(`${s.table.actualRate}: ${f.percent(stage.actualRate)}`);
  return lines.join('\n');
}

/**
 * The bars: per stage the plan (accent) and, when any actual is given, the
 * actual (the bottleneck's in the off-track colour; the sentence and the table
 * say why); ticks at every decade, labelled in real volumes.
 */
export function funnelChartSpec(model: FunnelModel, s: FunnelStrings, f: NumberFormatter): BarChartSpec {
  const scale = logScale(model);
  const size = (v: number | null) => {
    const x = scale.toAxis(v);
    return x === null ? null : x / scale.decades;
  };
  const withActuals = hasActuals(model);
  return {
    rows: model.stages.map((st) => ({
      key: st.id,
      label: st.label,
      title: stageTooltip(model, st, s, f),
      bars: [
        { size: size(st.required), colour: 'var(--_accent)', text: formatVolume(f, st.required), kind: 'plan' },
        ...(withActuals
          ? [
              {
                size: size(st.actual),
                colour: st.id === model.bottleneck ? 'var(--_off-track)' : 'var(--sk-chart-7, #1b7c83)',
                text: st.actual === null ? '' : formatVolume(f, st.actual),
                kind: st.id === model.bottleneck ? 'actual is-bottleneck' : 'actual',
              },
            ]
          : []),
      ],
    })),
    ticks: Array.from({ length: scale.decades + 1 }, (_, i) => ({
      at: i / scale.decades,
      text: f.count(scale.fromAxis(i), { compact: true }),
    })),
  };
}
