/**
 * The data schema of every element, for JSON Schema export: back ends and ETL
 * jobs validate what they send before it reaches a page. Generated from the
 * same zod schemas the elements validate with, never written twice.
 */
import * as z from 'zod/mini';
import { funnelDocumentSchema } from './funnel.js';
import { scorecardDocumentSchema } from './scorecard.js';
import { sourcesDocumentSchema } from './sources.js';
import { trendDocumentSchema } from './trend.js';

export const DATA_SCHEMAS = {
  'kpi-scorecard': scorecardDocumentSchema,
  'funnel-planner': funnelDocumentSchema,
  'rolling-trend': trendDocumentSchema,
  'lead-source-breakdown': sourcesDocumentSchema,
} as const;

export type ElementName = keyof typeof DATA_SCHEMAS;

/** JSON Schema (draft 2020-12) of an element's data, as accepted on input. */
export function jsonSchemaFor(element: ElementName): Record<string, unknown> {
  const schema = z.toJSONSchema(DATA_SCHEMAS[element], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://unpkg.com/scorecard-kit/dist/schemas/${element}.schema.json`,
    title: `<${element}> data`,
  };
}
