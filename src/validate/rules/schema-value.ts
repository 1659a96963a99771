import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const schemaValue = parseDiagnosticRule({
  id: 'schema/value',
  severity: 'error',
  description: "Values are one of the allowed choices (units, delivery modes, session status, ...).",
});
