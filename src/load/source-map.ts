import { START_OF_TEXT, type SourceRange } from '../core/diagnostic.js';
import { parentPointer } from '../core/json-pointer.js';
import type { LineIndex } from './line-index.js';

/**
 * Where a value sits in its source text (Quelltext-Zuordnung): maps a JSON
 * pointer to the range of the value or of its key.
 *
 * Positions are 1-based; `endColumn` is exclusive; columns count UTF-16 code
 * units like editors and ESLint do (an emoji is two columns). A pointer that
 * does not exist gives the range of its nearest existing ancestor; `''` gives
 * the document's root value. Array items have no key, so `'key'` falls back
 * to the item's value.
 *
 * @example
 * ```ts
 * import { load } from 'curricula';
 * const { sourceMap } = load('modules:\n  - id: a\n', { format: 'yaml' });
 * sourceMap.locate('/modules/0/id', 'key'); // { line: 2, column: 5, endLine: 2, endColumn: 7 }
 * ```
 */
export interface SourceMap {
  locate(pointer: string, part?: 'key' | 'value'): SourceRange;
}

/**
 * String offsets of one value in the text: its key (`keyStart` is -1 when
 * it has none, as for array items and the root) and the value itself
 * (end exclusive).
 *
 * @example
 * ```ts
 * const entry: OffsetEntry = { keyStart: 1, keyEnd: 4, valueStart: 6, valueEnd: 7 }; // {"a": 1}
 * ```
 */
interface OffsetEntry {
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * All values of a document by JSON pointer, as built by a format's scanner.
 *
 * @example
 * ```ts
 * const table: PointerTable = new Map([['', { keyStart: -1, keyEnd: -1, valueStart: 0, valueEnd: 2 }]]);
 * ```
 */
export type PointerTable = Map<string, OffsetEntry>;

/**
 * Makes a {@link SourceMap} that builds its pointer table on the first
 * `locate` call only: valid files, the common case in CI, never pay for
 * positions. A failing builder yields an empty table (every pointer then
 * locates at the start of the text) rather than an exception.
 *
 * @example
 * ```ts
 * const map = lazySourceMap(new LineIndex(text), () => scanJson(text).table);
 * map.locate('/a'); // the table is built now, once
 * ```
 */
export function lazySourceMap(lines: LineIndex, build: () => PointerTable): SourceMap {
  let table: PointerTable | undefined;
  const tableNow = (): PointerTable => {
    if (table === undefined) {
      try {
        table = build();
      } catch {
        table = new Map();
      }
    }
    return table;
  };
  return {
    locate(pointer: string, part: 'key' | 'value' = 'value'): SourceRange {
      const entries = tableNow();
      let p = typeof pointer === 'string' ? pointer : '';
      let entry = entries.get(p);
      while (entry === undefined && p !== '') {
        p = parentPointer(p);
        entry = entries.get(p);
      }
      if (entry === undefined) return { ...START_OF_TEXT };
      if (part === 'key' && entry.keyStart >= 0) return lines.rangeOf(entry.keyStart, entry.keyEnd);
      return lines.rangeOf(entry.valueStart, entry.valueEnd);
    },
  };
}

/**
 * A source map for text that has no usable value (too large, too deep,
 * empty): every pointer locates at the start of the text.
 *
 * @example
 * ```ts
 * EMPTY_SOURCE_MAP.locate('/x'); // { line: 1, column: 1, endLine: 1, endColumn: 1 }
 * ```
 */
export const EMPTY_SOURCE_MAP: SourceMap = Object.freeze({
  locate: (): SourceRange => ({ ...START_OF_TEXT }),
});
