import type { SourceRange } from '../core/diagnostic.js';

/**
 * Turns string offsets into 1-based line and column numbers (Zeilen- und
 * Spaltenindex).
 *
 * Columns count UTF-16 code units, the way VS Code, ESLint and the
 * TypeScript compiler count them: `ü` is one column, `😀` is two. Line
 * breaks are `\n`, `\r\n` and a lone `\r`.
 *
 * The line starts are found on first use only, so a file that never needs
 * a position never pays for them.
 *
 * @example
 * ```ts
 * const index = new LineIndex('a: 1\nb: 2\n');
 * index.rangeOf(5, 6); // { line: 2, column: 1, endLine: 2, endColumn: 2 }
 * ```
 */
export class LineIndex {
  readonly #text: string;
  #starts: number[] | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /** The 1-based line and column of a string offset (clamped to the text). */
  position(offset: number): { line: number; column: number } {
    const starts = this.#lineStarts();
    const at = Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, this.#text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] as number) + 1 };
  }

  /** The range from `start` to `end` (exclusive); an inverted range collapses to its start. */
  rangeOf(start: number, end: number): SourceRange {
    const from = this.position(start);
    const to = end > start ? this.position(end) : from;
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  /** The string offset of a 1-based line and column (the inverse of `position`), or undefined past the last line. */
  offset(line: number, column: number): number | undefined {
    const start = this.#lineStarts()[line - 1];
    return start === undefined ? undefined : start + column - 1;
  }

  #lineStarts(): number[] {
    if (this.#starts !== undefined) return this.#starts;
    const text = this.#text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.#starts = starts;
    return starts;
  }
}
