import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const syntax = parseDiagnosticRule({
  id: 'syntax',
  severity: 'error',
  description: "The text is valid JSON or YAML.",
  docs: {
    why: "Nothing else can be checked in a file that does not parse; the position points at the first broken character.",
    invalid: `kind: program
id: netzwerk
title: "Netzwerkarbeit
modules: []
`,
    valid: `kind: program
id: netzwerk
title: "Netzwerkarbeit"
modules: []
`,
  },
});
