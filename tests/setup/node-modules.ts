import { resolveModulesFrom } from '../../src/core/lazy-require.js';

// Tests import the library's modules directly, not through its Node entry
// (src/node.ts), so they say here what that entry says: optional
// dependencies (yaml, js-yaml, date-holidays) load on first use from the
// repository's node_modules.
resolveModulesFrom(import.meta.url);
