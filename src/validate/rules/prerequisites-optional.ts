import { defineRule } from '../define-rule.js';

/** A required module must not depend on an optional one: who skips the optional part could never take it. */
export const prerequisitesOptional = defineRule({
  meta: {
    id: 'prerequisites/optional',
    severity: 'warning',
    description: 'A required module does not require an optional module (optional itself or inside an optional module).',
  },
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      const index = ctx.tree(doc.value);
      for (const entry of index.modules) {
        if (entry.optional) continue;
        const requires = entry.module.requires;
        if (requires === undefined) continue;
        for (let i = 0; i < requires.length; i++) {
          const id = requires[i]!;
          const target = index.byId.get(id);
          if (!target || !target.optional || target === entry) continue;
          ctx.report({
            document: doc,
            path: `${entry.pointer}/requires/${i}`,
            message: {
              en: `Required module "${entry.module.id}" requires optional module "${id}"`,
              de: `Pflichtmodul „${entry.module.id}“ setzt das optionale Modul „${id}“ voraus`,
            },
            hint: {
              en: `Make "${id}" required, make "${entry.module.id}" optional, or drop the requirement`,
              de: `Machen Sie „${id}“ verpflichtend, „${entry.module.id}“ optional, oder streichen Sie die Voraussetzung`,
            },
          });
        }
      }
    }
  },
});
