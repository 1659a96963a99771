import { defineConfig } from 'tsup';
import { pureAnnotations } from './scripts/pure-annotations.js';

const library = {
  clean: false,
  sourcemap: false,
  target: 'node20',
  // Only warnings and errors: `npm start` should show the job, not the build.
  silent: true,
  treeshake: true,
  // Module-level code marked free of side effects, so bundlers can drop what an app does not
  // import from the flattened chunk (scripts/pure-annotations.ts).
  esbuildPlugins: [pureAnnotations()],
};

export default defineConfig([
  {
    // ESM: dist/index.js for Node (src/node.ts: optional dependencies loaded on first use) and
    // dist/bundler.js for bundlers (src/bundler.ts, the `module` and `browser` export conditions:
    // the same API with yaml, js-yaml and date-holidays imported statically). Split, so both share
    // one copy of the library code. Types come from src/index.ts, the public API, for both.
    ...library,
    entry: { index: 'src/node.ts', bundler: 'src/bundler.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    splitting: true,
  },
  {
    // curricula/pages: dist/pages.js for Node and dist/pages-bundler.js for bundlers, built on their
    // own so that the main entry's files and chunks are exactly what they are without the pages.
    ...library,
    entry: { pages: 'src/pages-node.ts', 'pages-bundler': 'src/pages-bundler.ts' },
    format: ['esm'],
    dts: { entry: { pages: 'src/pages/index.ts' } },
    splitting: true,
  },
  {
    ...library,
    // curricula/pages (dist/pages.cjs) is its own file: the main entry never carries the pages.
    // dist/messages-en.cjs, messages-de.cjs and recognition-profiles.cjs: data the Node entries (ESM and CJS)
    // require on first use (src/messages/catalogs.ts, src/recognition/builtin.ts).
    entry: {
      index: 'src/node.ts',
      pages: 'src/pages-node.ts',
      'messages-en': 'src/messages/en.ts',
      'messages-de': 'src/messages/de.ts',
      'recognition-profiles': 'src/recognition/profile-data.ts',
    },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts', pages: 'src/pages/index.ts' } },
    splitting: false,
    // import.meta.url (src/node.ts: where lazy requires resolve from) must work in the CJS build too.
    shims: true,
  },
  {
    // The `curricula` command: one minified CJS file with its dependencies inside, so `validate`
    // starts at ~1.75x `node -e 0` instead of ~4x resolving node_modules. date-holidays stays
    // external: it is large and only `plan` needs it, required on first use (src/cli/main.ts).
    // cli-yaml.cjs and cli-js-yaml.cjs: the YAML parsers in files of their own, required on first
    // use (src/cli/main.ts), like the message catalogs and profiles of the library's CJS build.
    // dist/cli.cjs (src/cli/launch.ts) runs dist/cli-run.cjs with V8's code cache.
    entry: { cli: 'src/cli/launch.ts', 'cli-run': 'src/cli/main.ts', 'cli-yaml': 'src/cli/vendor/yaml.cjs', 'cli-js-yaml': 'src/cli/vendor/js-yaml.cjs' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    platform: 'node',
    target: 'node20',
    silent: true,
    dts: false,
    clean: false,
    sourcemap: false,
    splitting: false,
    treeshake: true,
    minify: true,
    shims: true,
    noExternal: ['zod', 'yaml', 'js-yaml', 'ts-pattern', '@date-fns/tz'],
    esbuildPlugins: [pureAnnotations()],
    external: ['date-holidays'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
