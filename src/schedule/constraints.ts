import type { Diagnostic } from '../core/diagnostic.js';
import { didYouMean } from '../core/did-you-mean.js';
import type { Bilingual, Locale } from '../core/locale.js';
import { DayClassifier, type Blackout } from '../calendar/allowed-day.js';
import { WEEKDAYS, parseWeekday, toDayNumber, weekdaySpellings, type Weekday } from '../calendar/calendar-day.js';
import { holidayRegions, type Holiday } from '../calendar/holidays.js';
import { isCalendarDate } from '../model/calendar-date.js';
import { FEDERAL_STATES, type FederalState } from '../model/federal-state.js';
import type { Session } from '../model/session.js';
import { parseTimeWindow, windowTeachingMinutes, type TimeWindow } from '../model/time-window.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../model/time-zone.js';
import { planDiagnostic } from './plan-diagnostic.js';

/**
 * What a plan must respect (Rahmenbedingungen). Everything is optional
 * except a `start` or an `end`; constraints usually come from command-line
 * flags, so every problem with them is a `plan/invalid-constraint`
 * diagnostic, never an exception.
 *
 * - `start`, `end`: the period (`YYYY-MM-DD`). With only `start` the plan
 *   packs days from it; with only `end` it packs days backwards so the last
 *   one falls as late as possible; with both it spreads sessions evenly over
 *   the period ("40 hours over three months") unless `distribute: 'pack'`.
 * - `timeZone` (default Europe/Berlin): sessions are local wall-clock times.
 * - `weekdays` (default mon–fri; also "Mo", "Montag", "Monday").
 * - `window` (default "09:30-16:30") and `breaks` (default ["12:30-13:30"]
 *   whenever it lies inside the window, e.g. also with "09:00-17:00"; none
 *   for a window it does not fit in, such as "13:00-17:00"; `breaks: []`
 *   for no break).
 * - `unitMinutes` (default 45) and `maxUnitsPerDay` (default 8): a day
 *   teaches at most min(window minus breaks, maxUnitsPerDay × unitMinutes).
 * - `maxDaysPerWeek`: days per calendar week (Monday to Sunday), agreed
 *   sessions included.
 * - `minGapDays`, `maxGapDays`: calendar days from one session (or block)
 *   to the next: consecutive days are 1 apart, weekly sessions 7.
 * - `blocks: { days, count? }`: sessions come in blocks of `days`
 *   consecutive calendar days (the last block may be shorter), at most
 *   `count` blocks; gaps apply between blocks.
 * - `blackouts`: dates or `{ from, to, name? }` ranges without sessions.
 * - `state`, `region`: public holidays of a federal state and, where
 *   date-holidays knows one, a region (e.g. BY "A", Augsburg); without a
 *   state, the nationwide public holidays of Germany only (Neujahr,
 *   Karfreitag, …, both days of Christmas), not e.g. Epiphany in BW;
 *   `extraHolidays`: local holidays `{ date, name }`.
 * - `fixed`: sessions already agreed, kept as they are; the modules they
 *   cover are planned for the rest of their time only.
 * - `splitModules` (default true): whether a module may spread over several
 *   days. When false every module is taught within one day.
 * - `includeOptional`: plan optional modules too; `track`: plan a track's
 *   modules only.
 * - `id`: the offering id (default `<program id>-<start year>`);
 *   `locale`: language of diagnostics (default en).
 *
 * @example
 * ```ts
 * import { plan, type PlanConstraints } from 'curricula';
 * const constraints: PlanConstraints = { start: '2027-01-04', state: 'BW', weekdays: ['fri', 'sat'], maxDaysPerWeek: 2 };
 * const result = plan(program, constraints);
 * ```
 */
export interface PlanConstraints {
  id?: string | undefined;
  track?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
  timeZone?: string | undefined;
  weekdays?: readonly (Weekday | string)[] | undefined;
  window?: string | undefined;
  breaks?: readonly string[] | undefined;
  unitMinutes?: number | undefined;
  maxUnitsPerDay?: number | undefined;
  maxDaysPerWeek?: number | undefined;
  minGapDays?: number | undefined;
  maxGapDays?: number | undefined;
  blocks?: { days: number; count?: number | undefined } | undefined;
  blackouts?: readonly Blackout[] | undefined;
  state?: FederalState | string | undefined;
  region?: string | undefined;
  extraHolidays?: readonly Holiday[] | undefined;
  fixed?: readonly Session[] | undefined;
  splitModules?: boolean | undefined;
  includeOptional?: boolean | undefined;
  distribute?: 'pack' | 'spread' | undefined;
  locale?: Locale | undefined;
}

/**
 * The default daily window (Tageszeitfenster).
 *
 * @example
 * ```ts
 * import { DEFAULT_WINDOW } from 'curricula';
 * DEFAULT_WINDOW; // '09:30-16:30'
 * ```
 */
export const DEFAULT_WINDOW = '09:30-16:30';
/**
 * The default lunch break, used when no `breaks` are given and it lies
 * inside the daily window: 09:30-16:30 minus 12:30-13:30 is 360 minutes,
 * 8 UE of 45 minutes.
 *
 * @example
 * ```ts
 * import { DEFAULT_BREAKS } from 'curricula';
 * DEFAULT_BREAKS; // ['12:30-13:30']
 * ```
 */
export const DEFAULT_BREAKS: readonly string[] = Object.freeze(['12:30-13:30']);

/** Constraints after checking, in day numbers and minutes; internal. */
export interface Normalized {
  id: string | undefined;
  track: string | undefined;
  start: number | undefined;
  end: number | undefined;
  timeZone: string;
  weekdays: Weekday[];
  window: TimeWindow;
  breaks: TimeWindow[];
  /** False when the breaks are the default ones (or none, the default not fitting the window). */
  breaksGiven: boolean;
  /** The original texts, for offering output. */
  unitMinutes: number;
  maxUnitsPerDay: number;
  windowMinutes: number;
  dayCapacity: number;
  maxDaysPerWeek: number | undefined;
  minGapDays: number;
  maxGapDays: number | undefined;
  blockDays: number;
  blockCount: number | undefined;
  blackouts: Blackout[];
  state: FederalState | undefined;
  region: string | undefined;
  extraHolidays: Holiday[];
  fixed: Session[];
  splitModules: boolean;
  includeOptional: boolean;
  distribute: 'pack' | 'spread' | 'backward';
  locale: Locale;
}

/** Builds the day classifier for normalized constraints, with other weekdays when probing alternatives. */
export function classifierOf(c: Normalized, weekdays: readonly Weekday[] = c.weekdays): DayClassifier {
  return new DayClassifier({
    weekdays,
    state: c.state,
    region: c.region,
    extraHolidays: c.extraHolidays,
    blackouts: c.blackouts,
  });
}

const DEFAULT_BREAK_WINDOWS: readonly TimeWindow[] = DEFAULT_BREAKS.map((b) => parseTimeWindow(b)!);

/** Minutes of the default breaks together; internal. */
export const DEFAULT_BREAK_MINUTES = DEFAULT_BREAK_WINDOWS.reduce((sum, b) => sum + b.end - b.start, 0);

/** True when the default breaks lie strictly inside the window, as given breaks must. */
export function defaultBreakFits(window: TimeWindow): boolean {
  return DEFAULT_BREAK_WINDOWS.every((b) => b.start > window.start && b.end < window.end);
}

function isWholeNumber(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

/**
 * Checks constraints and fills in defaults; returns diagnostics for every
 * problem found (all of them, not just the first).
 */
export function normalizeConstraints(
  input: PlanConstraints,
): { ok: true; value: Normalized } | { ok: false; diagnostics: Diagnostic[] } {
  const locale: Locale = input.locale === 'de' ? 'de' : 'en';
  const diagnostics: Diagnostic[] = [];
  const bad = (path: string, message: Bilingual, hint?: Bilingual): void => {
    diagnostics.push(planDiagnostic('plan/invalid-constraint', 'error', path, message, locale, hint));
  };

  const date = (key: 'start' | 'end'): number | undefined => {
    const v = input[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !isCalendarDate(v)) {
      bad(`/${key}`, {
        en: `${key} ${JSON.stringify(v)} is not a calendar date (YYYY-MM-DD)`,
        de: `${key === 'start' ? 'Beginn' : 'Ende'} ${JSON.stringify(v)} ist kein Kalenderdatum (JJJJ-MM-TT)`,
      });
      return undefined;
    }
    return toDayNumber(v);
  };
  const start = date('start');
  const end = date('end');
  if (input.start === undefined && input.end === undefined) {
    bad('', { en: 'Give a start or an end date', de: 'Geben Sie einen Beginn oder ein Ende an' }, {
      en: 'e.g. start: 2027-01-04',
      de: 'z. B. start: 2027-01-04',
    });
  }
  if (start !== undefined && end !== undefined && end < start) {
    bad('/end', {
      en: `end ${input.end} lies before start ${input.start}`,
      de: `Ende ${input.end} liegt vor dem Beginn ${input.start}`,
    });
  }

  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    bad('/timeZone', { en: `Unknown time zone ${JSON.stringify(timeZone)}`, de: `Unbekannte Zeitzone ${JSON.stringify(timeZone)}` }, {
      en: 'Use an IANA name such as Europe/Berlin',
      de: 'Verwenden Sie einen IANA-Namen wie Europe/Berlin',
    });
  }

  const weekdays: Weekday[] = [];
  if (input.weekdays === undefined) weekdays.push('mon', 'tue', 'wed', 'thu', 'fri');
  else {
    input.weekdays.forEach((text, i) => {
      const day = typeof text === 'string' ? parseWeekday(text) : undefined;
      if (day === undefined) {
        const guess = typeof text === 'string' ? didYouMean(text.toLowerCase(), weekdaySpellings()) : undefined;
        bad(
          `/weekdays/${i}`,
          { en: `Unknown weekday ${JSON.stringify(text)}`, de: `Unbekannter Wochentag ${JSON.stringify(text)}` },
          guess === undefined
            ? { en: `Use ${WEEKDAYS.join(', ')}`, de: `Verwenden Sie ${WEEKDAYS.join(', ')}` }
            : { en: `Did you mean '${guess}'?`, de: `Meinten Sie „${guess}“?` },
        );
      } else if (!weekdays.includes(day)) weekdays.push(day);
    });
    if (input.weekdays.length === 0) {
      bad('/weekdays', { en: 'No weekday is allowed', de: 'Kein Wochentag ist erlaubt' });
    }
  }
  weekdays.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));

  const windowText = input.window ?? DEFAULT_WINDOW;
  const window = typeof windowText === 'string' ? parseTimeWindow(windowText) : undefined;
  if (window === undefined) {
    bad('/window', {
      en: `Daily window ${JSON.stringify(windowText)} is not HH:MM-HH:MM`,
      de: `Tageszeitfenster ${JSON.stringify(windowText)} ist nicht HH:MM-HH:MM`,
    });
  } else if (window.end <= window.start) {
    bad('/window', {
      en: `Daily window ${windowText} ends before it starts`,
      de: `Tageszeitfenster ${windowText} endet vor seinem Beginn`,
    });
  }
  // A window of one's own still has lunch in it; only `breaks` (e.g. []) says otherwise.
  const breakTexts = input.breaks ?? (window !== undefined && defaultBreakFits(window) ? DEFAULT_BREAKS : []);
  const breaks: TimeWindow[] = [];
  breakTexts.forEach((text, i) => {
    const b = typeof text === 'string' ? parseTimeWindow(text) : undefined;
    if (b === undefined || b.end <= b.start) {
      bad(`/breaks/${i}`, {
        en: `Break ${JSON.stringify(text)} is not a time window HH:MM-HH:MM`,
        de: `Pause ${JSON.stringify(text)} ist kein Zeitfenster HH:MM-HH:MM`,
      });
      return;
    }
    if (window !== undefined && window.end > window.start && (b.start <= window.start || b.end >= window.end)) {
      bad(`/breaks/${i}`, {
        en: `Break ${text} does not lie inside the daily window ${windowText}`,
        de: `Pause ${text} liegt nicht innerhalb des Tageszeitfensters ${windowText}`,
      });
      return;
    }
    if (breaks.some((o) => o.start < b.end && b.start < o.end)) {
      bad(`/breaks/${i}`, { en: `Break ${text} overlaps another break`, de: `Pause ${text} überschneidet eine andere Pause` });
      return;
    }
    breaks.push(b);
  });
  breaks.sort((a, b) => a.start - b.start);

  const positive = (key: keyof PlanConstraints, value: unknown, min: number, en: string, de: string): void => {
    if (value !== undefined && !isWholeNumber(value, min)) {
      bad(`/${key}`, {
        en: `${en} must be a whole number of at least ${min}, not ${JSON.stringify(value)}`,
        de: `${de} muss eine ganze Zahl von mindestens ${min} sein, nicht ${JSON.stringify(value)}`,
      });
    }
  };
  positive('unitMinutes', input.unitMinutes, 1, 'unitMinutes', 'unitMinutes');
  positive('maxUnitsPerDay', input.maxUnitsPerDay, 1, 'maxUnitsPerDay', 'maxUnitsPerDay');
  positive('maxDaysPerWeek', input.maxDaysPerWeek, 1, 'maxDaysPerWeek', 'maxDaysPerWeek');
  positive('minGapDays', input.minGapDays, 1, 'minGapDays', 'minGapDays');
  positive('maxGapDays', input.maxGapDays, 1, 'maxGapDays', 'maxGapDays');
  if (typeof input.maxDaysPerWeek === 'number' && input.maxDaysPerWeek > 7) {
    bad('/maxDaysPerWeek', { en: 'A week has only 7 days', de: 'Eine Woche hat nur 7 Tage' });
  }
  if (
    isWholeNumber(input.minGapDays, 1) &&
    isWholeNumber(input.maxGapDays, 1) &&
    input.minGapDays > input.maxGapDays
  ) {
    bad('/maxGapDays', {
      en: `maxGapDays ${input.maxGapDays} is smaller than minGapDays ${input.minGapDays}`,
      de: `maxGapDays ${input.maxGapDays} ist kleiner als minGapDays ${input.minGapDays}`,
    });
  }
  if (input.blocks !== undefined) {
    if (typeof input.blocks !== 'object' || input.blocks === null || !isWholeNumber(input.blocks.days, 1)) {
      bad('/blocks/days', {
        en: 'blocks.days must be a whole number of at least 1',
        de: 'blocks.days muss eine ganze Zahl von mindestens 1 sein',
      });
    } else if (input.blocks.count !== undefined && !isWholeNumber(input.blocks.count, 1)) {
      bad('/blocks/count', {
        en: 'blocks.count must be a whole number of at least 1',
        de: 'blocks.count muss eine ganze Zahl von mindestens 1 sein',
      });
    }
  }

  let state: FederalState | undefined;
  if (input.state !== undefined) {
    if ((FEDERAL_STATES as readonly string[]).includes(input.state)) state = input.state as FederalState;
    else {
      const upper = typeof input.state === 'string' ? input.state.toUpperCase() : '';
      const guess = (FEDERAL_STATES as readonly string[]).includes(upper) ? upper : didYouMean(String(input.state), FEDERAL_STATES);
      bad(
        '/state',
        { en: `Unknown federal state ${JSON.stringify(input.state)}`, de: `Unbekanntes Bundesland ${JSON.stringify(input.state)}` },
        guess === undefined
          ? { en: `Use one of ${FEDERAL_STATES.join(', ')}`, de: `Verwenden Sie eines von ${FEDERAL_STATES.join(', ')}` }
          : { en: `Did you mean '${guess}'?`, de: `Meinten Sie „${guess}“?` },
      );
    }
  }
  if (input.region !== undefined) {
    if (input.state === undefined) {
      bad('/region', { en: 'A region needs a state', de: 'Eine Region braucht ein Bundesland' });
    } else if (state !== undefined) {
      const regions = holidayRegions(state);
      if (typeof input.region !== 'string' || !Object.hasOwn(regions, input.region)) {
        const codes = Object.keys(regions);
        const guess = typeof input.region === 'string' ? didYouMean(input.region, codes) : undefined;
        const list = codes.map((c) => `${c} (${regions[c]})`).join(', ');
        bad(
          '/region',
          {
            en: `date-holidays knows no region ${JSON.stringify(input.region)} in ${state}`,
            de: `date-holidays kennt keine Region ${JSON.stringify(input.region)} in ${state}`,
          },
          guess !== undefined
            ? { en: `Did you mean '${guess}'?`, de: `Meinten Sie „${guess}“?` }
            : codes.length === 0
              ? { en: `${state} has no regions; leave region out`, de: `${state} hat keine Regionen; lassen Sie region weg` }
              : { en: `Known regions: ${list}`, de: `Bekannte Regionen: ${list}` },
        );
      }
    }
  }

  (input.blackouts ?? []).forEach((b, i) => {
    const from = typeof b === 'string' ? b : b?.from;
    const to = typeof b === 'string' ? b : b?.to;
    if (typeof from !== 'string' || typeof to !== 'string' || !isCalendarDate(from) || !isCalendarDate(to)) {
      bad(`/blackouts/${i}`, {
        en: `Blackout ${JSON.stringify(b)} is not a date or { from, to } of dates`,
        de: `Sperrtermin ${JSON.stringify(b)} ist kein Datum und kein { from, to } aus Daten`,
      });
    } else if (to < from) {
      bad(`/blackouts/${i}`, {
        en: `Blackout ends (${to}) before it starts (${from})`,
        de: `Sperrtermin endet (${to}) vor seinem Beginn (${from})`,
      });
    }
  });
  (input.extraHolidays ?? []).forEach((h, i) => {
    if (typeof h !== 'object' || h === null || typeof h.date !== 'string' || !isCalendarDate(h.date)) {
      bad(`/extraHolidays/${i}`, {
        en: `Local holiday ${JSON.stringify(h)} needs a date (YYYY-MM-DD)`,
        de: `Örtlicher Feiertag ${JSON.stringify(h)} braucht ein Datum (JJJJ-MM-TT)`,
      });
    }
  });
  (input.fixed ?? []).forEach((s, i) => {
    if (typeof s !== 'object' || s === null) {
      bad(`/fixed/${i}`, { en: 'An agreed session must be a session object', de: 'Ein vereinbarter Termin muss ein Termin-Objekt sein' });
    } else if (s.date !== undefined && !isCalendarDate(s.date)) {
      bad(`/fixed/${i}/date`, {
        en: `Agreed session date ${JSON.stringify(s.date)} is not a calendar date`,
        de: `Datum ${JSON.stringify(s.date)} des vereinbarten Termins ist kein Kalenderdatum`,
      });
    }
  });
  if (input.distribute !== undefined && input.distribute !== 'pack' && input.distribute !== 'spread') {
    bad('/distribute', {
      en: `distribute must be 'pack' or 'spread', not ${JSON.stringify(input.distribute)}`,
      de: `distribute muss 'pack' oder 'spread' sein, nicht ${JSON.stringify(input.distribute)}`,
    });
  }

  if (input.id !== undefined && (typeof input.id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(input.id))) {
    bad('/id', {
      en: `Offering id ${JSON.stringify(input.id)} is not an identifier (letters, digits, ".", "_", "-")`,
      de: `Kennung ${JSON.stringify(input.id)} ist keine gültige Kennung (Buchstaben, Ziffern, „.“, „_“, „-“)`,
    });
  }
  if (input.track !== undefined && typeof input.track !== 'string') {
    bad('/track', { en: 'track must be a track id', de: 'track muss die Kennung eines Zweigs sein' });
  }

  const unitMinutes = input.unitMinutes ?? 45;
  const maxUnitsPerDay = input.maxUnitsPerDay ?? 8;
  if (diagnostics.length > 0 || window === undefined) return { ok: false, diagnostics };

  const windowMinutes = windowTeachingMinutes(window, breaks);
  const dayCapacity = Math.min(windowMinutes, maxUnitsPerDay * unitMinutes);
  const distribute =
    start === undefined ? 'backward' : end !== undefined && input.distribute !== 'pack' ? 'spread' : 'pack';
  return {
    ok: true,
    value: {
      id: input.id,
      track: input.track,
      start,
      end,
      timeZone,
      weekdays,
      window,
      breaks,
      breaksGiven: input.breaks !== undefined,
      unitMinutes,
      maxUnitsPerDay,
      windowMinutes,
      dayCapacity,
      maxDaysPerWeek: input.maxDaysPerWeek,
      minGapDays: input.minGapDays ?? 1,
      maxGapDays: input.maxGapDays,
      blockDays: input.blocks?.days ?? 1,
      blockCount: input.blocks?.count,
      blackouts: [...(input.blackouts ?? [])],
      state,
      region: input.region,
      extraHolidays: [...(input.extraHolidays ?? [])],
      fixed: [...(input.fixed ?? [])],
      splitModules: input.splitModules !== false,
      includeOptional: input.includeOptional === true,
      distribute,
      locale,
    },
  };
}
