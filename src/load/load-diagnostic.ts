import type { Diagnostic, Severity, SourceRange } from '../core/diagnostic.js';

/**
 * The parts of a loader diagnostic besides its place; see
 * {@link loadDiagnostic}.
 *
 * @example
 * ```ts
 * const finding: Finding = { code: 'syntax', message: 'Trailing comma', path: '/a' };
 * ```
 */
export interface Finding {
  code: string;
  message: string;
  path: string;
  severity?: Severity;
  hint?: string | undefined;
}

/**
 * Builds a loader diagnostic (Befund beim Einlesen) with a fresh range
 * object, the file name and no `hint` property when there is none (so
 * results compare equal however they were built).
 *
 * @example
 * ```ts
 * loadDiagnostic('p.yaml', { code: 'empty', message: 'The file is empty', path: '' }, START_OF_TEXT);
 * ```
 */
export function loadDiagnostic(file: string, finding: Finding, range: SourceRange): Diagnostic {
  const d: Diagnostic = {
    code: finding.code,
    severity: finding.severity ?? 'error',
    message: finding.message,
    path: finding.path,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    file,
  };
  if (finding.hint !== undefined) d.hint = finding.hint;
  return d;
}
