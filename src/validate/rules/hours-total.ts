import { defineRule } from '../define-rule.js';
import { difference, figures } from '../hours-text.js';
import { indexProgram, minutesOrUndefined } from '../program-index.js';

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
    docs: {
      why: 'The total is what certificates, funding applications and flyers state. An edited module budget that nobody carried over to the total is the most common mistake in curricula. Both figures appear in the document\'s unit, exactly (no rounding).',
      details: "Top-level required modules count; a module without `hours` counts as the sum of its required nested modules. The check is skipped, rather than guessing, when some required module has no known hours, when the program lists no modules (only `moduleCount`), or when tracks choose different modules (then `hours/track` checks each track).",
      invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
unit: UE
hours: 160
modules:
  - { id: einstieg, title: Einstieg, hours: 16 }
  - { id: planung, title: Planung und Aufbau, hours: 24 }
  - { id: schreibwerkstatt, title: Schreibwerkstatt, hours: 8, optional: true }
`,
      valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
unit: UE
hours: 40
modules:
  - { id: einstieg, title: Einstieg, hours: 16 }
  - { id: planung, title: Planung und Aufbau, hours: 24 }
  - { id: schreibwerkstatt, title: Schreibwerkstatt, hours: 8, optional: true }
`,
    },
  },
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      const program = doc.value;
      const declared = minutesOrUndefined(program.hours, program.unit);
      if (declared === undefined) continue;
      if (program.tracks?.some((t) => t.modules !== undefined)) continue;
      const index = indexProgram(program);
      const top = index.modules.filter((e) => e.parent === undefined);
      const required = top.filter((e) => !e.optional);
      if (required.length === 0) continue;
      const sum = index.sumRequiredMinutes(required);
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
