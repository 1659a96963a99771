import * as z from 'zod';

/**
 * The languages messages are written in, `en` or `de`, as a schema for
 * settings (`validate()`'s `locale`, the config file's).
 *
 * @example
 * ```ts
 * import { localeSchema } from 'curricula';
 * localeSchema.safeParse('fr').success; // false
 * ```
 */
export const localeSchema = z.enum(['en', 'de']).meta({ id: 'Locale', description: 'Language of messages: "en" or "de".' });
