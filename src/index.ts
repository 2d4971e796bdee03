/**
 * scorecard-kit: importing this module defines every element.
 * Per-element entry points (`scorecard-kit/kpi-scorecard`, …) define only theirs.
 */
// First: lets lit load on a page whose Trusted Types policy does not name it (trusted-types.ts).
import './internal/trusted-types.js';
export * from './kpi-scorecard/define.js';
export * from './funnel-planner/define.js';
export * from './rolling-trend/define.js';
export * from './lead-source-breakdown/define.js';
export { CATALOGUE, computeMetric, catalogueEntry, checkInputs } from './core/catalogue.js';
export type { CatalogueEntry, FormulaPart, InputTerm, InputAggregation, InputProblem } from './core/catalogue.js';
export { metricStatus, pacedTarget, shortfall } from './core/status.js';
export type { Target, TargetRange, RangePosition } from './core/status.js';
export type { ScorecardModel, ScorecardMetric, MetricPeriod, DiscussItem, Layout, Rollup, Aggregate, DiscussLevel } from './core/scorecard.js';
export { NumberFormatter } from './core/format.js';
export type { KitError, Status, Unit, Direction, Cadence, Indicator, Theme } from './core/types.js';
