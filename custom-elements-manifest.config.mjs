// `cem analyze` reads the elements' JSDoc (@summary @attr @event @csspart @cssprop @slot)
// and Lit decorators, and writes custom-elements.json for Storybook and editors.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/core/**', 'src/**/strings.ts', 'src/**/*.styles.ts', 'src/**/chart-option.ts', 'src/**/chart.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
