/**
 * The entry plain Node takes (dist/index.js and dist/index.cjs, under the
 * `import` and `require` export conditions): the public API of
 * src/index.ts, with the optional dependencies (`yaml`, js-yaml,
 * date-holidays) loaded on first use from the package's node_modules, so
 * that importing curricula does not pay for the ones a run never needs.
 * Bundlers take src/bundler.ts instead.
 *
 * @example
 * ```ts
 * // node app.mjs, with curricula installed:
 * import { parseDocument } from 'curricula';
 * ```
 */
import { resolveModulesFrom } from './core/lazy-require.js';

resolveModulesFrom(import.meta.url);

export * from './index.js';
