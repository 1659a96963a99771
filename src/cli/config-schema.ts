import * as z from 'zod';
import { creditHoursSchema } from '../model/credit-hours.js';
import { federalStateSchema } from '../model/federal-state.js';
import { localeSchema } from '../model/locale.js';
import { uidDomainSchema } from '../model/uid-domain.js';
import { customProfileSchema } from '../recognition/profile.js';
import { rulesSchema } from '../validate/options.js';

/**
 * A `curricula.config.{json,yaml}` file: the settings `validate()` takes
 * (their schemas shared with `validateOptionsSchema`), the warnings limit,
 * custom recognition profiles, and `$schema` for editors. Unknown keys are errors, so a misspelt
 * setting is never silently ignored; every problem is located at its line
 * and column like a document's.
 *
 * @example
 * ```ts
 * configSchema.safeParse({ rules: { 'hours/total': 'warn' }, locale: 'de' }).success; // true
 * ```
 */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: rulesSchema.optional(),
  locale: localeSchema.optional(),
  maxWarnings: z.int().nonnegative().optional(),
  creditHours: creditHoursSchema.optional(),
  state: federalStateSchema.optional(),
  /** The domain of calendar UIDs (`export`, `plan`, `diff`); else the provider's url host, else `curricula`. */
  uidDomain: uidDomainSchema.optional(),
  /** Recognition profiles of your own; each may `extends` a built-in one. */
  profiles: z.array(customProfileSchema).optional(),
});
