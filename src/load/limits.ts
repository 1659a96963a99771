/**
 * The default size limit of one document: 8 MiB of UTF-8. Curricula are
 * small; anything larger is almost certainly a mistake or an attack.
 *
 * @example
 * ```ts
 * import { load, DEFAULT_MAX_BYTES } from 'curricula';
 * load(text, { maxBytes: 2 * DEFAULT_MAX_BYTES });
 * ```
 */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/**
 * The default nesting limit (Verschachtelungstiefe): how many objects and
 * arrays may be nested inside each other. Real programs nest fewer than 20.
 *
 * @example
 * ```ts
 * import { load, DEFAULT_MAX_DEPTH } from 'curricula';
 * load(text, { maxDepth: DEFAULT_MAX_DEPTH / 2 });
 * ```
 */
export const DEFAULT_MAX_DEPTH = 256;

/**
 * How many values YAML aliases (`*name`) may add to a document when
 * expanded: each alias counts the values of what its anchor holds, nested
 * aliases included. What an alias bomb ("billion laughs") costs is this
 * expanded size, not the number of aliases, so reusing a small anchor in
 * thousands of sessions is fine while a few lines that expand to millions
 * of values are refused before anything is expanded. A million is about
 * what a plain document within the 8 MiB size limit can hold, so aliases
 * at most double the work for everything that walks the value. Every YAML
 * text with an alias is checked against it before its value is built (the
 * fast reader declines aliases), and the value is never built by yaml's
 * `toJS`, which knows no such limit.
 *
 * @example
 * ```ts
 * import { load } from 'curricula';
 * load(billionLaughs).diagnostics[0]?.messageId; // 'aliasBomb' ("Aliases expand to more than 1,000,000 values; …")
 * ```
 */
export const MAX_YAML_ALIAS_VALUES = 1_000_000;

/** Runs of non-ASCII UTF-16 units: what costs more than one byte each. */
const NOT_ASCII_RUN = /[^\x00-\x7f]+/g;

/**
 * The UTF-8 size of a string in bytes, counted without encoding it. Stops
 * counting once `stopAbove` is exceeded (the exact size of a huge text is
 * not interesting, only that it is too big).
 *
 * @example
 * ```ts
 * utf8ByteLength('Grüße'); // 7
 * ```
 */
export function utf8ByteLength(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  // One byte per unit, plus what each non-ASCII unit adds. Documents are mostly ASCII (German text
  // has an umlaut every few words), so a native search for the runs that cost more is several
  // times faster than visiting every unit (a 7.5 MB offering: 4 ms instead of 20).
  let bytes = text.length;
  const runs = new RegExp(NOT_ASCII_RUN);
  for (let run = runs.exec(text); run !== null; run = runs.exec(text)) {
    const end = run.index + run[0].length;
    for (let i = run.index; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x800) bytes += 1;
      else {
        // 3 bytes, or 4 for a surrogate pair (two units); a lone surrogate is written as U+FFFD, 3 bytes.
        bytes += 2;
        const d = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? text.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    if (bytes > stopAbove) return bytes;
  }
  return bytes;
}
