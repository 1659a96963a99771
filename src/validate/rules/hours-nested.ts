import { defineRule } from '../define-rule.js';
import { difference, figures } from '../hours-text.js';
import { indexProgram } from '../program-index.js';

/** A module's declared hours equal the exact sum of its required nested modules. */
export const hoursNested = defineRule({
  meta: {
    id: 'hours/nested',
    severity: 'error',
    description: 'A module\'s declared `hours` equal the exact sum of its required nested modules; optional nested modules are not counted.',
    docs: {
      why: 'Nested modules (a two-day workshop split into its days) carry the real budget; a parent figure that disagrees puts two different totals into certificates and schedules.',
      invalid: `kind: program
id: engagement
title: Kommunale Engagementförderung
unit: h
modules:
  - id: lernwerkstatt
    title: Lernwerkstatt Engagement-Konzepte
    hours: 12
    modules:
      - { id: tag-1, title: Erster Tag, hours: 6 }
      - { id: tag-2, title: Zweiter Tag, hours: "5 h 30 min" }
      - { id: schreibwerkstatt, title: Schreibwerkstatt, hours: 3, optional: true }
`,
      valid: `kind: program
id: engagement
title: Kommunale Engagementförderung
unit: h
modules:
  - id: lernwerkstatt
    title: Lernwerkstatt Engagement-Konzepte
    hours: 12
    modules:
      - { id: tag-1, title: Erster Tag, hours: 6 }
      - { id: tag-2, title: Zweiter Tag, hours: 6 }
      - { id: schreibwerkstatt, title: Schreibwerkstatt, hours: 3, optional: true }
`,
    },
  },
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      const program = doc.value;
      const index = indexProgram(program);
      for (const entry of index.modules) {
        const declared = entry.declaredMinutes;
        if (declared === undefined) continue;
        const required = entry.children.filter((c) => c.module.optional !== true);
        if (required.length === 0) continue;
        const sum = index.sumRequiredMinutes(required);
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
