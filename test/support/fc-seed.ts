/**
 * The seed of every fast-check property in the tests: from the runner (`FC_SEED`, fixed by
 * default so that CI is repeatable; `FC_SEED=random` explores new inputs on each run).
 */
export const FC_SEED = Number((globalThis as { process?: { env?: Record<string, string> } }).process?.env?.FC_SEED ?? 20261124);
