import { defineRule } from '../define-rule.js';
import type { SessionInfo } from '../offering-analysis.js';
import { moduleOf, offeringViews, selfAndAncestors } from '../offering-context.js';
import type { ModuleNode } from '../../model/module-tree.js';

/** A module's `sessions` (a count or `{ min, max }`) bounds how many sessions of an offering name it. */
export const offeringSessionCount = defineRule({
  meta: {
    id: 'offering/session-count',
    severity: 'warning',
    description: 'The number of sessions (not cancelled) naming a module lies within the module\'s `sessions` count or range.',
  },
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
        const expected = min === max ? String(min) : `${min}–${max}`;
        const place = count > max ? infos[max]! : infos[0]!;
        const allocation = place.allocations.find((a) => {
          const e = moduleOf(view, a.moduleId);
          return e !== undefined && selfAndAncestors(e).includes(entry);
        });
        ctx.report({
          document: view.doc,
          path: allocation?.pointer ?? place.pointer,
          message:
            count > max
              ? {
                  en: `Module "${entry.module.id}" takes ${expected} sessions, but ${count} sessions name it`,
                  de: `Modul „${entry.module.id}“ umfasst ${expected} Termine, genannt wird es aber in ${count}`,
                }
              : {
                  en: `Module "${entry.module.id}" takes ${expected} sessions, but only ${count} ${count === 1 ? 'session names' : 'sessions name'} it`,
                  de: `Modul „${entry.module.id}“ umfasst ${expected} Termine, genannt wird es aber nur in ${count}`,
                },
          hint: {
            en: 'Sessions still to be agreed count; cancelled ones do not',
            de: 'Noch abzustimmende Termine zählen mit, abgesagte nicht',
          },
        });
      }
    }
  },
});
