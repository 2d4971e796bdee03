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
 * Lists, in every entry chunk, all the chunks it needs statically (not only its direct
 * imports), so the browser requests them all as soon as the entry arrives instead of
 * discovering them level by level (entry -> define chunks -> shared chunks: a round trip
 * per level). What rollup's `hoistTransitiveImports` does; rolldown does not yet.
 * The imports are appended: those chunks are already evaluated by then (they are
 * dependencies of the entry's own imports), so the evaluation order is unchanged.
 */
function hoistTransitiveImports(): Plugin {
  return {
    name: 'scorecard-kit-hoist-transitive-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle)
          .filter((o) => o.type === 'chunk')
          .map((c) => [c.fileName, c]),
      );
      for (const entry of chunks.values()) {
        if (!entry.isEntry) continue;
        const seen = new Set<string>();
        const visit = (name: string) => {
          for (const dep of chunks.get(name)?.imports ?? []) {
            if (seen.has(dep)) continue;
            seen.add(dep);
            visit(dep);
          }
        };
        visit(entry.fileName);
        const missing = [...seen].filter((dep) => !entry.imports.includes(dep));
        if (!missing.length) continue;
        const dir = entry.fileName.split('/').slice(0, -1);
        const rel = (dep: string) => {
          const parts = dep.split('/');
          let i = 0;
          while (i < dir.length && dir[i] === parts[i]) i++;
          return `${dir.length > i ? '../'.repeat(dir.length - i) : './'}${parts.slice(i).join('/')}`;
        };
        // On the last line (before the source map comment, if any), so mappings are unchanged.
        const code = entry.code.replace(/\n?(\/\/# sourceMappingURL=[^\n]*\n?)?$/, '');
        const tail = entry.code.slice(code.length);
        entry.code = `${code}${code.endsWith(';') ? '' : ';'}${missing.map((d) => `import${JSON.stringify(rel(d))};`).join('')}${tail}`;
        entry.imports.push(...missing);
      }
    },
  };
}

/**
 * Minifies the CSS in the elements' lit `css` templates (comments, indentation, spaces around
 * braces, semicolons and commas; quoted strings and `${…}` parts untouched): 6 KB of the
 * initial load's source is whitespace that no minifier removes from a template literal. Line
 * breaks stay, so the source maps of the code after a template still point at the right lines.
 */
function minifyCssTemplates(): Plugin {
  const squeeze = (css: string) =>
    css
      .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
      .map((part, i) =>
        i % 2
          ? part
          : part
              .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
              .replace(/[ \t]+/g, ' ')
              .replace(/ ?\n[\n ]*/g, (breaks) => breaks.replace(/ /g, ''))
              .replace(/ *([{};,]) */g, '$1'),
      )
      .join('');
  return {
    name: 'scorecard-kit-minify-css-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_m, body: string) => {
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((p, i) => (i % 2 ? p : squeeze(p))).join('')}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Leaves out what ECharts' core registers for every page but the kit never uses: the built-in
 * dark theme (the kit themes its charts from its own tokens, `init(el, null)`), the Chinese
 * strings (the kit writes every text itself; ECharts' words would only show in its toolbox,
 * which is not included: English stands in) and the loading spinner (the elements show their
 * own loading state; `showLoading()` then does nothing, as for an unknown effect). 2.4 KB gzip
 * of the chart chunk. Library build only: the dev server and Storybook keep ECharts whole.
 */
function echartsUnused(): Plugin {
  const stubs: [RegExp, string][] = [
    [/echarts\/lib\/theme\/dark\.js$/, 'export default {};'],
    [/echarts\/lib\/i18n\/langZH\.js$/, "export { default } from './langEN.js';"],
    [/echarts\/lib\/loading\/default\.js$/, 'export default undefined;'],
  ];
  return {
    name: 'scorecard-kit-echarts-unused',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0]!.replaceAll('\\', '/');
      return stubs.find(([re]) => re.test(path))?.[1] ?? null;
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
/**
 * Two library builds into one dist/ (`npm run build` runs both):
 * - the per-element entry points (`vite build`): each loads only its element, sharing
 *   chunks with the others on a page that uses several;
 * - the whole kit (`vite build --mode kit`): dist/scorecard-kit.js in one file, static code
 *   inlined. Split into the per-element chunks it would be ten files and 4.7 KB gzip more
 *   (every file compressed alone), and a level of requests deeper.
 * Both copies define elements through `defineElement`, which keeps the first definition, so
 * a page that loads both works. The lazy chunks (ECharts, its trend controller, the PNG
 * painter) are emitted by each build; ECharts' own chunk is the same file in both.
 */
export default defineConfig(({ mode }) => ({
  // ECharts reads process.env.NODE_ENV; a plain page has no `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [jsonSchemas(), hoistTransitiveImports(), echartsUnused(), minifyCssTemplates()],
  // Pre-bundle the lazily imported ECharts parts too, so the dev server does not
  // discover them on first draw and reload the demo page.
  optimizeDeps: {
    entries: ['demo/*.html'],
    include: ['lit', 'lit/decorators.js', 'zod/mini', 'echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers'],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    // The kit build runs second and adds to the elements' build.
    emptyOutDir: mode !== 'kit',
    sourcemap: true,
    lib: {
      entry:
        mode === 'kit'
          ? ({ 'scorecard-kit': 'src/index.ts' } as Record<string, string>)
          : {
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
        // The Trusted Types guard (src/internal/trusted-types.ts) must run before lit creates its
        // policy. In one chunk with lit, it comes first there (it is imported first); a chunk of
        // its own could be evaluated after lit's.
        codeSplitting: {
          groups: [
            {
              name: 'lit',
              test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]|src[\\/]internal[\\/]trusted-types\.ts$/,
              priority: 100,
            },
          ],
        },
        // V8's explicit compile hint: compile every function of the file eagerly, on a
        // background thread while the file streams in, rather than lazily on the main thread
        // at its first call. Nearly all of the kit's code runs as soon as it loads (the
        // elements render, and the ECharts chunk is only loaded to draw), so lazy compilation
        // only puts that work on the main thread in the middle of the first render and draw.
        // After minification, at the top of every file (where V8 looks for it).
        postBanner: '//# allFunctionsCalledOnLoad',
      },
    },
  },
}));
