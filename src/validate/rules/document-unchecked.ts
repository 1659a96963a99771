import { parseDiagnosticRule } from '../parse-rule.js';

/**
 * Reported by validate() itself for a file the other rules could not look
 * at (ungeprüftes Dokument), when the problems that stop it are no longer
 * errors under the `rules` settings: a CI run must not pass a file that
 * was never checked.
 */
export const documentUnchecked = parseDiagnosticRule({
  id: 'document/unchecked',
  severity: 'error',
  description: 'Every file is checked by the rules, not skipped because of problems whose severity was lowered.',
});
