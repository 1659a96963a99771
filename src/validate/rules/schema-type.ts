import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const schemaType = parseDiagnosticRule({
  id: 'schema/type',
  severity: 'error',
  description: "Values have the right type (text, number, list, mapping).",
  docs: {
    why: "A list where one value is expected, or a mapping where a list is, usually means wrong indentation.",
    invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  id: einstieg
  title: Einstieg
`,
    valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg
`,
  },
});
