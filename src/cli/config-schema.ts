import * as z from 'zod';
import { creditHoursSchema } from '../model/credit-hours.js';
import { federalStateSchema } from '../model/federal-state.js';
import { localeSchema } from '../model/locale.js';
import { uidDomainSchema } from '../model/uid-domain.js';
import { customProfileSchema } from '../recognition/profile.js';
import { overrideSchema, ruleSettingSchema, rulesSchema } from '../validate/options.js';

/**
 * A `curricula.config.{json,yaml}` file: the settings `validate()` takes
 * (their schemas shared with `validateOptionsSchema`; `overrides` name
 * files relative to the config file's folder), the warnings limit, the
 * size limit of a document,
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
  /** Rule settings for some files: `files` are globs, file or folder names relative to the config file's folder. */
  overrides: z.array(overrideSchema).optional(),
  /** Report inline disable directives that disable nothing (`directive/unused`). */
  reportUnusedDisableDirectives: ruleSettingSchema.optional(),
  /** The size limit of one document in bytes (default 8 MiB). */
  maxBytes: z.int().positive().optional(),
  locale: localeSchema.optional(),
  maxWarnings: z.int().nonnegative().optional(),
  creditHours: creditHoursSchema.optional(),
  state: federalStateSchema.optional(),
  /** The domain of calendar UIDs (`export`, `plan`, `diff`); else the provider's url host, else `curricula`. */
  uidDomain: uidDomainSchema.optional(),
  /** Recognition profiles of your own; each may `extends` a built-in one. */
  profiles: z.array(customProfileSchema).optional(),
});
