import { builtinMeta, defineRule } from '../define-rule.js';
import type { SessionInfo } from '../offering-analysis.js';
import { moduleOf, offeringViews, selfAndAncestors } from '../offering-context.js';
import type { ModuleNode } from '../../model/module-tree.js';

/** A module's `sessions` (a count or `{ min, max }`) bounds how many sessions of an offering name it. */
export const offeringSessionCount = defineRule({
  meta: builtinMeta('offering/session-count'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      // No module gives a session count: nothing to count, however many sessions.
      if (!view.index || !view.sets.sessions) continue;
      const sessionsOf = new Map<ModuleNode, SessionInfo[]>();
      for (let iInfo = 0; iInfo < view.active.length; iInfo++) {
        const info = view.active[iInfo]!;
        for (let iA = 0; iA < info.allocations.length; iA++) {
          const a = info.allocations[iA]!;
          const entry = moduleOf(view, a);
          for (let e = entry; e !== undefined; e = e.parent) {
            if (e.module.sessions === undefined) continue;
            let list = sessionsOf.get(e);
            if (!list) sessionsOf.set(e, (list = []));
            // A session naming two parts of a module counts once for it.
            if (list[list.length - 1] !== info) list.push(info);
          }
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
          const e = moduleOf(view, a);
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
