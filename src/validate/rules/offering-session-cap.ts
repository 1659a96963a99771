import { builtinMeta, defineRule } from '../define-rule.js';
import { sessionLabel } from '../labels.js';
import { ShareSum } from '../offering-analysis.js';
import { offeringViews } from '../offering-context.js';
import type { ModuleNode } from '../../model/module-tree.js';

/** A module's `maxPerSession` caps the time one session gives it (and its nested modules). */
export const offeringSessionCap = defineRule({
  meta: builtinMeta('offering/session-cap'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const index = view.index;
      // No module is capped: nothing to add up, however many sessions.
      if (!index || !view.sets.maxPerSession) continue;
      const unit = index.program.unit;
      const { allocations } = view;
      for (let iInfo = 0; iInfo < view.active.length; iInfo++) {
        const info = view.active[iInfo]!;
        let perModule: Map<ModuleNode, { sum: ShareSum; unknown: boolean; at: number }> | undefined;
        for (let a = allocations.first[info.index]!; a < allocations.first[info.index + 1]!; a++) {
          const entry = allocations.entry(a);
          if (!entry) continue;
          for (let e: ModuleNode | undefined = entry; e !== undefined; e = e.parent) {
            if (e.module.maxPerSession === undefined) continue;
            perModule ??= new Map();
            let acc = perModule.get(e);
            if (!acc) perModule.set(e, (acc = { sum: new ShareSum(), unknown: false, at: a }));
            if (!allocations.known(a)) acc.unknown = true;
            else acc.sum.add(allocations.num[a]!, allocations.den[a]!);
          }
        }
        if (perModule === undefined) continue;
        for (const [entry, acc] of perModule) {
          const cap = entry.ownCap;
          if (cap === undefined || acc.unknown || acc.sum.compare(cap) <= 0) continue;
          const given = acc.sum.floor();
          const exact = acc.sum.compare(given) === 0;
          ctx.report({
            document: view.doc,
            path: allocations.pointer(acc.at),
            messageId: exact ? 'overCap' : 'overCapAbout',
            hintId: 'shorten',
            data: { module: entry.module.id, cap: { minutes: cap, unit }, session: sessionLabel(info), given: { minutes: given, unit } },
          });
        }
      }
    }
  },
});
