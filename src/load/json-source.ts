import { START_OF_TEXT, type Diagnostic } from '../core/diagnostic.js';
import { mayContainForbiddenKey, removeForbiddenKeys } from './forbidden-keys.js';
import { scanJson } from './json-scanner.js';
import type { LineIndex } from './line-index.js';
import { loadDiagnostic } from './load-diagnostic.js';
import { lazySourceMap, type SourceMap } from './source-map.js';

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
 * Reads JSON text (the caller has already checked size and depth): the
 * fast path is `JSON.parse` alone, with positions computed only when the
 * source map is first asked. When `JSON.parse` fails, {@link scanJson}
 * finds the exact place and a clear message (Node's own messages often have
 * no position). Forbidden keys are removed and reported at the key.
 *
 * @example
 * ```ts
 * const text = '{"a": 1,}';
 * loadJson(text, 'a.json', new LineIndex(text)).diagnostics[0]?.message; // "Trailing comma before '}'"
 * ```
 */
export function loadJson(text: string, file: string, lines: LineIndex): FormatResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const scan = scanJson(text, lines);
    const sourceMap = lazySourceMap(lines, () => scan.table);
    if (onlyComments(text)) return { value: undefined, diagnostics: [], sourceMap, empty: true };
    const error = scan.error;
    const diagnostic =
      error !== undefined
        ? loadDiagnostic(file, { code: 'syntax', message: error.message, path: error.path, hint: error.hint }, lines.rangeOf(error.start, error.end))
        : loadDiagnostic(file, { code: 'syntax', message: e instanceof Error ? e.message : 'Invalid JSON', path: '' }, START_OF_TEXT);
    return { value: undefined, diagnostics: [diagnostic], sourceMap };
  }
  const sourceMap = lazySourceMap(lines, () => scanJson(text, lines).table);
  const diagnostics: Diagnostic[] = [];
  if (mayContainForbiddenKey(text, 'json')) {
    for (const pointer of removeForbiddenKeys(value)) {
      diagnostics.push(forbiddenKeyDiagnostic(file, pointer, sourceMap));
    }
  }
  return { value, diagnostics, sourceMap };
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
  return loadDiagnostic(
    file,
    {
      code: 'schema/forbidden-key',
      message: `Key '${key}' is not allowed`,
      path: pointer,
      hint: 'The keys __proto__, constructor and prototype are ignored to protect programs that use the data; rename the key',
    },
    sourceMap.locate(pointer, 'key'),
  );
}
