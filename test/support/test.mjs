#!/usr/bin/env node
// `npm test`: make sure dependencies and a Chromium are present, then run the
// browser test suite. Uses only Node built-ins, so it works on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { findChromium, ensureChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

if (!existsSync(join(root, 'node_modules', '@web', 'test-runner'))) {
  console.log('Dependencies are not installed yet: running `npm ci` first.');
  const status = run('npm', ['ci', '--no-audit', '--no-fund']);
  if (status !== 0) process.exit(status);
}

// Some tests load the built bundle from a plain page: build it first (a few seconds), in the
// two passes of `npm run build`: the per-element entries, then dist/scorecard-kit.js (`--mode kit`).
console.log('Building dist/ for the bundle tests (vite build, vite build --mode kit)…');
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
for (const mode of [[], ['--mode', 'kit']]) {
  const built = run(process.execPath, [vite, 'build', ...mode, '--logLevel', 'warn', '--no-emptyOutDir']);
  if (built !== 0) process.exit(built);
}

// The framework recipes (demo/recipes/{react,vue,angular}) are built against that
// dist/ too (~10 s); skipped when `--files` picks only other tests.
const args = process.argv.slice(2);
const filesArg = args.findIndex((a) => a === '--files' || a.startsWith('--files='));
if (filesArg === -1 || args.slice(filesArg).join(' ').includes('recipes')) {
  console.log('Building the framework recipes (demo/recipes)…');
  const recipes = run(process.execPath, [join(root, 'test', 'support', 'build-recipes.mjs')]);
  if (recipes !== 0) process.exit(recipes);
}

const chromium = findChromium() ?? ensureChromium();
if (!chromium) process.exit(1);

const summaryFile = join(tmpdir(), `scorecard-kit-tests-${process.pid}.txt`);
const status = run(
  process.execPath,
  [join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js'), '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
  { ...process.env, CHROME_PATH: chromium, SK_SUMMARY_FILE: summaryFile },
);
// The plain closing line CI reads: `N passed, N failed, N skipped`.
if (existsSync(summaryFile)) {
  console.log(`\n${readFileSync(summaryFile, 'utf8')}`);
  rmSync(summaryFile);
} else {
  console.log('\n0 passed, 1 failed, 0 skipped');
}
process.exit(status);
