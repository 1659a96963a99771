import { builtinMeta, defineRule } from '../define-rule.js';
import { sumFigures } from '../hours-text.js';

/**
 * Where every topic of a module carries hours, they add up to the module's
 * hours; where only some do, they must not exceed them.
 */
export const hoursTopics = defineRule({
  meta: builtinMeta('hours/topics'),
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      const program = doc.value;
      for (const entry of ctx.tree(program).modules) {
        const declared = entry.declaredMinutes;
        const topics = entry.module.topics;
        if (declared === undefined || !Array.isArray(topics) || topics.length === 0) continue;
        let sum = 0;
        let withHours = 0;
        let valid = true;
        for (let t = 0; t < topics.length; t++) {
          const topic = topics[t]!;
          if (typeof topic !== 'object' || topic.hours === undefined) continue;
          const minutes = entry.topicMinutes(t);
          if (minutes === undefined) valid = false;
          else {
            sum += minutes;
            withHours++;
          }
        }
        if (!valid || withHours === 0) continue;
        const all = withHours === topics.length;
        if (all ? sum === declared : sum <= declared) continue;
        const figures = sumFigures(ctx, declared, sum, program.unit, entry.module.hours);
        const { declared: d, sum: s, declaredMinutes, sumMinutes } = figures.data;
        ctx.report({
          document: doc,
          path: `${entry.pointer}/hours`,
          messageId: all ? (figures.minutes ? 'mismatchMinutes' : 'mismatch') : figures.minutes ? 'exceededMinutes' : 'exceeded',
          data: { module: entry.module.id, declared: d, sum: s, declaredMinutes, sumMinutes },
        });
      }
    }
  },
});
