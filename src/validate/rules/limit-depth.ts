import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const limitDepth = parseDiagnosticRule({
  id: 'limit/depth',
  severity: 'error',
  description: "Nesting is not deeper than the depth limit (`maxDepth`, 256 by default).",
});
