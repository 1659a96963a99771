import { builtinMeta, defineRule } from '../define-rule.js';
import type { SessionInfo } from '../offering-analysis.js';
import { offeringViews } from '../offering-context.js';
import type { ModuleNode } from '../../model/module-tree.js';

interface Span {
  first: SessionInfo;
  /** The entry of `first` that names the module (or a part of it). */
  firstAt: number;
  last: SessionInfo;
}

/** Sortable start of a dated session; time of day only when known. */
function startOf(info: SessionInfo): number {
  return info.day! * 1440 + (info.window?.start ?? 0);
}

/** True when `a` certainly starts before `b` (a session without time is compared by date only). */
function before(a: SessionInfo, b: SessionInfo): boolean {
  if (a.day! !== b.day!) return a.day! < b.day!;
  if (a.window === undefined || b.window === undefined) return false;
  return a.window.start < b.window.start;
}

/**
 * Scheduled sessions respect `requires`: a module's first session does not
 * come before the last session of a module it requires. Sessions naming a
 * nested module count for its ancestors; one session covering both is fine.
 */
export const offeringOrder = defineRule({
  meta: builtinMeta('offering/order'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const index = view.index;
      if (!index) continue;
      const { allocations } = view;
      const spans = new Map<ModuleNode, Span>();
      for (let iInfo = 0; iInfo < view.sessions.length; iInfo++) {
        const info = view.sessions[iInfo]!;
        if (info.session.status !== 'scheduled' || info.day === undefined) continue;
        for (let a = allocations.first[info.index]!; a < allocations.first[info.index + 1]!; a++) {
          const entry = allocations.entry(a);
          if (!entry) continue;
          for (let e: ModuleNode | undefined = entry; e !== undefined; e = e.parent) {
            const span = spans.get(e);
            if (!span) spans.set(e, { first: info, firstAt: a, last: info });
            else {
              if (startOf(info) < startOf(span.first)) {
                span.first = info;
                span.firstAt = a;
              }
              if (startOf(info) > startOf(span.last)) span.last = info;
            }
          }
        }
      }
      for (const [entry, span] of spans) {
        for (const id of entry.module.requires ?? []) {
          const required = index.byId.get(id);
          if (!required || required === entry) continue;
          const other = spans.get(required);
          if (!other || other.last === span.first || !before(span.first, other.last)) continue;
          const firstDate = span.first.session.date ?? '';
          const lastDate = other.last.session.date ?? '';
          ctx.report({
            document: view.doc,
            path: allocations.pointer(span.firstAt),
            messageId: 'startsBefore',
            hintId: 'moveAfter',
            data: { module: entry.module.id, first: firstDate, required: id, last: lastDate },
          });
        }
      }
    }
  },
});
