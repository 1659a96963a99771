import * as z from 'zod';

/**
 * A range of clock hours of workload per ECTS credit (Arbeitsaufwand je
 * Leistungspunkt): `min` and `max` greater than 0, `min` not above `max`.
 * The one check of such a range, for `validate()`'s options, the config
 * file and planning.
 *
 * @example
 * ```ts
 * import { creditHoursSchema } from 'curricula';
 * creditHoursSchema.safeParse({ min: 25, max: 30 }).success; // true
 * creditHoursSchema.safeParse({ min: 30, max: 25 }).success; // false
 * ```
 */
export const creditHoursSchema = z
  .object({ min: z.number().positive(), max: z.number().positive() })
  .refine((hours) => hours.min <= hours.max, { error: 'schema/value#minAboveMax', path: ['max'] })
  .meta({ id: 'CreditHours', description: 'Clock hours of workload per ECTS credit, { min, max } with 0 < min <= max.' });

/**
 * A range of clock hours per ECTS credit (see {@link creditHoursSchema}).
 *
 * @example
 * ```ts
 * import type { CreditHours } from 'curricula';
 * const hours: CreditHours = { min: 25, max: 30 };
 * ```
 */
export type CreditHours = z.output<typeof creditHoursSchema>;
