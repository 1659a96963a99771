import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const durationInvalid = parseDiagnosticRule({
  id: 'duration/invalid',
  severity: 'error',
  description: "Hour amounts are exact durations: a number in the document's unit, or a number with a unit (\"16 UE\", \"2 2/3\", \"90 min\").",
  docs: {
    why: "Hours are summed exactly; an amount that is not a duration (\"2 Tage\", or \"2 2/7 UE\", which is no whole number of minutes) cannot be counted.",
    invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg
    hours: 2 Tage
`,
    valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg
    hours: 16 UE
`,
  },
});
