import type { Rule, RuleMeta } from './types.js';

/**
 * A rule whose diagnostics come from loading and parsing (syntax, limits,
 * schema): `check` has nothing left to do, but the meta lists the code in
 * docs/rules.md and SARIF, and `rules` settings apply to it like to any
 * other rule.
 */
export function parseDiagnosticRule(meta: RuleMeta): Rule {
  return { meta, check() {} };
}
