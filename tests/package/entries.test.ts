import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './consumer.js';

interface Target {
  types?: string;
  default?: string;
  import?: Target;
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  module: string;
  sideEffects: string[] | boolean;
  exports: { '.': Record<'module' | 'browser' | 'import' | 'require', Target>; './pages': Record<'module' | 'browser' | 'import' | 'require', Target> };
};
const main = pkg.exports['.'];
const pages = pkg.exports['./pages'];

it('sends bundlers to the bundler entry and Node to the lazy builds', () => {
  // The first matching key wins: `module` and `browser` must come before `import` and `require`.
  expect(Object.keys(main)).toEqual(['module', 'browser', 'import', 'require']);
  expect(main.module.default).toBe('./dist/bundler.js');
  expect(main.browser.import?.default).toBe('./dist/bundler.js');
  expect(pkg.module).toBe('./dist/bundler.js');
  expect(main.import.default).toBe('./dist/index.js');
  expect(main.require.default).toBe('./dist/index.cjs');
});

it('gives curricula/pages the same conditions, with its own builds and types', () => {
  expect(Object.keys(pages)).toEqual(['module', 'browser', 'import', 'require']);
  expect(pages.module.default).toBe('./dist/pages-bundler.js');
  expect(pages.browser.import?.default).toBe('./dist/pages-bundler.js');
  expect(pages.import.default).toBe('./dist/pages.js');
  expect(pages.require.default).toBe('./dist/pages.cjs');
  expect(pages.require.types).toBe('./dist/pages.d.cts');
});

// Each entry registers its loaders at the top level (src/bundler.ts, src/node.ts). Under
// `sideEffects: false`, webpack keeps the re-exports and drops those calls (seen with webpack
// 5.113: the holiday calendar was then missing in the browser), so the entries are named here.
it('declares the entries as having side effects, and nothing else', () => {
  expect(pkg.sideEffects).toEqual([
    './dist/index.js',
    './dist/index.cjs',
    './dist/bundler.js',
    './src/node.ts',
    './src/bundler.ts',
    './dist/pages.js',
    './dist/pages.cjs',
    './dist/pages-bundler.js',
    './src/pages-node.ts',
    './src/pages-bundler.ts',
  ]);
  const targets = [main, pages].flatMap((entry) => [entry.module.default, entry.browser.import?.default, entry.import.default, entry.require.default]);
  for (const target of targets) expect(pkg.sideEffects).toContain(target);
});
