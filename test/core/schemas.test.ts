import { expect } from '@open-wc/testing';
import weekly from '../../demo/data/scorecard-weekly.json';
import weeklyAr from '../../demo/data/scorecard-weekly.ar.json';
import { jsonSchemaFor, DATA_SCHEMAS } from '../../src/core/schemas.js';
import { validateScorecard } from '../../src/core/scorecard.js';
import { UNITS } from '../../src/core/types.js';

type Schema = { properties: Record<string, Schema>; items: Schema; required?: string[]; enum?: string[]; maxItems?: number };

describe('data schemas', () => {
  it('every demo fixture is valid data', () => {
    for (const fixture of [weekly, weeklyAr]) expect(validateScorecard(fixture).problems).to.deep.equal([]);
  });

  it('exports a JSON Schema per element from the zod schemas', () => {
    expect(Object.keys(DATA_SCHEMAS)).to.include('kpi-scorecard');
    const s = jsonSchemaFor('kpi-scorecard') as unknown as Schema & { $schema: string; $id: string };
    expect(s.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).to.match(/kpi-scorecard\.schema\.json$/);
    expect(s.required).to.deep.equal(['metrics']);
    const metric = s.properties.metrics!.items;
    expect(metric.properties.unit!.enum).to.deep.equal([...UNITS]);
    expect(metric.properties.metric!.enum).to.have.length(22);
    expect(s.properties.metrics!.maxItems).to.equal(1000);
  });
});
