import { jsonDepthExcess, openingBracketsAtMost } from './depth-scan.js';
import { valueShape } from './value-shape.js';

/** Texts up to this many UTF-16 units go to JSON.parse without counting brackets first. */
const SMALL_TEXT = 64 * 1024;

/**
 * Reads valid JSON quickly (schnelles Einlesen), or declines: `JSON.parse`
 * and one cheap walk over the parsed value (depth, forbidden keys, key
 * count) instead of the reference path's depth pre-scan and full scan of
 * the text.
 *
 * Returns `JSON.parse`'s value when the text is JSON, nests at most
 * `maxDepth` levels, has no forbidden key and writes no key twice in one
 * object: exactly the texts for which the reference path would report
 * nothing. Returns `undefined` for everything else. Never throws.
 *
 * The text is scanned for depth before `JSON.parse` only when it is long
 * and dense with brackets ({@link scansDepthFirst}).
 *
 * @example
 * ```ts
 * readJsonFast('{"a": [1, 2]}', 256); // { a: [1, 2] }
 * readJsonFast('{"a": 1, "a": 2}', 256); // undefined (a repeated key: the reference path reports it)
 * readJsonFast('[[[1]]]', 2); // undefined (too deep)
 * ```
 */
export function readJsonFast(text: string, maxDepth: number): unknown {
  // The depth scan, where it runs, counts the keys as it goes: that settles repeated keys below.
  let written: { count: number } | undefined;
  if (scansDepthFirst(text, maxDepth)) {
    written = { count: 0 };
    if (jsonDepthExcess(text, maxDepth, written) >= 0) return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const count = { keys: 0 };
  if (valueShape(value, maxDepth, count) !== 'plain') return undefined;
  if (written !== undefined) return written.count === count.keys ? value : undefined;
  if (mayRepeatKeys(text, count.keys) && keysInText(text) !== count.keys) return undefined;
  return value;
}

/**
 * Whether {@link readJsonFast} counts a text's depth before `JSON.parse`
 * reads it: when it is longer than 64 KiB and has more than one opening
 * bracket per 32 characters. A text of at most 64 KiB cannot nest deep
 * enough to matter (32,768 levels parse in ~4 ms), so the count, a tenth
 * of the cost of loading a small document, is skipped there. At that density `JSON.parse` meets at most
 * 262,144 levels in a text of the 8 MiB size limit, about 35 ms on a 2-core
 * machine, the cost of parsing any text that long; what it does at more
 * levels grows past that (4 million: 1.1 s, 370 MB). Real programs have an
 * opening bracket per 80 to 170 characters, offerings (an object and a list
 * of modules per session) one per 35 to 40: both are parsed at once.
 *
 * @example
 * ```ts
 * scansDepthFirst('['.repeat(70_000), 256); // true
 * ```
 */
export function scansDepthFirst(text: string, maxDepth: number): boolean {
  return text.length > SMALL_TEXT && !openingBracketsAtMost(text, Math.max(maxDepth, text.length >> 5));
}

/**
 * How many keys the text writes: strings followed by a colon. More than
 * the parsed value holds means a repeated key, which `JSON.parse` resolves
 * silently by keeping the last. The text is valid JSON here (it parsed),
 * so a string followed by `:` is a key; the walk jumps from quote to quote
 * with `indexOf` instead of reading every character, which keeps it at a
 * fraction of `JSON.parse` on indented text.
 */
function keysInText(text: string): number {
  let keys = 0;
  let open = text.indexOf('"');
  while (open >= 0) {
    // The closing quote is one not preceded by an odd run of backslashes.
    let close = text.indexOf('"', open + 1);
    while (close > 0 && text.charCodeAt(close - 1) === 92) {
      let slashes = 1;
      while (text.charCodeAt(close - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    if (close < 0) return keys;
    let next = close + 1;
    let c = text.charCodeAt(next);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++next);
    if (c === 58) keys++;
    open = text.indexOf('"', next);
  }
  return keys;
}

/**
 * A quick test that rules out repeated keys in most texts: it counts the
 * colons that follow an unescaped quote (whitespace between them allowed).
 * Every key is such a colon, so the count is at least the number of keys
 * in the text, which is at least the number the parsed value holds; when
 * it equals the parsed keys, nothing was repeated. A colon right after a
 * string value's opening quote (`":-)"`) makes the count too high, and
 * then {@link keysInText} decides. Time windows and URLs (`09:30`,
 * `https:`) do not count, so they do not cost the exact walk.
 */
function mayRepeatKeys(text: string, parsedKeys: number): boolean {
  let candidates = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let quote = colon - 1;
    let c = text.charCodeAt(quote);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(--quote);
    if (c !== 34) continue;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) candidates++;
  }
  return candidates !== parsedKeys;
}
