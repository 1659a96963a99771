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

const NOT_ASCII = /[^\x00-\x7f]/;

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
  const n = text.length;
  // Most documents (and every generated one) are ASCII: one byte per unit, settled by a native scan
  // about three times faster than the loop below.
  if (!NOT_ASCII.test(text)) return n;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
    if (bytes > stopAbove) return bytes;
  }
  return bytes;
}
