import { START_OF_TEXT, type Diagnostic } from '../core/diagnostic.js';
import { jsonDepthExcess, readJsonFast, scanJson, type JsonSyntaxError } from './fast/index.js';
import { removeForbiddenKeys } from './forbidden-keys.js';
import type { LineIndex } from './line-index.js';
import { loadDiagnostic, syntaxDiagnostic } from './load-diagnostic.js';
import { EMPTY_SOURCE_MAP, lazySourceMap, type SourceMap } from './source-map.js';

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

/**
 * Reads JSON text (the caller has already checked its size). Valid
 * documents, the common case, are read by {@link readJsonFast}
 * (`JSON.parse` and a walk over the value), with positions computed only
 * when the source map is first asked. Every text it declines takes the
 * reference path, which gives every diagnostic: the depth pre-scan (sets
 * `deepAt`; `JSON.parse` is slow on hostile nesting), then
 * {@link scanJson}, which finds the exact place and a clear message of a
 * syntax error (Node's own messages often have no position) and every
 * repeated key (`JSON.parse` silently keeps the last; YAML reports them,
 * so JSON must too), then `JSON.parse` for the value, whose forbidden keys
 * are removed and reported at the key.
 *
 * @example
 * ```ts
 * const text = '{"a": 1,}';
 * loadJson(text, 'a.json', new LineIndex(text), 256).diagnostics[0]?.messageId; // 'jsonTrailingCommaObject' ("Trailing comma before '}'")
 * ```
 */
export function loadJson(text: string, file: string, lines: LineIndex, maxDepth: number): FormatResult {
  const value = readJsonFast(text, maxDepth);
  if (value !== undefined) return { value, diagnostics: [], sourceMap: lazySourceMap(lines, () => scanJson(text, lines).table) };
  const deepAt = jsonDepthExcess(text, maxDepth);
  if (deepAt >= 0) return { value: undefined, diagnostics: [], sourceMap: EMPTY_SOURCE_MAP, deepAt };
  const scan = scanJson(text, lines);
  const sourceMap = lazySourceMap(lines, () => scan.table);
  if (scan.error !== undefined) return rejected(scan.error, file, text, lines, sourceMap);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    // The scanner accepts exactly what JSON.parse accepts (tests/load/fast/json-scanner.test.ts); should it not, say what JSON.parse says.
    const error = e instanceof Error ? e.message : String(e);
    return { value: undefined, diagnostics: [loadDiagnostic(file, 'syntax', 'jsonInvalid', { error }, { path: '', range: START_OF_TEXT })], sourceMap };
  }
  const diagnostics: Diagnostic[] = [];
  for (const repeat of scan.duplicates) {
    diagnostics.push(
      loadDiagnostic(file, 'syntax', 'jsonDuplicateKey', { key: repeat.key }, {
        path: repeat.pointer,
        range: lines.rangeOf(repeat.keyStart, repeat.keyEnd),
        hintId: 'jsonRemoveDuplicate',
      }),
    );
  }
  for (const pointer of removeForbiddenKeys(parsed)) diagnostics.push(forbiddenKeyDiagnostic(file, pointer, sourceMap));
  return { value: parsed, diagnostics, sourceMap };
}

function rejected(error: JsonSyntaxError, file: string, text: string, lines: LineIndex, sourceMap: SourceMap): FormatResult {
  if (onlyComments(text)) return { value: undefined, diagnostics: [], sourceMap, empty: true };
  const diagnostic = syntaxDiagnostic(file, error, { path: error.path, range: lines.rangeOf(error.start, error.end) });
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
