/** JSON paths as users read them: `metrics[2].target`, `sources[0]["odd key"]`. */

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (IDENTIFIER.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/**
 * Keys from the data (stage ids, field names, column names) are read and written as the
 * object's own properties only: `constructor` is not Object's constructor, and `__proto__`
 * is a key like any other, never the object's prototype.
 */
export function ownValue(object: object, key: PathSegment): unknown {
  return Object.hasOwn(object, key) ? (object as Record<PathSegment, unknown>)[key] : undefined;
}

/** Sets an own property, `__proto__` included (plain assignment would replace the prototype). */
export function setOwn(object: object, key: PathSegment, value: unknown): void {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The value found at a path (own properties only), or undefined. */
export function valueAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let cur: unknown = root;
  for (const s of segments) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = ownValue(cur, s);
  }
  return cur;
}
