import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const schemaRange = parseDiagnosticRule({
  id: 'schema/range',
  severity: 'error',
  description: "Numbers and lists lie within their allowed range (no negative counts, a year between 1900 and 2200, ...).",
});
