import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const syntax = parseDiagnosticRule({
  id: 'syntax',
  severity: 'error',
  description: "The text is valid JSON or YAML.",
});
