import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const emptyDocument = parseDiagnosticRule({
  id: 'empty',
  severity: 'error',
  description: "The file holds a document, not only blanks or comments.",
});
