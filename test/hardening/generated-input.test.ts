/**
 * Generated input: thousands of random and near-valid payloads through every
 * element's parsing, validation and rendering, by the `data` property and the
 * `data` attribute. Nothing throws out, every problem has a path into the
 * payload, no NaN / Infinity / undefined reaches the screen or `result`, and
 * every item that is valid is still shown.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FC_SEED } from '../support/fc-seed.js';
import type { PathSegment } from '../../src/core/json-path.js';
import { ELEMENTS, itFor, make, parsePath, resolves, setAt, trapUncaught, visibleText, type ElementCase, type Json, type KitLike } from './elements.js';

const RUNS = 150;
const BAD_WORDS = /NaN|Infinity|undefined/;

/** Generated text never spells the words we look for on screen. */
const clean = (s: string) => s.replace(/NaN|Infinity|undefined/gi, '~');

function deepClean(v: unknown): unknown {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return v.map(deepClean);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [clean(k), deepClean(x)]));
  return v;
}

function nest(depth: number): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { v };
  return v;
}

/** Every path in a document down to the depth a contract has (6), the root excluded. */
function allPaths(v: unknown, base: PathSegment[] = []): PathSegment[][] {
  const out: PathSegment[][] = [];
  if (base.length >= 6) return out;
  if (Array.isArray(v)) v.forEach((x, i) => out.push([...base, i], ...allPaths(x, [...base, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push([...base, k], ...allPaths(x, [...base, k]));
  return out;
}

/** Values that break naive code: wrong types, extremes, non-finite numbers (property way only), deep and long. */
const weird = (allowNonFinite: boolean): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>(null, true, false, 0, -0, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, '', ' ', '0', '12', [], {}, [null], { 0: 1 }),
    allowNonFinite ? fc.constantFrom<unknown>(NaN, Infinity, -Infinity, undefined) : fc.constant<unknown>(null),
    fc.double({ noNaN: !allowNonFinite, noDefaultInfinity: !allowNonFinite }),
    fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }).map(clean),
    fc.string({ unit: 'binary', maxLength: 30 }).map(clean),
    fc.constantFrom('\u202Eevil', 'مرحبا بالعالم', '👩‍👩‍👧‍👦🇸🇦', '\u0000\u0001', 'a'.repeat(100_000), 'x\ny\tz'),
    fc.integer({ min: 50, max: 3000 }).map(nest),
    fc.jsonValue({ maxDepth: 3 }).map(deepClean),
  );

interface Mutation {
  at: number;
  op: 'set' | 'delete' | 'wrap' | 'duplicate';
  value: unknown;
}

const mutations = (allowNonFinite: boolean) =>
  fc.array(
    fc.record<Mutation>({
      at: fc.nat(),
      op: fc.constantFrom('set', 'set', 'set', 'delete', 'wrap', 'duplicate'),
      value: weird(allowNonFinite),
    }),
    { minLength: 1, maxLength: 4 },
  );

function mutate(valid: Json, muts: Mutation[]): unknown {
  const doc = structuredClone(valid) as Record<string, unknown>;
  for (const m of muts) {
    const paths = allPaths(doc);
    if (!paths.length) break;
    const path = paths[m.at % paths.length]!;
    const parent = path.slice(0, -1).reduce<unknown>((o, s) => (o as Record<PathSegment, unknown>)[s], doc) as Record<PathSegment, unknown>;
    const key = path[path.length - 1]!;
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (m.op === 'wrap') parent[key] = [parent[key]];
    else if (m.op === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[key]));
    else parent[key] = m.value;
  }
  return doc;
}

/** Every number in `result` is finite: a derived model never carries NaN or Infinity. */
function nonFiniteIn(v: unknown, path = 'result'): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? null : `${path} = ${v}`;
  if (v === undefined) return `${path} is undefined`;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const r = nonFiniteIn(v[i], `${path}[${i}]`);
      if (r) return r;
    }
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const r = nonFiniteIn(x, `${path}.${k}`);
      if (r) return r;
    }
  }
  return null;
}

function itemIndexOf(path: PathSegment[], list: PathSegment[]): number | null {
  if (path.length <= list.length || !list.every((s, i) => path[i] === s)) return null;
  const i = path[list.length];
  return typeof i === 'number' ? i : null;
}

/** The invariants every rendering of any payload keeps. */
function checkRendering(c: ElementCase, el: KitLike, seen: unknown): void {
  const errors = el.errors;
  expect(errors, 'errors').to.be.an('array');
  const segmentsOf: PathSegment[][] = [];
  for (const e of errors) {
    expect(e.path, 'errors[i].path').to.be.a('string');
    expect(e.message, `message for ${e.path}`).to.be.a('string').and.not.equal('');
    const segments = parsePath(e.path);
    expect(resolves(seen, segments), `error path ${JSON.stringify(e.path)} (${e.message}) does not point into the payload`).to.equal(true);
    segmentsOf.push(segments);
  }
  // The panel lists every problem.
  const panel = el.shadowRoot!.querySelector('[part="errors"]');
  if (errors.length) {
    expect(panel, 'error panel').to.not.equal(null);
    expect(panel!.getAttribute('role')).to.equal('alert');
    expect(panel!.querySelectorAll('li').length).to.equal(errors.length);
  } else expect(panel, 'error panel without errors').to.equal(null);

  // No NaN / Infinity / undefined on screen; an error message may quote the value it rejects.
  const all = visibleText(el);
  const echoes = Array.from(el.shadowRoot!.querySelectorAll('.error-message')).map((m) => m.textContent ?? '');
  let screen = all;
  // An error message may quote the value it rejects ("NaN" is not one of …); nothing else may show these words.
  for (const m of echoes) screen = screen.replace(m, m.replace(/"[^"]*"/g, ''));
  const bad = BAD_WORDS.exec(screen);
  expect(bad, `"${bad?.[0]}" on screen: …${screen.slice(Math.max(0, (bad?.index ?? 0) - 80), (bad?.index ?? 0) + 40)}…`).to.equal(null);

  expect(nonFiniteIn(el.result)).to.equal(null);
  if (el.result !== null) expect(() => JSON.stringify(el.result)).not.to.throw();

  // Valid items are still shown (unless the whole document was rejected and the last good one kept).
  const wholeRejected = segmentsOf.some((p) => c.itemList.slice(0, p.length).every((s, i) => p[i] === s) && p.length <= c.itemList.length);
  const list = c.itemList.reduce<unknown>((o, s) => (o && typeof o === 'object' ? (o as Record<PathSegment, unknown>)[s] : undefined), seen);
  if (!wholeRejected && Array.isArray(list) && c.independentItems !== false) {
    const broken = new Set(segmentsOf.map((p) => itemIndexOf(p, c.itemList)).filter((i) => i !== null));
    const cleanCount = list.length - broken.size;
    expect(c.shownItems(el), `shown items (of ${list.length}, ${broken.size} with problems)`).to.be.at.least(cleanCount);
  }
}

/** A short description of any generated value, even one whose toString is not a function. */
function describe_(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? Object.prototype.toString.call(value)).slice(0, 40);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** fc.assert, with the failing assertion's own words in the message (the runner does not print `cause`). */
async function holds(prop: fc.IAsyncProperty<unknown[]> | fc.IAsyncPropertyWithHooks<unknown[]>, numRuns: number): Promise<void> {
  try {
    await fc.assert(prop, { numRuns, seed: FC_SEED });
  } catch (e) {
    const cause = (e as { cause?: unknown }).cause;
    throw new Error(`${(e as Error).message}\nBecause: ${cause instanceof Error ? cause.message : String(cause)}`, { cause: e });
  }
}

for (const c of ELEMENTS) {
  describe(`generated input: <${c.tag}>`, function () {
    const test = itFor(c);
    this.timeout(60_000);
    let el: KitLike;
    let trap: ReturnType<typeof trapUncaught>;

    before(async () => {
      await c.load();
    });
    beforeEach(() => {
      trap = trapUncaught();
      el = make(c);
      document.body.append(el);
    });
    afterEach(() => {
      trap.stop();
      el.remove();
    });

    async function viaProperty(payload: unknown): Promise<void> {
      el.data = payload;
      await el.updateComplete;
      checkRendering(c, el, payload);
    }

    async function viaAttribute(text: string): Promise<void> {
      el.setAttribute('data', text);
      await el.updateComplete;
      let seen: unknown = undefined;
      try {
        seen = JSON.parse(text);
      } catch {
        // not JSON: every error must then be about the whole document
      }
      checkRendering(c, el, seen);
    }

    test('renders the valid fixture with no errors', async () => {
      await viaProperty(structuredClone(c.valid));
      expect(el.errors).to.deep.equal([]);
      expect(c.shownItems(el)).to.be.greaterThan(0);
    });

    test('survives random JSON by the property', async () => {
      await holds(fc.asyncProperty(fc.jsonValue({ maxDepth: 5 }).map(deepClean), viaProperty), RUNS);
      expect(trap.errors).to.deep.equal([]);
    });

    test('survives random text and random JSON by the attribute', async () => {
      await holds(
        fc.asyncProperty(
          fc.oneof(fc.string({ maxLength: 60 }).map(clean), fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(deepClean(v)))),
          viaAttribute,
        ),
        RUNS,
      );
      expect(trap.errors).to.deep.equal([]);
    });

    test('survives near-valid payloads by the property (NaN, Infinity, undefined, extremes, deep, long, unicode)', async () => {
      await holds(fc.asyncProperty(mutations(true), (m) => viaProperty(mutate(c.valid, m))), RUNS * 2);
      expect(trap.errors).to.deep.equal([]);
    });

    test('survives near-valid payloads by the attribute', async () => {
      await holds(fc.asyncProperty(mutations(false), (m) => viaAttribute(JSON.stringify(mutate(c.valid, m)))), RUNS * 2);
      expect(trap.errors).to.deep.equal([]);
    });

    const brokenTitle =
      c.independentItems === false
        ? 'reports one broken item by its path, and shows what its documented rule says (items are not independent)'
        : 'reports one broken item by its path and keeps showing the others';
    test(brokenTitle, async () => {
      const list = c.itemList.reduce<unknown>((o, s) => (o as Record<PathSegment, unknown>)[s], c.valid) as Json[];
      await holds(
        fc.asyncProperty(fc.nat(list.length - 1), weird(true), async (i, value) => {
          const doc = structuredClone(c.valid);
          setAt(doc, [...c.itemList, i], value as Json);
          await viaProperty(doc);
          if (value === undefined) return; // an undefined item is reported as required
          expect(el.errors.length, `item ${i} = ${describe_(value)}`).to.be.greaterThan(0);
          expect(el.errors.every((e) => e.path.startsWith(`${c.itemList.join('.')}[${i}]`))).to.equal(true);
          // Independent items: every other item is shown. Otherwise the element's documented rule
          // (a trend's window keeps its length, the dropped point a gap; a funnel is a chain: no plan).
          expect(c.shownItems(el)).to.equal(c.independentItems === false ? c.shownWithOneBroken!(list.length) : list.length - 1);
        }),
        60,
      );
    });

    test('survives hostile objects by the property: cycles, throwing getters, proxies, sparse arrays', async () => {
      const cyclic = structuredClone(c.valid) as Record<string, unknown>;
      cyclic.self = cyclic;
      const throwing = Object.defineProperty({}, c.itemList[0] as string, {
        enumerable: true,
        get() {
          throw new Error('getter says no');
        },
      });
      const proxy = new Proxy(structuredClone(c.valid) as object, {
        ownKeys() {
          throw new Error('proxy says no');
        },
      });
      const sparse = structuredClone(c.valid) as Record<string, unknown>;
      // eslint-disable-next-line no-sparse-arrays
      setAt(sparse as Json, c.itemList, [, , structuredClone((c.valid as Record<string, Json[]>)[c.itemList[0] as string]![0]!)] as unknown as Json);
      const deepItem = structuredClone(c.valid);
      setAt(deepItem, [...c.itemList, 0], nest(20_000));
      const deep = nest(20_000);
      for (const payload of [cyclic, throwing, proxy, sparse, deepItem, deep, Object.create(null), new Date(), /re/, () => 1, Symbol('s'), 10n]) {
        el.data = payload;
        await el.updateComplete;
        expect(el.errors).to.be.an('array');
        for (const e of el.errors) expect(e.path).to.be.a('string');
        expect(BAD_WORDS.test(visibleText(el).replace(/"[^"]*"/g, ''))).to.equal(false);
      }
      expect(trap.errors).to.deep.equal([]);
    });

    test('survives very deep JSON text by the attribute', async () => {
      for (const depth of [1000, 20_000, 200_000]) {
        await viaAttribute(`${'['.repeat(depth)}${']'.repeat(depth)}`);
        await viaAttribute(`{"${c.itemList[0]}":[${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}]}`);
      }
      expect(trap.errors).to.deep.equal([]);
    });
  });
}
