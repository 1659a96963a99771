import * as z from 'zod';
import { amountSchema } from './amount.js';

/**
 * What taking part costs (Kosten): `free` (kostenfrei) or an amount.
 *
 * @example
 * ```ts
 * import { costSchema } from 'curricula';
 * costSchema.parse('free');
 * costSchema.parse({ amount: 450, currency: 'EUR', per: 'participant' });
 * ```
 */
export const costSchema = z
  .union([
    z.literal('free'),
    z.strictObject({
      amount: z.number().nonnegative(),
      currency: z.string().regex(/^[A-Z]{3}$/, { error: 'schema/format#currency' }).default('EUR'),
      per: z.enum(['participant', 'team', 'organisation', 'session', 'offering']).optional(),
      note: z.string().optional(),
    }),
  ])
  .meta({ id: 'Cost', description: '"free", or { amount, currency, per?, note? }.' });

/**
 * How a certificate is renewed (Verlängerung): further training of `hours`
 * (in `unit`, default the document's) within `withinYears` years, e.g. a
 * sports licence renewed with 15 LE within its 4 years.
 *
 * @example
 * ```ts
 * import { renewalSchema } from 'curricula';
 * renewalSchema.parse({ hours: '15 LE', withinYears: 4 });
 * ```
 */
export const renewalSchema = z
  .strictObject({
    hours: amountSchema,
    withinYears: z.number().positive().optional(),
    description: z.string().optional(),
  })
  .meta({ id: 'Renewal', description: 'Further training that renews a certificate: { hours, withinYears? }.' });

/**
 * The certificate a program leads to (Zertifikat, Teilnahmebescheinigung,
 * Lizenz, Card): `validYears` is how long it is valid (a youth leader card
 * 3 years, a sports licence 4), `renewal` what renews it.
 *
 * @example
 * ```ts
 * import { certificateSchema } from 'curricula';
 * certificateSchema.parse({ title: 'Zertifikat Organisationsberatung für Vereine' });
 * certificateSchema.parse({ title: 'DOSB-Lizenz Übungsleiter C', validYears: 4, renewal: { hours: '15 LE', withinYears: 4 } });
 * ```
 */
export const certificateSchema = z
  .strictObject({
    title: z.string().min(1),
    issuer: z.string().optional(),
    requirements: z.string().optional(),
    validYears: z.number().positive().optional(),
    renewal: renewalSchema.optional(),
  })
  .meta({ id: 'Certificate' });

/**
 * Participant numbers and wishes (Teilnehmende): minimum, maximum, and
 * whether several people from one organisation are welcome.
 *
 * @example
 * ```ts
 * import { participantsSchema } from 'curricula';
 * participantsSchema.parse({ max: 16, severalPerOrganisation: 'welcome' });
 * ```
 */
export const participantsSchema = z
  .strictObject({
    min: z.int().positive().optional(),
    max: z.int().positive().optional(),
    severalPerOrganisation: z.enum(['welcome', 'allowed', 'not-allowed']).optional(),
    /** Roles the group should mix, e.g. volunteers and staff ("ehren- und hauptamtlich Tätige"). */
    composition: z.array(z.string().min(1)).optional(),
  })
  .meta({ id: 'Participants' });

/**
 * An outcome of a run, e.g. the theses (Thesen) a workshop produced.
 *
 * @example
 * ```ts
 * import { outcomeSchema } from 'curricula';
 * outcomeSchema.parse({ title: 'Pflege des Netzwerkes ist notwendig' });
 * ```
 */
export const outcomeSchema = z
  .strictObject({ title: z.string().min(1), text: z.string().optional() })
  .meta({ id: 'Outcome' });

/**
 * ECTS credits (Kreditpunkte) as written: a number or "5 ECTS".
 *
 * @example
 * ```ts
 * import { creditsSchema } from 'curricula';
 * creditsSchema.parse('5 ECTS');
 * ```
 */
export const creditsSchema = amountSchema.meta({ id: 'Credits', description: 'ECTS credits: 5, "5 ECTS", "2,5 KP".' });

/** @see {@link costSchema} @example `const c: Cost = 'free';` */
export type Cost = z.output<typeof costSchema>;
/** @see {@link certificateSchema} @example `const c: Certificate = { title: 'Zertifikat' };` */
export type Certificate = z.output<typeof certificateSchema>;
/** @see {@link renewalSchema} @example `const r: Renewal = { hours: '15 LE', withinYears: 4 };` */
export type Renewal = z.output<typeof renewalSchema>;
/** @see {@link participantsSchema} @example `const p: Participants = { max: 16 };` */
export type Participants = z.output<typeof participantsSchema>;
/** @see {@link outcomeSchema} @example `const o: Outcome = { title: 'These 1' };` */
export type Outcome = z.output<typeof outcomeSchema>;
