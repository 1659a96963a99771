/**
 * The low-level text rules of iCalendar (RFC 5545 §3.1, §3.3.11): escaping
 * of TEXT values and parameter values, and folding of content lines at 75
 * octets. Kept apart from the calendar writer so the byte-level rules can be
 * tested on their own.
 */

/** RFC 5545 allows no control characters in TEXT except HTAB (newlines are escaped). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Lone UTF-16 surrogates cannot be encoded as UTF-8; they become U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes any JavaScript string representable in a calendar: lone surrogates
 * become U+FFFD, CRLF and CR become LF, control characters other than tab
 * and LF are dropped. Escaping a cleaned string and parsing it back gives the
 * cleaned string exactly.
 *
 * @example
 * ```ts
 * cleanIcsText('a\r\nb\u0007'); // 'a\nb'
 * ```
 */
export function cleanIcsText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and
 * newlines; the text is cleaned first (see {@link cleanIcsText}).
 *
 * @example
 * ```ts
 * escapeIcsText('Köln; Raum 1, EG\nbitte klingeln'); // 'Köln\\; Raum 1\\, EG\\nbitte klingeln'
 * ```
 */
export function escapeIcsText(text: string): string {
  return cleanIcsText(text).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * Writes a parameter value (RFC 5545 §3.2): quoted when it holds `:`, `;`
 * or `,`. Parameter values cannot carry double quotes or newlines at all, so
 * those are replaced (a quote by an apostrophe, a newline by a space).
 *
 * @example
 * ```ts
 * icsParamValue('Europe/Berlin'); // 'Europe/Berlin'
 * icsParamValue('Müller, Anna');  // '"Müller, Anna"'
 * ```
 */
export function icsParamValue(value: string): string {
  const clean = cleanIcsText(value).replace(/"/g, "'").replace(/[\n\t]/g, ' ');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const encoder = new TextEncoder();
const ASCII = /^[\u0000-\u007f]*$/;

// Made on first use: constructing a segmenter loads ICU's break data, about 5 ms of every
// `import('curricula')` when it stood here, for the few lines that are long or non-ASCII.
let graphemes: Intl.Segmenter | undefined;

/**
 * The pieces a line may be broken between: user-perceived characters
 * (so "ä" written as a + combining diaeresis, or a family emoji, stays on one
 * line), with an escape such as `\;` kept together, because some readers
 * unescape before they unfold. A piece too long for one line (a pathological
 * cluster) falls apart into code points, which is all RFC 5545 requires.
 */
function pieces(line: string, limit: number): string[] {
  const out: string[] = [];
  let pendingEscape = false;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(line)) {
    if (pendingEscape) out[out.length - 1] += segment;
    else out.push(segment);
    pendingEscape = !pendingEscape && segment === '\\';
  }
  return out.flatMap((p) => (encoder.encode(p).length > limit - 1 ? Array.from(p) : [p]));
}

/**
 * Folds one content line so that no physical line is longer than 75 octets
 * (not counting the CRLF), breaking only between characters so that no
 * UTF-8 sequence is ever cut (RFC 5545 §3.1); grapheme clusters and escape
 * pairs stay whole too. Continuation lines start with a space, which counts
 * toward their 75 octets. Returns the physical lines joined with CRLF,
 * without a trailing CRLF.
 *
 * @example
 * ```ts
 * foldIcsLine('SUMMARY:' + 'ä'.repeat(40)).split('\r\n').length; // 2
 * ```
 */
export function foldIcsLine(line: string, limit = 75): string {
  // Most lines are short ASCII; encoding each of them dominated large calendars.
  if (line.length <= limit && ASCII.test(line)) return line;
  if (encoder.encode(line).length <= limit) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const piece of pieces(line, limit)) {
    const n = encoder.encode(piece).length;
    if (size + n > limit && current !== '' && current !== ' ') {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += piece;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/**
 * Builds one content line `NAME;PARAM=value:value`, folded. `params` values
 * are written with {@link icsParamValue}; `value` is written as given, so
 * TEXT values must already be escaped with {@link escapeIcsText}.
 *
 * @example
 * ```ts
 * icsLine('DTSTART', '20270129T093000', { TZID: 'Europe/Berlin' }); // 'DTSTART;TZID=Europe/Berlin:20270129T093000'
 * ```
 */
export function icsLine(name: string, value: string, params?: Readonly<Record<string, string>>): string {
  let head = name;
  if (params) for (const [key, v] of Object.entries(params)) head += `;${key}=${icsParamValue(v)}`;
  return foldIcsLine(`${head}:${value}`);
}
