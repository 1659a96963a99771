import * as z from 'zod';
import { identifierSchema } from './identifier.js';

/**
 * What a participant, or a team of participants, must bring
 * (Teilnahmevoraussetzung). Forms:
 * - `none`: no prerequisites;
 * - `{ role }`: a role such as "hauptamtlich" (staff) or "ehrenamtlich" (volunteer), optionally `count` people of it;
 * - `{ team: [...] }`: a team, e.g. a tandem of one staff member and one citizen;
 * - `{ completed: programId }`: a completed program;
 * - `{ allOf: [...] }`, `{ anyOf: [...] }`: combinations;
 * - `{ text }`: a requirement only prose can state.
 *
 * @example
 * ```ts
 * import { admissionSchema } from 'curricula';
 * admissionSchema.parse({ team: [{ role: 'hauptamtlich' }, { role: 'buerger' }] });
 * ```
 */
export type Admission =
  | 'none'
  | { role: string; count?: number; description?: string }
  | { team: Admission[]; description?: string }
  | { completed: string; description?: string }
  | { allOf: Admission[] }
  | { anyOf: Admission[] }
  | { text: string };

/**
 * The schema of an admission expression; see {@link Admission}.
 *
 * @example
 * ```ts
 * import { admissionSchema } from 'curricula';
 * admissionSchema.parse({ anyOf: [{ completed: 'grundkurs' }, { text: 'Erfahrung in der Vereinsarbeit' }] });
 * ```
 */
export const admissionSchema: z.ZodType<Admission> = z
  .union([
    z.literal('none'),
    z.strictObject({
      role: z.string().min(1),
      count: z.int().positive().optional(),
      description: z.string().optional(),
    }),
    z.strictObject({
      get team() {
        return z.array(admissionSchema);
      },
      description: z.string().optional(),
    }),
    z.strictObject({ completed: identifierSchema, description: z.string().optional() }),
    z.strictObject({
      get allOf() {
        return z.array(admissionSchema).min(1);
      },
    }),
    z.strictObject({
      get anyOf() {
        return z.array(admissionSchema).min(1);
      },
    }),
    z.strictObject({ text: z.string().min(1) }),
  ])
  .meta({
    id: 'Admission',
    description: '"none", { role }, { team: [...] }, { completed: programId }, { allOf }, { anyOf } or { text }.',
  }) as z.ZodType<Admission>;
