import { checkArguments, describeValue } from '../core/arguments.js';
import type { Phrase } from '../core/diagnostic.js';
import type { Bilingual } from '../core/locale.js';
import { CurriculaUsageError } from '../core/errors.js';
import { formatMessage } from '../messages/index.js';
import { isCalendarDate } from '../model/calendar-date.js';
import type { FederalState } from '../model/federal-state.js';
import {
  fromDayNumber,
  toDayNumber,
  weekdayIndexOfDayNumber,
  weekdayOfDayNumber,
  type Weekday,
} from './calendar-day.js';
import { HolidayCalendar, type Holiday } from './holidays.js';

/**
 * A date or date range (inclusive) on which no session may take place
 * (Sperrtermin, Ferien), optionally named for explanations.
 *
 * @example
 * ```ts
 * import type { Blackout } from 'curricula';
 * const b: Blackout[] = ['2027-02-15', { from: '2027-07-29', to: '2027-09-11', name: 'Sommerferien' }];
 * ```
 */
export type Blackout = string | { from: string; to: string; name?: string | undefined };

/**
 * Which days may hold a session: weekdays (default Monday to Friday), no
 * public holiday of `state` (and `region`; without a state, no nationwide
 * public holiday of Germany), no local `extraHolidays`, no `blackouts`.
 *
 * @example
 * ```ts
 * import type { DayRules } from 'curricula';
 * const rules: DayRules = { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], state: 'BW', blackouts: ['2027-02-15'] };
 * ```
 */
export interface DayRules {
  weekdays?: readonly Weekday[] | undefined;
  state?: FederalState | undefined;
  region?: string | undefined;
  extraHolidays?: readonly Holiday[] | undefined;
  blackouts?: readonly Blackout[] | undefined;
}

/**
 * Why a day may not hold a session: its weekday is not allowed, it is a
 * holiday (public or local), or it is blacked out.
 *
 * @example
 * ```ts
 * import type { ClosedReason } from 'curricula';
 * const r: ClosedReason = 'holiday';
 * ```
 */
export type ClosedReason = 'weekday' | 'holiday' | 'blackout';

/**
 * The verdict on one day: allowed, or closed with a reason and the message
 * that explains it (a phrase of the `calendar.day` messages: render it
 * with `formatMessage(locale, message.ns, message.id, message.data)`).
 * `detail` is the same text rendered in both languages, for explanations
 * that do not render messages yet.
 *
 * @example
 * ```ts
 * import { classifyDay, formatMessage } from 'curricula';
 * const v = classifyDay('2027-01-06', { state: 'BW' });
 * if (!v.allowed) formatMessage('en', 'calendar.day', v.message.id, v.message.data ?? {}); // 'public holiday: Epiphany'
 * ```
 */
export type DayVerdict =
  | { allowed: true }
  | {
      allowed: false;
      reason: ClosedReason;
      message: Phrase;
      /** @deprecated The text of `message` in both languages; render `message` instead. */
      detail: Bilingual;
      publicHoliday?: boolean;
    };

/**
 * The default teaching days: Monday to Friday.
 *
 * @example
 * ```ts
 * import { DEFAULT_WEEKDAYS } from 'curricula';
 * DEFAULT_WEEKDAYS.includes('sat'); // false
 * ```
 */
export const DEFAULT_WEEKDAYS: readonly Weekday[] = Object.freeze(['mon', 'tue', 'wed', 'thu', 'fri']);

interface Interval {
  from: number;
  to: number;
  name: string | undefined;
}

type ClosedVerdict = Extract<DayVerdict, { allowed: false }>;

// Verdicts are shared between days (every Saturday gets the same one), so a
// long plan does not build a verdict and two message strings per day. They
// are frozen because plans hand their details on in explanations.
const ALLOWED: DayVerdict = Object.freeze({ allowed: true });

/** A closed verdict whose message is a `calendar.day` phrase, with its text in both languages. */
function closedVerdict(reason: ClosedReason, id: string, data: NonNullable<Phrase['data']>, publicHoliday?: boolean): ClosedVerdict {
  const message: Phrase = Object.freeze({ ns: 'calendar.day', id, data: Object.freeze(data) });
  const detail = Object.freeze({ en: renderDay('en', message), de: renderDay('de', message) });
  const verdict: ClosedVerdict = publicHoliday === undefined ? { allowed: false, reason, message, detail } : { allowed: false, reason, message, detail, publicHoliday };
  return Object.freeze(verdict);
}

function renderDay(locale: 'en' | 'de', message: Phrase): string {
  return formatMessage(locale, 'calendar.day', message.id, message.data ?? {}) ?? message.id;
}

/** A copy callers may change, for the public functions that hand out one verdict. */
function ownVerdict(verdict: DayVerdict): DayVerdict {
  return verdict.allowed ? { allowed: true } : { ...verdict, message: { ...verdict.message }, detail: { ...verdict.detail } };
}

/**
 * {@link DayRules} compiled for day numbers: holidays are looked up per year
 * on demand and blackouts by binary search, so classifying the days of a
 * forty-year plan stays linear. Build one per set of rules and reuse it.
 *
 * @example
 * ```ts
 * import { DayClassifier, toDayNumber } from 'curricula';
 * const days = new DayClassifier({ state: 'BW', weekdays: ['fri', 'sat'] });
 * days.classify(toDayNumber('2027-01-08')); // { allowed: true }
 * ```
 */
export class DayClassifier {
  readonly weekdays: ReadonlySet<Weekday>;
  readonly holidays: HolidayCalendar;
  readonly #blackouts: Interval[];
  readonly #weekdayVerdicts: (ClosedVerdict | undefined)[] = [];
  readonly #blackoutVerdicts = new Map<Interval, ClosedVerdict>();
  readonly #holidayVerdicts = new Map<number, ClosedVerdict>();

  /** Throws {@link CurriculaUsageError} on malformed rules; validate user input first. */
  constructor(rules: DayRules) {
    this.weekdays = new Set(rules.weekdays ?? DEFAULT_WEEKDAYS);
    this.holidays = new HolidayCalendar(
      rules.state === undefined ? undefined : { state: rules.state, region: rules.region },
      rules.extraHolidays ?? [],
    );
    const sorted = (rules.blackouts ?? [])
      .map((b): Interval => {
        const from = typeof b === 'string' ? b : b.from;
        const to = typeof b === 'string' ? b : b.to;
        if (!isCalendarDate(from) || !isCalendarDate(to)) {
          throw new CurriculaUsageError(`Blackout is not a date or {from, to} of dates: ${describeValue(b)}`);
        }
        return { from: toDayNumber(from), to: toDayNumber(to), name: typeof b === 'string' ? undefined : b.name };
      })
      .sort((a, b) => a.from - b.from || a.to - b.to);
    // Overlapping ranges are merged so that one binary search finds a day.
    this.#blackouts = [];
    for (const b of sorted) {
      const last = this.#blackouts.at(-1);
      if (last !== undefined && b.from <= last.to + 1 && (b.from <= last.to || last.name === b.name)) {
        last.to = Math.max(last.to, b.to);
        if (b.name !== undefined && last.name !== b.name) last.name = last.name === undefined ? b.name : `${last.name}, ${b.name}`;
      } else {
        this.#blackouts.push({ ...b });
      }
    }
  }

  /** The blackout covering a day, or undefined. */
  blackoutOn(day: number): Interval | undefined {
    let lo = 0;
    let hi = this.#blackouts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#blackouts[mid]!.from <= day) lo = mid + 1;
      else hi = mid;
    }
    const candidate = this.#blackouts[lo - 1];
    return candidate !== undefined && candidate.to >= day ? candidate : undefined;
  }

  /**
   * Classifies a day number; see {@link classifyDay}. Verdicts are frozen
   * and shared by days with the same reason and text.
   */
  classify(day: number): DayVerdict {
    const weekday = weekdayOfDayNumber(day);
    if (!this.weekdays.has(weekday)) {
      const index = weekdayIndexOfDayNumber(day);
      let verdict = this.#weekdayVerdicts[index];
      if (verdict === undefined) {
        verdict = closedVerdict('weekday', 'notTeachingDay', { weekday: { ns: 'calendar.weekday', id: weekday } });
        this.#weekdayVerdicts[index] = verdict;
      }
      return verdict;
    }
    const names = this.holidays.namesOn(day);
    if (names !== undefined) {
      // Planning asks about a day more than once (choosing dates, then explaining the skipped ones).
      let verdict = this.#holidayVerdicts.get(day);
      if (verdict === undefined) {
        const isPublic = this.holidays.isPublic(day);
        const english = this.holidays.namesOn(day, 'en')!;
        const both = names.map((name, i) => (english[i] === undefined || english[i] === name ? { name } : { name, nameEn: english[i]! }));
        verdict = closedVerdict('holiday', isPublic ? 'publicHoliday' : 'localHoliday', { names: both }, isPublic);
        this.#holidayVerdicts.set(day, verdict);
      }
      return verdict;
    }
    const blackout = this.blackoutOn(day);
    if (blackout !== undefined) {
      let verdict = this.#blackoutVerdicts.get(blackout);
      if (verdict === undefined) {
        const name = blackout.name;
        const from = fromDayNumber(blackout.from);
        const to = fromDayNumber(blackout.to);
        verdict =
          blackout.from === blackout.to
            ? name === undefined
              ? closedVerdict('blackout', 'blackout', { date: from })
              : closedVerdict('blackout', 'blackoutNamed', { date: from, name })
            : name === undefined
              ? closedVerdict('blackout', 'blackoutRange', { from, to })
              : closedVerdict('blackout', 'blackoutRangeNamed', { from, to, name });
        this.#blackoutVerdicts.set(blackout, verdict);
      }
      return verdict;
    }
    return ALLOWED;
  }
}

/**
 * Whether a session may take place on `date` under `rules`, and if not,
 * why. Weekday comes first, then holidays, then blackouts, so a holiday on
 * a Sunday is reported as "Sunday is not a teaching day".
 *
 * @example
 * ```ts
 * import { classifyDay } from 'curricula';
 * classifyDay('2027-01-04', { state: 'BW' }); // { allowed: true }
 * classifyDay('2027-01-09', {}).allowed;       // false (Saturday)
 * classifyDay('2026-12-25', {}).allowed;       // false (Christmas is a holiday in every state)
 * ```
 */
export function classifyDay(date: string, rules: DayRules): DayVerdict {
  checkArguments('classifyDay', [['date', date, 'text'], ['rules', rules, 'record']]);
  return ownVerdict(new DayClassifier(rules).classify(toDayNumber(date)));
}

/**
 * The first day after `date` (or on it, with `inclusive`) on which a session
 * may take place, or undefined when none comes within `withinDays` days
 * (default 3660, ten years), e.g. because no weekday is allowed.
 *
 * @example
 * ```ts
 * import { nextAllowedDay } from 'curricula';
 * nextAllowedDay('2026-12-31', { state: 'BW' }); // '2027-01-04' (skips Neujahr and the weekend)
 * nextAllowedDay('2027-01-04', { state: 'BW' }, { inclusive: true }); // '2027-01-04'
 * ```
 */
export function nextAllowedDay(
  date: string,
  rules: DayRules,
  options: { inclusive?: boolean; withinDays?: number } = {},
): string | undefined {
  checkArguments('nextAllowedDay', [['date', date, 'text'], ['rules', rules, 'record'], ['options', options, 'options']]);
  const classifier = new DayClassifier(rules);
  if (classifier.weekdays.size === 0) return undefined;
  const start = toDayNumber(date) + (options.inclusive === true ? 0 : 1);
  const limit = toDayNumber(date) + (options.withinDays ?? 3660);
  for (let day = start; day <= limit; day++) {
    if (classifier.classify(day).allowed) return fromDayNumber(day);
  }
  return undefined;
}
