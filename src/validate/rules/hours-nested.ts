import { defineRule } from '../define-rule.js';
import { difference, figures } from '../hours-text.js';

/** A module's declared hours equal the exact sum of its required nested modules. */
export const hoursNested = defineRule({
  meta: {
    id: 'hours/nested',
    severity: 'error',
    description: 'A module\'s declared `hours` equal the exact sum of its required nested modules; optional nested modules are not counted.',
  },
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      const program = doc.value;
      const index = ctx.tree(program);
      for (const entry of index.modules) {
        const declared = entry.declaredMinutes;
        if (declared === undefined) continue;
        if (entry.children.length === 0) continue;
        const sum = entry.nestedMinutes;
        if (sum === undefined || sum === declared) continue;
        const [d, s] = figures(ctx, declared, sum, program.unit);
        ctx.report({
          document: doc,
          path: `${entry.pointer}/hours`,
          message: {
            en: `Module "${entry.module.id}" declares ${d}, but its nested modules add up to ${s}`,
            de: `Modul „${entry.module.id}“ gibt ${d} an, seine Untermodule ergeben zusammen ${s}`,
          },
          hint: difference(ctx, declared, sum, program.unit),
        });
      }
    }
  },
});
