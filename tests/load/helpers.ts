import type { Diagnostic } from '../../src/core/diagnostic.js';

/** `code line:column` of each diagnostic, for compact assertions. */
export function where(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`);
}
