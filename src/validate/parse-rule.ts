import type { AnyRule, RuleMeta } from './types.js';

// One shared function, so validate() can tell these rules apart and skip building their context.
function nothingToCheck(): void {}

/**
 * A rule whose diagnostics come from loading and parsing (syntax, limits,
 * schema): `check` has nothing left to do, but the meta lists the code in
 * docs/rules.md and SARIF, and `rules` settings apply to it like to any
 * other rule.
 */
export function parseDiagnosticRule(meta: RuleMeta): AnyRule {
  return { meta, check: nothingToCheck };
}

/** True for a rule made by {@link parseDiagnosticRule}, whose check does nothing. */
export function isParseDiagnosticRule(rule: AnyRule): boolean {
  return rule.check === nothingToCheck;
}
