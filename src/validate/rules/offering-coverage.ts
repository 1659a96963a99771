import { builtinMeta, defineRule } from '../define-rule.js';
import { ShareSum } from '../offering-analysis.js';
import { offeringViews, selfAndAncestors, type OfferingView } from '../offering-context.js';
import type { ModuleNode } from '../../model/module-tree.js';
import { withWrittenUnit } from '../hours-text.js';

/**
 * Every required module of what the offering delivers is covered by
 * sessions that are not cancelled, with enough teaching time.
 *
 * What the offering delivers: an offering that names a `track` runs that
 * track. Without one, when every module its sessions name (cancelled
 * sessions included: they still show what it meant to deliver) is
 * `standalone` (bookable on its own) or lies inside one, the offering is a
 * booking of those standalone modules (the innermost around each named
 * module), and only they are required, each with everything required
 * inside it; each other top-level standalone module it leaves out is
 * noted once, as info, in case the offering runs the whole course.
 * Otherwise it runs the program as a whole. Either way a module planned
 * `onRequest`, or delivered as another `program`, is required only when a
 * session names it or a part of it: it is arranged separately, not
 * skipped.
 *
 * Nested modules: a session naming a module covers it and everything
 * inside it, and its time counts for that module as a whole (it cannot be
 * split among the nested modules). A session naming a nested module covers
 * that one only; its time counts toward its ancestors too, and an ancestor
 * with its own `hours` is checked against them when some required part has
 * no hours (when all have, hours/nested already compares the budgets, and
 * a short part is reported at the part). A module none of whose sessions
 * name it, its ancestors or its descendants is reported once, at the
 * outermost such module.
 *
 * Sessions still to be agreed do not count as coverage: their time is
 * not yet certain. A module whose scheduled sessions fall short, but whose
 * sessions still to be agreed would make up the rest (or have no time
 * yet), is a warning with the figures ("24 of 30 UE scheduled; 6 UE depend
 * on sessions still to be agreed"), at the last of those sessions; when
 * even they cannot make it up, it is an error. Time is only compared when
 * every scheduled session that gives the module time has a known window
 * (and parseable hours), so a missing figure never causes a false
 * shortfall. A shortfall is located at the module's last session, where
 * the time is missing. Teaching time is what really passes (a session
 * across a clock change holds an hour more or less). Nothing is checked
 * when the program lists no modules, when no session names any module, or
 * when every session is cancelled.
 */
export const offeringCoverage = defineRule({
  meta: builtinMeta('offering/coverage'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const { index, doc } = view;
      if (!index || index.modules.length === 0 || view.active.length === 0) continue;
      const scope = index.scope(view.offering.track);
      if (!scope) continue;
      const { allocations } = view;
      const direct = entriesByModule(view, index.modules.length);
      if (direct.list.length === 0) continue;
      /** Whether a session that takes place or is planned names the module itself. */
      const named = (entry: ModuleNode): boolean => direct.start[entry.order + 1]! > direct.start[entry.order]!;
      const namedBelow = new Set<ModuleNode>();
      for (const entry of index.modules) {
        if (!named(entry)) continue;
        for (let e = entry.parent; e !== undefined && !namedBelow.has(e); e = e.parent) namedBelow.add(e);
      }

      // A track says the offering runs it, whatever its sessions name. Without one, cancelled sessions count
      // too: an offering whose only session of a non-standalone module fell through is still a run of the whole.
      const booked = view.offering.track === undefined ? bookedModules(namedModules(view, index.modules)) : undefined;
      // A booked standalone module brings all it requires; a run follows the scope (the track, or the whole program).
      const required = booked ? (e: ModuleNode) => e.module.optional !== true : (e: ModuleNode) => scope.has(e);

      /** Visits a required module; returns the untouched on-request or other-program modules it skipped, or undefined when none. */
      const visit = (entry: ModuleNode): ModuleNode[] | undefined => {
        if (named(entry)) {
          checkTime(entry, entry.minutes);
          return undefined;
        }
        if (!namedBelow.has(entry)) {
          // Planned with each organisation on request, or run as its own program: not part of this offering unless it says so.
          if (entry.module.onRequest === true || entry.module.program !== undefined) return [entry];
          const minutes = entry.minutes;
          const where = { document: doc, path: '/sessions', part: 'key', hintId: 'addSession' } as const;
          const module = entry.module.id;
          if (minutes === undefined) ctx.report({ ...where, messageId: 'notCovered', data: { module } });
          else ctx.report({ ...where, messageId: 'notCoveredAmount', data: { module, amount: { minutes, unit: index.program.unit } } });
          return undefined;
        }
        let skipped: ModuleNode[] | undefined;
        for (const child of entry.children) {
          if (!required(child)) continue;
          const s = visit(child);
          if (s) (skipped ??= []).push(...s);
        }
        checkParts(entry, skipped);
        return skipped;
      };

      /**
       * A module whose sessions name only its parts still has its own
       * budget. It is compared only when some required part has no hours:
       * when all have, each part is checked against its own, and a parent
       * whose parts add up to less is hours/nested's finding in the
       * program (repeating it in every offering would only add noise).
       * What skipped on-request parts need is taken off, as they are
       * arranged apart.
       */
      const checkParts = (entry: ModuleNode, skipped: readonly ModuleNode[] | undefined): void => {
        const declared = entry.declaredMinutes;
        if (declared === undefined || entry.nestedMinutes !== undefined) return;
        const apart = skipped === undefined ? 0 : index.sumMinutes(skipped);
        if (apart === undefined) return;
        checkTime(entry, declared - apart);
      };

      /**
       * A booking is the likelier reading, but an offering of the whole
       * course that forgot a module reads the same: each top-level
       * standalone module left out is named once, as info, not an error.
       */
      const reportUnbooked = (booked: readonly ModuleNode[]): void => {
        const books = booked.map((e) => e.module.id);
        const tracks = (index.program.tracks?.length ?? 0) > 0;
        const holdsBooked = new Set<ModuleNode>();
        for (const b of booked) for (let e: ModuleNode | undefined = b; e !== undefined && !holdsBooked.has(e); e = e.parent) holdsBooked.add(e);
        for (const entry of index.modules) {
          if (entry.parent !== undefined || entry.module.standalone !== true || entry.module.optional === true) continue;
          // Arranged apart, so not left out; nor is a module a booked one lies in.
          if (entry.module.onRequest === true || entry.module.program !== undefined) continue;
          if (holdsBooked.has(entry)) continue;
          ctx.report({
            document: doc,
            path: '/sessions',
            part: 'key',
            severity: 'info',
            messageId: tracks ? 'notBookedTrack' : 'notBooked',
            data: { module: entry.module.id, booked: books },
          });
        }
      };

      /**
       * Compares the time a module's sessions give it (its own and its
       * nested modules') with what it needs: scheduled sessions count,
       * sessions still to be agreed only say where the rest may come from.
       */
      const checkTime = (entry: ModuleNode, needed: number | undefined): void => {
        if (needed === undefined || needed <= 0) return;
        const scheduled = new ShareSum();
        const pending = new ShareSum();
        let unknown = false;
        let pendingUnknown = false;
        // The last entry, in document order, that gives the module time, and the last of a session still
        // to be agreed: where the time is missing (entries are numbered in document order).
        let last = -1;
        let lastWaiting = -1;
        const stack = [entry];
        while (stack.length > 0) {
          const e = stack.pop()!;
          for (let k = direct.start[e.order]!; k < direct.start[e.order + 1]!; k++) {
            const a = direct.list[k]!;
            if (a > last) last = a;
            if (allocations.pending(a)) {
              if (a > lastWaiting) lastWaiting = a;
              if (!allocations.known(a)) pendingUnknown = true;
              else pending.add(allocations.num[a]!, allocations.den[a]!);
            } else if (!allocations.known(a)) unknown = true;
            else scheduled.add(allocations.num[a]!, allocations.den[a]!);
          }
          const children = e.children;
          for (let i = 0; i < children.length; i++) if (children[i]!.module.optional !== true) stack.push(children[i]!);
        }
        if (unknown || scheduled.compare(needed) >= 0) return;
        const unit = index.program.unit;
        const viaParts = !named(entry);
        const need = needed === entry.declaredMinutes ? withWrittenUnit({ minutes: needed, unit }, entry.module.hours) : { minutes: needed, unit };
        const module = entry.module.id;
        if (lastWaiting >= 0) {
          const total = new ShareSum();
          total.addAll(scheduled);
          total.addAll(pending);
          if (pendingUnknown || total.compare(needed) >= 0) {
            const have = scheduled.floor();
            ctx.report({
              document: doc,
              path: allocations.pointer(lastWaiting),
              severity: 'warning',
              messageId: scheduled.compare(have) === 0 ? 'pending' : 'pendingAbout',
              hintId: 'agreeSessions',
              data: { module, scheduled: { minutes: have, unit }, needed: need, missing: { minutes: needed - have, unit } },
            });
            return;
          }
        }
        const sum = new ShareSum();
        sum.addAll(scheduled);
        sum.addAll(pending);
        const have = sum.floor();
        const exact = sum.compare(have) === 0;
        // No session gives it time (only an optional part of it was named): the sessions as a whole are short.
        ctx.report({
          document: doc,
          ...(last < 0 ? { path: '/sessions', part: 'key' as const } : { path: allocations.pointer(last) }),
          messageId: viaParts ? (exact ? 'shortParts' : 'shortPartsAbout') : exact ? 'short' : 'shortAbout',
          hintId: viaParts ? 'partsCount' : 'teachingTime',
          data: { module, needed: need, given: { minutes: have, unit } },
        });
      };

      if (booked) {
        for (const entry of booked) visit(entry);
        reportUnbooked(booked);
        continue;
      }
      for (const entry of scope) {
        if (entry.parent !== undefined && scope.has(entry.parent)) continue;
        // A track may list a nested module whose parent a session names: the parent's session covers it.
        if (selfAndAncestors(entry).slice(1).some(named)) continue;
        visit(entry);
      }
    }
  },
});

/**
 * The entries of the sessions that take place or are planned, grouped by
 * the module they name: module `order`'s are `list[start[order]]` up to
 * `list[start[order + 1]]`, in document order. Two counting passes into
 * two typed arrays rather than a list per module.
 */
function entriesByModule(view: OfferingView, modules: number): { start: Int32Array; list: Int32Array } {
  const { allocations, active } = view;
  const start = new Int32Array(modules + 1);
  for (let iInfo = 0; iInfo < active.length; iInfo++) {
    const s = active[iInfo]!.index;
    for (let a = allocations.first[s]!; a < allocations.first[s + 1]!; a++) {
      const order = allocations.moduleOrder(a);
      if (order >= 0) start[order + 1] = start[order + 1]! + 1;
    }
  }
  for (let m = 0; m < modules; m++) start[m + 1] = start[m + 1]! + start[m]!;
  const list = new Int32Array(start[modules]!);
  const fill = start.slice(0, modules);
  for (let iInfo = 0; iInfo < active.length; iInfo++) {
    const s = active[iInfo]!.index;
    for (let a = allocations.first[s]!; a < allocations.first[s + 1]!; a++) {
      const order = allocations.moduleOrder(a);
      if (order >= 0) list[fill[order]!++] = a;
    }
  }
  return { start, list };
}

/** The modules the offering's sessions name, cancelled ones included, each once, in the order first named. */
function namedModules(view: OfferingView, modules: readonly ModuleNode[]): ModuleNode[] {
  const { allocations } = view;
  const seen = new Uint8Array(modules.length);
  const out: ModuleNode[] = [];
  for (let a = 0; a < allocations.length; a++) {
    const order = allocations.moduleOrder(a);
    if (order < 0 || seen[order] === 1) continue;
    seen[order] = 1;
    out.push(modules[order]!);
  }
  return out;
}

/**
 * The standalone modules an offering books: for each named module the
 * innermost `standalone` module around it (itself included), leaving out
 * those inside another booked one. Undefined when some named module lies
 * in no standalone module: then the offering runs the program as a whole.
 */
function bookedModules(named: readonly ModuleNode[]): ModuleNode[] | undefined {
  const booked = new Set<ModuleNode>();
  for (const entry of named) {
    const standalone = selfAndAncestors(entry).find((e) => e.module.standalone === true);
    if (!standalone) return undefined;
    booked.add(standalone);
  }
  return [...booked]
    .filter((e) => !selfAndAncestors(e).slice(1).some((a) => booked.has(a)))
    .sort((a, b) => a.order - b.order);
}
