import { expect } from '@open-wc/testing';
import weekly from '../../demo/data/scorecard-weekly.json';
import weeklyAr from '../../demo/data/scorecard-weekly.ar.json';
import plan from '../../demo/data/funnel-plan.json';
import planAr from '../../demo/data/funnel-plan.ar.json';
import forward from '../../demo/data/funnel-forward.json';
import mqls from '../../demo/data/trend-mqls.json';
import mqlsAr from '../../demo/data/trend-mqls.ar.json';
import quarters from '../../demo/data/trend-quarters.json';
import weeks53 from '../../demo/data/trend-weeks-53.json';
import sources from '../../demo/data/lead-sources.json';
import sourcesAr from '../../demo/data/lead-sources.ar.json';
import ppcSeo from '../../demo/data/lead-sources-ppc-seo.json';
import { jsonSchemaFor, DATA_SCHEMAS, type ElementName } from '../../src/core/schemas.js';
import { validateScorecard } from '../../src/core/scorecard.js';
import { validateFunnel } from '../../src/core/funnel.js';
import { validateTrend } from '../../src/core/trend.js';
import { validateSources } from '../../src/core/sources.js';
import { UNITS } from '../../src/core/types.js';

type Schema = { properties: Record<string, Schema>; items: Schema; required?: string[]; enum?: string[]; maxItems?: number };

const FIXTURES: Record<ElementName, { validate: (d: unknown) => { problems: unknown[] }; fixtures: unknown[] }> = {
  'kpi-scorecard': { validate: validateScorecard, fixtures: [weekly, weeklyAr] },
  'funnel-planner': { validate: validateFunnel, fixtures: [plan, planAr, forward] },
  'rolling-trend': { validate: validateTrend, fixtures: [mqls, mqlsAr, quarters, weeks53] },
  'lead-source-breakdown': { validate: validateSources, fixtures: [sources, sourcesAr, ppcSeo] },
};

describe('data schemas', () => {
  it('has a schema for each of the four elements', () => {
    expect(Object.keys(DATA_SCHEMAS)).to.have.members(Object.keys(FIXTURES));
  });

  for (const [element, { validate, fixtures }] of Object.entries(FIXTURES)) {
    it(`every ${element} fixture (demo, stories, tests) is valid data`, () => {
      fixtures.forEach((f, i) => expect(validate(f).problems, `${element} fixture ${i}`).to.deep.equal([]));
    });

    it(`exports ${element}'s JSON Schema from its zod schema`, () => {
      const s = jsonSchemaFor(element as ElementName) as unknown as Schema & { $schema: string; $id: string; type: string };
      expect(s.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id).to.equal(`https://unpkg.com/scorecard-kit/dist/schemas/${element}.schema.json`);
      expect(s.type).to.equal('object');
      expect(Object.keys(s.properties).length).to.be.greaterThan(1);
    });
  }

  it('describes the scorecard contract: metrics required, 7 units, 36 catalogue keys, 1,000 metrics at most', () => {
    const s = jsonSchemaFor('kpi-scorecard') as unknown as Schema;
    expect(s.required).to.deep.equal(['metrics']);
    const metric = s.properties.metrics!.items;
    expect(metric.properties.unit!.enum).to.deep.equal([...UNITS]);
    expect(metric.properties.metric!.enum).to.have.length(36);
    expect(s.properties.metrics!.maxItems).to.equal(1000);
  });

  it('describes the scorecard over time and the meeting: asOf, the working week, ranges, notes, history entries', () => {
    const s = jsonSchemaFor('kpi-scorecard') as unknown as { properties: Record<string, Record<string, unknown>> };
    expect(Object.keys(s.properties)).to.include.members(['asOf', 'weekStart', 'workdays', 'holidays', 'period', 'thresholds']);
    expect(s.properties.weekStart).to.deep.include({ minimum: 1, maximum: 7 });
    expect(s.properties.workdays).to.deep.include({ minItems: 1, maxItems: 7 });
    const metric = (s.properties.metrics as { items: { properties: Record<string, Record<string, unknown>> } }).items.properties;
    expect(Object.keys(metric)).to.include.members(['note', 'thresholds', 'aggregate', 'elapsed', 'previous', 'history', 'pace']);
    expect(metric.note).to.deep.include({ maxLength: 500 });
    expect(metric.aggregate!.enum).to.deep.equal(['sum', 'average', 'last', 'min', 'max']);
    // A target is a number or a range; a history item is a number or a period entry.
    const target = metric.target as { anyOf: { anyOf?: { type: string; properties?: Record<string, unknown> }[]; type?: string }[] };
    expect(JSON.stringify(target)).to.contain('"min"');
    const history = JSON.stringify(metric.history);
    expect(history).to.contain('"period"');
    expect(history).to.contain('"inputs"');
  });

  it('describes the other contracts: stages, points and sources', () => {
    expect((jsonSchemaFor('funnel-planner') as unknown as Schema).required).to.include('stages');
    expect((jsonSchemaFor('rolling-trend') as unknown as Schema).required).to.include('points');
    expect((jsonSchemaFor('lead-source-breakdown') as unknown as Schema).required).to.include('sources');
  });
});
