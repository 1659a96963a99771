// Runs the property and fuzz tests with fresh random seeds (npm test pins one seed) and large
// run counts (CURRICULA_TEST_SCALE=explore, read by tests/setup/scale.ts).
// Usage: npm run test:explore [-- vitest args]; repeat a failure with
// FC_SEED=<seed> CURRICULA_TEST_SCALE=explore npx vitest run <file>.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// vitest exports no bin path; its package.json names it.
const manifest = createRequire(import.meta.url).resolve('vitest/package.json');
const vitest = join(dirname(manifest), 'vitest.mjs');
const args = process.argv.slice(2);
// Large runs take minutes where npm test's take seconds: no per-test timeout (hangs are the fuzz test's own check).
const { status } = spawnSync(process.execPath, [vitest, 'run', '--testTimeout=0', ...args], {
  stdio: 'inherit',
  env: { ...process.env, FC_SEED: 'random', CURRICULA_TEST_SCALE: 'explore' },
});
process.exit(status ?? 1);
