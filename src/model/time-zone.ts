import * as z from 'zod';

const known = new Map<string, boolean>();

/**
 * True when the runtime knows `zone` as an IANA time zone (Zeitzone).
 *
 * @example
 * ```ts
 * import { isTimeZone } from 'curricula';
 * isTimeZone('Europe/Berlin'); // true
 * isTimeZone('Europe/Bonn');   // false
 * ```
 */
export function isTimeZone(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = zone.length > 0;
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}

/**
 * The zone sessions are in when an offering does not say.
 *
 * @example
 * ```ts
 * import { DEFAULT_TIME_ZONE } from 'curricula';
 * DEFAULT_TIME_ZONE; // 'Europe/Berlin'
 * ```
 */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/**
 * An IANA time zone name such as "Europe/Berlin"; unknown names are
 * rejected with `time-zone/unknown`.
 *
 * @example
 * ```ts
 * import { timeZoneSchema } from 'curricula';
 * timeZoneSchema.parse('Europe/Berlin');
 * ```
 */
export const timeZoneSchema = z
  .string()
  .refine(isTimeZone, { error: 'time-zone/unknown#unknown' })
  .meta({ id: 'TimeZone', description: 'An IANA time zone, e.g. "Europe/Berlin".' });
