import { match } from 'ts-pattern';
import type { Phrase } from '../core/diagnostic.js';
import { fromDecimal, rational, type Rational } from './rational.js';

/**
 * One number with the word written after it, as read from "2 2/3 UE" or
 * one part of "1 h 30 min".
 *
 * @example
 * ```ts
 * const part: QuantityPart = { value: rational(8n, 3n), numberText: '2 2/3', unitWord: 'UE' };
 * ```
 */
interface QuantityPart {
  value: Rational;
  numberText: string;
  unitWord: string | undefined;
}

/**
 * Why a text is not a quantity; each has its own explanation in
 * {@link quantityProblemPhrase}.
 *
 * @example
 * ```ts
 * const problem: QuantityProblem = 'thousands';
 * ```
 */
export type QuantityProblem = 'empty' | 'too-long' | 'exponent' | 'thousands' | 'zero-denominator' | 'missing-unit' | 'syntax';

/**
 * The result of {@link scanQuantity}: the sign and the parts, or a problem.
 *
 * @example
 * ```ts
 * const scan: QuantityScan = scanQuantity('1 h 30 min');
 * ```
 */
export type QuantityScan =
  | { ok: true; negative: boolean; parts: QuantityPart[] }
  | { ok: false; problem: QuantityProblem };

/** Longest text worth reading; longer input is rejected before any bigint work. */
const MAX_LENGTH = 200;

const GLYPHS: Readonly<Record<string, readonly [bigint, bigint]>> = {
  '½': [1n, 2n], '⅓': [1n, 3n], '⅔': [2n, 3n], '¼': [1n, 4n], '¾': [3n, 4n],
  '⅕': [1n, 5n], '⅖': [2n, 5n], '⅗': [3n, 5n], '⅘': [4n, 5n], '⅙': [1n, 6n],
  '⅚': [5n, 6n], '⅐': [1n, 7n], '⅛': [1n, 8n], '⅜': [3n, 8n], '⅝': [5n, 8n],
  '⅞': [7n, 8n], '⅑': [1n, 9n], '⅒': [1n, 10n],
};

/**
 * The vulgar fraction glyph for `num/den`, if Unicode has one.
 *
 * @example
 * ```ts
 * glyphOf(2n, 3n); // '⅔'
 * glyphOf(7n, 45n); // undefined
 * ```
 */
export function glyphOf(num: bigint, den: bigint): string | undefined {
  for (const [glyph, [n, d]] of Object.entries(GLYPHS)) if (n === num && d === den) return glyph;
  return undefined;
}

// "⁄" (fraction slash) is what some editors turn "/" into.
const MIXED = /(\d+)\s+(\d+)[/⁄](\d+)/y;
const FRACTION = /(\d+)[/⁄](\d+)/y;
const GLYPH = /(\d+)?\s*([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒])/y;
const DECIMAL = /(\d+)(?:[.,](\d+))?/y;
const WORD = /\s*(\p{L}+\.?)/uy;
const SPACE = /\s*/y;

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

type NumberMatch = { value: Rational; end: number } | { problem: QuantityProblem };

function readNumber(text: string, pos: number): NumberMatch | undefined {
  let m = at(MIXED, text, pos) ?? at(FRACTION, text, pos);
  if (m) {
    const den = BigInt(m[m.length - 1]!);
    if (den === 0n) return { problem: 'zero-denominator' };
    const whole = m.length === 4 ? BigInt(m[1]!) : 0n;
    const num = BigInt(m[m.length - 2]!);
    return { value: rational(whole * den + num, den), end: pos + m[0].length };
  }
  m = at(GLYPH, text, pos);
  if (m) {
    const [n, d] = GLYPHS[m[2]!]!;
    return { value: rational(BigInt(m[1] ?? '0') * d + n, d), end: pos + m[0].length };
  }
  m = at(DECIMAL, text, pos);
  if (m) {
    // "1.500" is 1500 in German and 1.5 in English: refuse to guess.
    if (m[2] !== undefined && m[2].length === 3 && /^[1-9]\d{0,2}$/.test(m[1]!)) return { problem: 'thousands' };
    return { value: fromDecimal(m[1]!, m[2] ?? ''), end: pos + m[0].length };
  }
  return undefined;
}

/**
 * Reads a quantity as people write it: an optional minus sign, then one
 * number ("16", "2,5", "2.5", "2/3", "2 2/3", "2⅔", "2 ⅔") with an optional
 * word after it, or several numbers that each carry a word ("1 h 30 min").
 * Words are returned as written; their meaning is the caller's business.
 * Never throws.
 *
 * @example
 * ```ts
 * scanQuantity(' 2 2/3 UE ');
 * // { ok: true, negative: false, parts: [{ value: 8/3, numberText: '2 2/3', unitWord: 'UE' }] }
 * ```
 */
export function scanQuantity(input: string): QuantityScan {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_LENGTH) return { ok: false, problem: 'too-long' };
  if (/^[-−]?\s*\d+(?:[.,]\d+)?e[+-]?\d+$/i.test(text)) return { ok: false, problem: 'exponent' };
  let pos = 0;
  const negative = text[0] === '-' || text[0] === '−';
  if (negative) pos = 1 + at(SPACE, text, 1)![0].length;
  const parts: QuantityPart[] = [];
  while (pos < text.length) {
    const number = readNumber(text, pos);
    if (number === undefined) return { ok: false, problem: 'syntax' };
    if ('problem' in number) return { ok: false, problem: number.problem };
    const numberText = text.slice(pos, number.end);
    pos = number.end;
    const word = at(WORD, text, pos);
    if (word) pos += word[0].length;
    pos += at(SPACE, text, pos)![0].length;
    parts.push({ value: number.value, numberText, unitWord: word?.[1] });
  }
  if (parts.length === 0) return { ok: false, problem: 'syntax' };
  if (parts.length > 1 && parts.some((p) => p.unitWord === undefined)) return { ok: false, problem: 'missing-unit' };
  return { ok: true, negative, parts };
}

const NUMBER_LITERAL = /^(-)?(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * The exact value of a JavaScript number as its shortest decimal string
 * reads (`String(n)`): 0.1 is 1/10, not the binary double nearest to it.
 * Undefined for NaN and the infinities.
 *
 * @example
 * ```ts
 * numberToRational(2.5); // { num: 5n, den: 2n }
 * numberToRational(NaN); // undefined
 * ```
 */
export function numberToRational(n: number): Rational | undefined {
  if (!Number.isFinite(n)) return undefined;
  const m = NUMBER_LITERAL.exec(String(n));
  if (!m) return undefined;
  const value = fromDecimal(m[2]!, m[3] ?? '', Number(m[4] ?? '0'));
  return m[1] ? rational(-value.num, value.den) : value;
}

/**
 * The message that explains a {@link QuantityProblem}: an id of the
 * `duration.problem` namespace of the message catalogs, as a phrase to put
 * into a longer message.
 *
 * @example
 * ```ts
 * quantityProblemPhrase('zero-denominator'); // { ns: 'duration.problem', id: 'zeroDenominator' }
 * ```
 */
export function quantityProblemPhrase(problem: QuantityProblem): Phrase {
  return match(problem)
    .with('empty', () => PROBLEMS.empty)
    .with('too-long', () => PROBLEMS.tooLong)
    .with('exponent', () => PROBLEMS.exponent)
    .with('thousands', () => PROBLEMS.thousands)
    .with('zero-denominator', () => PROBLEMS.zeroDenominator)
    .with('missing-unit', () => PROBLEMS.missingUnit)
    .with('syntax', () => PROBLEMS.syntax)
    .exhaustive();
}

const phrase = (id: string, data?: Phrase['data']): Phrase => Object.freeze(data === undefined ? { ns: 'duration.problem', id } : { ns: 'duration.problem', id, data });

// Shared and frozen: failures are cached and handed out to every caller.
const PROBLEMS = {
  empty: phrase('empty'),
  tooLong: phrase('tooLong', Object.freeze({ max: MAX_LENGTH })),
  exponent: phrase('exponent'),
  thousands: phrase('thousands'),
  zeroDenominator: phrase('zeroDenominator'),
  missingUnit: phrase('missingUnit'),
  syntax: phrase('syntax'),
} as const;
