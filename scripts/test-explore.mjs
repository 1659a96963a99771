// `npm run test:explore`: the large property and fuzz runs. It runs every
// test file with a property (fc.assert) or a count from tests/setup/runs.ts,
// with the explore counts (CURRICULA_EXPLORE=1: numRuns(test, explore) gives
// the second; properties without a count try 1,000 instead of fast-check's
// 100). The seed is the fixed one of npm test, so CI
// is repeatable; `FC_SEED=random npm run test:explore` picks a fresh seed for
// the whole run and prints it, and `FC_SEED=<seed> npm run test:explore`
// repeats it. Extra arguments go to vitest (e.g. a file name).
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Test files with properties or counts to explore. */
function exploringFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return exploringFiles(path);
    if (!entry.name.endsWith('.test.ts')) return [];
    const text = readFileSync(path, 'utf8');
    return /\bfc\.(?:assert|check)\(|from '(?:\.\.\/)+setup\/runs\.js'/.test(text) ? [relative(root, path)] : [];
  });
}

let seed = process.env.FC_SEED;
if (seed === 'random') {
  seed = String(randomInt(1, 2 ** 31 - 1));
  console.log(`test:explore: random seed ${seed}; repeat with FC_SEED=${seed} npm run test:explore`);
} else if (seed !== undefined && seed !== '' && !Number.isSafeInteger(Number(seed))) {
  console.error(`test:explore: FC_SEED must be an integer or "random", got "${seed}"`);
  process.exit(2);
} else {
  console.log(`test:explore: seed ${seed || 'fixed (tests/setup/fast-check.ts)'}; a fresh one with FC_SEED=random npm run test:explore`);
}

const args = process.argv.slice(2);
const files = args.some((a) => !a.startsWith('-')) ? [] : exploringFiles(join(root, 'tests'));
// vitest exports no bin path; its package.json names it.
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const { status } = spawnSync(
  process.execPath,
  // Large runs take minutes where npm test allows seconds.
  [vitest, 'run', '--testTimeout=600000', '--hookTimeout=600000', ...files, ...args],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CURRICULA_EXPLORE: '1', ...(seed ? { FC_SEED: seed } : {}) } },
);
process.exit(status ?? 1);
