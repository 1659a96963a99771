import { defineRule } from '../define-rule.js';
import { figures } from '../hours-text.js';

/**
 * Where every topic of a module carries hours, they add up to the module's
 * hours; where only some do, they must not exceed them.
 */
export const hoursTopics = defineRule({
  meta: {
    id: 'hours/topics',
    severity: 'error',
    description: 'Topic hours add up to the module\'s hours when every topic has hours, and never exceed them when only some do.',
  },
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
        const [d, s] = figures(ctx, declared, sum, program.unit);
        ctx.report({
          document: doc,
          path: `${entry.pointer}/hours`,
          message: all
            ? {
                en: `Module "${entry.module.id}" declares ${d}, but its topics add up to ${s}`,
                de: `Modul „${entry.module.id}“ gibt ${d} an, seine Themen ergeben zusammen ${s}`,
              }
            : {
                en: `Module "${entry.module.id}" declares ${d}, but the topics with hours already add up to ${s}`,
                de: `Modul „${entry.module.id}“ gibt ${d} an, die Themen mit Stundenangabe ergeben schon ${s}`,
              },
        });
      }
    }
  },
});
