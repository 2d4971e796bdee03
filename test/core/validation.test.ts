import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { check, checkFields, checkItems, parseJsonText, problemsFromZod } from '../../src/core/validation.js';
import { formatPath, valueAt } from '../../src/core/json-path.js';
import { describeProblem, toKitError } from '../../src/internal/i18n.js';

describe('validation and problems', () => {
  it('formats JSON paths as users read them', () => {
    expect(formatPath(['metrics', 2, 'target'])).to.equal('metrics[2].target');
    expect(formatPath(['inputs', 'odd key'])).to.equal('inputs["odd key"]');
    expect(formatPath([])).to.equal('');
  });

  it('reports malformed JSON with its line and column', () => {
    const r = parseJsonText('{\n  "metrics": [1,,2]\n}');
    expect(r.value).to.equal(null);
    const p = r.problems[0]!;
    expect(p.code).to.equal('invalid-json');
    expect(p).to.include({ line: 2, column: 17 });
    expect(describeProblem(p, 'en')).to.match(/^is not valid JSON \(line 2, column 17\)/);
  });

  it('locates every kind of JSON syntax error, whatever the browser says', () => {
    const cases: [string, number, number][] = [
      ['{\n "a": 1,\n}', 3, 1],
      ['{"a": 1} x', 1, 10],
      ['{"a":', 1, 6],
      ['<html>', 1, 1],
      ['{"a": "b\\q"}', 1, 10],
      ['[1, 2, tru]', 1, 8],
      ['{"a": -}', 1, 8],
      ['', 1, 1],
    ];
    for (const [text, line, column] of cases) {
      const p = parseJsonText(text).problems[0]!;
      expect(p, text).to.include({ code: 'invalid-json', line, column });
    }
    expect(parseJsonText('{"a": [1, 2.5e3, "x\\u00e9", null, true, false, {}]}').problems).to.deep.equal([]);
  });

  it('says what was expected and what was found', () => {
    const r = check(z.object({ target: z.number() }), { target: 'twenty' }, ['metrics', 1]);
    expect(r.problems).to.have.length(1);
    expect(toKitError(r.problems[0]!, 'en')).to.deep.equal({
      path: 'metrics[1].target',
      message: 'should be a number, but is text ("twenty")',
    });
    expect(toKitError(r.problems[0]!, 'ar').message).to.contain('رقمًا');
  });

  it('names missing fields and allowed values', () => {
    const schema = z.object({ unit: z.enum(['count', 'currency']), id: z.string() });
    const issues = schema.safeParse({ unit: 'dollars' }).error!.issues;
    const problems = problemsFromZod(issues, { unit: 'dollars' }, ['m']);
    const messages = problems.map((p) => toKitError(p, 'en'));
    expect(messages).to.deep.include({ path: 'm.unit', message: '"dollars" is not one of: count, currency' });
    expect(messages).to.deep.include({ path: 'm.id', message: 'is required' });
  });

  it('keeps valid optional fields and drops invalid ones', () => {
    const r = checkFields({ title: z.string(), n: z.number() }, { title: 'ok', n: 'x' }, []);
    expect(r.value).to.deep.equal({ title: 'ok' });
    expect(r.problems.map((p) => formatPath(p.path))).to.deep.equal(['n']);
    const required = checkFields({ list: z.array(z.number()) }, {}, [], ['list']);
    expect(required.value).to.equal(null);
    expect(checkFields({}, 'text', []).problems[0]).to.include({ code: 'wrong-type', got: 'text' });
  });

  it('keeps valid list items and reports invalid ones with their index', () => {
    const r = checkItems([1, 'two', 3], ['xs'], (v, path) => check(z.number(), v, path));
    expect(r.value!.map((i) => i.item)).to.deep.equal([1, 3]);
    expect(r.value!.map((i) => i.index)).to.deep.equal([0, 2]);
    expect(formatPath(r.problems[0]!.path)).to.equal('xs[1]');
  });
});

describe('values at a path from the data', () => {
  it('reads own properties only: constructor and __proto__ are keys like any other', () => {
    // typeof: a function found there could not be carried back to the test runner in a failure
    expect(typeof valueAt({}, ['constructor'])).to.equal('undefined');
    expect(typeof valueAt({ a: {} }, ['a', 'toString'])).to.equal('undefined');
    expect(valueAt(JSON.parse('{ "__proto__": { "x": 1 } }'), ['__proto__', 'x'])).to.equal(1);
    expect(valueAt({ list: [4, 5] }, ['list', 1])).to.equal(5);
  });
});
