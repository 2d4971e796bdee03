#!/usr/bin/env node
// Checks what `npm pack` would publish (after `npm run build`): the bundle, every element entry,
// types, the custom-elements manifest, JSON Schemas, README, licence and changelog; no tests,
// stories, demo pages or sources maps of tests.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

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

// The custom-elements manifest (generated from the JSDoc) describes every element for editors
// and Storybook: each tag with the shared attributes, its own, its events and parts.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declared = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const expectAttrs = {
  'kpi-scorecard': ['cadence', 'group-by'],
  'funnel-planner': ['view', 'rounding', 'editable'],
  'rolling-trend': ['window', 'chart'],
  'lead-source-breakdown': ['measure', 'chart', 'sort'],
};
const problems = [];
for (const [tag, own] of Object.entries(expectAttrs)) {
  const d = declared.find((x) => x.tagName === tag);
  if (!d) {
    problems.push(`${tag} is not in custom-elements.json`);
    continue;
  }
  const attrs = (d.attributes ?? []).map((a) => a.name);
  for (const a of ['data', 'src', 'refresh', 'locale', 'currency', 'theme', 'exportable', ...own]) {
    if (!attrs.includes(a)) problems.push(`${tag}: attribute ${a} missing from the manifest`);
  }
  const events = (d.events ?? []).map((e) => e.name);
  for (const e of ['kpi-select', 'kpi-error']) if (!events.includes(e)) problems.push(`${tag}: event ${e} missing`);
  if (!(d.cssParts ?? []).length) problems.push(`${tag}: no CSS parts documented`);
  if (!(d.cssProperties ?? []).length) problems.push(`${tag}: no CSS custom properties documented`);
  if (!d.summary) problems.push(`${tag}: no @summary`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`custom-elements.json: ${declared.length} elements documented: ok`);
