import type { MessageData, Phrase } from '../../core/diagnostic.js';
import { LineIndex } from '../line-index.js';
import type { PointerTable } from '../source-map.js';

/**
 * A JSON syntax error found by {@link scanJson}: string offsets (end
 * exclusive), the id and data of its message (a `syntax` message of the
 * catalogs), an optional hint id and the JSON pointer of the value being
 * read when it happened.
 *
 * @example
 * ```ts
 * const { error } = scanJson('{"a": 1 "b": 2}');
 * error?.messageId; // 'jsonAfterProperty'
 * ```
 */
export interface JsonSyntaxError {
  start: number;
  end: number;
  messageId: string;
  data: MessageData;
  hintId?: string;
  path: string;
}

/**
 * What {@link scanJson} found: the range of every value (and key) by JSON
 * pointer, and the first syntax error, if any. After an error the table
 * holds the values read so far.
 *
 * @example
 * ```ts
 * const { table, error } = scanJson('{"a": [1, 2]}');
 * table.get('/a/1'); // { keyStart: -1, keyEnd: -1, valueStart: 10, valueEnd: 11 }
 * ```
 */
export interface JsonScan {
  table: PointerTable;
  error: JsonSyntaxError | undefined;
  /** Keys that repeat an earlier key of the same object, in text order (`JSON.parse` keeps the last). */
  duplicates: DuplicateKey[];
}

/** A key that repeats an earlier key of its object: where the repeat is. */
interface DuplicateKey {
  key: string;
  pointer: string;
  keyStart: number;
  keyEnd: number;
}

interface Frame {
  array: boolean;
  pointer: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  index: number;
  /** An object's keys so far, to find repeats. */
  keys?: Set<string>;
}

const enum Mode {
  Value,
  Key,
  After,
}

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;

function escapeSegment(segment: string): string {
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

/** A character as a message names it: quoted, or by its code point when it cannot be seen. */
function describe(ch: string | undefined): Phrase {
  if (ch === undefined) return { ns: 'syntax.char', id: 'end' };
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code < 0x20 || code === 0x7f) return { ns: 'syntax.char', id: 'control', data: { code: hex } };
  if (code > 0x7f && /[\s\p{C}]/u.test(ch)) return { ns: 'syntax.char', id: 'invisible', data: { code: hex } };
  return { ns: 'syntax.char', id: 'char', data: { char: ch } };
}

function count(n: number, what: 'array' | 'object'): Phrase {
  return { ns: 'syntax.count', id: n === 1 ? what : `${what}s`, data: { count: n } };
}

/**
 * Reads JSON text without recursion (an explicit stack, so 100,000 nested
 * arrays are fine) and records where every value and key is. It is the
 * slow, precise companion of `JSON.parse`: run only to place a diagnostic or
 * to explain why `JSON.parse` failed, with messages such as "Expected ','
 * or '}' after property value", "Trailing comma before ']'" or "Unexpected
 * end of input: 2 objects still open" (ids of the `syntax` messages).
 *
 * Duplicate keys keep the last one's range, as `JSON.parse` keeps the last
 * one's value.
 *
 * @example
 * ```ts
 * const { error } = scanJson('{"a": [1, 2,]}');
 * error; // { start: 11, end: 12, messageId: 'jsonTrailingCommaArray', path: '/a/2', ... }
 * ```
 */
export function scanJson(text: string, lines: LineIndex = new LineIndex(text)): JsonScan {
  const table: PointerTable = new Map();
  const duplicates: DuplicateKey[] = [];
  const n = text.length;
  const stack: Frame[] = [];
  let i = 0;
  let mode = Mode.Value;
  let pointer = '';
  let keyStart = -1;
  let keyEnd = -1;
  let lastComma = -1;

  const fail = (start: number, end: number, messageId: string, data: MessageData = {}, hintId?: string): JsonScan => {
    const error: JsonSyntaxError = { start, end: Math.min(Math.max(end, start), n), messageId, data, path: pointer };
    if (hintId !== undefined) error.hintId = hintId;
    return { table, error, duplicates };
  };

  // Skips JSON whitespace; returns a comment's start when one is found instead.
  const skipWhitespace = (): number => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else if (c === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) return i;
      else return -1;
    }
    return -1;
  };

  const commentError = (at: number): JsonScan =>
    fail(at, at + 2, 'jsonComment', {}, 'jsonRemoveComment');

  const endOfInput = (): JsonScan => {
    if (stack.length === 0) return fail(n, n, 'jsonEndExpectedValue');
    let arrays = 0;
    for (const f of stack) if (f.array) arrays++;
    const objects = stack.length - arrays;
    const open: Phrase[] = [];
    if (arrays > 0) open.push(count(arrays, 'array'));
    if (objects > 0) open.push(count(objects, 'object'));
    const innermost = stack[stack.length - 1] as Frame;
    const at = lines.position(innermost.valueStart);
    return fail(n, n, 'jsonEndStillOpen', { open, bracket: innermost.array ? '[' : '{', line: at.line, column: at.column }, 'jsonNeverClosed');
  };

  // Reads a string starting at the quote at i; returns its end (exclusive) or an error.
  const readString = (): number | JsonScan => {
    const start = i;
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 34) return j + 1;
      if (c === 92) {
        const e = text[j + 1];
        if (e === undefined) break;
        if (!ESCAPES.has(e)) {
          return fail(j, j + 2, 'jsonBadEscape', { sequence: `\\${e}` }, 'jsonValidEscapes');
        }
        if (e === 'u') {
          const hex = text.slice(j + 2, j + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail(j, j + 2 + hex.length, 'jsonBadUnicodeEscape');
          j += 6;
        } else j += 2;
        continue;
      }
      if (c < 0x20) {
        if (c === 10 || c === 13) {
          return fail(j, j + 1, 'jsonLineBreakInString', {}, 'jsonCloseString');
        }
        return fail(j, j + 1, 'jsonControlInString', { char: describe(text[j]) }, 'jsonEscapeControl');
      }
      j++;
    }
    return fail(start, n, 'jsonUnterminatedString');
  };

  const badValue = (): JsonScan => {
    const ch = text[i];
    if (ch === "'") return fail(i, i + 1, 'jsonSingleQuotes', {}, 'jsonDoubleQuotes');
    if (ch === ',') return fail(i, i + 1, 'jsonUnexpectedComma', {}, 'jsonExtraComma');
    if (ch === ']' || ch === '}') return fail(i, i + 1, 'jsonValueBefore', { bracket: ch });
    WORD.lastIndex = i;
    const word = WORD.exec(text)?.[0];
    if (word !== undefined) {
      const hint = ['NaN', 'Infinity', 'undefined'].includes(word)
        ? 'jsonNotAValue'
        : ['True', 'False', 'None', 'TRUE', 'FALSE', 'Null', 'NULL'].includes(word)
          ? 'jsonLowerCaseLiterals'
          : 'jsonQuoteText';
      return fail(i, i + word.length, 'jsonUnexpectedWord', { word }, hint);
    }
    return fail(i, i + 1, 'jsonUnexpected', { found: describe(ch) });
  };

  // Closes the innermost container at i (its bracket) and records it.
  const close = (): void => {
    const f = stack.pop() as Frame;
    i++;
    table.set(f.pointer, { keyStart: f.keyStart, keyEnd: f.keyEnd, valueStart: f.valueStart, valueEnd: i });
    pointer = f.pointer;
    mode = Mode.After;
  };

  for (;;) {
    if (mode === Mode.Value) {
      const comment = skipWhitespace();
      if (comment >= 0) return commentError(comment);
      if (i >= n) return endOfInput();
      const c = text.charCodeAt(i);
      const start = i;
      if (c === 123 /* { */ || c === 91 /* [ */) {
        const array = c === 91;
        stack.push({ array, pointer, keyStart, keyEnd, valueStart: start, index: 0 });
        lastComma = -1;
        i++;
        const inner = skipWhitespace();
        if (inner >= 0) return commentError(inner);
        if (i < n && text.charCodeAt(i) === (array ? 93 : 125)) {
          close();
          continue;
        }
        if (array) {
          pointer = `${pointer}/0`;
          keyStart = keyEnd = -1;
          mode = Mode.Value;
        } else mode = Mode.Key;
        continue;
      }
      let end: number;
      if (c === 34) {
        const r = readString();
        if (typeof r !== 'number') return r;
        end = r;
      } else if (c === 45 || (c >= 48 && c <= 57)) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        end = m === null ? i : i + m[0].length;
        const next = text.charCodeAt(end);
        if (end === i || next === 46 || next === 101 || next === 69 || (next >= 48 && next <= 57)) {
          let stop = end;
          while (stop < n && /[0-9A-Za-z.+-]/.test(text[stop] as string)) stop++;
          return fail(i, Math.max(stop, i + 1), 'jsonBadNumber', { number: text.slice(i, Math.max(stop, i + 1)) }, 'jsonNumberForm');
        }
      } else if (text.startsWith('true', i)) end = i + 4;
      else if (text.startsWith('false', i)) end = i + 5;
      else if (text.startsWith('null', i)) end = i + 4;
      else return badValue();
      table.set(pointer, { keyStart, keyEnd, valueStart: start, valueEnd: end });
      i = end;
      mode = Mode.After;
      continue;
    }

    if (mode === Mode.Key) {
      const comment = skipWhitespace();
      if (comment >= 0) return commentError(comment);
      if (i >= n) return endOfInput();
      const frame = stack[stack.length - 1] as Frame;
      const c = text.charCodeAt(i);
      if (c === 125 /* } */ && lastComma >= 0) {
        pointer = frame.pointer;
        return fail(lastComma, lastComma + 1, 'jsonTrailingCommaObject', {}, 'jsonRemoveCommaProperty');
      }
      if (c !== 34) {
        pointer = frame.pointer;
        const ch = text[i];
        WORD.lastIndex = i;
        const word = WORD.exec(text)?.[0];
        const end = i + (word?.length ?? 1);
        if (ch === "'") return word !== undefined ? fail(i, end, 'jsonPropertyQuotes', { word }, 'jsonQuoteName') : fail(i, end, 'jsonPropertyQuotes');
        return word !== undefined
          ? fail(i, end, 'jsonPropertyName', { found: { ns: 'syntax.char', id: 'char', data: { char: word } }, word }, 'jsonQuoteName')
          : fail(i, end, 'jsonPropertyName', { found: describe(ch) });
      }
      const r = readString();
      if (typeof r !== 'number') {
        r.error!.path = frame.pointer;
        return r;
      }
      const raw = text.slice(i + 1, r - 1);
      let key = raw;
      if (raw.includes('\\')) {
        try {
          key = JSON.parse(text.slice(i, r)) as string;
        } catch {
          key = raw;
        }
      }
      keyStart = i;
      keyEnd = r;
      i = r;
      pointer = `${frame.pointer}/${escapeSegment(key)}`;
      frame.keys ??= new Set();
      if (frame.keys.has(key)) duplicates.push({ key, pointer, keyStart, keyEnd });
      else frame.keys.add(key);
      const comment2 = skipWhitespace();
      if (comment2 >= 0) return commentError(comment2);
      if (i >= n) return endOfInput();
      if (text.charCodeAt(i) !== 58 /* : */) return fail(i, i + 1, 'jsonColonAfterName', { found: describe(text[i]) });
      i++;
      lastComma = -1;
      mode = Mode.Value;
      continue;
    }

    // Mode.After: a value is complete.
    if (stack.length === 0) {
      const comment = skipWhitespace();
      if (comment >= 0) return commentError(comment);
      if (i < n) {
        pointer = '';
        return fail(i, i + 1, 'jsonAfterEnd', { found: describe(text[i]) }, 'jsonOneValue');
      }
      return { table, error: undefined, duplicates };
    }
    const comment = skipWhitespace();
    if (comment >= 0) return commentError(comment);
    if (i >= n) return endOfInput();
    const frame = stack[stack.length - 1] as Frame;
    const c = text.charCodeAt(i);
    if (c === 44 /* , */) {
      lastComma = i;
      i++;
      if (frame.array) {
        frame.index++;
        pointer = `${frame.pointer}/${frame.index}`;
        keyStart = keyEnd = -1;
        const inner = skipWhitespace();
        if (inner >= 0) return commentError(inner);
        if (i < n && text.charCodeAt(i) === 93) {
          return fail(lastComma, lastComma + 1, 'jsonTrailingCommaArray', {}, 'jsonRemoveCommaItem');
        }
        mode = Mode.Value;
      } else mode = Mode.Key;
      continue;
    }
    if (c === (frame.array ? 93 : 125)) {
      close();
      continue;
    }
    const found = describe(text[i]);
    return frame.array
      ? fail(i, i + 1, 'jsonAfterElement', { found }, c === 125 ? 'jsonCloseArray' : 'jsonCommaItems')
      : fail(i, i + 1, 'jsonAfterProperty', { found }, c === 93 ? 'jsonCloseObject' : 'jsonCommaProperties');
  }
}
