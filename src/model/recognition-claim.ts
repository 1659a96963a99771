import * as z from 'zod';

const PROFILE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/**
 * A recognition a program or offering claims (Anerkennung): the id of a
 * recognition profile (`bildungsurlaub/HE`, `juleica`, a profile of your
 * own from the config file) and, once granted, the recognition's number
 * (Anerkennungsnummer, Aktenzeichen). validate checks the document against
 * the profile's rules in force on its dates.
 *
 * @example
 * ```ts
 * import { recognitionClaimSchema } from 'curricula';
 * recognitionClaimSchema.parse({ profile: 'bildungsurlaub/HE', number: 'BU-2027-0815' });
 * ```
 */
export const recognitionClaimSchema = z
  .strictObject({
    profile: z.string().regex(PROFILE_ID, { error: 'schema/format#profileId' }),
    number: z.string().optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'RecognitionClaim', description: 'A claimed recognition: { profile, number? }, e.g. { profile: bildungsurlaub/HE }.' });

/**
 * A claimed recognition (see {@link recognitionClaimSchema}).
 *
 * @example
 * ```ts
 * import type { RecognitionClaim } from 'curricula';
 * const claim: RecognitionClaim = { profile: 'juleica' };
 * ```
 */
export type RecognitionClaim = z.output<typeof recognitionClaimSchema>;
