import type { Rule } from './types.js';

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
 *     docs: { why: 'House style for printed flyers.', invalid: 'title: einstieg', valid: 'title: Einstieg' },
 *   },
 *   check(ctx) {
 *     for (const doc of ctx.programs.values()) {
 *       doc.value.modules.forEach((m, i) => {
 *         if (/^\p{Ll}/u.test(m.title)) {
 *           ctx.report({
 *             document: doc,
 *             path: `/modules/${i}/title`,
 *             message: { en: `"${m.title}" starts lower-case`, de: `„${m.title}“ beginnt klein` },
 *           });
 *         }
 *       });
 *     }
 *   },
 * });
 *
 * validate(results, { extraRules: [titleCase], rules: { 'house/title-case': 'error' } });
 * ```
 */
export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}
