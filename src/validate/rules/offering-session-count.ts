import { builtinMeta, defineRule } from '../define-rule.js';
import type { SessionInfo } from '../offering-analysis.js';
import { offeringViews, selfAndAncestors } from '../offering-context.js';
import type { ModuleNode } from '../../model/module-tree.js';

/** A module's `sessions` (a count or `{ min, max }`) bounds how many sessions of an offering name it. */
export const offeringSessionCount = defineRule({
  meta: builtinMeta('offering/session-count'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      // No module gives a session count: nothing to count, however many sessions.
      if (!view.index || !view.sets.sessions) continue;
      const { allocations } = view;
      const sessionsOf = new Map<ModuleNode, SessionInfo[]>();
      for (let iInfo = 0; iInfo < view.active.length; iInfo++) {
        const info = view.active[iInfo]!;
        for (let a = allocations.first[info.index]!; a < allocations.first[info.index + 1]!; a++) {
          for (let e = allocations.entry(a); e !== undefined; e = e.parent) {
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
        // The place's first entry that names the module or a part of it.
        let at = -1;
        for (let a = allocations.first[place.index]!; a < allocations.first[place.index + 1]! && at < 0; a++) {
          const e = allocations.entry(a);
          if (e !== undefined && selfAndAncestors(e).includes(entry)) at = a;
        }
        ctx.report({
          document: view.doc,
          path: at < 0 ? place.pointer : allocations.pointer(at),
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
