import type { Diagnostic } from '../../core/diagnostic.js';
import type { Locale } from '../../core/locale.js';

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

const WORDS = {
  en: { problem: ['problem', 'problems'], error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'infos'] },
  de: { problem: ['Problem', 'Probleme'], error: ['Fehler', 'Fehler'], warning: ['Warnung', 'Warnungen'], info: ['Hinweis', 'Hinweise'] },
} as const;

/**
 * "3 problems", "1 Warnung": a count with its word in the right number.
 *
 * @example
 * ```ts
 * import { plural } from './report.js';
 * plural(2, 'error', 'de'); // '2 Fehler'
 * ```
 */
export function plural(n: number, word: keyof (typeof WORDS)['en'], locale: Locale = 'en'): string {
  const forms = WORDS[locale][word];
  return `${n} ${n === 1 ? forms[0] : forms[1]}`;
}

/**
 * The severity word shown to people, in their language.
 *
 * @example
 * ```ts
 * import { severityLabel } from './report.js';
 * severityLabel('warning', 'de'); // 'Warnung'
 * ```
 */
export function severityLabel(severity: Diagnostic['severity'], locale: Locale = 'en'): string {
  if (locale === 'en') return severity;
  return severity === 'error' ? 'Fehler' : severity === 'warning' ? 'Warnung' : 'Hinweis';
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

/** Hints longer than this (lists of every known key) stay out of one-line formats. */
const MAX_INLINE_HINT = 80;

/**
 * The message with its hint in parentheses when the hint is short and adds
 * something ("did you mean 'title'?"); long hints would drown the message.
 *
 * @example
 * ```ts
 * import { messageWithHint } from './report.js';
 * messageWithHint({ message: "Unknown key 'titel'", hint: "did you mean 'title'?" }); // "Unknown key 'titel' (did you mean 'title'?)"
 * ```
 */
export function messageWithHint(d: { message: string; hint?: string | undefined }): string {
  if (d.hint === undefined || d.hint === '' || d.hint.length > MAX_INLINE_HINT || d.message.includes(d.hint)) return d.message;
  return `${d.message} (${d.hint})`;
}
