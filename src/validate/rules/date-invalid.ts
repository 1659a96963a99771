import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const dateInvalid = parseDiagnosticRule({
  id: 'date/invalid',
  severity: 'error',
  description: "Dates exist in the calendar (no 2027-02-29, no 2014-02-30).",
});
