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

let spellings: Map<string, string> | undefined;

/** The runtime's zone names by their lower-case form, built on first use. */
function spellingOf(lower: string): string | undefined {
  if (spellings === undefined) {
    spellings = new Map();
    const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    for (const name of names) spellings.set(name.toLowerCase(), name);
    spellings.set('utc', 'UTC');
  }
  return spellings.get(lower);
}

/**
 * The spelling of a time zone the IANA database (and every calendar
 * client) uses: `europe/berlin` is `Europe/Berlin`. Runtimes accept any
 * letter case, but a calendar's `TZID` is matched as written, so a zone
 * written otherwise may not resolve elsewhere. Only the letter case is
 * changed, never the name: an alias such as `Asia/Calcutta` stays as it
 * is. Undefined for a zone the runtime does not know.
 *
 * @example
 * ```ts
 * import { canonicalTimeZone } from 'curricula';
 * canonicalTimeZone('europe/berlin'); // 'Europe/Berlin'
 * canonicalTimeZone('Europe/Berlin'); // 'Europe/Berlin'
 * canonicalTimeZone('Europe/Bonn');   // undefined
 * ```
 */
export function canonicalTimeZone(zone: string): string | undefined {
  if (!isTimeZone(zone)) return undefined;
  const lower = zone.toLowerCase();
  const listed = spellingOf(lower);
  if (listed !== undefined) return listed;
  // A zone the list leaves out (an alias): the runtime's own name for it, when only the case differs.
  const resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === lower ? resolved : zone;
}

/**
 * An IANA time zone name such as "Europe/Berlin": unknown names are
 * rejected with `time-zone/unknown`, and so is a known zone written in
 * another letter case than the IANA database's (`europe/berlin`), with the
 * right spelling in the message, since calendar clients match a `TZID` as
 * written.
 *
 * @example
 * ```ts
 * import { timeZoneSchema } from 'curricula';
 * timeZoneSchema.parse('Europe/Berlin');
 * ```
 */
export const timeZoneSchema = z
  .string()
  .superRefine((zone, ctx) => {
    if (!isTimeZone(zone)) {
      ctx.addIssue({ code: 'custom', message: 'time-zone/unknown#unknown' });
      return;
    }
    const canonical = canonicalTimeZone(zone);
    if (canonical !== undefined && canonical !== zone) {
      ctx.addIssue({ code: 'custom', message: 'time-zone/unknown#spelling', params: { zone, canonical } });
    }
  })
  .meta({ id: 'TimeZone', description: 'An IANA time zone, e.g. "Europe/Berlin".' });
