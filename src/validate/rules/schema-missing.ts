import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const schemaMissing = parseDiagnosticRule({
  id: 'schema/missing',
  severity: 'error',
  description: "Required keys are present (`id`, `title`, `kind`, a session's `date` unless it is to be agreed, ...).",
  docs: {
    why: "Without them a document cannot be referenced, listed or scheduled.",
    invalid: `kind: program
id: netzwerk
modules:
  - id: einstieg
    hours: 16
`,
    valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg in die Netzwerkarbeit
    hours: 16
`,
  },
});
