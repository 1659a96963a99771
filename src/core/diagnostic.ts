import { checkArguments, checkList, checkRecord } from './arguments.js';
/**
 * How serious a diagnostic is. `error` fails a CI run, `warning` counts
 * against `--max-warnings`, `info` is only shown (e.g. sessions still to be
 * agreed).
 *
 * @example
 * ```ts
 * import type { Severity } from 'curricula';
 * const s: Severity = 'warning';
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A 1-based place in a source text: where a value (or its key) starts and
 * ends. `endColumn` points just past the last character, like ESLint.
 *
 * @example
 * ```ts
 * import type { SourceRange } from 'curricula';
 * const r: SourceRange = { line: 3, column: 5, endLine: 3, endColumn: 12 };
 * ```
 */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * One problem found in user input (Befund). User input problems are values,
 * never exceptions: every layer returns diagnostics alongside its result.
 *
 * `code` is a stable string (`syntax`, `schema/unknown-key`,
 * `hours/total`, …) that scripts and rule configuration can rely on;
 * `path` is a JSON pointer into the document.
 *
 * @example
 * ```ts
 * import { parseProgram } from 'curricula';
 * const { diagnostics } = parseProgram('kind: program\nid: x\ntitel: Typo\n');
 * // diagnostics[0].code === 'schema/unknown-key', line 3, hint "did you mean 'title'?"
 * ```
 */
export interface Diagnostic extends SourceRange {
  code: string;
  severity: Severity;
  /** The text of the finding in the language it was rendered in (from the message catalogs). */
  message: string;
  /**
   * Which message of the code's catalog entry `message` was rendered from
   * (`hours/total` has `mismatch`, …): with `data`, what an app needs to
   * render its own text (see `formatMessage`).
   */
  messageId: string;
  /** The values the message's placeholders were filled with: raw, not formatted (dates ISO, durations in minutes). */
  data: MessageData;
  /** The message id `hint` was rendered from; its placeholders come from `data` too. */
  hintId?: string;
  /** JSON pointer (RFC 6901) to the offending value, `''` for the document. */
  path: string;
  hint?: string;
  /** The file the diagnostic belongs to, when known. */
  file?: string;
  /**
   * Set only on findings an inline directive disabled, which `validate()`
   * returns only when asked (`keepSuppressed`): why, as SARIF records it
   * (`kind: 'inSource'`, the directive's reason as `justification`).
   */
  suppressions?: readonly Suppression[];
}

/**
 * Why a finding is not shown: an inline directive in the document
 * (`# curricula-disable-next-line offering/holiday -- reason`), as SARIF's
 * `suppression` object has it.
 *
 * @example
 * ```ts
 * import type { Suppression } from 'curricula';
 * const s: Suppression = { kind: 'inSource', justification: 'Ostern-Intensivkurs, mit dem Träger abgestimmt' };
 * ```
 */
export interface Suppression {
  kind: 'inSource';
  justification: string;
}

/**
 * A duration in a message's data: exact minutes and the unit to show them
 * in (rendered as "20 UE" or "2,5 Std." by the reader's locale).
 *
 * @example
 * ```ts
 * import type { DurationValue } from 'curricula';
 * const declared: DurationValue = { minutes: 900, unit: 'UE' };
 * ```
 */
export interface DurationValue {
  readonly minutes: number;
  readonly unit: 'UE' | 'LE' | 'h' | 'min';
  /**
   * The unit the author wrote this figure in, when it is not `unit`
   * (`hours: "20 UE"` in a program counted in h): the figure is then shown
   * in both, the author's first ("20 UE (15 h)").
   */
  readonly written?: 'UE' | 'LE' | 'h' | 'min' | undefined;
}

/**
 * A message inside a message (a clause of a longer sentence, one of several
 * suggestions): a message id of the same catalog namespace, or of `ns`, with
 * its own data.
 *
 * @example
 * ```ts
 * import type { Phrase } from 'curricula';
 * const change: Phrase = { id: 'endLater', data: { date: '2027-02-01', days: 1 } };
 * ```
 */
export interface Phrase {
  readonly id: string;
  readonly ns?: string;
  readonly data?: MessageData;
}

/**
 * A proper name from outside the package that comes in both languages, such
 * as a public holiday's (Heilige Drei Könige, Epiphany): a message shows
 * `nameEn` in English when there is one, else `name`.
 *
 * @example
 * ```ts
 * import type { LocalizedName } from 'curricula';
 * const holiday: LocalizedName = { name: 'Heilige Drei Könige', nameEn: 'Epiphany' };
 * ```
 */
export interface LocalizedName {
  readonly name: string;
  readonly nameEn?: string | undefined;
}

/**
 * A value a message placeholder is filled with. Values stay raw (ISO dates,
 * state codes, minutes) so an app can format them itself; the catalogs say
 * how each placeholder is shown (`{date:date}` is `16.05.2015` in German).
 *
 * @example
 * ```ts
 * import type { MessageValue } from 'curricula';
 * const values: MessageValue[] = ['BW', 3, { minutes: 90, unit: 'h' }, ['a', 'b'], { name: 'Ostermontag', nameEn: 'Easter Monday' }];
 * ```
 */
export type MessageValue = string | number | boolean | DurationValue | Phrase | LocalizedName | readonly MessageValue[];

/**
 * The data of a finding: placeholder name to value.
 *
 * @example
 * ```ts
 * import type { MessageData } from 'curricula';
 * const data: MessageData = { key: 'titel', suggestion: 'title' };
 * ```
 */
export type MessageData = Readonly<Record<string, MessageValue>>;

/**
 * The range used when nothing better is known: the start of the text.
 *
 * @example
 * ```ts
 * import { START_OF_TEXT } from 'curricula';
 * const d = { ...START_OF_TEXT, code: 'empty', messageId: 'empty', data: {}, severity: 'error', message: 'The file is empty', path: '' };
 * ```
 */
export const START_OF_TEXT: SourceRange = Object.freeze({ line: 1, column: 1, endLine: 1, endColumn: 1 });

/**
 * Orders diagnostics by file, line, column, then code and message, so output
 * is stable whatever order rules ran in.
 *
 * @example
 * ```ts
 * import { compareDiagnostics } from 'curricula';
 * diagnostics.sort(compareDiagnostics);
 * ```
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  checkRecord('compareDiagnostics', 'a', a);
  checkRecord('compareDiagnostics', 'b', b);
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/**
 * Sorts diagnostics (see {@link compareDiagnostics}) and drops exact
 * duplicates (same file, place, code and message).
 *
 * @example
 * ```ts
 * import { sortDiagnostics } from 'curricula';
 * const clean = sortDiagnostics([...fromLoader, ...fromRules]);
 * ```
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  checkList('sortDiagnostics', 'diagnostics', diagnostics);
  // Valid documents are the common case: nothing to sort, and no Set to build per call.
  if (diagnostics.length < 2) return [...diagnostics];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of [...diagnostics].sort(compareDiagnostics)) {
    const key = `${d.file ?? ''}\u0000${d.line}:${d.column}\u0000${d.code}\u0000${d.path}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/**
 * True when any diagnostic is an error.
 *
 * @example
 * ```ts
 * import { hasErrors } from 'curricula';
 * if (hasErrors(result.diagnostics)) process.exitCode = 1;
 * ```
 */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  checkArguments('hasErrors', [['diagnostics', diagnostics, 'records']]);
  return diagnostics.some((d) => d.severity === 'error');
}
