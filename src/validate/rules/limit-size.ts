import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const limitSize = parseDiagnosticRule({
  id: 'limit/size',
  severity: 'error',
  description: "The file is not larger than the size limit (`maxBytes`, 8 MiB by default).",
});
