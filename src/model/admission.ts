import * as z from 'zod';
import { amountSchema } from './amount.js';
import { identifierSchema } from './identifier.js';
import { timeUnitSchema } from './time-unit.js';

/**
 * What a participant, or a team of participants, must bring
 * (Teilnahmevoraussetzung). Forms:
 * - `none`: no prerequisites;
 * - `{ role }`: a role such as "hauptamtlich" (staff) or "ehrenamtlich" (volunteer), optionally `count` people of it;
 * - `{ team: [...] }`: a team, e.g. a tandem of one staff member and one citizen;
 * - `{ completed: programId }`: a completed program;
 * - `{ minAge }`: a minimum age in years (Mindestalter), e.g. 16 for a youth leader card;
 * - `{ certificate: { title, hours, unit?, maxAgeYears? } }`: an outside
 *   certificate (Nachweis), e.g. a first-aid course of 9 UE not older than
 *   2 years (`hours` in `unit`, default UE);
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
  | { minAge: number; description?: string }
  | { certificate: OutsideCertificate; description?: string }
  | { allOf: Admission[] }
  | { anyOf: Admission[] }
  | { text: string };

/**
 * An outside certificate a participant must bring (Nachweis): its title,
 * how long the course was (`hours` in `unit`, default UE) and how old it may
 * be at the start of the course (`maxAgeYears`).
 *
 * @example
 * ```ts
 * import type { OutsideCertificate } from 'curricula';
 * const firstAid: OutsideCertificate = { title: 'Erste Hilfe', hours: 9, unit: 'UE', maxAgeYears: 2 };
 * ```
 */
export interface OutsideCertificate {
  title: string;
  hours?: number | string;
  unit?: 'UE' | 'LE' | 'h' | 'min';
  maxAgeYears?: number;
}

const outsideCertificateSchema = z
  .strictObject({
    title: z.string().min(1),
    hours: amountSchema.optional(),
    unit: timeUnitSchema.optional(),
    maxAgeYears: z.number().positive().optional(),
  })
  .meta({ id: 'OutsideCertificate', description: 'An outside certificate: { title, hours?, unit?, maxAgeYears? }.' });

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
    z.strictObject({ minAge: z.int().min(0).max(130), description: z.string().optional() }),
    z.strictObject({ certificate: outsideCertificateSchema, description: z.string().optional() }),
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
    description: '"none", { role }, { team: [...] }, { completed: programId }, { minAge }, { certificate }, { allOf }, { anyOf } or { text }.',
  }) as z.ZodType<Admission>;
