#!/usr/bin/env node
// Checks what `npm pack` would publish (after `npm run build`): the bundle, every element entry,
// types, the custom-elements manifest, JSON Schemas, README, licence and changelog; no tests,
// stories, demo pages or sources maps of tests.
import { execFileSync } from 'node:child_process';

const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = report.files.map((f) => f.path);
const must = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  'dist/scorecard-kit.js',
  'dist/kpi-scorecard.js',
  'dist/funnel-planner.js',
  'dist/rolling-trend.js',
  'dist/lead-source-breakdown.js',
  'dist/types/index.d.ts',
  'dist/types/kpi-scorecard/define.d.ts',
  'dist/types/funnel-planner/define.d.ts',
  'dist/types/rolling-trend/define.d.ts',
  'dist/types/lead-source-breakdown/define.d.ts',
  'dist/schemas/kpi-scorecard.schema.json',
  'dist/schemas/funnel-planner.schema.json',
  'dist/schemas/rolling-trend.schema.json',
  'dist/schemas/lead-source-breakdown.schema.json',
];
const mustNot = [/^test\//, /^stories\//, /^demo\//, /^src\//, /^\.storybook\//, /^\.ci\//, /\.test\./, /node_modules/, /^storybook-static\//];
const missing = must.filter((f) => !files.includes(f));
const unwanted = files.filter((f) => mustNot.some((re) => re.test(f)));
console.log(`npm pack: ${files.length} files, ${(report.size / 1024).toFixed(1)} KB packed, ${(report.unpackedSize / 1024).toFixed(1)} KB unpacked`);
if (missing.length) console.error(`missing from the package: ${missing.join(', ')}`);
if (unwanted.length) console.error(`should not be in the package: ${unwanted.join(', ')}`);
if (missing.length || unwanted.length) process.exit(1);
console.log('npm pack content: ok');
