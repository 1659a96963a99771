import { defineRule } from '../define-rule.js';
import { ShareSum, type Allocation } from '../offering-analysis.js';
import { moduleOf, offeringViews, selfAndAncestors } from '../offering-context.js';
import { trackScope, type IndexedModule } from '../program-index.js';

/**
 * Every required module of the program (of the offering's track, if it
 * has one) is covered by sessions that are not cancelled, with enough
 * teaching time.
 *
 * Nested modules: a session naming a module covers it and everything
 * inside it, and its time counts for that module as a whole (it cannot be
 * split among the nested modules). A session naming a nested module covers
 * that one only; its time counts toward its ancestors too. A module none
 * of whose sessions name it, its ancestors or its descendants is reported
 * once, at the outermost such module.
 *
 * Sessions still to be agreed count (they are planned; offering/to-be-agreed
 * reports them). Time is only compared when every session that gives the
 * module time has a known window (and parseable hours), so a missing figure
 * never causes a false shortfall. Nothing is checked when the program
 * lists no modules, when no session names any module, or when every
 * session is cancelled.
 */
export const offeringCoverage = defineRule({
  meta: {
    id: 'offering/coverage',
    severity: 'error',
    description: 'Every required module is covered by sessions that are not cancelled, with enough teaching time (window minus breaks).',
  },
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const { index, doc } = view;
      if (!index || index.modules.length === 0 || view.active.length === 0) continue;
      const scope = trackScope(index, view.offering.track);
      if (!scope) continue;
      const direct = new Map<IndexedModule, Allocation[]>();
      for (const info of view.active) {
        for (const a of info.allocations) {
          const entry = moduleOf(view, a.moduleId);
          if (!entry) continue;
          let list = direct.get(entry);
          if (!list) direct.set(entry, (list = []));
          list.push(a);
        }
      }
      if (direct.size === 0) continue;
      const namedBelow = new Set<IndexedModule>();
      for (const entry of direct.keys()) for (const e of selfAndAncestors(entry).slice(1)) namedBelow.add(e);

      const visit = (entry: IndexedModule): void => {
        if (direct.has(entry)) {
          checkTime(entry);
          return;
        }
        if (!namedBelow.has(entry)) {
          const minutes = index.requiredMinutes(entry);
          const amount = minutes === undefined ? '' : ` (${ctx.formatMinutes(minutes, index.program.unit)})`;
          ctx.report({
            document: doc,
            path: '/sessions',
            part: 'key',
            message: {
              en: `Required module "${entry.module.id}"${amount} is not covered by any session`,
              de: `Pflichtmodul „${entry.module.id}“${amount} kommt in keinem Termin vor`,
            },
            hint: {
              en: `Add a session with modules: [${entry.module.id}]`,
              de: `Ergänzen Sie einen Termin mit modules: [${entry.module.id}]`,
            },
          });
          return;
        }
        for (const child of entry.children) if (scope.has(child)) visit(child);
      };

      const checkTime = (entry: IndexedModule): void => {
        const needed = index.requiredMinutes(entry);
        if (needed === undefined) return;
        const sum = new ShareSum();
        let unknown = false;
        const stack = [entry];
        while (stack.length > 0) {
          const e = stack.pop()!;
          for (const a of direct.get(e) ?? []) {
            if (a.minutes === undefined) unknown = true;
            else sum.add(a.minutes);
          }
          for (const child of e.children) if (child.module.optional !== true) stack.push(child);
        }
        if (unknown || sum.compare(needed) >= 0) return;
        const unit = index.program.unit;
        const given = sum.floor();
        const about = sum.compare(given) === 0 ? '' : '~';
        ctx.report({
          document: doc,
          path: direct.get(entry)![0]!.pointer,
          message: {
            en: `Module "${entry.module.id}" needs ${ctx.formatMinutes(needed, unit)}, but its sessions give it ${about}${ctx.formatMinutes(given, unit)} of teaching time`,
            de: `Modul „${entry.module.id}“ braucht ${ctx.formatMinutes(needed, unit)}, seine Termine geben ihm aber nur ${about}${ctx.formatMinutes(given, unit)} Unterrichtszeit`,
          },
          hint: {
            en: 'Teaching time is the session window minus its breaks, shared equally by the modules a session names',
            de: 'Unterrichtszeit ist das Zeitfenster eines Termins ohne Pausen, gleich geteilt unter den genannten Modulen',
          },
        });
      };

      for (const entry of scope) {
        if (entry.parent !== undefined && scope.has(entry.parent)) continue;
        // A track may list a nested module whose parent a session names: the parent's session covers it.
        if (selfAndAncestors(entry).slice(1).some((e) => direct.has(e))) continue;
        visit(entry);
      }
    }
  },
});
