import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: false,
    target: 'node20',
    // Only warnings and errors: `npm start` should show the job, not the build.
    silent: true,
    splitting: true,
    treeshake: true,
    // import.meta.url (lazy createRequire of date-holidays) must work in the CJS build too.
    shims: true,
  },
  {
    // The `curricula` command: one minified CJS file with its dependencies inside, so `validate`
    // starts at ~1.75x `node -e 0` instead of ~4x resolving node_modules. date-holidays stays
    // external: it is large and only `plan` needs it, required lazily.
    entry: { cli: 'src/cli/main.ts' },
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
    external: ['date-holidays'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
