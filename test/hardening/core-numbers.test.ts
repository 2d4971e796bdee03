/**
 * The pure pieces behind the hardening fixes, pinned down directly: overflow
 * never yields Infinity, long lists do not overflow the stack, data text in
 * messages cannot reorder them, and names from the data are not object keys.
 */
import { expect } from '@open-wc/testing';
import plan from '../../demo/data/funnel-plan.json';
import { computeMetric } from '../../src/core/catalogue.js';
import { buildFunnelModel, validateFunnel } from '../../src/core/funnel.js';
import { buildSourcesModel, validateSources } from '../../src/core/sources.js';
import { buildTrendModel, validateTrend } from '../../src/core/trend.js';
import { MAX_TEXT_LENGTH } from '../../src/core/validation.js';
import { sparklineSegments } from '../../src/core/scorecard.js';
import { metricStatus } from '../../src/core/status.js';
import { isolateBidi, lookup, describeProblem } from '../../src/internal/i18n.js';

describe('hardening: numbers and words', () => {
  it('reports a catalogue result that overflows as out of range, never Infinity', () => {
    expect(computeMetric('cpl', { spend: 1, leads: 5e-324 })).to.deep.equal({ value: null, reason: 'out-of-range' });
    expect(computeMetric('cltv', { revenue_per_period: 1e308, lifetime_periods: 10 })).to.deep.equal({ value: null, reason: 'out-of-range' });
    expect(computeMetric('cpl', { spend: 4800, leads: 100 })).to.deep.equal({ value: 48 });
  });

  it('judges an overflowing attainment by direct comparison, with no ratio', () => {
    expect(metricStatus({ actual: 1, target: 5e-324 })).to.deep.equal({ status: 'on-track', ratio: null, comparedTarget: 5e-324 });
    expect(metricStatus({ actual: 5e-324, target: 60, direction: 'lower' })).to.deep.equal({ status: 'on-track', ratio: null, comparedTarget: 60 });
  });

  it('draws a sparkline of a very long history without overflowing the stack', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => i % 97);
    expect(() => sparklineSegments(values, 120, 32)).not.to.throw();
  });

  it('isolates bidi controls from the data inside a message, and only then', () => {
    expect(isolateBidi('plain')).to.equal('plain');
    expect(isolateBidi('\u202Eevil')).to.equal('\u2068\u202Eevil\u2069');
    // a stray PDI in the data cannot close the isolate early
    expect(isolateBidi('a\u2069\u202Eb')).to.equal('\u2068a\u202Eb\u2069');
    const message = describeProblem({ path: ['unit'], code: 'not-one-of', allowed: ['count'], value: '\u202Eevil' }, 'en');
    expect(message).to.equal('"\u2068\u202Eevil\u2069" is not one of: count');
  });

  it('says how long the timeout was', () => {
    expect(describeProblem({ path: [], code: 'fetch-failed', url: '/x', reason: 'timeout', seconds: 0.3 }, 'en')).to.equal(
      'could not be loaded from /x: no answer within 0.3 seconds',
    );
    expect(describeProblem({ path: [], code: 'fetch-failed', url: '/x', reason: 'timeout', seconds: 1 }, 'en')).to.match(/within 1 second$/);
    expect(describeProblem({ path: [], code: 'fetch-failed', url: '/x', reason: 'timeout', seconds: 10 }, 'ar')).to.contain('10 ثوانٍ');
  });

  it('never takes a word for a name from the data from Object.prototype', () => {
    const table = { marketing: 'Marketing' };
    expect(lookup(table, 'marketing')).to.equal('Marketing');
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(lookup(table, key)).to.equal(undefined);
  });

  it('reports a source ratio that overflows as out of range, naming its denominator', () => {
    const input = validateSources({ sources: [{ source: 'email', visits: 10, leads: 5e-324, mqls: 3, spend: 100 }] }).value!;
    const row = buildSourcesModel(input).rows[0]!;
    expect(row.rates.lead_to_mql).to.equal(null);
    expect(row.missing.lead_to_mql).to.deep.equal({ reason: 'out-of-range', input: 'leads' });
    expect(row.cpl).to.equal(null);
    expect(row.missing.cpl).to.deep.equal({ reason: 'out-of-range', input: 'leads' });
    // sums that overflow are not totals
    const big = validateSources({ sources: [{ source: 'email', leads: 1.7e308 }, { source: 'direct', leads: 1.7e308 }] }).value!;
    const model = buildSourcesModel(big);
    expect(model.totals.leads).to.equal(null);
    expect(model.rows[0]!.missing.share).to.deep.equal({ reason: 'out-of-range', input: 'leads' });
  });

  it('reports a non-finite negative count as not a number, quoted, and no text longer than the limit', () => {
    const r = validateSources({ sources: [{ source: 'email', visits: -Infinity }, { source: 'direct', label: 'x'.repeat(MAX_TEXT_LENGTH + 1) }] });
    const messages = r.problems.map((p) => describeProblem(p, 'en'));
    expect(messages.join(' ')).not.to.match(/\(-Infinity\)/);
    expect(messages[0]).to.contain('"-Infinity"');
    expect(r.problems[1]).to.deep.include({ path: ['sources', 1, 'label'], code: 'too-long' });
  });

  it('rejects a non-finite trend target given by the property', () => {
    for (const target of [NaN, Infinity]) {
      const r = validateTrend({ target, points: [{ period: '2025-01', value: 1 }] });
      expect(r.problems.map((p) => p.path)).to.deep.equal([['target']]);
      expect(buildTrendModel(r.value!).window.every((w) => w.target === null)).to.equal(true);
    }
  });

  it('reports a funnel whose volumes overflow as out of range, at the rate to blame', () => {
    const doc = structuredClone(plan) as { stages: { rate?: number }[] };
    doc.stages[3]!.rate = 5e-324;
    const r = validateFunnel(doc);
    expect(r.value).to.equal(null);
    expect(r.problems.map((p) => p.path)).to.deep.equal([['stages', 3, 'rate']]);
    expect(describeProblem(r.problems[0]!, 'en')).to.contain('out of range');
    expect(buildFunnelModel(validateFunnel(plan).value!).stages.every((s) => Number.isFinite(s.required))).to.equal(true);
  });
});
