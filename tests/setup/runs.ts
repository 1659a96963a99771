// How many inputs a property or fuzz test tries. `npm test` gates every
// change on a busy 2-core machine, so its runs are small: each test well
// under a third of its timeout. `npm run test:explore` sets
// CURRICULA_EXPLORE=1 and runs the files that import this module with
// their large counts (scripts/test-explore.mjs). Both use the fixed seed
// of tests/setup/fast-check.ts unless FC_SEED says otherwise.
//
//   fc.assert(fc.property(...), { numRuns: numRuns(200, 5_000) });

/** Whether this is `npm run test:explore` (large runs) rather than `npm test`. */
export const exploring = process.env.CURRICULA_EXPLORE === '1';

/**
 * The number of runs of a property: `test` in `npm test`, `explore` in
 * `npm run test:explore`. Size `test` so the test stays well under a
 * third of its timeout with the other core busy; `explore` is where the
 * large counts go.
 */
export function numRuns(test: number, explore: number): number {
  if (!(Number.isSafeInteger(test) && Number.isSafeInteger(explore) && test > 0 && explore >= test)) {
    throw new Error(`numRuns(${test}, ${explore}): expected whole counts with 0 < test <= explore`);
  }
  return exploring ? explore : test;
}

/**
 * The seed for a property that pins its own: FC_SEED when given (an
 * integer; test:explore turns FC_SEED=random into one and prints it), else
 * `fixed`.
 */
export function seedOr(fixed: number): number {
  const requested = process.env.FC_SEED;
  if (requested === undefined || requested === '' || requested === 'random') return fixed;
  return Number(requested);
}
