// How hard the property tests push. `npm test` gates every landing on a busy 2-core machine, so its
// runs are sized for each test to finish in a few seconds there; `npm run test:explore` sets
// CURRICULA_TEST_SCALE=explore (next to a random seed) and runs them large, to look for new inputs.
const explore = process.env.CURRICULA_TEST_SCALE === 'explore';

/**
 * The number of runs (or inputs) for a property test: `small` in `npm test`, `large` in
 * `npm run test:explore`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(fc.json(), check), { numRuns: runs(300, 20_000) });
 * ```
 */
export function runs(small: number, large: number): number {
  return explore ? large : small;
}
