import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const schemaType = parseDiagnosticRule({
  id: 'schema/type',
  severity: 'error',
  description: "Values have the right type (text, number, list, mapping).",
});
