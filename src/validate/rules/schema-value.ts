import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const schemaValue = parseDiagnosticRule({
  id: 'schema/value',
  severity: 'error',
  description: "Values are one of the allowed choices (units, delivery modes, session status, ...).",
  docs: {
    why: "A free-form word where the format expects one of a few choices cannot be interpreted; the message lists the choices.",
    invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
unit: Stunden
`,
    valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
unit: h
`,
  },
});
