import { builtinMeta, defineRule } from '../define-rule.js';
import type { SessionInfo } from '../offering-analysis.js';
import { moduleOf, offeringViews, selfAndAncestors } from '../offering-context.js';
import type { ModuleNode } from '../../model/module-tree.js';

/** A module's `sessions` (a count or `{ min, max }`) bounds how many sessions of an offering name it. */
export const offeringSessionCount = defineRule({
  meta: builtinMeta('offering/session-count'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      if (!view.index) continue;
      const sessionsOf = new Map<ModuleNode, SessionInfo[]>();
      for (const info of view.active) {
        const touched = new Set<ModuleNode>();
        for (const a of info.allocations) {
          const entry = moduleOf(view, a.moduleId);
          if (entry) for (const e of selfAndAncestors(entry)) touched.add(e);
        }
        for (const e of touched) {
          let list = sessionsOf.get(e);
          if (!list) sessionsOf.set(e, (list = []));
          list.push(info);
        }
      }
      for (const [entry, infos] of sessionsOf) {
        const range = entry.module.sessions;
        if (range === undefined) continue;
        const min = typeof range === 'number' ? range : range.min;
        const max = typeof range === 'number' ? range : range.max;
        const count = infos.length;
        if (count >= min && count <= max) continue;
        const place = count > max ? infos[max]! : infos[0]!;
        const allocation = place.allocations.find((a) => {
          const e = moduleOf(view, a.moduleId);
          return e !== undefined && selfAndAncestors(e).includes(entry);
        });
        ctx.report({
          document: view.doc,
          path: allocation?.pointer ?? place.pointer,
          messageId: countMessage(count > max, min === max, count === 1),
          hintId: 'countsAgreed',
          data: { module: entry.module.id, min, max, count },
        });
      }
    }
  },
});

function countMessage(tooMany: boolean, exact: boolean, one: boolean) {
  if (tooMany) return exact ? 'tooMany' : 'tooManyRange';
  if (exact) return one ? 'tooFewOne' : 'tooFew';
  return one ? 'tooFewRangeOne' : 'tooFewRange';
}
