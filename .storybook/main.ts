import type { StorybookConfig } from '@storybook/web-components-vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The JSON Schemas are published with the docs when the library has been built (CI builds first).
const schemas = fileURLToPath(new URL('../dist/schemas', import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The demo's JSON fixtures, for stories that load data from `src`.
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    ...(existsSync(schemas) ? [{ from: '../dist/schemas', to: '/schemas' }] : []),
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
