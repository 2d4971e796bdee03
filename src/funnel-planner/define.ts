import { defineElement } from '../internal/define.js';
import { FunnelPlanner } from './funnel-planner.js';

export { FunnelPlanner };
export type { FunnelSelectDetail } from './funnel-planner.js';
defineElement('funnel-planner', FunnelPlanner);
