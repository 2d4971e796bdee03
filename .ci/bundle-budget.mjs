#!/usr/bin/env node
// Byte budgets (gzip), checked after `npm run build`. Bytes are deterministic,
// so CI can enforce them: fails when a budget is exceeded.
//   initial: dist/scorecard-kit.js and everything it imports statically
//   all-in:  every JS file the kit can load (the lazy ECharts chunk included)
import { join, relative, resolve } from 'node:path';
import { gzipBytes, jsFiles, staticGraph } from './bundle-files.mjs';

const KB = 1024;
// The budgets of issue 7: initial ≤ 60 KB, all-in ≤ 230 KB (the ECharts chunk, line and bar
// series, grid, tooltip and canvas, is ~166 KB of it).
const BUDGETS = { initial: 60 * KB, allIn: 230 * KB };
const dist = resolve(process.argv[2] ?? 'dist');
const initialFiles = [...staticGraph(join(dist, 'scorecard-kit.js'))];
const initial = initialFiles.reduce((n, f) => n + gzipBytes(f), 0);
const everything = jsFiles(dist);
const allIn = everything.reduce((n, f) => n + gzipBytes(f), 0);

const rows = [
  ['initial load (scorecard-kit.js + static imports)', initial, BUDGETS.initial],
  ['all-in (every chunk, ECharts included)', allIn, BUDGETS.allIn],
];
console.log('bundle budgets (gzip -9):');
for (const [name, size, budget] of rows) {
  console.log(`  ${size <= budget ? 'ok  ' : 'OVER'} ${name}: ${(size / KB).toFixed(1)} KB of ${(budget / KB).toFixed(0)} KB`);
}
for (const f of everything) console.log(`       ${relative(dist, f)}: ${(gzipBytes(f) / KB).toFixed(1)} KB${initialFiles.includes(f) ? ' (initial)' : ''}`);
if (rows.some(([, size, budget]) => size > budget)) {
  console.error('A bundle budget is exceeded.');
  process.exit(1);
}
