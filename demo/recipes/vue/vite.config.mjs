import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// `npx vite build --config demo/recipes/vue/vite.config.mjs` (npm test does it).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  plugins: [
    vue({
      // Tags with a dash that the kit defines are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => ['kpi-scorecard', 'funnel-planner', 'rolling-trend', 'lead-source-breakdown'].includes(tag) } },
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
});
