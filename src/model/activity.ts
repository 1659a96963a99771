import * as z from 'zod';
import { amountSchema } from './amount.js';
import { identifierSchema } from './identifier.js';

/**
 * A size range such as "1 to 2"; a bare number means exactly that many.
 *
 * @example
 * ```ts
 * import { countRangeSchema } from 'curricula';
 * countRangeSchema.parse({ min: 1, max: 2 });
 * ```
 */
export const countRangeSchema = z
  .union([
    z.int().nonnegative(),
    z
      .strictObject({ min: z.int().nonnegative(), max: z.int().nonnegative() })
      .refine((r) => r.min <= r.max, { error: 'schema/value#minAboveMax', path: ['max'] }),
  ])
  .meta({ id: 'CountRange', description: 'A whole number, or { min, max }.' });

/**
 * A count or a range (see {@link countRangeSchema}).
 *
 * @example
 * ```ts
 * import type { CountRange } from 'curricula';
 * const followUps: CountRange = { min: 1, max: 2 };
 * ```
 */
export type CountRange = z.output<typeof countRangeSchema>;

/**
 * Program-wide work that is not a module (Praxisaufgabe, Impulsreferat,
 * kollegiale Beratung): practice tasks, short talks prepared in pairs
 * (`groupSize: 2`).
 *
 * @example
 * ```ts
 * import { activitySchema } from 'curricula';
 * activitySchema.parse({ id: 'impulsreferate', title: 'Impulsreferate', groupSize: 2 });
 * ```
 */
export const activitySchema = z
  .strictObject({
    id: identifierSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    groupSize: countRangeSchema.optional(),
    hours: amountSchema.optional(),
    optional: z.boolean().optional(),
  })
  .meta({ id: 'Activity' });

/**
 * An activity (see {@link activitySchema}).
 *
 * @example
 * ```ts
 * import type { Activity } from 'curricula';
 * const a: Activity = { id: 'praxisaufgaben', title: 'Praxisaufgaben' };
 * ```
 */
export type Activity = z.output<typeof activitySchema>;
