import { describeValue } from '../core/arguments.js';
import { didYouMean } from '../core/did-you-mean.js';
import { CurriculaUsageError } from '../core/errors.js';
import type { MessageData } from '../core/diagnostic.js';
import type { Amount } from './amount.js';
import { isCreditWord } from './credits.js';
import { numberToRational, quantityProblemPhrase, scanQuantity, type QuantityProblem } from './quantity.js';
import { add, isWhole, multiply, rational, toMixedString, type Rational } from './rational.js';
import {
  KNOWN_UNIT_WORDS,
  MINUTES_PER_UNIT,
  isTimeUnit,
  timeUnitOfWord,
  timeUnitWords,
  unitLabel,
  type TimeUnit,
} from './time-unit.js';

/**
 * Why an amount is not a duration:
 * - `syntax`: not a number (Zahl) with an optional unit;
 * - `unknown-unit`: a word after the number that is not a time unit;
 * - `negative`: below zero;
 * - `not-whole-minutes`: exact, but not a whole number of minutes ("1/7 UE");
 * - `not-finite`: NaN, an infinity, or too large to count exactly.
 *
 * @example
 * ```ts
 * import type { DurationFailureReason } from 'curricula';
 * const reason: DurationFailureReason = 'not-whole-minutes';
 * ```
 */
export type DurationFailureReason = 'syntax' | 'unknown-unit' | 'negative' | 'not-whole-minutes' | 'not-finite';

/**
 * The message ids a duration failure is rendered with: ids of the
 * `duration/invalid` namespace of the message catalogs.
 *
 * @example
 * ```ts
 * import type { DurationMessageId } from 'curricula';
 * const id: DurationMessageId = 'negative';
 * ```
 */
export type DurationMessageId = 'notDuration' | 'notText' | 'creditUnit' | 'unknownUnit' | 'unknownUnitDidYouMean' | 'negative' | 'notWholeMinutes' | 'tooLarge' | 'notFinite';

/**
 * The exact minutes of an amount, or why there are none: the reason, and
 * the id and data of the message that explains it (render it with
 * `formatMessage(locale, 'duration/invalid', messageId, data)`).
 *
 * @example
 * ```ts
 * import { parseDuration, type DurationParseResult } from 'curricula';
 * const result: DurationParseResult = parseDuration('2 2/3', 'UE'); // { ok: true, minutes: 120 }
 * ```
 */
export type DurationParseResult =
  | { ok: true; minutes: number }
  | { ok: false; reason: DurationFailureReason; messageId: DurationMessageId; data: MessageData };

function fail(reason: DurationFailureReason, messageId: DurationMessageId, data: MessageData): DurationParseResult {
  return { ok: false, reason, messageId, data };
}

function syntaxFailure(text: string, problem: QuantityProblem): DurationParseResult {
  return fail('syntax', 'notDuration', { text, problem: quantityProblemPhrase(problem) });
}

function unknownUnitFailure(text: string, word: string): DurationParseResult {
  const units = KNOWN_UNIT_WORDS;
  if (isCreditWord(word)) return fail('unknown-unit', 'creditUnit', { text, word, units });
  const suggestion = didYouMean(word, timeUnitWords());
  return suggestion === undefined
    ? fail('unknown-unit', 'unknownUnit', { text, word, units })
    : fail('unknown-unit', 'unknownUnitDidYouMean', { text, word, suggestion, units });
}

function toMinutes(parts: readonly { value: Rational; unit: TimeUnit }[], negative: boolean, shown: string): DurationParseResult {
  let total = rational(0n);
  for (const part of parts) total = add(total, multiply(part.value, rational(BigInt(MINUTES_PER_UNIT[part.unit]))));
  if (negative && total.num !== 0n) return fail('negative', 'negative', { text: shown });
  if (!isWhole(total)) {
    const below = total.num / total.den;
    return fail('not-whole-minutes', 'notWholeMinutes', { text: shown, exact: toMixedString(total), below: String(below), above: String(below + 1n) });
  }
  if (total.num > BigInt(Number.MAX_SAFE_INTEGER)) return fail('not-finite', 'tooLarge', { text: shown, max: Number.MAX_SAFE_INTEGER });
  return { ok: true, minutes: Number(total.num) };
}

// Real documents repeat a handful of amounts ("16", "2 2/3") thousands of times, and the loader,
// the validator and the planner each read them; exact rational parsing is costly enough to keep
// the results. Map keys compare numbers by value (0 and -0 alike, which parse alike) and keep
// 16 and "16" apart. Results are frozen because every caller shares them.
const CACHES: Readonly<Record<TimeUnit, Map<Amount, DurationParseResult>>> = { UE: new Map(), LE: new Map(), h: new Map(), min: new Map() };
const MAX_CACHED = 4096;
const MAX_CACHED_LENGTH = 64;

/**
 * Reads an hour budget exactly, as whole minutes (Minuten). Numbers are in
 * `unit` and read via their shortest decimal form (2.5 is exactly 5/2);
 * strings may carry their own unit: "16", "16 UE", "2 2/3", "2⅔", "2/3",
 * "2,5", "2.5 h", "90 min", "6 Std.", "6 Zeitstunden", "4 Ustd.",
 * "1 h 30 min". Units are case-insensitive; 1 UE = 45 min, 1 h = 60 min.
 * An amount that is not a whole number of minutes fails; nothing is ever
 * rounded. Never throws for any string or number. The result is frozen:
 * results are remembered and the same amount gives the same object.
 *
 * @example
 * ```ts
 * import { parseDuration } from 'curricula';
 * parseDuration('2 2/3', 'UE'); // { ok: true, minutes: 120 }
 * parseDuration('2,5 Std.', 'UE'); // { ok: true, minutes: 150 }
 * parseDuration('1/7', 'UE'); // { ok: false, reason: 'not-whole-minutes', messageId: 'notWholeMinutes', data: { text: '1/7 UE', exact: '6 3/7', … } }
 * ```
 */
export function parseDuration(amount: Amount, unit: TimeUnit): DurationParseResult {
  if (!isTimeUnit(unit)) throw new CurriculaUsageError(`parseDuration: unknown unit ${describeValue(unit)}; expected one of UE, LE, h, min`);
  const cacheable = typeof amount === 'number' || (typeof amount === 'string' && amount.length <= MAX_CACHED_LENGTH);
  if (!cacheable) return freeze(parseUncached(amount, unit));
  const cache = CACHES[unit];
  let result = cache.get(amount);
  if (result === undefined) {
    result = freeze(parseUncached(amount, unit));
    // Bounded: a long-running process that sees endless distinct amounts keeps at most this many.
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(amount, result);
  }
  return result;
}

function freeze(result: DurationParseResult): DurationParseResult {
  if (!result.ok) Object.freeze(result.data);
  return Object.freeze(result);
}

function parseUncached(amount: Amount, unit: TimeUnit): DurationParseResult {
  if (typeof amount === 'number') {
    const value = numberToRational(amount);
    if (value === undefined) return fail('not-finite', 'notFinite', { value: String(amount) });
    const negative = value.num < 0n;
    const magnitude = negative ? rational(-value.num, value.den) : value;
    return toMinutes([{ value: magnitude, unit }], negative, `${String(amount)} ${unitLabel(unit, 'en')}`);
  }
  if (typeof amount !== 'string') {
    return fail('syntax', 'notText', { got: amount === null ? 'null' : typeof amount });
  }
  const scan = scanQuantity(amount);
  if (!scan.ok) return syntaxFailure(amount, scan.problem);
  const parts: { value: Rational; unit: TimeUnit }[] = [];
  for (const part of scan.parts) {
    const own = part.unitWord === undefined ? unit : timeUnitOfWord(part.unitWord);
    if (own === undefined) return unknownUnitFailure(amount.trim(), part.unitWord!);
    parts.push({ value: part.value, unit: own });
  }
  const text = amount.trim();
  const shown = scan.parts[0]!.unitWord === undefined ? `${text} ${unitLabel(unit, 'en')}` : text;
  return toMinutes(parts, scan.negative, shown);
}

/**
 * The exact minutes of an amount known to be valid (a constant in code, or
 * one that {@link parseDuration} already accepted). Throws
 * CurriculaUsageError otherwise: use {@link parseDuration} for user input.
 *
 * @example
 * ```ts
 * import { minutesOf } from 'curricula';
 * minutesOf(160, 'UE'); // 7200
 * minutesOf('1 h 30 min', 'UE'); // 90
 * ```
 */
export function minutesOf(amount: Amount, unit: TimeUnit): number {
  const result = parseDuration(amount, unit);
  if (!result.ok) {
    throw new CurriculaUsageError(`minutesOf: ${describeValue(amount)} is not a duration in ${unit} (${result.reason}); use parseDuration for user input`);
  }
  return result.minutes;
}

/**
 * The unit an amount is written in when it names one unit of its own
 * (`"20 UE"` is UE, `"6 Std."` is h), so that a message can give a figure
 * the way the author wrote it ("declares 20 UE (15 h)"); undefined for a
 * plain number (it is in the document's unit), a mix (`"1 h 30 min"`) or
 * anything that does not parse.
 *
 * @example
 * ```ts
 * writtenUnit('20 UE'); // 'UE'
 * writtenUnit('2,5 Std.'); // 'h'
 * writtenUnit(20); // undefined
 * ```
 */
export function writtenUnit(amount: Amount | undefined): TimeUnit | undefined {
  if (typeof amount !== 'string') return undefined;
  const scan = scanQuantity(amount);
  if (!scan.ok || scan.parts.length !== 1) return undefined;
  const word = scan.parts[0]!.unitWord;
  return word === undefined ? undefined : timeUnitOfWord(word);
}
