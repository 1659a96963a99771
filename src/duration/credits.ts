import { CurriculaUsageError } from '../core/errors.js';
import type { MessageData } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import type { Amount } from './amount.js';
import { numberToRational, quantityProblemPhrase, scanQuantity } from './quantity.js';
import { multiply, rational, toDecimalString, type Rational } from './rational.js';
import { timeUnitOfWord } from './time-unit.js';

/**
 * Clock hours of workload (Arbeitsaufwand) that one ECTS credit
 * (Kreditpunkt, Leistungspunkt) stands for: 25 to 30 under the ECTS Users'
 * Guide. Programs may set their own ratio.
 *
 * @example
 * ```ts
 * import { DEFAULT_CREDIT_HOURS } from 'curricula';
 * 5 * DEFAULT_CREDIT_HOURS.min; // 125 hours at least for 5 ECTS
 * ```
 */
export const DEFAULT_CREDIT_HOURS: Readonly<{ min: number; max: number }> = Object.freeze({ min: 25, max: 30 });

/**
 * The message ids a credits failure is rendered with: ids of the
 * `duration/invalid` namespace of the message catalogs.
 *
 * @example
 * ```ts
 * import type { CreditsMessageId } from 'curricula';
 * const id: CreditsMessageId = 'creditsNegative';
 * ```
 */
export type CreditsMessageId =
  | 'creditsNegative'
  | 'creditsDecimals'
  | 'creditsTooLarge'
  | 'creditsNotFinite'
  | 'creditsNotText'
  | 'creditsSyntax'
  | 'creditsNotSingle'
  | 'creditsDuration'
  | 'creditsUnknownUnit';

/**
 * The credits of an amount, or the id and data of the message that says
 * why the amount is not a number of credits (render it with
 * `formatMessage(locale, 'duration/invalid', messageId, data)`).
 *
 * @example
 * ```ts
 * import { parseCredits, type CreditsParseResult } from 'curricula';
 * const result: CreditsParseResult = parseCredits('2,5 KP'); // { ok: true, credits: 2.5 }
 * ```
 */
export type CreditsParseResult = { ok: true; credits: number } | { ok: false; messageId: CreditsMessageId; data: MessageData };

const CREDIT_WORDS: ReadonlySet<string> = new Set([
  'ects', 'kp', 'cp', 'lp', 'credit', 'credits', 'kreditpunkt', 'kreditpunkte', 'leistungspunkt', 'leistungspunkte',
]);

/**
 * Whether a word after a number names ECTS credits ("ECTS", "KP", "CP",
 * "LP", "Kreditpunkte", "Leistungspunkte", "credits"), case-insensitive.
 *
 * @example
 * ```ts
 * isCreditWord('KP'); // true
 * isCreditWord('UE'); // false
 * ```
 */
export function isCreditWord(word: string): boolean {
  return CREDIT_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

function failCredits(messageId: CreditsMessageId, data: MessageData): CreditsParseResult {
  return { ok: false, messageId, data };
}

function checkCredits(value: Rational, negative: boolean, shown: string): CreditsParseResult {
  if (negative && value.num !== 0n) return failCredits('creditsNegative', { text: shown });
  // Two places cover every real ratio (2.5, 7.5) and keep credits exact as JS numbers.
  const decimal = toDecimalString(value, 2, '.');
  if (decimal === undefined) return failCredits('creditsDecimals', { text: shown });
  const credits = Number(decimal);
  if (!Number.isFinite(credits) || credits > 1e9) return failCredits('creditsTooLarge', { text: shown });
  return { ok: true, credits };
}

/**
 * Reads ECTS credits: a number, or a string with an optional unit word
 * ("5", "5 ECTS", "2,5 KP", "5 CP", "5 Kreditpunkte", "5 LP"), with at most
 * two decimal places. Anything else (including durations such as "5 UE")
 * fails with the id and data of a message. Never throws.
 *
 * @example
 * ```ts
 * import { parseCredits } from 'curricula';
 * parseCredits('2,5 KP'); // { ok: true, credits: 2.5 }
 * parseCredits('5 UE').ok; // false
 * ```
 */
export function parseCredits(amount: Amount): CreditsParseResult {
  if (typeof amount === 'number') {
    const value = numberToRational(amount);
    if (value === undefined) return failCredits('creditsNotFinite', { value: String(amount) });
    const negative = value.num < 0n;
    return checkCredits(negative ? rational(-value.num, value.den) : value, negative, String(amount));
  }
  if (typeof amount !== 'string') {
    return failCredits('creditsNotText', { got: amount === null ? 'null' : typeof amount });
  }
  const text = amount.trim();
  const scan = scanQuantity(amount);
  if (!scan.ok) return failCredits('creditsSyntax', { text, problem: quantityProblemPhrase(scan.problem) });
  const [part, ...more] = scan.parts;
  if (part === undefined || more.length > 0) return failCredits('creditsNotSingle', { text });
  if (part.unitWord !== undefined && !isCreditWord(part.unitWord)) {
    return timeUnitOfWord(part.unitWord) !== undefined
      ? failCredits('creditsDuration', { text })
      : failCredits('creditsUnknownUnit', { text, word: part.unitWord });
  }
  return checkCredits(part.value, scan.negative, text);
}

/**
 * Writes credits with the locale's decimal mark: "5 ECTS", "2.5 ECTS",
 * German "2,5 ECTS". Throws CurriculaUsageError for negative or non-finite
 * credits.
 *
 * @example
 * ```ts
 * import { formatCredits } from 'curricula';
 * formatCredits(5); // '5 ECTS'
 * formatCredits(2.5, 'de'); // '2,5 ECTS'
 * ```
 */
export function formatCredits(credits: number, locale: Locale = 'en'): string {
  const value = numberToRational(credits);
  if (value === undefined || value.num < 0n) {
    throw new CurriculaUsageError(`formatCredits: credits must be a non-negative finite number, got ${String(credits)}`);
  }
  // A decimal string of a number always ends, so enough places are always found.
  const text = toDecimalString(value, 400, locale === 'de' ? ',' : '.')!;
  return `${text} ECTS`;
}

function exact(n: number, what: string, caller: string): Rational {
  const value = numberToRational(n);
  if (value === undefined || value.num < 0n) {
    throw new CurriculaUsageError(`${caller}: ${what} must be a non-negative finite number, got ${String(n)}`);
  }
  return value;
}

/**
 * The workload in whole minutes of `credits` ECTS credits at
 * `hoursPerCredit` clock hours each (for example a bound of
 * {@link DEFAULT_CREDIT_HOURS}). Exact; throws CurriculaUsageError when the
 * product is not a whole number of minutes or an input is negative.
 *
 * @example
 * ```ts
 * import { creditsToMinutes, DEFAULT_CREDIT_HOURS } from 'curricula';
 * creditsToMinutes(5, DEFAULT_CREDIT_HOURS.min); // 7500 (125 hours)
 * creditsToMinutes(2.5, 30); // 4500
 * ```
 */
export function creditsToMinutes(credits: number, hoursPerCredit: number): number {
  const product = multiply(
    multiply(exact(credits, 'credits', 'creditsToMinutes'), exact(hoursPerCredit, 'hoursPerCredit', 'creditsToMinutes')),
    rational(60n),
  );
  if (product.den !== 1n || product.num > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new CurriculaUsageError(
      `creditsToMinutes: ${String(credits)} credits at ${String(hoursPerCredit)} hours each is not a whole number of minutes`,
    );
  }
  return Number(product.num);
}

/**
 * Clock hours of workload per ECTS credit, to compare with
 * {@link DEFAULT_CREDIT_HOURS}; a plain number, since it is only compared.
 * Throws CurriculaUsageError when credits are not positive or minutes are
 * not a non-negative whole number.
 *
 * @example
 * ```ts
 * import { workloadPerCredit } from 'curricula';
 * workloadPerCredit(7200, 5); // 24 (120 hours for 5 credits: below 25)
 * ```
 */
export function workloadPerCredit(minutes: number, credits: number): number {
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw new CurriculaUsageError(`workloadPerCredit: minutes must be a non-negative whole number, got ${String(minutes)}`);
  }
  if (!Number.isFinite(credits) || credits <= 0) {
    throw new CurriculaUsageError(`workloadPerCredit: credits must be positive, got ${String(credits)}`);
  }
  return minutes / 60 / credits;
}
