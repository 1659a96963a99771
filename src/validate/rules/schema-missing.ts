import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const schemaMissing = parseDiagnosticRule({
  id: 'schema/missing',
  severity: 'error',
  description: "Required keys are present (`id`, `title`, `kind`, a session's `date` unless it is to be agreed, ...).",
});
