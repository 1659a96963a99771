import type { Locale } from '../core/locale.js';
import { codeArea, describeCode, DIAGNOSTIC_CODES, isDiagnosticCode, type CodeStage, type DiagnosticCode } from '../messages/index.js';
import { builtinMeta } from './define-rule.js';
import type { AnyRule, RuleMeta } from './types.js';

/** The stages whose codes `rules` settings change: what a document can be reported with. */
const CONFIGURABLE_STAGES: ReadonlySet<CodeStage> = new Set<CodeStage>(['load', 'schema', 'set', 'rule']);

const CODES = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];

/**
 * The metas of the registry's codes of the given stages, in registry order,
 * then the extra rules': the one list docs/rules.md, the command's SARIF
 * rule table and the check of `rules` settings are made from.
 *
 * @example
 * ```ts
 * registryRules(['load', 'schema', 'set', 'rule']).map((r) => r.meta.id); // ['syntax', 'encoding', 'empty', …]
 * ```
 */
export function registryRules(stages: Iterable<CodeStage>, extraRules: readonly AnyRule[] = []): { meta: RuleMeta }[] {
  const wanted = new Set(stages);
  const out: { meta: RuleMeta }[] = CODES.filter((code) => wanted.has(DIAGNOSTIC_CODES[code].stage)).map((code) => ({ meta: builtinMeta(code) }));
  for (const rule of extraRules) out.push({ meta: rule.meta });
  return out;
}

/**
 * The rules a document can be reported by, which `rules` settings
 * configure and docs/rules.md lists: every code of loading, the schema, the
 * document set and the rules, then the extra rules.
 *
 * @example
 * ```ts
 * documentRules().some((r) => r.meta.id === 'schema/unknown-key'); // true
 * ```
 */
export function documentRules(extraRules: readonly AnyRule[] = []): { meta: RuleMeta }[] {
  return registryRules(CONFIGURABLE_STAGES, extraRules);
}

/**
 * What a `rules` setting's key names: codes or areas that settings change
 * (`configurable`), or only codes settings cannot change (`fixed`: the
 * planner's, the options', an internal error), by the stage of those codes.
 *
 * @example
 * ```ts
 * const { configurable, fixed } = ruleKeys([]);
 * configurable.has('hours'); // true
 * fixed.get('plan/infeasible'); // 'plan'
 * ```
 */
export function ruleKeys(extraRules: readonly AnyRule[]): { configurable: Set<string>; fixed: Map<string, CodeStage> } {
  const configurable = new Set<string>();
  const fixed = new Map<string, CodeStage>();
  const add = (id: string, stage: CodeStage | undefined): void => {
    const keys = [id];
    const area = codeArea(id);
    if (area !== id) keys.push(area, `${area}/*`);
    for (const key of keys) {
      if (stage === undefined || CONFIGURABLE_STAGES.has(stage)) {
        configurable.add(key);
        fixed.delete(key);
      } else if (!configurable.has(key)) fixed.set(key, stage);
    }
  };
  for (const code of CODES) add(code, DIAGNOSTIC_CODES[code].stage);
  for (const rule of extraRules) add(rule.meta.id, undefined);
  return { configurable, fixed };
}

/**
 * A rule's one-line description in a language: a built-in rule's from the
 * catalogs ({@link describeCode}), a custom rule's its own
 * `meta.description`, in the one language its author wrote. Custom rules
 * cannot take a registry code (validate() refuses them), so a registry
 * code is a built-in rule. For docs pages and SARIF's rule table.
 *
 * @example
 * ```ts
 * describeRule(builtinMeta('hours/total'), 'de'); // 'Die angegebenen `hours` eines Programms sind …'
 * ```
 */
export function describeRule(meta: RuleMeta, locale: Locale = 'en'): string {
  return isDiagnosticCode(meta.id) ? describeCode(meta.id, locale) : meta.description;
}
