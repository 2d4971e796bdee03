import { defineElement } from '../internal/define.js';
import { KpiScorecard } from './kpi-scorecard.js';

export { KpiScorecard };
export type { ScorecardSelectDetail } from './kpi-scorecard.js';
defineElement('kpi-scorecard', KpiScorecard);
