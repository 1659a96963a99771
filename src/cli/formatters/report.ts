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
 * A message on one line, for formats that are read line by line.
 *
 * @example
 * ```ts
 * oneLine('first\n  second'); // 'first second'
 * ```
 */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
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
