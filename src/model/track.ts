import * as z from 'zod';
import { amountSchema } from './amount.js';
import { identifierSchema } from './identifier.js';

/**
 * A track (Zweig, Ausrichtung): one design run in a variant for particular
 * target groups, e.g. network management for leaders and network
 * coordination for practitioners. `modules` lists the modules the track
 * includes; without it, a track includes every module.
 *
 * @example
 * ```ts
 * import { trackSchema } from 'curricula';
 * trackSchema.parse({ id: 'management', title: 'Netzwerkmanagement', targetGroups: ['fuehrung'] });
 * ```
 */
export const trackSchema = z
  .strictObject({
    id: identifierSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    targetGroups: z.array(identifierSchema).optional(),
    modules: z.array(identifierSchema).optional(),
    hours: amountSchema.optional(),
  })
  .meta({ id: 'Track' });

/**
 * A track (see {@link trackSchema}).
 *
 * @example
 * ```ts
 * import type { Track } from 'curricula';
 * const t: Track = { id: 'koordination', title: 'Netzwerkkoordination' };
 * ```
 */
export type Track = z.output<typeof trackSchema>;
