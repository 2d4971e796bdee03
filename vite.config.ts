import { defineConfig, type Plugin } from 'vite';
import { DATA_SCHEMAS, jsonSchemaFor, type ElementName } from './src/core/schemas.js';

/** Emits dist/schemas/<element>.schema.json from the zod schemas the elements use. */
function jsonSchemas(): Plugin {
  return {
    name: 'scorecard-kit-json-schemas',
    apply: 'build',
    generateBundle() {
      for (const element of Object.keys(DATA_SCHEMAS) as ElementName[]) {
        this.emitFile({
          type: 'asset',
          fileName: `schemas/${element}.schema.json`,
          source: `${JSON.stringify(jsonSchemaFor(element), null, 2)}\n`,
        });
      }
    },
  };
}

/**
 * One config for the dev server (demo pages) and the library build.
 *
 * The library is bundled with its dependencies (lit, zod, echarts) so that
 * `dist/scorecard-kit.js` works from a plain `<script type="module">` (a CDN).
 * Shared code and the lazily loaded ECharts chunk become sibling chunks that the
 * entries import relative to themselves.
 */
export default defineConfig({
  // ECharts reads process.env.NODE_ENV; a plain page has no `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [jsonSchemas()],
  // Pre-bundle the lazily imported ECharts parts too, so the dev server does not
  // discover them on first draw and reload the demo page.
  optimizeDeps: {
    entries: ['demo/*.html'],
    include: ['lit', 'lit/decorators.js', 'zod/mini', 'echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers'],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: {
        'scorecard-kit': 'src/index.ts',
        'kpi-scorecard': 'src/kpi-scorecard/define.ts',
        'funnel-planner': 'src/funnel-planner/define.ts',
        'rolling-trend': 'src/rolling-trend/define.ts',
        'lead-source-breakdown': 'src/lead-source-breakdown/define.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
