import { defineElement } from '../internal/define.js';
import { LeadSourceBreakdown } from './lead-source-breakdown.js';

export { LeadSourceBreakdown };
export type { SourceSelectDetail } from './lead-source-breakdown.js';
defineElement('lead-source-breakdown', LeadSourceBreakdown);
