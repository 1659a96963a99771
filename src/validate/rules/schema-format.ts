import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const schemaFormat = parseDiagnosticRule({
  id: 'schema/format',
  severity: 'error',
  description: "Texts with a fixed form have it: ids (letters, digits, \".\", \"_\", \"-\"), dates YYYY-MM-DD, times HH:MM-HH:MM, language tags.",
});
