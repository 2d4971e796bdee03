import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// `npx vite build --config demo/recipes/react/vite.config.mjs` (npm test does it).
// Vite's own JSX transform is enough for a build; @vitejs/plugin-react only adds Fast Refresh.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
});
