import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const limitAliases = parseDiagnosticRule({
  id: 'limit/aliases',
  severity: 'error',
  description: "YAML aliases do not expand beyond the alias limit.",
  docs: {
    why: "A few lines of nested aliases (\"billion laughs\") can expand to gigabytes; such files are rejected before they are expanded.",
    invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
goals: &a [x, x, x, x, x, x, x, x, x, x]
context: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
region: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
`,
    valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
goals: [Netzwerke aufbauen]
`,
  },
});
