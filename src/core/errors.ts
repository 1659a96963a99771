/**
 * Thrown only for programmer errors: calling the API against its contract
 * (for example asking for the minutes of an amount that a successful parse
 * would have rejected). User input never throws; it yields diagnostics.
 *
 * @example
 * ```ts
 * import { CurriculaUsageError } from 'curricula';
 * try { minutesOf('abc', 'UE'); } catch (e) { if (e instanceof CurriculaUsageError) console.error(e.message); }
 * ```
 */
export class CurriculaUsageError extends Error {
  override readonly name = 'CurriculaUsageError';
}

/**
 * Thrown when a dependency that curricula loads on first use (`yaml`,
 * js-yaml, date-holidays) cannot be loaded where it runs: a bundle made
 * without the `module` export condition, or a Node app whose dependencies
 * are not installed beside it. Neither input nor API use is wrong, the
 * setup is, and no result would be right without the dependency; the
 * message says what to change.
 *
 * @example
 * ```ts
 * import { CurriculaDependencyError, plan } from 'curricula';
 * try { plan(program, { start: '2027-01-04', state: 'BW' }); }
 * catch (e) { if (e instanceof CurriculaDependencyError) console.error(e.message); else throw e; }
 * ```
 */
export class CurriculaDependencyError extends Error {
  override readonly name = 'CurriculaDependencyError';
}
