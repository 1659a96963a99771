/**
 * The entry that bundlers take (dist/bundler.js, under the `module` and
 * `browser` export conditions, which esbuild, Vite, webpack and Rollup
 * apply and Node ignores): the same public API as src/index.ts, with the
 * optional dependencies imported statically, so that every bundler
 * includes them and the bundle needs no node_modules, in a browser or in a
 * single-file Node app. Plain Node takes dist/index.js, which loads them on
 * first use instead (src/core/lazy-require.ts).
 *
 * @example
 * ```ts
 * // An app bundled by esbuild, Vite or webpack gets this entry from:
 * import { parseDocument, plan, toIcs } from 'curricula';
 * ```
 */
import Holidays from 'date-holidays';
import * as jsYaml from 'js-yaml';
import * as yaml from 'yaml';
import { provideModule } from './core/lazy-require.js';
import { de, dePages } from './messages/de.js';
import { en, enPages } from './messages/en.js';
import { CATALOG_MODULES } from './messages/catalogs.js';
import { BUILTIN_PROFILES } from './recognition/builtin.js';
import { profiles } from './recognition/profile-data.js';

provideModule('yaml', () => yaml);
provideModule('js-yaml', () => jsYaml);
provideModule('date-holidays', () => Holidays);
provideModule(CATALOG_MODULES.en, () => ({ en, enPages }));
provideModule(CATALOG_MODULES.de, () => ({ de, dePages }));
provideModule(BUILTIN_PROFILES, () => ({ profiles }));

export * from './index.js';
