/**
 * Untrusted input in, typed values and located problems out.
 *
 * Problems carry a code and parameters, not prose: the element words them in
 * its locale (src/internal/i18n.ts). Validation is lenient where it can be: an
 * invalid optional field or list item is dropped and reported, the rest kept,
 * so a scorecard with one bad metric still shows the other fourteen.
 */
import type * as z from 'zod/mini';
import { formatPath, valueAt, type PathSegment } from './json-path.js';
import { jsonErrorOffset, lineAndColumn } from './json-position.js';
import type { CsvCellRef } from './csv-table.js';

/**
 * Words that need the locale: a problem whose message holds numbers formats them through Intl
 * (`lang` picks the language, `locale` the digits and separators).
 */
export type Wording = (locale: string, lang: 'en' | 'ar') => string;

export type ValueKind = 'missing' | 'null' | 'text' | 'number' | 'boolean' | 'list' | 'object' | 'not-a-number';

/**
 * A problem with the data, where it is: a JSON path, or (data read from CSV) the cell in the file,
 * which is what `errors[].path` then names.
 */
export type Problem = { path: PathSegment[]; cell?: CsvCellRef } & (
  | { code: 'invalid-json'; detail: string; line?: number; column?: number }
  | { code: 'required' }
  | { code: 'wrong-type'; expected: string; got: ValueKind; value?: string }
  | { code: 'too-small'; minimum: number; inclusive: boolean }
  | { code: 'too-big'; maximum: number; inclusive: boolean }
  | { code: 'not-one-of'; allowed: readonly string[]; value?: string }
  | { code: 'duplicate'; value: string }
  | { code: 'empty-text' }
  | { code: 'too-large'; limit: number; actual: number; what: string }
  | { code: 'too-long'; maximum: number }
  /** Element-specific problems bring their own words in both languages. */
  | { code: 'custom'; en: string; ar: string }
  /** Element-specific problems whose words hold numbers, worded for the locale. */
  | { code: 'worded'; say: Wording }
  | {
      code: 'fetch-failed';
      /** the address as shown (display-url.ts: no credentials, no query values, shortened) */
      url: string;
      reason: 'http' | 'timeout' | 'network' | 'not-json' | 'credentials' | 'blocked' | 'too-large';
      status?: number;
      /** the timeout that passed */ seconds?: number;
      /** the most bytes read of an answer */ bytes?: number;
    }
);

export interface Validated<T> {
  value: T | null;
  problems: Problem[];
}

/** What kind of value this is, in the words an error message uses. */
export function kindOf(value: unknown): ValueKind {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : 'not-a-number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'list';
  return 'object';
}

/** A short, safe excerpt of a value for an error message (shown as text). */
export function excerpt(value: unknown, max = 40): string | undefined {
  if (typeof value === 'string') return value.length > max ? `${value.slice(0, max)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

type ZodIssue = z.core.$ZodIssue;

/**
 * The longest text a field of the data may hold. Labels, titles and names are
 * short; a 700 KB label takes seconds to lay out and freezes the page.
 */
export const MAX_TEXT_LENGTH = 500;

const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/**
 * Text from the data quoted inside a message: when it holds bidi controls
 * (U+202E and friends) it is wrapped in FSI … PDI, so it cannot reorder the
 * message's own words. Its own isolate marks are dropped, so no stray PDI can
 * close ours early. Ordinary text is left as it is.
 */
/**
 * Text from the data in plain-text words (a tooltip, an accessible name): its bidi embedding,
 * override and isolate controls dropped. Markup cannot isolate it there, and an unclosed
 * override would reorder the kit's words after it; a screen reader needs none of them.
 */
export function plainText(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

/** Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits as ASCII digits; everything else as it is. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

export function isolateBidi(text: string): string;
export function isolateBidi(text: string | undefined): string | undefined;
export function isolateBidi(text: string | undefined): string | undefined {
  if (text === undefined || !BIDI_CONTROL.test(text)) return text;
  return `\u2068${text.replace(/[\u2066-\u2069]/g, '')}\u2069`;
}

/** Turns zod's issues into problems located in the whole document. */
export function problemsFromZod(issues: readonly ZodIssue[], input: unknown, base: readonly PathSegment[] = []): Problem[] {
  return issues.map((issue) => {
    const local = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    const path = [...base, ...local];
    const value = valueAt(input, local);
    switch (issue.code) {
      case 'invalid_type':
        if (value === undefined) return { path, code: 'required' };
        return { path, code: 'wrong-type', expected: issue.expected, got: kindOf(value), value: excerpt(value) };
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) === 1) return { path, code: 'empty-text' };
        return { path, code: 'too-small', minimum: Number(issue.minimum), inclusive: issue.inclusive ?? true };
      case 'too_big':
        if (issue.origin === 'string') return { path, code: 'too-long', maximum: Number(issue.maximum) };
        if (issue.origin === 'array' && Array.isArray(value)) {
          return { path, code: 'too-large', limit: Number(issue.maximum), actual: value.length, what: 'items' };
        }
        return { path, code: 'too-big', maximum: Number(issue.maximum), inclusive: issue.inclusive ?? true };
      case 'invalid_value':
        if (value === undefined) return { path, code: 'required' };
        return { path, code: 'not-one-of', allowed: issue.values.map(String), value: excerpt(value) };
      case 'custom':
        return { path, code: 'custom', en: issue.message, ar: issue.message };
      case 'invalid_union': {
        // A value of none of the union's types: name them all ("a number or a range").
        const types = issue.errors.map((branch) => (branch[0]?.code === 'invalid_type' && branch[0].path.length === 0 ? branch[0].expected : null));
        if (value !== undefined && types.every((t) => t !== null)) {
          return { path, code: 'wrong-type', expected: types.join('|'), got: kindOf(value), value: excerpt(value) };
        }
        return { path, code: 'wrong-type', expected: 'valid', got: kindOf(value), value: excerpt(value) };
      }
      default:
        return { path, code: 'wrong-type', expected: 'valid', got: kindOf(value), value: excerpt(value) };
    }
  });
}

/** Validates one value against a schema; problems are located under `path`. */
export function check<S extends z.ZodMiniType>(schema: S, value: unknown, path: readonly PathSegment[]): Validated<z.infer<S>> {
  const r = schema.safeParse(value);
  if (r.success) return { value: r.data as z.infer<S>, problems: [] };
  return { value: null, problems: problemsFromZod(r.error.issues, value, path) };
}

/**
 * Validates an object field by field: invalid optional fields are dropped and
 * reported; a missing or invalid required field makes the whole object invalid.
 */
export function checkFields<Shape extends Record<string, z.ZodMiniType>>(
  shape: Shape,
  input: unknown,
  path: readonly PathSegment[],
  required: readonly (keyof Shape & string)[] = [],
): Validated<{ [K in keyof Shape]?: z.infer<Shape[K]> }> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      value: null,
      problems: [
        input === undefined
          ? { path: [...path], code: 'required' }
          : { path: [...path], code: 'wrong-type', expected: 'object', got: kindOf(input), value: excerpt(input) },
      ],
    };
  }
  const record = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const problems: Problem[] = [];
  let fatal = false;
  for (const key of Object.keys(shape)) {
    const v = record[key];
    if (v === undefined) {
      if (required.includes(key)) {
        problems.push({ path: [...path, key], code: 'required' });
        fatal = true;
      }
      continue;
    }
    const r = check(shape[key]!, v, [...path, key]);
    if (r.problems.length) {
      problems.push(...r.problems);
      if (required.includes(key)) fatal = true;
    } else out[key] = r.value;
  }
  return { value: fatal ? null : (out as { [K in keyof Shape]?: z.infer<Shape[K]> }), problems };
}

/** Validates a list item by item: valid items are kept (with their index), invalid ones reported. */
export function checkItems<T>(
  list: unknown,
  path: readonly PathSegment[],
  item: (value: unknown, path: PathSegment[]) => Validated<T>,
): Validated<{ index: number; item: T }[]> {
  if (!Array.isArray(list)) {
    return {
      value: null,
      problems: [
        list === undefined
          ? { path: [...path], code: 'required' }
          : { path: [...path], code: 'wrong-type', expected: 'array', got: kindOf(list), value: excerpt(list) },
      ],
    };
  }
  const items: { index: number; item: T }[] = [];
  const problems: Problem[] = [];
  list.forEach((value, index) => {
    const r = item(value, [...path, index]);
    problems.push(...r.problems);
    if (r.value !== null) items.push({ index, item: r.value });
  });
  return { value: items, problems };
}

/**
 * Parses JSON text; a syntax error becomes a problem with the parser's words
 * and, where it names a position, the line and column.
 */
export function parseJsonText(text: string): Validated<unknown> {
  try {
    return { value: JSON.parse(text) as unknown, problems: [] };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(detail);
    const offset = m ? Number(m[1]) : jsonErrorOffset(text);
    const problem: Problem = { path: [], code: 'invalid-json', detail };
    if (offset !== null) Object.assign(problem, lineAndColumn(text, offset));
    return { value: null, problems: [problem] };
  }
}

export { formatPath };
