/**
 * scorecard-kit: importing this module defines every element.
 * Per-element entry points (`scorecard-kit/kpi-scorecard`, …) define only theirs.
 */
export * from './kpi-scorecard/define.js';
export * from './funnel-planner/define.js';
export * from './rolling-trend/define.js';
export * from './lead-source-breakdown/define.js';
export { CATALOGUE, computeMetric, catalogueEntry } from './core/catalogue.js';
export { metricStatus, pacedTarget } from './core/status.js';
export { NumberFormatter } from './core/format.js';
export type { KitError, Status, Unit, Direction, Cadence, Indicator, Theme } from './core/types.js';
