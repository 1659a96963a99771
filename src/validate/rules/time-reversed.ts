import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const timeReversed = parseDiagnosticRule({
  id: 'time/reversed',
  severity: 'error',
  description: "Time windows end after they start (\"09:30-16:30\", not \"16:30-09:30\").",
  docs: {
    why: "A reversed window is a swapped pair of times; its teaching time would be negative.",
    invalid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-01-29
    time: "16:30-09:30"
`,
    valid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-01-29
    time: "09:30-16:30"
`,
  },
});
