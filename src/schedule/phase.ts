import type { Diagnostic } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import { diagnosticOf, type Finding } from '../messages/finding.js';

/**
 * What a phase of the planner gives: its value and any warnings, or the
 * diagnostics that stop the plan (with the phase's own warnings). `plan()`
 * runs the phases in order and stops at the first that fails.
 */
export type PhaseResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const NO_WARNINGS: readonly Diagnostic[] = Object.freeze([]);

/** A phase that succeeded, with the warnings it found along the way. */
export function passed<T>(value: T, warnings: readonly Diagnostic[] = NO_WARNINGS): PhaseResult<T> {
  return { ok: true, value, warnings };
}

/** A phase that failed. */
export function stopped<T>(diagnostics: readonly Diagnostic[]): PhaseResult<T> {
  return { ok: false, diagnostics };
}

/**
 * A plan diagnostic from a finding: constraints and programs handed to
 * `plan()` have no source text here, so it sits at the start of the text
 * with the JSON pointer in `path` (the command locates it in the program).
 */
export function planDiagnostic(f: Finding, path: string, locale: Locale): Diagnostic {
  return diagnosticOf(f, { path }, locale);
}
