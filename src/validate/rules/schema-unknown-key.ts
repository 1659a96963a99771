import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const schemaUnknownKey = parseDiagnosticRule({
  id: 'schema/unknown-key',
  severity: 'error',
  description: "Every key is one the format knows; misspellings get a did-you-mean.",
});
