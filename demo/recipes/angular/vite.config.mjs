import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import ts from 'typescript';
import { transformAsync } from '@babel/core';
import { NgtscProgram, formatDiagnostics, readConfiguration } from '@angular/compiler-cli';
import angularLinker from '@angular/compiler-cli/linker/babel';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Ahead-of-time compilation with Angular's own compiler (ngtsc), as `ng build`
 * does: templates are compiled and type-checked (strictTemplates) at build time,
 * Angular's own packages (published partially compiled) are finished by its
 * linker, and no compiler ships to the browser. An Angular CLI project needs none
 * of this: its builder does the same.
 */
function angularAot(tsconfig) {
  const emitted = new Map();
  return {
    name: 'angular-aot',
    enforce: 'pre',
    buildStart() {
      emitted.clear();
      const { options, rootNames, errors } = readConfiguration(tsconfig);
      if (errors.length) this.error(formatDiagnostics(errors));
      const host = ts.createCompilerHost(options);
      host.writeFile = (fileName, text, _bom, _onError, sources) => {
        if (fileName.endsWith('.js')) for (const source of sources ?? []) emitted.set(resolve(source.fileName), text);
      };
      const program = new NgtscProgram(rootNames, options, host);
      const diagnostics = [
        ...program.getTsOptionDiagnostics(),
        ...program.getNgOptionDiagnostics(),
        ...program.getTsSyntacticDiagnostics(),
        ...program.getTsSemanticDiagnostics(),
        ...program.getNgStructuralDiagnostics(),
        ...program.getNgSemanticDiagnostics(),
      ];
      if (diagnostics.length) this.error(formatDiagnostics(diagnostics));
      program.emit();
    },
    load(id) {
      return emitted.get(resolve(id.split('?')[0]));
    },
    async transform(code, id) {
      if (!id.includes('/node_modules/@angular/') || !code.includes('\u0275\u0275ngDeclare')) return null;
      const linked = await transformAsync(code, {
        filename: id,
        configFile: false,
        babelrc: false,
        compact: false,
        sourceMaps: true,
        plugins: [angularLinker],
      });
      return linked && { code: linked.code ?? code, map: linked.map };
    },
  };
}

// `npx vite build --config demo/recipes/angular/vite.config.mjs` (npm test does it).
export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  plugins: [angularAot(resolve(here, 'tsconfig.json'))],
  // What `ng build` sets for production: drops Angular's dev-mode checks and JIT support.
  define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // The compiler and linker are slow by nature: no timing report on every build.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
});
