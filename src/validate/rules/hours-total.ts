import { defineRule } from '../define-rule.js';
import { difference, figures } from '../hours-text.js';

/**
 * The declared total equals the exact sum of the required top-level
 * modules (nested modules count through their parent; optional modules do
 * not count). Skipped when a module's hours are unknown, when the program
 * lists no modules, or when tracks choose different modules (then
 * hours/track checks each track).
 */
export const hoursTotal = defineRule({
  meta: {
    id: 'hours/total',
    severity: 'error',
    description: 'A program\'s declared `hours` equal the exact sum of its required modules; optional modules are not counted.',
  },
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      const program = doc.value;
      const index = ctx.tree(program);
      const declared = index.declaredMinutes;
      if (declared === undefined) continue;
      if (program.tracks?.some((t) => t.modules !== undefined)) continue;
      const top = index.topLevel;
      const required = top.filter((e) => !e.optional);
      if (required.length === 0) continue;
      const sum = index.nestedMinutes;
      if (sum === undefined || sum === declared) continue;
      const [d, s] = figures(ctx, declared, sum, program.unit);
      const optional = top.length - required.length;
      const diff = difference(ctx, declared, sum, program.unit);
      ctx.report({
        document: doc,
        path: '/hours',
        message: {
          en: `Declared ${d}, but the required modules add up to ${s}`,
          de: `Angegeben sind ${d}, die Pflichtmodule ergeben zusammen ${s}`,
        },
        hint:
          optional > 0
            ? { en: `${diff.en}; optional modules are not counted`, de: `${diff.de}; optionale Module zählen nicht mit` }
            : diff,
      });
    }
  },
});
