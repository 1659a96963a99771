import * as z from 'zod';
import { calendarDateSchema } from '../model/calendar-date.js';
import { profileConstraintSchema } from './constraint.js';

const PROFILE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** A text in German and English. */
const textSchema = z.strictObject({ de: z.string().min(1), en: z.string().min(1) });

/**
 * What was checked of a profile, where and when: a law text, a regulation
 * or an official page, as stored on `date`.
 *
 * @example
 * ```ts
 * import { profileCheckSchema } from 'curricula';
 * profileCheckSchema.parse({ what: '§ 12 Abs. 1 and 2', url: 'https://…', date: '2026-12-06' });
 * ```
 */
export const profileCheckSchema = z
  .strictObject({ what: z.string().min(1), url: z.string().min(1), date: calendarDateSchema })
  .meta({ id: 'ProfileCheck' });

/**
 * Where a profile's figures come from: the law or regulation (`law`, its
 * abbreviation `short` as messages cite it, the `sections`), a `url` of the
 * text, and `checked`: what was verified against which stored page, when.
 *
 * @example
 * ```ts
 * import { profileSourceSchema } from 'curricula';
 * profileSourceSchema.parse({ law: 'Hessisches Bildungsurlaubsgesetz', short: 'HBUG', sections: '§ 12', url: 'https://…', checked: [] });
 * ```
 */
export const profileSourceSchema = z
  .strictObject({
    law: z.string().min(1),
    short: z.string().min(1),
    sections: z.string().min(1),
    url: z.string().min(1),
    checked: z.array(profileCheckSchema),
  })
  .meta({ id: 'ProfileSource' });

const profileFields = {
  $schema: z.string().optional(),
  id: z.string().regex(PROFILE_ID, { error: 'schema/format#profileId' }),
  title: textSchema,
  /** How messages name the recognition: "Bildungsurlaub in Hessen". */
  name: textSchema,
  source: profileSourceSchema,
  unit: z.enum(['UE', 'LE', 'h']),
  validFrom: calendarDateSchema,
  validTo: calendarDateSchema.optional(),
  verified: z.boolean(),
  notes: z.array(z.string().min(1)).optional(),
  constraints: z.array(profileConstraintSchema),
};

/**
 * A recognition profile (Anerkennungsprofil) as data: the rules a course
 * must meet to be recognised, e.g. as Bildungsurlaub in Hessen, for the
 * JuLeiCa card or a DOSB licence. One version of a profile id, in force from
 * `validFrom` to `validTo` (both inclusive; laws change, and an offering is
 * checked against the version in force on its dates). Figures are in
 * `unit` (clock hours `h`, or `UE`/`LE` of 45 minutes). `verified` is false
 * when some figure could not be checked against the law text; `notes` say
 * where sources disagree and which reading was chosen (the stricter one).
 *
 * @example
 * ```ts
 * import { recognitionProfileSchema } from 'curricula';
 * recognitionProfileSchema.parse(myProfileJson);
 * ```
 */
export const recognitionProfileSchema = z
  .strictObject(profileFields)
  .meta({ id: 'RecognitionProfile', title: 'curricula recognition profile', description: 'One version of a recognition profile: its source, dates and constraints.' });

/**
 * A recognition profile (see {@link recognitionProfileSchema}).
 *
 * @example
 * ```ts
 * import { builtinProfiles, type RecognitionProfile } from 'curricula';
 * const he: RecognitionProfile | undefined = builtinProfiles.find((p) => p.id === 'bildungsurlaub/HE');
 * ```
 */
export type RecognitionProfile = z.output<typeof recognitionProfileSchema>;

/**
 * A profile of your own, as the config file's `profiles` list holds it:
 * either complete, or `extends` a built-in (or another custom) profile and
 * gives only what differs. A constraint of a kind the parent has replaces
 * the parent's; `without` drops the parent's constraints of those kinds.
 * A custom profile with the id of a built-in one replaces it.
 *
 * @example
 * ```ts
 * import { customProfileSchema } from 'curricula';
 * customProfileSchema.parse({
 *   id: 'haus/bildungsurlaub-HE',
 *   extends: 'bildungsurlaub/HE',
 *   constraints: [{ kind: 'participants', max: 20 }],
 * });
 * ```
 */
export const customProfileSchema = z
  .strictObject({
    ...profileFields,
    title: textSchema.optional(),
    name: textSchema.optional(),
    source: profileSourceSchema.partial().optional(),
    unit: profileFields.unit.optional(),
    validFrom: calendarDateSchema.optional(),
    verified: z.boolean().optional(),
    constraints: z.array(profileConstraintSchema).optional(),
    extends: z.string().regex(PROFILE_ID).optional(),
    without: z.array(z.string()).optional(),
  })
  .meta({ id: 'CustomProfile', description: 'A profile of your own; with extends, only what differs from the parent.' });

/**
 * A profile of your own (see {@link customProfileSchema}).
 *
 * @example
 * ```ts
 * import type { CustomProfile } from 'curricula';
 * const p: CustomProfile = { id: 'haus/HE', extends: 'bildungsurlaub/HE' };
 * ```
 */
export type CustomProfile = z.input<typeof customProfileSchema>;
