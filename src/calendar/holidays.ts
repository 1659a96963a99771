import { describeValue } from '../core/arguments.js';
import { lazyRequire } from '../core/lazy-require.js';
import type { Locale } from '../core/locale.js';
import { CurriculaUsageError } from '../core/errors.js';
import { isCalendarDate } from '../model/calendar-date.js';
import { FEDERAL_STATES, type FederalState } from '../model/federal-state.js';
import { toDayNumber, yearOfDayNumber } from './calendar-day.js';

/**
 * A public holiday (gesetzlicher Feiertag) on a local date, named as
 * date-holidays names it in German ("Neujahr", "Augsburger Friedensfest")
 * and in English ("New Year's Day", "Augsburg Peace Festival"), or as the
 * organiser named a local holiday (`nameEn` may then be left out; English
 * messages use `name`).
 *
 * @example
 * ```ts
 * import type { Holiday } from 'curricula';
 * const h: Holiday = { date: '2027-01-06', name: 'Heilige Drei Könige', nameEn: 'Epiphany' };
 * ```
 */
export interface Holiday {
  date: string;
  name: string;
  nameEn?: string | undefined;
}

/**
 * Where holidays apply: a federal state and, where date-holidays knows one,
 * a region within it (e.g. `{ state: 'BY', region: 'A' }` for Augsburg).
 * Without a state (`{}`), the public holidays of all of Germany (Neujahr,
 * Karfreitag, Ostermontag, Tag der Arbeit, Christi Himmelfahrt,
 * Pfingstmontag, Tag der Deutschen Einheit, both days of Christmas): a
 * date nobody teaches on whatever the state. A region needs a state.
 *
 * @example
 * ```ts
 * import type { HolidayPlace } from 'curricula';
 * const augsburg: HolidayPlace = { state: 'BY', region: 'A' };
 * const germany: HolidayPlace = {};
 * ```
 */
export interface HolidayPlace {
  state?: FederalState | undefined;
  region?: string | undefined;
}

interface HolidaysInstance {
  getHolidays(year: number, language: string): { date: string; name: string; type: string }[] | undefined;
  getRegions(country: string, state: string): Record<string, string> | undefined;
}
type HolidaysConstructor = new (country?: string, state?: string, region?: string) => HolidaysInstance;

let HolidaysClass: HolidaysConstructor | undefined;

// date-holidays carries every country's rules (~1 MB); most runs never ask
// for a holiday, so it is required on first use only, synchronously so that
// the API stays synchronous.
function holidaysClass(): HolidaysConstructor {
  if (HolidaysClass === undefined) {
    const required = lazyRequire<HolidaysConstructor | { default: HolidaysConstructor }>('date-holidays') as
      | HolidaysConstructor
      | { default: HolidaysConstructor };
    HolidaysClass = typeof required === 'function' ? required : required.default;
  }
  return HolidaysClass;
}

const instances = new Map<string, HolidaysInstance>();
const years = new Map<string, readonly Holiday[]>();
const regionTables = new Map<FederalState, Readonly<Record<string, string>>>();

function checkState(state: string): asserts state is FederalState {
  if (!(FEDERAL_STATES as readonly string[]).includes(state)) {
    throw new CurriculaUsageError(`Unknown federal state ${describeValue(state)}; expected one of ${FEDERAL_STATES.join(', ')}`);
  }
}

/**
 * The regions date-holidays knows within a federal state, code to name
 * (e.g. BY → `{ A: 'Stadt Augsburg', KATH: …, EVANG: … }`); empty when it
 * knows none. Use it to check a region a user typed.
 *
 * @example
 * ```ts
 * import { holidayRegions } from 'curricula';
 * holidayRegions('BY').A; // 'Stadt Augsburg'
 * ```
 */
export function holidayRegions(state: FederalState): Readonly<Record<string, string>> {
  checkState(state);
  let table = regionTables.get(state);
  if (table === undefined) {
    const Holidays = holidaysClass();
    table = Object.freeze({ ...(new Holidays().getRegions('DE', state) ?? {}) });
    regionTables.set(state, table);
  }
  return table;
}

function publicHolidaysOfYear(place: HolidayPlace, year: number): readonly Holiday[] {
  const instanceKey = `${place.state ?? ''}/${place.region ?? ''}`;
  const key = `${instanceKey}/${year}`;
  let list = years.get(key);
  if (list === undefined) {
    let instance = instances.get(instanceKey);
    if (instance === undefined) {
      const Holidays = holidaysClass();
      // Germany without a state: date-holidays then gives the holidays every state keeps.
      instance =
        place.state === undefined
          ? new Holidays('DE')
          : place.region === undefined
            ? new Holidays('DE', place.state)
            : new Holidays('DE', place.state, place.region);
      instances.set(instanceKey, instance);
    }
    // `date` is the local date and time as text ("2027-01-06 00:00:00"); its
    // first ten characters are the calendar date whatever zone the process is in.
    // The language is always given: date-holidays keeps the last one asked for as the default.
    const german = (instance.getHolidays(year, 'de') ?? []).filter((h) => h.type === 'public');
    const english = (instance.getHolidays(year, 'en') ?? []).filter((h) => h.type === 'public');
    list = Object.freeze(
      german
        .map((h, i) => {
          const date = h.date.slice(0, 10);
          // Both lists come from the same rules in the same order; a name is only taken from the same date.
          const en = english[i];
          return en !== undefined && en.date === h.date ? { date, name: h.name, nameEn: en.name } : { date, name: h.name };
        })
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    );
    years.set(key, list);
  }
  return list;
}

// Day numbers of the cached holiday lists: every plan builds its own
// calendar, and parsing the same dates again for each one is garbage.
const dayNumberLists = new WeakMap<readonly Holiday[], readonly number[]>();

function dayNumbersOf(list: readonly Holiday[]): readonly number[] {
  let days = dayNumberLists.get(list);
  if (days === undefined) {
    days = Object.freeze(list.map((h) => toDayNumber(h.date)));
    dayNumberLists.set(list, days);
  }
  return days;
}

function checkPlace(place: HolidayPlace): void {
  if (place.state === undefined) {
    if (place.region !== undefined) throw new CurriculaUsageError(`A region (${describeValue(place.region)}) needs a state`);
    return;
  }
  checkState(place.state);
  if (place.region !== undefined && !Object.hasOwn(holidayRegions(place.state), place.region)) {
    throw new CurriculaUsageError(
      `date-holidays knows no region ${describeValue(place.region)} in ${place.state}; see holidayRegions('${place.state}')`,
    );
  }
}

function checkDate(date: string): void {
  if (!isCalendarDate(date)) throw new CurriculaUsageError(`Not a calendar date (YYYY-MM-DD): ${describeValue(date)}`);
}

/**
 * The public holidays (type "public" in date-holidays) of a federal state,
 * and of a region in it when given (without a state: the nationwide ones),
 * from `from` to `to` inclusive, in date order. Two holidays on one date are both listed. date-holidays is loaded
 * on the first call. Throws {@link CurriculaUsageError} for an invalid date,
 * state or region (check user input with {@link holidayRegions}).
 *
 * @example
 * ```ts
 * import { holidaysBetween } from 'curricula';
 * holidaysBetween('2027-01-01', '2027-01-31', { state: 'BW' });
 * // [{ date: '2027-01-01', name: 'Neujahr', nameEn: "New Year's Day" },
 * //  { date: '2027-01-06', name: 'Heilige Drei Könige', nameEn: 'Epiphany' }]
 * holidaysBetween('2027-08-01', '2027-08-31', { state: 'BY', region: 'A' });
 * // [{ date: '2027-08-08', name: 'Augsburger Friedensfest', nameEn: 'Augsburg Peace Festival' },
 * //  { date: '2027-08-15', name: 'Mariä Himmelfahrt', nameEn: 'Assumption' }]
 * holidaysBetween('2027-01-01', '2027-01-31', {}); // [{ date: '2027-01-01', name: 'Neujahr', nameEn: "New Year's Day" }]
 * ```
 */
export function holidaysBetween(from: string, to: string, place: HolidayPlace): Holiday[] {
  checkDate(from);
  checkDate(to);
  checkPlace(place);
  const out: Holiday[] = [];
  if (to < from) return out;
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  for (let year = first; year <= last; year++) {
    for (const h of publicHolidaysOfYear(place, year)) {
      if (h.date >= from && h.date <= to) out.push({ ...h });
    }
  }
  return out;
}

/**
 * The public holidays on the given dates (any order, repeats allowed), by
 * date; dates without one are left out. Only the years of the dates are
 * computed, so a single mistyped year (9999-01-01 among dates of 2027)
 * costs one year more, not thousands. Throws like {@link holidaysBetween}.
 *
 * @example
 * ```ts
 * // Internal to the calendar and the validator; not part of the public API.
 * holidaysOnDates(['2027-01-06', '2027-01-07', '9999-12-25'], { state: 'BW' });
 * // Map { '2027-01-06' => [{ name: 'Heilige Drei Könige', … }], '9999-12-25' => [{ name: '1. Weihnachtstag', … }] }
 * ```
 */
export function holidaysOnDates(dates: Iterable<string>, place: HolidayPlace): Map<string, Holiday[]> {
  checkPlace(place);
  const wanted = new Set<string>();
  // The years in the order their first date comes: the walk below then needs no pass over `wanted`.
  const years = new Set<number>();
  for (const date of dates) {
    checkDate(date);
    if (wanted.has(date)) continue;
    wanted.add(date);
    years.add(Number(date.slice(0, 4)));
  }
  const out = new Map<string, Holiday[]>();
  for (const year of years) {
    for (const h of publicHolidaysOfYear(place, year)) {
      if (!wanted.has(h.date)) continue;
      const list = out.get(h.date);
      if (list === undefined) out.set(h.date, [{ ...h }]);
      else list.push({ ...h });
    }
  }
  return out;
}

/**
 * The public holiday on `date` in a state (and region; without a state,
 * the nationwide ones), or undefined. When two fall on one date, their
 * names are joined with " / ".
 *
 * @example
 * ```ts
 * import { isHoliday } from 'curricula';
 * isHoliday('2027-10-03', { state: 'BE' }); // { date: '2027-10-03', name: 'Tag der Deutschen Einheit', nameEn: 'National Holiday' }
 * isHoliday('2027-10-04', { state: 'BE' }); // undefined
 * isHoliday('2027-12-25', {})?.name; // '1. Weihnachtstag'
 * ```
 */
export function isHoliday(date: string, place: HolidayPlace): Holiday | undefined {
  const found = holidaysBetween(date, date, place);
  if (found.length === 0) return undefined;
  return { date, name: found.map((h) => h.name).join(' / '), nameEn: found.map((h) => h.nameEn ?? h.name).join(' / ') };
}

/**
 * Holidays by day number for fast lookups over long plans: one date-holidays
 * call per year, made when a year is first asked for; plus local holidays
 * the organiser adds. Without a place it knows the nationwide public
 * holidays (and the local ones).
 *
 * @example
 * ```ts
 * // Internal to the calendar and the planner; not part of the public API.
 * const cal = new HolidayCalendar({ state: 'BY', region: 'A' }, [{ date: '2027-02-11', name: 'Gumpiger Donnerstag' }]);
 * cal.namesOn(toDayNumber('2027-08-08')); // ['Augsburger Friedensfest']
 * cal.namesOn(toDayNumber('2027-08-08'), 'en'); // ['Augsburg Peace Festival']
 * cal.isPublic(toDayNumber('2027-02-11')); // false
 * ```
 */
export class HolidayCalendar {
  readonly #place: HolidayPlace;
  readonly #extra = new Map<number, Holiday[]>();
  readonly #loadedYears = new Set<number>();
  readonly #byDay = new Map<number, Holiday[]>();

  /** `extra` are local holidays the organiser adds (they need no state). */
  constructor(place: HolidayPlace | undefined, extra: readonly Holiday[] = []) {
    this.#place = place ?? {};
    checkPlace(this.#place);
    for (const h of extra) {
      checkDate(h.date);
      const day = toDayNumber(h.date);
      const list = this.#extra.get(day) ?? [];
      list.push(h);
      this.#extra.set(day, list);
    }
  }

  /**
   * The holiday names on a day (public first, then local), or undefined:
   * German by default, English with `'en'` (a local holiday without
   * `nameEn` keeps its one name).
   */
  namesOn(day: number, language: Locale = 'de'): readonly string[] | undefined {
    const found = this.#holidaysOn(day);
    return found?.map((h) => (language === 'en' ? (h.nameEn ?? h.name) : h.name));
  }

  #holidaysOn(day: number): readonly Holiday[] | undefined {
    const year = yearOfDayNumber(day);
    if (!this.#loadedYears.has(year)) {
      this.#loadedYears.add(year);
      const list = publicHolidaysOfYear(this.#place, year);
      const dayNumbers = dayNumbersOf(list);
      for (let i = 0; i < list.length; i++) {
        const h = list[i]!;
        const d = dayNumbers[i]!;
        const onDay = this.#byDay.get(d);
        if (onDay === undefined) this.#byDay.set(d, [h]);
        else onDay.push(h);
      }
    }
    const pub = this.#byDay.get(day);
    const extra = this.#extra.get(day);
    if (pub === undefined) return extra;
    if (extra === undefined) return pub;
    return [...pub, ...extra];
  }

  /** True when the day is a public holiday of the place (not a local one). */
  isPublic(day: number): boolean {
    this.#holidaysOn(day);
    return this.#byDay.has(day);
  }
}
