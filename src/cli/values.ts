import { didYouMean } from '../core/did-you-mean.js';
import { isCalendarDate } from '../model/calendar-date.js';
import { FEDERAL_STATES, federalStateGuess, federalStateSchema, type FederalState } from '../model/federal-state.js';
import { parseTimeWindow } from '../model/time-window.js';
import { canonicalTimeZone, isTimeZone } from '../model/time-zone.js';
import { CliError } from './errors.js';

/**
 * Weekday codes as plan() takes them, Monday first.
 *
 * @example
 * ```ts
 * WEEKDAYS.indexOf('wed'); // 2
 * ```
 */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/**
 * A weekday code.
 *
 * @example
 * ```ts
 * const day: Weekday = 'fri';
 * ```
 */
export type Weekday = (typeof WEEKDAYS)[number];

const ENGLISH_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const GERMAN_WEEKDAYS: Readonly<Record<string, Weekday>> = { mo: 'mon', di: 'tue', mi: 'wed', do: 'thu', fr: 'fri', sa: 'sat', so: 'sun' };

/**
 * Reads a federal state: its code (`BW`, also `bw` or `DE-BW`) or its name
 * (`Hessen`, `Baden-Württemberg`), as documents may write it.
 *
 * @example
 * ```ts
 * import { parseState } from './values.js';
 * parseState('de-by'); // 'BY'
 * parseState('Hessen'); // 'HE'
 * ```
 */
export function parseState(value: string): FederalState {
  const code = value.trim().toUpperCase().replace(/^DE-/, '');
  if ((FEDERAL_STATES as readonly string[]).includes(code)) return code as FederalState;
  const named = federalStateSchema.safeParse(value.trim());
  if (named.success) return named.data;
  const guess = federalStateGuess(value);
  if (guess) throw new CliError('invalidStateGuess', { value, states: FEDERAL_STATES, suggestion: guess });
  throw new CliError('invalidState', { value, states: FEDERAL_STATES });
}

/**
 * Reads a calendar date `YYYY-MM-DD` that exists (no 2027-02-30); the
 * planner reports a date outside 1900-01-01 to 2200-12-31, which the
 * command turns into a usage error naming the flag.
 *
 * @example
 * ```ts
 * import { parseDateOption } from './values.js';
 * parseDateOption('--start', '2027-01-29'); // '2027-01-29'
 * ```
 */
export function parseDateOption(flag: string, value: string): string {
  const v = value.trim();
  if (!isCalendarDate(v)) throw new CliError('invalidDate', { value, flag });
  return v;
}

/**
 * Reads a time window `HH:MM-HH:MM` that ends after it starts.
 *
 * @example
 * ```ts
 * import { parseWindowOption } from './values.js';
 * parseWindowOption('--window', '9:30-16:30'); // '09:30-16:30'
 * ```
 */
export function parseWindowOption(flag: string, value: string): string {
  const padded = value.trim().replace(/(^|[-–]\s*)(\d):/g, '$10$2:');
  const w = parseTimeWindow(padded);
  if (!w || w.end <= w.start) throw new CliError('invalidWindow', { value, flag });
  return padded.replace(/\s*[-–]\s*/, '-');
}

/**
 * Reads weekdays: ranges and lists of `mon`…`sun` (German `mo`…`so` too),
 * e.g. `mon-fri`, `mon,wed,fri`, `tue-thu,sat`. Ranges may wrap (`fri-mon`).
 *
 * @example
 * ```ts
 * import { parseWeekdays } from './values.js';
 * parseWeekdays('mon-wed,fri'); // ['mon', 'tue', 'wed', 'fri']
 * ```
 */
export function parseWeekdays(value: string): Weekday[] {
  const day = (text: string): number => {
    const t = text.trim().toLowerCase();
    const english = t.length >= 2 ? ENGLISH_WEEKDAYS.findIndex((name) => name.startsWith(t)) : -1;
    if (english >= 0) return english;
    const german = GERMAN_WEEKDAYS[t];
    if (german !== undefined) return WEEKDAYS.indexOf(german);
    const guess = didYouMean(t, WEEKDAYS);
    if (guess) throw new CliError('invalidWeekdayGuess', { value: text, suggestion: guess });
    throw new CliError('invalidWeekday', { value: text });
  };
  const chosen = new Set<number>();
  for (const part of value.split(',')) {
    if (part.trim() === '') continue;
    const [from, to, ...rest] = part.split('-');
    if (rest.length > 0) throw new CliError('invalidWeekdayRange', { value: part });
    const a = day(from!);
    if (to === undefined) {
      chosen.add(a);
      continue;
    }
    const b = day(to);
    for (let i = a; ; i = (i + 1) % 7) {
      chosen.add(i);
      if (i === b) break;
    }
  }
  if (chosen.size === 0) throw new CliError('noWeekdays', {});
  return [...chosen].sort((x, y) => x - y).map((i) => WEEKDAYS[i]!);
}

/**
 * Reads a blackout (Sperrzeit): one date, or a range `FROM..TO`.
 *
 * @example
 * ```ts
 * import { parseBlackout } from './values.js';
 * parseBlackout('2027-08-01..2027-08-31'); // { from: '2027-08-01', to: '2027-08-31' }
 * ```
 */
export function parseBlackout(value: string): string | { from: string; to: string } {
  const parts = value.split('..');
  if (parts.length === 1) return parseDateOption('--blackout', parts[0]!);
  if (parts.length !== 2) throw new CliError('invalidBlackout', { value });
  const from = parseDateOption('--blackout', parts[0]!);
  const to = parseDateOption('--blackout', parts[1]!);
  if (to < from) throw new CliError('blackoutReversed', { value });
  return { from, to };
}

/**
 * Reads an IANA time zone (`Europe/Berlin`).
 *
 * @example
 * ```ts
 * import { parseTimeZoneOption } from './values.js';
 * parseTimeZoneOption('Europe/Berlin'); // 'Europe/Berlin'
 * ```
 */
export function parseTimeZoneOption(value: string): string {
  const v = value.trim();
  if (!isTimeZone(v)) throw new CliError('unknownTimeZone', { value });
  // Written as the IANA database writes it, as an offering must be: the plan carries it into its documents.
  const canonical = canonicalTimeZone(v);
  if (canonical !== undefined && canonical !== v) throw new CliError('timeZoneSpelling', { value, canonical });
  return v;
}
