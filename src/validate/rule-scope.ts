import { codeArea, isDiagnosticCode } from '../messages/index.js';
import type { AnyRule } from './types.js';

/**
 * What a rule needs in a set of documents to find anything: the built-in
 * rules of the `offering/` area look at nothing but offerings, those of
 * the `recognition/` area at nothing but recognition claims, so validation
 * skips them for a set without (tests/validate/skipped-rules.test.ts holds
 * them to it). Told by the code, which only a built-in rule can have;
 * any other rule runs always.
 *
 * @example
 * ```ts
 * ruleNeeds(offeringHoliday); // 'offerings'
 * ruleNeeds(hoursTotal); // undefined
 * ```
 */
export function ruleNeeds(rule: AnyRule): 'offerings' | 'claims' | undefined {
  const { id } = rule.meta;
  if (!isDiagnosticCode(id)) return undefined;
  const area = codeArea(id);
  return area === 'offering' ? 'offerings' : area === 'recognition' ? 'claims' : undefined;
}
