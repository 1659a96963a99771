import { builtinMeta, defineRule } from '../define-rule.js';

/** A required module must not depend on an optional one: who skips the optional part could never take it. */
export const prerequisitesOptional = defineRule({
  meta: builtinMeta('prerequisites/optional'),
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
            messageId: 'requiresOptional',
            hintId: 'makeRequired',
            data: { module: entry.module.id, required: id },
          });
        }
      }
    }
  },
});
