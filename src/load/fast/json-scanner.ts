import { LineIndex } from '../line-index.js';
import type { PointerTable } from '../source-map.js';

/**
 * A JSON syntax error found by {@link scanJson}: string offsets (end
 * exclusive), a plain English message, an optional hint and the JSON
 * pointer of the value being read when it happened.
 *
 * @example
 * ```ts
 * const { error } = scanJson('{"a": 1 "b": 2}');
 * error?.message; // "Expected ',' or '}' after property value, found '\"'"
 * ```
 */
export interface JsonSyntaxError {
  start: number;
  end: number;
  message: string;
  hint?: string;
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

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'end of input';
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code < 0x20 || code === 0x7f) return `control character ${hex}`;
  if (code > 0x7f && /[\s\p{C}]/u.test(ch)) return `invisible character ${hex}`;
  return `'${ch}'`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Reads JSON text without recursion (an explicit stack, so 100,000 nested
 * arrays are fine) and records where every value and key is. It is the
 * slow, precise companion of `JSON.parse`: run only to place a diagnostic or
 * to explain why `JSON.parse` failed, with messages such as "Expected ','
 * or '}' after property value", "Trailing comma before ']'" or "Unexpected
 * end of input: 2 objects still open".
 *
 * Duplicate keys keep the last one's range, as `JSON.parse` keeps the last
 * one's value.
 *
 * @example
 * ```ts
 * const { error } = scanJson('{"a": [1, 2,]}');
 * error; // { start: 11, end: 12, message: "Trailing comma before ']'", path: '/a/2', ... }
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

  const fail = (start: number, end: number, message: string, hint?: string): JsonScan => {
    const error: JsonSyntaxError = { start, end: Math.min(Math.max(end, start), n), message, path: pointer };
    if (hint !== undefined) error.hint = hint;
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
    fail(at, at + 2, 'Comments are not allowed in JSON', 'Remove the comment, or write the file as YAML, which allows # comments');

  const endOfInput = (): JsonScan => {
    if (stack.length === 0) return fail(n, n, 'Unexpected end of input: expected a value');
    let arrays = 0;
    for (const f of stack) if (f.array) arrays++;
    const objects = stack.length - arrays;
    const parts = [arrays > 0 ? plural(arrays, 'array') : '', objects > 0 ? plural(objects, 'object') : ''].filter(Boolean);
    const innermost = stack[stack.length - 1] as Frame;
    const at = lines.position(innermost.valueStart);
    return fail(
      n,
      n,
      `Unexpected end of input: ${parts.join(' and ')} still open`,
      `The ${innermost.array ? "'['" : "'{'"} at line ${at.line}, column ${at.column} is never closed`,
    );
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
          return fail(j, j + 2, `Invalid escape sequence '\\${e}' in string`, 'Valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX');
        }
        if (e === 'u') {
          const hex = text.slice(j + 2, j + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail(j, j + 2 + hex.length, 'Invalid unicode escape: \\u must be followed by 4 hex digits');
          j += 6;
        } else j += 2;
        continue;
      }
      if (c < 0x20) {
        if (c === 10 || c === 13) {
          return fail(j, j + 1, 'Unterminated string: line break inside a string', 'Close the string with " or write the line break as \\n');
        }
        return fail(j, j + 1, `Unescaped ${describe(text[j])} in string`, 'Write control characters as \\uXXXX escapes');
      }
      j++;
    }
    return fail(start, n, 'Unterminated string: missing closing quote');
  };

  const badValue = (): JsonScan => {
    const ch = text[i];
    if (ch === "'") return fail(i, i + 1, "Unexpected character \"'\": JSON strings use double quotes", 'Write "text" instead of \'text\'');
    if (ch === ',') return fail(i, i + 1, "Unexpected ',': expected a value", 'Remove the extra comma or add the missing value');
    if (ch === ']' || ch === '}') return fail(i, i + 1, `Expected a value before '${ch}'`);
    WORD.lastIndex = i;
    const word = WORD.exec(text)?.[0];
    if (word !== undefined) {
      const hint = ['NaN', 'Infinity', 'undefined'].includes(word)
        ? `${word} is not a JSON value; use null or a number`
        : ['True', 'False', 'None', 'TRUE', 'FALSE', 'Null', 'NULL'].includes(word)
          ? 'JSON literals are lower case: true, false, null'
          : 'Text values must be in double quotes';
      return fail(i, i + word.length, `Unexpected '${word}': expected a value`, hint);
    }
    return fail(i, i + 1, `Unexpected ${describe(ch)}: expected a value`);
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
          return fail(i, Math.max(stop, i + 1), `Invalid number '${text.slice(i, Math.max(stop, i + 1))}'`, 'JSON numbers have no leading zeros, no leading or trailing dot, and no + sign');
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
        return fail(lastComma, lastComma + 1, "Trailing comma before '}'", 'Remove the comma after the last property');
      }
      if (c !== 34) {
        pointer = frame.pointer;
        const ch = text[i];
        WORD.lastIndex = i;
        const word = WORD.exec(text)?.[0];
        return fail(
          i,
          i + (word?.length ?? 1),
          ch === "'" ? 'Property names must use double quotes' : `Expected property name in double quotes, found ${word !== undefined ? `'${word}'` : describe(ch)}`,
          word !== undefined ? `Write "${word}"` : undefined,
        );
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
      if (text.charCodeAt(i) !== 58 /* : */) return fail(i, i + 1, `Expected ':' after property name, found ${describe(text[i])}`);
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
        return fail(i, i + 1, `Unexpected ${describe(text[i])} after the end of the JSON value`, 'A JSON file holds exactly one value; wrap several in an array');
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
          return fail(lastComma, lastComma + 1, "Trailing comma before ']'", 'Remove the comma after the last item');
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
      ? fail(i, i + 1, `Expected ',' or ']' after array element, found ${found}`, c === 125 ? "Close the array with ']' before '}'" : 'Add a comma between items')
      : fail(i, i + 1, `Expected ',' or '}' after property value, found ${found}`, c === 93 ? "Close the object with '}' before ']'" : 'Add a comma between properties');
  }
}
