import * as z from 'zod';
import { recognitionClaimSchema } from './recognition-claim.js';
import { activitySchema } from './activity.js';
import { admissionSchema } from './admission.js';
import { amountSchema } from './amount.js';
import { deliveryModeSchema } from './delivery-mode.js';
import { identifierSchema } from './identifier.js';
import { moduleSchema } from './module.js';
import { contactSchema, providerSchema } from './party.js';
import { targetGroupSchema } from './target-group.js';
import { certificateSchema, costSchema, creditsSchema, participantsSchema } from './terms.js';
import { timeUnitSchema } from './time-unit.js';
import { trackSchema } from './track.js';

export { timeUnitSchema };

/**
 * A reusable curriculum design (Weiterbildung, Fortbildung, Lehrgang,
 * Qualifizierungsprogramm): modules with hour budgets, target groups,
 * tracks, admission, activities.
 *
 * `expectations` are what participants should bring without it being a
 * condition of admission ("Günstig wäre, wenn …").
 *
 * `hours` is the declared total; the validator checks it against the exact
 * sum of the required modules. `moduleCount` records "in 11 modules" when
 * the modules themselves are not listed.
 *
 * @example
 * ```ts
 * import { programSchema } from 'curricula';
 * const p = programSchema.parse({ kind: 'program', id: 'x', title: 'X', modules: [] });
 * p.unit; // 'UE'
 * ```
 */
export const programSchema = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('program'),
    id: identifierSchema,
    title: z.string().min(1),
    subtitle: z.string().optional(),
    description: z.string().optional(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'schema/format#language' }).default('de'),
    unit: timeUnitSchema.default('UE'),
    hours: amountSchema.optional(),
    credits: creditsSchema.optional(),
    year: z.int().min(1900).max(2200).optional(),
    region: z.string().optional(),
    context: z.string().optional(),
    goals: z.array(z.string().min(1)).optional(),
    targetGroups: z.array(targetGroupSchema).optional(),
    tracks: z.array(trackSchema).optional(),
    admission: admissionSchema.optional(),
    expectations: z.array(z.string().min(1)).optional(),
    modules: z.array(moduleSchema).default([]),
    moduleCount: z.int().positive().optional(),
    activities: z.array(activitySchema).optional(),
    modes: z.array(deliveryModeSchema).optional(),
    participants: participantsSchema.optional(),
    cost: costSchema.optional(),
    certificate: certificateSchema.optional(),
    recognitions: z.array(recognitionClaimSchema).optional(),
    provider: providerSchema.optional(),
    designer: providerSchema.optional(),
    contact: contactSchema.optional(),
    url: z.string().optional(),
  })
  .meta({ id: 'Program', title: 'curricula program', description: 'A curriculum design: modules, hour budgets, target groups, admission.' });

/**
 * A program after parsing (defaults applied: `unit` is `UE`, `language` is
 * `de`, `modules` is a list).
 *
 * @example
 * ```ts
 * import { parseProgram, type Program } from 'curricula';
 * const result = parseProgram('kind: program\nid: x\ntitle: X\n');
 * if (result.ok) { const p: Program = result.value; }
 * ```
 */
export type Program = z.output<typeof programSchema>;

/**
 * A program as an author writes it (defaults still optional).
 *
 * @example
 * ```ts
 * import type { ProgramInput } from 'curricula';
 * const doc: ProgramInput = { kind: 'program', id: 'x', title: 'X' };
 * ```
 */
export type ProgramInput = z.input<typeof programSchema>;
