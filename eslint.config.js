import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'test/bench/.out/', 'demo/recipes/**/dist/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // TypeScript checks names in .ts; the .mjs scripts run in Node and browsers alike.
      'no-undef': 'off',
    },
  },
  {
    // The kit itself: text from the data is never HTML; only the ECharts parts used; zod/mini.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data is shown as text: use a lit template.' },
        { property: 'outerHTML', message: 'Data is shown as text: use a lit template.' },
        { property: 'insertAdjacentHTML', message: 'Data is shown as text: use a lit template.' },
      ],
      'no-restricted-imports': [
        'error',
        { name: 'echarts', message: "Import from 'echarts/core' and register only the parts used." },
        { name: 'lit/directives/unsafe-html.js', message: 'Data is shown as text, never HTML.' },
        { name: 'zod', message: "Use 'zod/mini': the smallest form, with our own messages." },
      ],
    },
  },
  {
    // chai's `expect(x).to.be.true` style
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
