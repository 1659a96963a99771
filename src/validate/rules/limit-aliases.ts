import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const limitAliases = parseDiagnosticRule({
  id: 'limit/aliases',
  severity: 'error',
  description: "YAML aliases do not expand to more than 1,000,000 values (an alias bomb).",
});
