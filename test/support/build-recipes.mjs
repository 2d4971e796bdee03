#!/usr/bin/env node
// Builds the framework recipes (demo/recipes/{react,vue,angular}) into their own
// dist/ with Vite's JS API, against the kit in dist/ (`import 'scorecard-kit'`
// resolves to this package itself). Run by test/support/test.mjs after the kit's
// own build; the browser tests then load demo/recipes/<name>/dist/index.html.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FRAMEWORK_RECIPES = ['react', 'vue', 'angular'];

const started = Date.now();
for (const name of process.argv.slice(2).length ? process.argv.slice(2) : FRAMEWORK_RECIPES) {
  try {
    await build({ configFile: join(root, 'demo', 'recipes', name, 'vite.config.mjs'), logLevel: 'warn' });
  } catch (error) {
    console.error(`Building the ${name} recipe failed:`, error);
    process.exit(1);
  }
}
console.log(`Built the framework recipes in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
