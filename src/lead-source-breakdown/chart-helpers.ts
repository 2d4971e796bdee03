/**
 * What the chart and the element share: the rows the chart draws, in order,
 * the measure's unit and the chart's text alternative. No DOM here.
 */
import type { NumberFormatter } from '../core/format.js';
import type { Measure, SourceRow, SourcesModel } from '../core/sources.js';
import type { Unit } from '../core/types.js';
import type { SourcesStrings } from './strings.js';

/** Money measures show as currency, the rest as counts. */
export function measureUnit(measure: Measure): Unit {
  return measure === 'spend' || measure === 'revenue' ? 'currency' : 'count';
}

/** The rows the chart draws, in its order: ranked by the measure; the donut leaves out zeros. */
export function chartRows(model: SourcesModel): SourceRow[] {
  const bySource = new Map(model.rows.map((r) => [r.source, r]));
  const rows = model.ranked.map((s) => bySource.get(s)!);
  return model.chart === 'donut' ? rows.filter((r) => (r[model.measure] ?? 0) > 0) : rows;
}

/** The chart's text alternative: every value it draws, in order. */
export function chartDescription(model: SourcesModel, strings: SourcesStrings, formatter: NumberFormatter): string {
  const unit = measureUnit(model.measure);
  const rows = chartRows(model);
  const measure = strings.columns[model.measure];
  if (!rows.length) return strings.noChartData(measure);
  const items = rows.map((r) => `${r.label} ${formatter.format(r[model.measure], unit)} (${formatter.percent(r.share)})`);
  return strings.chartLabel(measure, model.chart, items.join(', '));
}
