/**
 * input-pipeline.ts: raw input to model, memoised, with no DOM. Counted: how many times each
 * step ran, so a memo that does not hold (or one that holds too long) fails.
 */
import { expect } from '@open-wc/testing';
import { InputPipeline, type CsvRead } from '../../src/internal/input-pipeline.js';
import type { Validated } from '../../src/core/validation.js';

type Input = { n: number };

function pipeline() {
  const runs = { validate: 0, build: 0 };
  const p = new InputPipeline<Input, { double: number }>({
    validate: (json): Validated<Input> => {
      runs.validate++;
      const n = (json as { n?: unknown } | null)?.n;
      return typeof n === 'number' ? { value: { n }, problems: [] } : { value: null, problems: [{ path: ['n'], code: 'required' }] };
    },
    build: (input) => {
      runs.build++;
      if (input.n < 0) throw new Error('negative');
      return { double: input.n * 2 };
    },
  });
  return { p, runs };
}
const same = { revalidate: false, rebuild: false, csv: 'failed' as const };

describe('InputPipeline', () => {
  it('parses and validates a text once, and builds the model only when asked', () => {
    const { p, runs } = pipeline();
    const raw = { source: 'attribute' as const, text: '{"n": 4}', format: 'json' as const };
    expect(p.settle(raw, same)).to.equal('changed');
    expect(p.settle({ ...raw }, same)).to.equal('same');
    expect(runs).to.deep.equal({ validate: 1, build: 0 });
    expect(p.hasModel).to.equal(true);
    expect(p.current).to.equal(false);
    expect(p.model()).to.deep.equal({ double: 8 });
    expect(p.model()).to.deep.equal({ double: 8 });
    expect(runs).to.deep.equal({ validate: 1, build: 1 });
    expect(p.document).to.deep.equal({ n: 4 });
  });

  it('revalidates and rebuilds when told to, from the same input', () => {
    const { p, runs } = pipeline();
    const raw = { source: 'property' as const, value: { n: 1 } };
    p.settle(raw, same);
    p.model();
    p.settle(raw, { ...same, rebuild: true });
    p.model();
    p.settle(raw, { ...same, revalidate: true });
    p.model();
    expect(runs).to.deep.equal({ validate: 2, build: 3 });
  });

  it('keeps the last model when new input is invalid, with the problems of the new one', () => {
    const { p } = pipeline();
    p.settle({ source: 'property', value: { n: 3 } }, same);
    expect(p.model()).to.deep.equal({ double: 6 });
    p.settle({ source: 'attribute', text: '{"n": ', format: 'json' }, same);
    expect(p.valid).to.equal(false);
    expect(p.problems.map((x) => x.code)).to.deep.equal(['invalid-json']);
    expect(p.model()).to.deep.equal({ double: 6 });
    p.settle({ source: 'property', value: {} }, same);
    expect(p.problems).to.deep.equal([{ path: ['n'], code: 'required' }]);
    expect(p.model()).to.deep.equal({ double: 6 });
    p.settle(null, same);
    expect(p.model()).to.equal(null);
    expect(p.problems).to.deep.equal([]);
  });

  it('reports a model that could not be built, without throwing', () => {
    const { p } = pipeline();
    const error = console.error;
    console.error = () => undefined;
    try {
      p.settle({ source: 'property', value: { n: -1 } }, same);
      expect(p.model()).to.equal(null);
      expect(p.failure).to.equal('negative');
    } finally {
      console.error = error;
    }
  });

  it('waits for the CSV reader, then reads CSV with every problem at its cell', () => {
    const { p } = pipeline();
    const raw = { source: 'script' as const, text: 'n\nx', format: 'csv' as const };
    expect(p.settle(raw, { ...same, csv: 'loading' })).to.equal('waiting');
    expect(p.hasModel).to.equal(false);
    const reader = (text: string): CsvRead => ({
      value: text === 'n\n5' ? { n: 5 } : { n: 'x' },
      problems: [],
      reported: new Set(),
      locate: () => ({ row: 1, column: 'n' }),
      pathKey: (path) => path.join('.'),
    });
    expect(p.settle(raw, { ...same, csv: reader })).to.equal('changed');
    expect(p.problems).to.deep.equal([{ path: ['n'], code: 'required', cell: { row: 1, column: 'n' } }]);
    p.settle({ ...raw, text: 'n\n5' }, { ...same, csv: reader });
    expect(p.model()).to.deep.equal({ double: 10 });
    p.settle({ ...raw, text: 'n\n6' }, { ...same, csv: 'failed' });
    expect(p.problems.map((x) => (x.code === 'custom' ? x.en : x.code))).to.deep.equal(['is CSV, but the CSV reader could not be loaded (check the network)']);
  });
});
