import { CurriculaUsageError } from '../core/errors.js';
import type { Program } from '../model/program.js';

/**
 * Makes sure an export got the program its offering runs: session titles,
 * module titles and hours come from it, and without it an export could
 * only write ids (`SUMMARY:juleica: rolle`). A caller that leaves it out
 * (a plain JavaScript call; the types require it) gets a
 * {@link CurriculaUsageError} that says what is missing.
 *
 * @example
 * ```ts
 * requireProgram('toIcs', program); // passes
 * requireProgram('toIcs', undefined); // throws: toIcs needs the program the offering runs …
 * ```
 */
export function requireProgram(fn: string, program: unknown): asserts program is Program {
  if (program !== null && typeof program === 'object' && (program as { kind?: unknown }).kind === 'program') return;
  throw new CurriculaUsageError(
    `${fn} needs the program the offering runs as its second argument, for session and module titles and hours ` +
      `(got ${program === undefined ? 'undefined' : program === null ? 'null' : typeof program === 'object' ? 'an object that is not a program' : typeof program}); ` +
      'parse it with parseProgram and pass result.value',
  );
}
