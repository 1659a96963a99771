import { hasErrors, sortDiagnostics, START_OF_TEXT, type Diagnostic, type SourceRange } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import { renderDiagnostic, type MessageId } from '../messages/index.js';
import { detectFormat, type SourceFormat } from './detect-format.js';
import { loadJson, type FormatResult } from './json-source.js';
import { LineIndex } from './line-index.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, utf8ByteLength } from './limits.js';
import { loadDiagnostic } from './load-diagnostic.js';
import { EMPTY_SOURCE_MAP, type SourceMap } from './source-map.js';
import { loadYaml } from './yaml-source.js';

/**
 * How to read a text; every field is optional.
 *
 * @example
 * ```ts
 * import { load, type LoadOptions } from 'curricula';
 * const options: LoadOptions = { filename: 'programm.yaml', maxBytes: 1024 * 1024 };
 * load(text, options);
 * ```
 */
export interface LoadOptions {
  /** Shown in diagnostics and used to pick the format; default `<input>`. */
  filename?: string | undefined;
  /** Overrides detection by file name and content. */
  format?: SourceFormat | undefined;
  /** Largest accepted text in UTF-8 bytes; default 8 MiB. */
  maxBytes?: number | undefined;
  /** Deepest accepted nesting of objects and arrays; default 256. */
  maxDepth?: number | undefined;
  /** Language of diagnostic messages (default `en`). */
  locale?: Locale | undefined;
}

/**
 * A loaded text (eingelesenes Dokument): the plain JavaScript value, what
 * went wrong, and a source map to place later findings.
 *
 * `ok` is true when there is no error diagnostic. `value` is `undefined`
 * when the text could not be read at all (syntax error, limits, empty);
 * after a forbidden key the value is given without that key. `text` is the
 * input without a leading byte order mark; all positions refer to it, which
 * is what editors show.
 *
 * @example
 * ```ts
 * import { load } from 'curricula';
 * const result = load('{"kind": "program"}', { filename: 'p.json' });
 * if (result.ok) console.log(result.value);
 * else for (const d of result.diagnostics) console.error(`${d.file}:${d.line}:${d.column} ${d.message}`);
 * ```
 */
export type LoadResult = LoadSuccess | LoadFailure;

/**
 * What {@link LoadResult} has either way.
 *
 * @example
 * ```ts
 * import type { LoadResult } from 'curricula';
 * const name = (result: LoadResult) => `${result.filename} (${result.format})`;
 * ```
 */
interface LoadedText {
  filename: string;
  format: SourceFormat;
  text: string;
  diagnostics: Diagnostic[];
  sourceMap: SourceMap;
}

/**
 * A text read without errors: `value` is what it holds (never undefined;
 * `null` for a YAML `null`), and `diagnostics` has warnings at most.
 *
 * @example
 * ```ts
 * import { load, type LoadSuccess } from 'curricula';
 * const result = load('a: 1\n');
 * if (result.ok) { const read: LoadSuccess = result; console.log(read.value); }
 * ```
 */
export interface LoadSuccess extends LoadedText {
  ok: true;
  value: {} | null;
}

/**
 * A text that could not be read, or only with errors: `value` is
 * undefined when nothing could be read (a syntax error, a limit, an empty
 * file), else what was read (after a forbidden key, without that key).
 *
 * @example
 * ```ts
 * import { load, type LoadFailure } from 'curricula';
 * const result = load('a: [1\n');
 * if (!result.ok) { const failed: LoadFailure = result; console.log(failed.diagnostics[0]?.message); }
 * ```
 */
export interface LoadFailure extends LoadedText {
  ok: false;
  value: unknown;
}

function positiveOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && value > 0 && !Number.isNaN(value) ? value : fallback;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 10 || c === 13 || /\s/.test(text[i] as string))) return false;
  }
  return true;
}

/**
 * The text with every carriage return that no line feed follows turned
 * into a line feed. YAML 1.2 (§5.4) counts a lone CR as a line break, as
 * old Mac editors save it, but the `yaml` package and js-yaml do not: such
 * a file read as one line gave an error per line. One character for one,
 * so every offset, and so every position, stays the same; CRLF and LF
 * texts (almost all) come back as they are, without a copy.
 *
 * @example
 * ```ts
 * loneCrAsLf('a: 1\rb: 2\r'); // 'a: 1\nb: 2\n'
 * loneCrAsLf('a: 1\r\nb: 2\r\n'); // unchanged
 * ```
 */
function loneCrAsLf(text: string): string {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return text.replace(/\r(?!\n)/g, '\n');
  }
  return text;
}

/**
 * Reads a curriculum document from JSON or YAML text (Einlesen). Never
 * throws: every problem with the input is a diagnostic with `file`, `code`
 * (`syntax`, `empty`, `limit/size`, `limit/depth`, `limit/aliases`,
 * `schema/forbidden-key`), a message id and data, the message in
 * `options.locale` (English by default) and a 1-based place.
 *
 * The format comes from `options.format`, else the file name (`.json`,
 * `.yaml`, `.yml`), else the first non-blank character (`{` or `[` means
 * JSON). Size is checked before anything else. Nesting depth is checked
 * before any parser that could be slow on it or overflow the stack: a
 * linear pre-scan runs first unless the text is plain (YAML that js-yaml
 * reads with a depth limit of its own, JSON with few brackets, whose parsed
 * value is then measured), so hostile input cannot hang. Valid JSON costs
 * one `JSON.parse` and plain valid YAML one js-yaml parse; other YAML, and
 * every YAML with a problem, is read by the `yaml` package, which places
 * the diagnostics. Positions are computed only when `sourceMap.locate` is
 * first called.
 *
 * Positions count lines from 1 and columns in UTF-16 code units from 1,
 * like VS Code and ESLint (an emoji takes two columns); `endColumn` is
 * exclusive. Line breaks are LF, CRLF and, as YAML 1.2 says, a lone CR.
 *
 * @example
 * ```ts
 * import { load } from 'curricula';
 * const result = load('modules:\n  - id: a\n    hours: 8\n', { filename: 'p.yaml' });
 * result.value; // { modules: [{ id: 'a', hours: 8 }] }
 * result.sourceMap.locate('/modules/0/hours'); // { line: 3, column: 12, endLine: 3, endColumn: 13 }
 * ```
 */
export function load(text: string, options: LoadOptions = {}): LoadResult {
  const input = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
  const opts = options !== null && typeof options === 'object' ? options : {};
  const filename = typeof opts.filename === 'string' && opts.filename !== '' ? opts.filename : '<input>';
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let format: SourceFormat = 'yaml';
  let result: LoadResult;
  try {
    format = detectFormat(source, { filename: opts.filename, format: opts.format });
    result = loadChecked(source, filename, format, positiveOr(opts.maxBytes, DEFAULT_MAX_BYTES), positiveOr(opts.maxDepth, DEFAULT_MAX_DEPTH));
  } catch (e) {
    // A bug of ours must not become the user's crash; report it like any problem.
    const error = e instanceof Error ? e.message : String(e);
    const diagnostic = loadDiagnostic(filename, 'syntax', 'readFailed', { error }, { path: '', range: START_OF_TEXT });
    result = { ok: false, filename, format, text: source, value: undefined, diagnostics: [diagnostic], sourceMap: EMPTY_SOURCE_MAP };
  }
  // Diagnostics are made in English; valid files (the common case) have none to render again.
  const locale = opts.locale;
  if (locale !== undefined && locale !== 'en' && result.diagnostics.length > 0) result.diagnostics = result.diagnostics.map((d) => renderDiagnostic(d, locale));
  return result;
}

function loadChecked(text: string, filename: string, format: SourceFormat, maxBytes: number, maxDepth: number): LoadResult {
  const fail = (diagnostic: Diagnostic): LoadResult => ({
    ok: false,
    filename,
    format,
    text,
    value: undefined,
    diagnostics: [diagnostic],
    sourceMap: EMPTY_SOURCE_MAP,
  });
  const at = (range: SourceRange = START_OF_TEXT, hintId?: MessageId<'empty'>) => ({ path: '', range, hintId });

  // A code unit is 1 to 3 bytes (a surrogate pair 4 for 2 units), so most texts need no counting.
  const tooBig = text.length > maxBytes || (text.length * 3 > maxBytes && utf8ByteLength(text, maxBytes) > maxBytes);
  if (tooBig) {
    return fail(
      text.length > maxBytes
        ? loadDiagnostic(filename, 'limit/size', 'tooLarge', { limit: maxBytes, size: text.length }, { path: '', range: START_OF_TEXT, hintId: 'split' })
        : loadDiagnostic(filename, 'limit/size', 'tooLargeUtf8', { limit: maxBytes }, { path: '', range: START_OF_TEXT, hintId: 'split' }),
    );
  }
  if (isBlank(text)) return fail(loadDiagnostic(filename, 'empty', 'fileEmpty', {}, at(START_OF_TEXT, 'writeDocument')));

  const lines = new LineIndex(text);
  const read: FormatResult = format === 'json' ? loadJson(text, filename, lines, maxDepth) : loadYaml(loneCrAsLf(text), filename, lines, maxDepth);
  if (read.deepAt !== undefined) {
    return fail(
      loadDiagnostic(filename, 'limit/depth', 'tooDeep', { max: maxDepth }, { path: '', range: lines.rangeOf(read.deepAt, read.deepAt + 1), hintId: 'fewLevels' }),
    );
  }
  if (read.empty === true && read.diagnostics.length === 0) {
    return fail(loadDiagnostic(filename, 'empty', 'onlyComments', {}, at(START_OF_TEXT, 'writeDocument')));
  }
  const diagnostics = sortDiagnostics(read.diagnostics);
  const value = read.value;
  const sourceMap = read.sourceMap;
  return !hasErrors(diagnostics) && value !== undefined
    ? { ok: true, filename, format, text, value, diagnostics, sourceMap }
    : { ok: false, filename, format, text, value, diagnostics, sourceMap };
}
