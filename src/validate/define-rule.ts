import { argumentError } from '../core/arguments.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../messages/index.js';
import type { Rule, RuleMeta } from './types.js';

/**
 * Identity helper that types a custom rule (like ESLint's rule objects):
 * write `meta` and `check(ctx)`, report through `ctx.report`, pass the rule
 * to `validate` as `extraRules`. The rule's id is the code of everything it
 * reports; give it your own area (`house/…`) so it cannot clash with a
 * built-in rule.
 *
 * @example
 * ```ts
 * import { defineRule, validate } from 'curricula';
 *
 * export const titleCase = defineRule({
 *   meta: {
 *     id: 'house/title-case',
 *     severity: 'warning',
 *     description: 'Module titles start with a capital letter.',
 *     messages: {
 *       lowerCase: {
 *         en: 'Title {title:quote} starts lower-case',
 *         de: 'Titel {title:quote} beginnt klein',
 *       },
 *     },
 *     docs: { why: 'House style for printed flyers.', invalid: 'title: einstieg', valid: 'title: Einstieg' },
 *   },
 *   check(ctx) {
 *     for (const doc of ctx.programs.values()) {
 *       doc.value.modules.forEach((m, i) => {
 *         if (/^\p{Ll}/u.test(m.title)) {
 *           ctx.report({ document: doc, path: `/modules/${i}/title`, messageId: 'lowerCase', data: { title: m.title } });
 *         }
 *       });
 *     }
 *   },
 * });
 *
 * validate(results, { extraRules: [titleCase], rules: { 'house/title-case': 'error' } });
 * ```
 */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

/**
 * The meta of a built-in rule, from the code registry: its id, default
 * severity and description are written once, in DIAGNOSTIC_CODES, which
 * docs, SARIF and the `rules` settings read; its messages are the code's
 * entries in the catalogs. The description is a getter: the built-in rules
 * are made at import, and the English catalog it comes from loads only
 * when a description is read.
 *
 * @example
 * ```ts
 * export const hoursTotal = defineRule({ meta: builtinMeta('hours/total'), check(ctx) {} });
 * ```
 */
export function builtinMeta<const Id extends DiagnosticCode>(id: Id): RuleMeta<Id> {
  if (typeof id !== 'string' || !Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, id)) throw argumentError('builtinMeta', 'id', 'a code of DIAGNOSTIC_CODES', id);
  const info = DIAGNOSTIC_CODES[id];
  return {
    id,
    severity: info.severity,
    get description() {
      return info.description;
    },
  };
}
