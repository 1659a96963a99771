import * as z from 'zod';
import { identifierSchema } from './identifier.js';

/**
 * Who a program is for (Zielgruppe).
 *
 * @example
 * ```ts
 * import { targetGroupSchema } from 'curricula';
 * targetGroupSchema.parse({ id: 'fachkraefte', title: 'Mitarbeitende sozialer Einrichtungen' });
 * ```
 */
export const targetGroupSchema = z
  .strictObject({
    id: identifierSchema,
    title: z.string().min(1),
    description: z.string().optional(),
  })
  .meta({ id: 'TargetGroup' });

/**
 * A target group (see {@link targetGroupSchema}).
 *
 * @example
 * ```ts
 * import type { TargetGroup } from 'curricula';
 * const g: TargetGroup = { id: 'koordination', title: 'Netzwerkkoordinator*innen' };
 * ```
 */
export type TargetGroup = z.output<typeof targetGroupSchema>;
