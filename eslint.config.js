import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', globalThis: 'readonly',
      },
    },
    rules: {
      // Text from the data is never HTML.
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
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // chai's `expect(x).to.be.true` style
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
