import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const timeReversed = parseDiagnosticRule({
  id: 'time/reversed',
  severity: 'error',
  description: "Time windows end after they start (\"09:30-16:30\", not \"16:30-09:30\").",
});
