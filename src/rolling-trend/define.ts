import { defineElement } from '../internal/define.js';
import { RollingTrend } from './rolling-trend.js';

export { RollingTrend };
export type { TrendSelectDetail } from './rolling-trend.js';
defineElement('rolling-trend', RollingTrend);
