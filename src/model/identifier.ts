import * as z from 'zod';

/**
 * An identifier (Kennung) for programs, modules, target groups, tracks,
 * activities and sessions: letters, digits, `.`, `_`, `-`, starting with a
 * letter or digit, so it is safe in file names, URLs and ICS UIDs.
 *
 * @example
 * ```ts
 * import { identifierSchema } from 'curricula';
 * identifierSchema.parse('einstieg'); // 'einstieg'
 * ```
 */
export const identifierSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    error: 'schema/format#identifier',
  })
  .max(200)
  .meta({ id: 'Identifier', description: 'Letters, digits, ".", "_" and "-", starting with a letter or digit.' });

/**
 * An identifier (see {@link identifierSchema}).
 *
 * @example
 * ```ts
 * import type { Identifier } from 'curricula';
 * const id: Identifier = 'einstieg';
 * ```
 */
export type Identifier = z.output<typeof identifierSchema>;
