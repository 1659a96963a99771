/**
 * The entry plain Node takes for `curricula/pages` (dist/pages.js and
 * dist/pages.cjs): the pages of src/pages/index.ts, with date-holidays (the
 * calendar view's holidays) loaded on first use from the package's
 * node_modules, as the main entry does (src/node.ts).
 *
 * @example
 * ```ts
 * import { toHandbook } from 'curricula/pages';
 * ```
 */
import { resolveModulesFrom } from './core/lazy-require.js';

resolveModulesFrom(import.meta.url);

export * from './pages/index.js';
