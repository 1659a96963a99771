import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// date-holidays carries every country's rules; validating a program (or an
// offering without dated sessions) must not pay for it. An offering with dates
// needs it even without a state: nationwide holidays are checked then.
// Checked in a fresh process, where the module cache is empty.
it('loads date-holidays only when an offering with dates is validated', () => {
  // Inside node_modules so that the bundle's bare imports (yaml, zod, …) resolve.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'curricula-lazy-'));
  try {
    const entry = join(dir, 'entry.mjs');
    buildSync({
      stdin: {
        contents: `
          import { createRequire } from 'node:module';
          import { parseDocument, validate } from './src/node.ts';
          // The catalogs come from the sources: the built entry reads them from dist/ (tests/package/lazy-data.test.ts).
          import { provideModule } from './src/core/lazy-require.ts';
          import { CATALOG_MODULES } from './src/messages/catalogs.ts';
          import { en, enPages } from './src/messages/en.ts';
          provideModule(CATALOG_MODULES.en, () => ({ en, enPages }));
          const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('date-holidays'));
          const out = [loaded()];
          validate(parseDocument('kind: program\\nid: p\\ntitle: P\\n'));
          validate(parseDocument('kind: offering\\nid: o\\nprogram: p\\nsessions:\\n  - time: 09:30-12:30\\n'));
          out.push(loaded());
          validate(parseDocument('kind: offering\\nid: o\\nprogram: p\\nsessions:\\n  - date: 2027-01-06\\n'));
          out.push(loaded());
          validate(parseDocument('kind: offering\\nid: o\\nprogram: p\\nstate: BW\\nsessions:\\n  - date: 2027-01-06\\n'));
          out.push(loaded());
          console.log(JSON.stringify(out));
        `,
        resolveDir: ROOT,
        sourcefile: 'entry.ts',
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: entry,
      logLevel: 'silent',
    });
    const run = spawnSync(process.execPath, [entry], { cwd: ROOT, encoding: 'utf8'});
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([false, false, true, true]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
