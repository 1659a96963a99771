import { builtinMeta, defineRule } from '../define-rule.js';
import { sumFigures } from '../hours-text.js';

/** A module's declared hours equal the exact sum of its required nested modules. */
export const hoursNested = defineRule({
  meta: builtinMeta('hours/nested'),
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
        const figures = sumFigures(ctx, declared, sum, program.unit, entry.module.hours);
        ctx.report({
          document: doc,
          path: `${entry.pointer}/hours`,
          messageId: figures.minutes ? 'mismatchMinutes' : 'mismatch',
          hintId: figures.hintId,
          data: { ...figures.data, module: entry.module.id },
        });
      }
    }
  },
});
