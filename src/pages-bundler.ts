/**
 * The entry bundlers take for `curricula/pages` (dist/pages-bundler.js,
 * under the `module` and `browser` conditions): the pages with
 * date-holidays imported statically, so a bundle that shows a calendar
 * needs no node_modules (as src/bundler.ts does for the main entry).
 *
 * @example
 * ```ts
 * // An app bundled by esbuild, Vite or webpack gets this entry from:
 * import { toCalendar } from 'curricula/pages';
 * ```
 */
import Holidays from 'date-holidays';
import { provideModule } from './core/lazy-require.js';
import { de, dePages } from './messages/de.js';
import { en, enPages } from './messages/en.js';
import { CATALOG_MODULES } from './messages/catalogs.js';
import { BUILTIN_PROFILES } from './recognition/builtin.js';
import { profiles } from './recognition/profile-data.js';

provideModule('date-holidays', () => Holidays);
provideModule(CATALOG_MODULES.en, () => ({ en, enPages }));
provideModule(CATALOG_MODULES.de, () => ({ de, dePages }));
provideModule(BUILTIN_PROFILES, () => ({ profiles }));

export * from './pages/index.js';
