// What the built kit is made of, for the byte budgets (.ci/bundle-budget.mjs) and the benchmark
// (test/bench/run.mjs): gzip sizes, the files an entry loads statically, every JS file of a build.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';

/** Bytes of a file after gzip -9. */
export const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * An entry and every file it imports statically, transitively: `import … from "./x.js"`,
 * `import "./x.js"`, `export … from "./x.js"` (not `import("./x.js")`, which loads later).
 */
export function staticGraph(entry, seen = new Set()) {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.[^"']+)["']/g)) {
    staticGraph(resolve(dirname(entry), m[1]), seen);
  }
  return seen;
}

/**
 * An entry and every file it can ever load: static imports and `import("./x.js")` alike,
 * transitively (what a page that uses everything the entry offers downloads).
 */
export function fullGraph(entry, seen = new Set()) {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const specifiers = [
    ...[...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.[^"']+)["']/g)].map((m) => m[1]),
    ...[...code.matchAll(/\bimport\(\s*["'`](\.[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]),
  ];
  for (const s of specifiers) fullGraph(resolve(dirname(entry), s), seen);
  return seen;
}

/** Every .js file under a build folder (the type declarations left out). */
export function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'types' ? [] : jsFiles(p);
    return p.endsWith('.js') ? [p] : [];
  });
}
