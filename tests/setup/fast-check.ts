import fc from 'fast-check';
import { exploring } from './runs.js';

// Property runs are reproducible: one fixed seed, in `npm test` and in
// `npm run test:explore` alike, unless FC_SEED says otherwise. `FC_SEED=random
// npm run test:explore` picks one seed for the whole run and prints it
// (scripts/test-explore.mjs); FC_SEED=<seed> repeats it. Given directly to
// vitest, FC_SEED=random leaves the seed to fast-check, which prints it with
// any failure.
const requested = process.env.FC_SEED;
// Properties without a count of their own (fast-check's 100) try ten times as many in test:explore.
const numRuns = exploring ? 1_000 : 100;
if (requested !== 'random') {
  const seed = requested === undefined || requested === '' ? 20261126 : Number(requested);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got "${requested}"`);
  fc.configureGlobal({ seed, numRuns });
} else fc.configureGlobal({ numRuns });
