import type { Diagnostic } from '../../core/diagnostic.js';
import type { Locale } from '../../core/locale.js';
import { cliText } from '../errors.js';

/**
 * The findings for one file, the input of every formatter. `file` is the
 * path as the user gave it (or as found); `uri` the repository-relative,
 * forward-slash path SARIF needs; `text` the source, for fingerprints.
 *
 * @example
 * ```ts
 * import type { FileReport } from './report.js';
 * const r: FileReport = { file: 'program.yaml', diagnostics: [] };
 * ```
 */
export interface FileReport {
  file: string;
  diagnostics: readonly Diagnostic[];
  uri?: string;
  text?: string;
}

/**
 * How many findings there are of each severity.
 *
 * @example
 * ```ts
 * const { errors, warnings }: Counts = countDiagnostics(reports);
 * ```
 */
export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * Counts findings by severity over all files.
 *
 * @example
 * ```ts
 * import { countDiagnostics } from './report.js';
 * countDiagnostics([{ file: 'a.yaml', diagnostics: [] }]); // { errors: 0, warnings: 0, infos: 0 }
 * ```
 */
export function countDiagnostics(reports: readonly FileReport[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const r of reports) {
    for (const d of r.diagnostics) {
      if (d.severity === 'error') counts.errors++;
      else if (d.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
  }
  return counts;
}

/**
 * "3 problems", "1 Warnung": a count with its word in the right number
 * (the `cli.report` messages).
 *
 * @example
 * ```ts
 * import { plural } from './report.js';
 * plural(2, 'error', 'de'); // '2 Fehler'
 * ```
 */
export function plural(n: number, word: 'problem' | 'error' | 'warning' | 'info' | 'file', locale: Locale = 'en'): string {
  return cliText(locale, { ns: 'cli.report', id: n === 1 ? word : `${word}s`, data: { count: n } });
}

/**
 * The severity word shown to people, in their language (`cli.severity`).
 *
 * @example
 * ```ts
 * import { severityLabel } from './report.js';
 * severityLabel('warning', 'de'); // 'Warnung'
 * ```
 */
export function severityLabel(severity: Diagnostic['severity'], locale: Locale = 'en'): string {
  return cliText(locale, { ns: 'cli.severity', id: severity });
}

/**
 * A message on one line, for formats that are read line by line: each run
 * of white space with a line break in it becomes one space. Linear in the
 * text's length, whatever it holds.
 *
 * @example
 * ```ts
 * oneLine('first\n  second'); // 'first second'
 * ```
 */
export function oneLine(text: string): string {
  // Each run of white space that holds a line break becomes one space. `/\s+/` is linear on any
  // text; `/\s*\r?\n\s*/` took over a minute on a key of 300,000 spaces (it retried the run from
  // every space in it).
  if (!text.includes('\n')) return text.trim();
  return text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)).trim();
}

// C0 and C1 control characters and DEL: a terminal or a CI log would act on them (ESC starts
// colour and cursor sequences, `ESC ]0;` sets the window title). Tab, LF and CR are left to the
// callers that keep lines.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Each control character as it is shown, `\u001b`-style, made once (a text may hold millions of them). */
const SHOWN: readonly string[] = Array.from({ length: 0xa0 }, (_, c) => `\\u${c.toString(16).padStart(4, '0')}`);

/**
 * User text (a message, a file name) with its control characters shown as
 * `\u001b`-style text, so that nothing a document or a file name holds
 * reaches the terminal or the CI log as a command. With `keepLines`, tab,
 * line feed and carriage return stay (for formats that escape them their
 * own way). Text that has none comes back as it is.
 *
 * @example
 * ```ts
 * showControls('a\u001b[2Jb'); // 'a\\u001b[2Jb'
 * showControls('a\nb', true); // 'a\nb'
 * ```
 */
export function showControls(text: string, keepLines = false): string {
  const pattern = keepLines ? CONTROL_BUT_LINES : CONTROL;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, (c) => SHOWN[c.charCodeAt(0)]!);
}

/** Hints up to this length fit in parentheses after the message; longer ones (the changes that would make a plan fit, lists of known keys) go below it. */
const MAX_INLINE_HINT = 80;

/**
 * A message and its hint, split for display: `inline` is the message with a
 * short hint in parentheses ("did you mean 'title'?"); `below` is a long
 * hint in full, to be shown under the message. No hint is ever dropped,
 * because long hints carry the reasons (why a plan does not fit).
 *
 * @example
 * ```ts
 * import { splitHint } from './report.js';
 * splitHint({ message: 'Too long', hint: 'Smallest changes that fit: end on 2027-02-05, or allow 10 UE per day, or allow sat' });
 * // { inline: 'Too long', below: 'Smallest changes that fit: end on 2027-02-05, or allow 10 UE per day, or allow sat' }
 * ```
 */
export function splitHint(d: { message: string; hint?: string | undefined }): { inline: string; below: string | undefined } {
  const hint = d.hint?.trim();
  if (hint === undefined || hint === '' || d.message.includes(hint)) return { inline: d.message, below: undefined };
  if (hint.length > MAX_INLINE_HINT || /\n/.test(hint)) return { inline: d.message, below: hint };
  return { inline: `${d.message} (${hint})`, below: undefined };
}

/**
 * The message with its whole hint: a short hint in parentheses, a long one
 * on the next line, for formats that take a multi-line message (GitHub
 * annotations, SARIF).
 *
 * @example
 * ```ts
 * import { messageWithHint } from './report.js';
 * messageWithHint({ message: "Unknown key 'titel'", hint: "did you mean 'title'?" }); // "Unknown key 'titel' (did you mean 'title'?)"
 * ```
 */
export function messageWithHint(d: { message: string; hint?: string | undefined }): string {
  const { inline, below } = splitHint(d);
  return below === undefined ? inline : `${inline}\n${below}`;
}

/**
 * Breaks a text into lines of at most `width` characters at spaces (a word
 * longer than the width keeps its own line), for hints under a finding.
 *
 * @example
 * ```ts
 * import { wrapText } from './report.js';
 * wrapText('one two three', 8); // ['one two', 'three']
 * ```
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.trim().split(/\s+/)) {
      if (word === '') continue;
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}
