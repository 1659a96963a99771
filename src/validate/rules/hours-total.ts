import { builtinMeta, defineRule } from '../define-rule.js';
import { withWrittenUnit } from '../hours-text.js';

/**
 * The declared total equals the exact sum of the required top-level
 * modules (nested modules count through their parent; optional modules do
 * not count). Skipped when a module's hours are unknown, when the program
 * lists no modules, or when tracks choose different modules (then
 * hours/track checks each track).
 */
export const hoursTotal = defineRule({
  meta: builtinMeta('hours/total'),
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
      const unit = program.unit;
      const optional = top.length > required.length;
      const more = sum > declared;
      ctx.report({
        document: doc,
        path: '/hours',
        // Figures that read the same in the unit (a rounded fraction) are told apart by their minutes.
        messageId: ctx.formatMinutes(declared, unit) === ctx.formatMinutes(sum, unit) ? 'mismatchMinutes' : 'mismatch',
        hintId: optional ? (more ? 'moreOptional' : 'lessOptional') : more ? 'more' : 'less',
        data: {
          declared: withWrittenUnit({ minutes: declared, unit }, program.hours),
          sum: { minutes: sum, unit },
          declaredMinutes: { minutes: declared, unit: 'min' },
          sumMinutes: { minutes: sum, unit: 'min' },
          difference: { minutes: Math.abs(sum - declared), unit },
        },
      });
    }
  },
});
