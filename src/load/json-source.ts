import { START_OF_TEXT, type Diagnostic } from '../core/diagnostic.js';
import { jsonDepthExcess, openingBracketsAtMost } from './depth-scan.js';
import { removeForbiddenKeys } from './forbidden-keys.js';
import { scanJson } from './json-scanner.js';
import type { LineIndex } from './line-index.js';
import { loadDiagnostic, syntaxDiagnostic } from './load-diagnostic.js';
import { EMPTY_SOURCE_MAP, lazySourceMap, type SourceMap } from './source-map.js';
import { valueShape } from './value-shape.js';

/**
 * What a format reader gives back to `load`: the value (undefined when the
 * text could not be read), its diagnostics and the source map.
 *
 * @example
 * ```ts
 * const { value, diagnostics } = loadJson('{"a": 1}', 'a.json', new LineIndex('{"a": 1}'));
 * ```
 */
export interface FormatResult {
  value: unknown;
  diagnostics: Diagnostic[];
  sourceMap: SourceMap;
  /** True when the text holds nothing but whitespace and comments. */
  empty?: boolean;
  /** Set when nesting exceeds the depth limit: the offset of the first bracket or entry too deep (value is undefined). */
  deepAt?: number;
}

// Linear on purpose: a regex with nested repetition could backtrack for ages on hostile text.
function onlyComments(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return false;
      i = end + 2;
    } else return false;
  }
  return true;
}

/** Texts up to this many UTF-16 units go to JSON.parse without counting brackets first. */
const SMALL_TEXT = 64 * 1024;

/**
 * Reads JSON text (the caller has already checked its size): the fast
 * path is `JSON.parse` and one cheap walk over the parsed value (nesting
 * depth, forbidden keys), with positions computed only when the source map
 * is first asked. The text is scanned for depth before parsing only when it
 * is dense with brackets (`JSON.parse` is slow on hostile nesting), when
 * the parse fails, or to place a depth diagnostic (`deepAt`). When
 * `JSON.parse` fails, {@link scanJson} finds the exact place and a clear
 * message (Node's own messages often have no position). Forbidden keys are
 * removed and reported at the key.
 *
 * @example
 * ```ts
 * const text = '{"a": 1,}';
 * loadJson(text, 'a.json', new LineIndex(text), 256).diagnostics[0]?.message; // "Trailing comma before '}'"
 * ```
 */
export function loadJson(text: string, file: string, lines: LineIndex, maxDepth: number): FormatResult {
  // Real documents have one bracket per 80 to 170 characters; 1 in 64 bounds JSON.parse's cost on deep
  // nesting. A text of at most 64 KiB cannot nest deep enough to matter (32,768 levels parse in ~4 ms),
  // so the count, a tenth of the cost of loading a small document, is skipped there.
  const parseFirst = text.length <= SMALL_TEXT || openingBracketsAtMost(text, Math.max(maxDepth, text.length >> 6));
  let error: unknown;
  if (parseFirst) {
    try {
      const value: unknown = JSON.parse(text);
      const count = { keys: 0 };
      const shape = valueShape(value, maxDepth, count);
      if (shape !== 'too-deep') return accepted(value, shape === 'forbidden-key', file, text, lines, count.keys);
    } catch (e) {
      error = e;
    }
  }
  const deepAt = jsonDepthExcess(text, maxDepth);
  if (deepAt >= 0) return { value: undefined, diagnostics: [], sourceMap: EMPTY_SOURCE_MAP, deepAt };
  if (!parseFirst) {
    try {
      const value: unknown = JSON.parse(text);
      const count = { keys: 0 };
      return accepted(value, valueShape(value, maxDepth, count) === 'forbidden-key', file, text, lines, count.keys);
    } catch (e) {
      error = e;
    }
  }
  return rejected(error, file, text, lines);
}

/**
 * How many keys the text writes: strings followed by a colon. More than
 * the parsed value holds means a repeated key, which `JSON.parse` resolves
 * silently by keeping the last; YAML reports it, so JSON must too. The text
 * is valid JSON here (it parsed), so a string followed by `:` is a key; the
 * walk jumps from quote to quote with `indexOf` instead of reading every
 * character, which keeps it at a fraction of `JSON.parse` on indented text.
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

function accepted(value: unknown, forbidden: boolean, file: string, text: string, lines: LineIndex, keys: number): FormatResult {
  const sourceMap = lazySourceMap(lines, () => scanJson(text, lines).table);
  const diagnostics: Diagnostic[] = [];
  if (mayRepeatKeys(text, keys) && keysInText(text) !== keys) {
    for (const repeat of scanJson(text, lines).duplicates) {
      diagnostics.push(
        loadDiagnostic(file, 'syntax', 'jsonDuplicateKey', { key: repeat.key }, {
          path: repeat.pointer,
          range: lines.rangeOf(repeat.keyStart, repeat.keyEnd),
          hintId: 'jsonRemoveDuplicate',
        }),
      );
    }
  }
  if (forbidden) {
    for (const pointer of removeForbiddenKeys(value)) {
      diagnostics.push(forbiddenKeyDiagnostic(file, pointer, sourceMap));
    }
  }
  return { value, diagnostics, sourceMap };
}

function rejected(error: unknown, file: string, text: string, lines: LineIndex): FormatResult {
  const scan = scanJson(text, lines);
  const sourceMap = lazySourceMap(lines, () => scan.table);
  if (onlyComments(text)) return { value: undefined, diagnostics: [], sourceMap, empty: true };
  const found = scan.error;
  const diagnostic =
    found !== undefined
      ? syntaxDiagnostic(file, found, { path: found.path, range: lines.rangeOf(found.start, found.end) })
      : loadDiagnostic(file, 'syntax', 'jsonInvalid', { error: error instanceof Error ? error.message : String(error) }, { path: '', range: START_OF_TEXT });
  return { value: undefined, diagnostics: [diagnostic], sourceMap };
}

/**
 * The diagnostic for a dropped forbidden key, placed at the key.
 *
 * @example
 * ```ts
 * forbiddenKeyDiagnostic('a.json', '/__proto__', sourceMap).code; // 'schema/forbidden-key'
 * ```
 */
export function forbiddenKeyDiagnostic(file: string, pointer: string, sourceMap: SourceMap): Diagnostic {
  const key = pointer.slice(pointer.lastIndexOf('/') + 1);
  return loadDiagnostic(file, 'schema/forbidden-key', 'notAllowed', { key }, { path: pointer, range: sourceMap.locate(pointer, 'key'), hintId: 'rename' });
}
