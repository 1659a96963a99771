// Runs the property and fuzz tests with fresh random seeds (npm test pins one seed).
// Usage: npm run test:explore [-- vitest args]; repeat a failure with FC_SEED=<seed> npx vitest run <file>.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// vitest exports no bin path; its package.json names it.
const manifest = createRequire(import.meta.url).resolve('vitest/package.json');
const vitest = join(dirname(manifest), 'vitest.mjs');
const args = process.argv.slice(2);
const { status } = spawnSync(process.execPath, [vitest, 'run', ...args], {
  stdio: 'inherit',
  env: { ...process.env, FC_SEED: 'random' },
});
process.exit(status ?? 1);
