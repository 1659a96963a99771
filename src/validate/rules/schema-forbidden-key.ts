import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const schemaForbiddenKey = parseDiagnosticRule({
  id: 'schema/forbidden-key',
  severity: 'error',
  description: "No key is `__proto__`, `constructor` or `prototype`.",
});
