import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { findChromium, CHROMIUM_ARGS } from './test/support/chromium.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { recipeServer } from './test/support/recipe-server.mjs';
import { axTreePlugin } from './test/support/ax-tree.mjs';

/**
 * Serves a `.json` file imported from a module (Sec-Fetch-Dest: script) as a
 * JS module, as Vite and Storybook do, so tests import the same fixtures the
 * demo fetches; `fetch()` of the same file still gets plain JSON.
 */
const jsonModules = {
  name: 'json-modules',
  // The server caches transformed files: keep the module and the plain JSON apart.
  transformCacheKey(context) {
    if (context.path.endsWith('.json')) return context.get('sec-fetch-dest') === 'script' ? 'module' : 'json';
  },
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') {
      return { body: `export default ${context.body};` };
    }
  },
};

/**
 * Test endpoints for `src`: /__test__/status/500, /__test__/slow?ms=2000&body=…,
 * /__test__/text?body=…, /__test__/counter?key=k (JSON with a count that goes up).
 */
const counters = new Map();
async function testEndpoints(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname.endsWith('.json')) {
    // The same file is served as JSON to fetch() and as a JS module to import:
    // never let the browser cache answer one with the other.
    await next();
    context.set('Cache-Control', 'no-store');
    context.set('Vary', 'Sec-Fetch-Dest');
    return undefined;
  }
  if (!url.pathname.startsWith('/__test__/')) return next();
  const [, , kind, arg] = url.pathname.split('/');
  const body = url.searchParams.get('body') ?? '{}';
  if (kind === 'status') {
    context.status = Number(arg);
    context.body = `status ${arg}`;
    return undefined;
  }
  if (kind === 'text') {
    context.type = url.searchParams.get('type') ?? 'application/json';
    context.body = body;
    return undefined;
  }
  if (kind === 'slow') {
    return new Promise((resolve) =>
      setTimeout(() => {
        context.type = 'application/json';
        context.body = body;
        resolve();
      }, Number(url.searchParams.get('ms') ?? 2000)),
    );
  }
  if (kind === 'counter') {
    const key = url.searchParams.get('key') ?? 'default';
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    context.type = 'application/json';
    context.body = body.replaceAll('__COUNT__', String(n));
    return undefined;
  }
  return next();
}

// The server recipe (demo/recipes/server), proxied under /__recipes__/server/.
const recipes = recipeServer();

/**
 * The strict Content-Security-Policy a locked-down client site sends: no inline
 * script or style, no eval. Pages test/pages/csp*.html are served with it.
 */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
/**
 * Trusted Types, as a site that enforces them sends: `?trusted-types=<name>` on a test page
 * adds one of these to its policy (the strict one too for csp*.html; two-copies.html has an
 * inline script, so only this). `kit`: what the README tells a site to send;
 * `kit-no-duplicates`: the same without 'allow-duplicates'; `none`: no policy may be created
 * (none required).
 */
const TRUSTED_TYPES = {
  kit: "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  'kit-no-duplicates': "require-trusted-types-for 'script'; trusted-types lit-html",
  none: "trusted-types 'none'",
};
async function cspPages(context, next) {
  await next();
  const tt = TRUSTED_TYPES[context.query['trusted-types']];
  if (/^\/test\/pages\/csp[\w-]*\.html$/.test(context.path)) context.set('Content-Security-Policy', tt ? `${STRICT_CSP}; ${tt}` : STRICT_CSP);
  else if (tt && /^\/test\/pages\/[\w-]+\.html$/.test(context.path)) context.set('Content-Security-Policy', tt);
}

/**
 * fast-check's seed: fixed by default so a CI run is repeatable (a failure names its seed);
 * FC_SEED=random explores new inputs on each run.
 */
const fcSeed = process.env.FC_SEED === 'random' ? String(Math.floor(Math.random() * 2 ** 31)) : (process.env.FC_SEED ?? '20261124');
if (process.env.FC_SEED) console.log(`fast-check seed: ${fcSeed}`);

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run the tests with `npm test`, which finds or installs one.');

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build: no dev-mode warnings in the logs.
  nodeResolve: { exportConditions: ['production'] },
  // Two cores here: more parallel pages only thrash.
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  // Generous: a first ECharts chunk on a busy 2-core machine can take many seconds.
  testFramework: { config: { timeout: 30_000 } },
  middleware: [testEndpoints, recipes.middleware, cspPages],
  plugins: [jsonModules, recipes.plugin, axTreePlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  // ECharts reads process.env.NODE_ENV; a browser page has no `process`.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><script>globalThis.process = { env: { NODE_ENV: 'production', FC_SEED: ${JSON.stringify(fcSeed)} } };</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  reporters: [defaultReporter(), summaryReporter()],
};
