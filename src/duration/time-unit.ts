import type { Locale } from '../core/locale.js';

/**
 * A unit of hour budgets: the teaching unit (Unterrichtseinheit, UE, 45
 * minutes), the learning unit (Lerneinheit, LE, 45 minutes, as sports
 * federations count: the same length as UE, kept apart so a document says
 * what its source says), the clock hour (Zeitstunde, h, 60 minutes) or the
 * minute.
 *
 * @example
 * ```ts
 * import type { TimeUnit } from 'curricula';
 * const unit: TimeUnit = 'UE';
 * ```
 */
export type TimeUnit = 'UE' | 'LE' | 'h' | 'min';

/**
 * Every {@link TimeUnit}, largest first by convention of documents (UE first
 * because it is the default unit of programs).
 *
 * @example
 * ```ts
 * import { TIME_UNITS } from 'curricula';
 * TIME_UNITS.includes('h'); // true
 * ```
 */
export const TIME_UNITS: readonly TimeUnit[] = Object.freeze(['UE', 'LE', 'h', 'min'] as const);

/**
 * Minutes in one of each unit (Minuten je Einheit).
 *
 * @example
 * ```ts
 * import { MINUTES_PER_UNIT } from 'curricula';
 * 160 * MINUTES_PER_UNIT.UE; // 7200
 * ```
 */
export const MINUTES_PER_UNIT: Readonly<Record<TimeUnit, number>> = Object.freeze({ UE: 45, LE: 45, h: 60, min: 1 });

const LABELS: Readonly<Record<Locale, Readonly<Record<TimeUnit, string>>>> = {
  en: { UE: 'UE', LE: 'LE', h: 'h', min: 'min' },
  de: { UE: 'UE', LE: 'LE', h: 'Std.', min: 'Min.' },
};

/**
 * The short label of a unit as written after a number; every label parses
 * back to its unit.
 *
 * @example
 * ```ts
 * unitLabel('h', 'de'); // 'Std.'
 * ```
 */
export function unitLabel(unit: TimeUnit, locale: Locale): string {
  return LABELS[locale][unit];
}

/**
 * Whether a value is a {@link TimeUnit}.
 *
 * @example
 * ```ts
 * isTimeUnit('UE'); // true
 * isTimeUnit('ECTS'); // false
 * ```
 */
export function isTimeUnit(value: unknown): value is TimeUnit {
  return value === 'UE' || value === 'LE' || value === 'h' || value === 'min';
}

// The words German and English documents use after a number, as they are
// usually spelt; matched case-insensitively and without a trailing dot.
// "Stunde(n)" alone means clock hours in practice.
const SPELLINGS: readonly (readonly [string, TimeUnit])[] = [
  ['UE', 'UE'],
  ['Ustd.', 'UE'],
  ['Unterrichtsstunde', 'UE'],
  ['Unterrichtsstunden', 'UE'],
  ['Unterrichtseinheit', 'UE'],
  ['Unterrichtseinheiten', 'UE'],
  ['LE', 'LE'],
  ['Lerneinheit', 'LE'],
  ['Lerneinheiten', 'LE'],
  ['Lehreinheit', 'LE'],
  ['Lehreinheiten', 'LE'],
  ['h', 'h'],
  ['Std.', 'h'],
  ['Stunde', 'h'],
  ['Stunden', 'h'],
  ['Zeitstunde', 'h'],
  ['Zeitstunden', 'h'],
  ['hour', 'h'],
  ['hours', 'h'],
  ['hr', 'h'],
  ['hrs', 'h'],
  ['min', 'min'],
  ['Min.', 'min'],
  ['minute', 'min'],
  ['minutes', 'min'],
  ['Minute', 'min'],
  ['Minuten', 'min'],
];

const UNIT_WORDS: ReadonlyMap<string, TimeUnit> = new Map(SPELLINGS.map(([word, unit]) => [normalizeWord(word), unit]));

/**
 * The unit words a duration string may carry, as shown in messages.
 *
 * @example
 * ```ts
 * KNOWN_UNIT_WORDS.includes('Ustd.'); // true
 * ```
 */
export const KNOWN_UNIT_WORDS: readonly string[] = Object.freeze([
  'UE', 'Ustd.', 'Unterrichtsstunden', 'Unterrichtseinheiten',
  'LE', 'Lerneinheiten',
  'h', 'Std.', 'Stunden', 'Zeitstunden', 'hours',
  'min', 'Min.', 'Minuten', 'minutes',
]);

/**
 * The unit a word after a number stands for, case-insensitive, with or
 * without a trailing dot; undefined for words that are not time units.
 *
 * @example
 * ```ts
 * timeUnitOfWord('Ustd.'); // 'UE'
 * timeUnitOfWord('ECTS'); // undefined
 * ```
 */
export function timeUnitOfWord(word: string): TimeUnit | undefined {
  return UNIT_WORDS.get(normalizeWord(word));
}

/**
 * The usual spellings of the words {@link timeUnitOfWord} accepts, for
 * "did you mean" suggestions.
 *
 * @example
 * ```ts
 * timeUnitWords().includes('Zeitstunden'); // true
 * ```
 */
export function timeUnitWords(): readonly string[] {
  return SPELLINGS.map(([word]) => word);
}

/**
 * Lower case without a trailing dot, the form unit words are looked up in.
 *
 * @example
 * ```ts
 * normalizeWord('Std.'); // 'std'
 * ```
 */
function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}
