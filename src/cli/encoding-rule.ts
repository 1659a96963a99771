import { parseDiagnosticRule } from '../validate/parse-rule.js';

/**
 * The command's own finding about a file it reads (Zeichenkodierung): the
 * bytes are not UTF-8. The library takes text, so only the command can
 * tell; declared as a rule so that `--rule encoding=…`, the config's
 * `rules` and SARIF know the code like any other.
 *
 * @example
 * ```ts
 * validate(results, { ...options, extraRules: [encodingRule] });
 * ```
 */
export const encodingRule = parseDiagnosticRule({
  id: 'encoding',
  severity: 'error',
  description: 'Files are UTF-8 text (UTF-16 with a byte order mark is read too); other encodings are reported at the first byte that is not UTF-8.',
});
