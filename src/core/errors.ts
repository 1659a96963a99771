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
