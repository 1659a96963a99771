import { provideModule, resolveModulesFrom } from '../../src/core/lazy-require.js';
import { CATALOG_MODULES } from '../../src/messages/catalogs.js';
import { de, dePages } from '../../src/messages/de.js';
import { en, enPages } from '../../src/messages/en.js';
import { BUILTIN_PROFILES } from '../../src/recognition/builtin.js';
import { profiles } from '../../src/recognition/profile-data.js';

// Tests import the library's modules directly, not through its Node entry
// (src/node.ts), so they say here what that entry says: optional
// dependencies (yaml, js-yaml, date-holidays) load on first use from the
// repository's node_modules. The message catalogs and the recognition
// profiles, which the built Node entry reads from dist/ on first use, come
// from the sources, as the bundler entry (src/bundler.ts) gives them;
// tests/package/lazy-data.test.ts checks the built entries' way.
resolveModulesFrom(import.meta.url);
provideModule(CATALOG_MODULES.en, () => ({ en, enPages }));
provideModule(CATALOG_MODULES.de, () => ({ de, dePages }));
provideModule(BUILTIN_PROFILES, () => ({ profiles }));
