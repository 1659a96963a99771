import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const durationInvalid = parseDiagnosticRule({
  id: 'duration/invalid',
  severity: 'error',
  description: "Hour amounts are exact durations: a number in the document's unit, or a number with a unit (\"16 UE\", \"2 2/3\", \"90 min\").",
});
