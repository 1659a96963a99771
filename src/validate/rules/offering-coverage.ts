import { builtinMeta, defineRule } from '../define-rule.js';
import { ShareSum, type Allocation } from '../offering-analysis.js';
import { moduleOf, offeringViews, selfAndAncestors, type OfferingView } from '../offering-context.js';
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
      const direct = new Map<ModuleNode, Allocation[]>();
      for (let iInfo = 0; iInfo < view.active.length; iInfo++) {
        const info = view.active[iInfo]!;
        for (let iA = 0; iA < info.allocations.length; iA++) {
          const a = info.allocations[iA]!;
          const entry = moduleOf(view, a);
          if (!entry) continue;
          let list = direct.get(entry);
          if (!list) direct.set(entry, (list = []));
          list.push(a);
        }
      }
      if (direct.size === 0) continue;
      const namedBelow = new Set<ModuleNode>();
      for (const entry of direct.keys()) {
        for (let e = entry.parent; e !== undefined && !namedBelow.has(e); e = e.parent) namedBelow.add(e);
      }

      // A track says the offering runs it, whatever its sessions name. Without one, cancelled sessions count
      // too: an offering whose only session of a non-standalone module fell through is still a run of the whole.
      const booked = view.offering.track === undefined ? bookedModules(namedModules(view)) : undefined;
      // A booked standalone module brings all it requires; a run follows the scope (the track, or the whole program).
      const required = booked ? (e: ModuleNode) => e.module.optional !== true : (e: ModuleNode) => scope.has(e);

      /** Visits a required module; returns the untouched on-request or other-program modules it skipped, or undefined when none. */
      const visit = (entry: ModuleNode): ModuleNode[] | undefined => {
        if (direct.has(entry)) {
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
        const given: Allocation[] = [];
        const stack = [entry];
        while (stack.length > 0) {
          const e = stack.pop()!;
          for (const a of direct.get(e) ?? NONE) {
            given.push(a);
            if (a.pending) {
              if (!a.known) pendingUnknown = true;
              else pending.add(a.num, a.den);
            } else if (!a.known) unknown = true;
            else scheduled.add(a.num, a.den);
          }
          for (const child of e.children) if (child.module.optional !== true) stack.push(child);
        }
        if (unknown || scheduled.compare(needed) >= 0) return;
        // The last session that gives the module time, in document order: where the time is missing.
        given.sort((a, b) => a.order - b.order);
        const waiting = given.filter((a) => a.pending);
        const unit = index.program.unit;
        const viaParts = !direct.has(entry);
        const need = needed === entry.declaredMinutes ? withWrittenUnit({ minutes: needed, unit }, entry.module.hours) : { minutes: needed, unit };
        const module = entry.module.id;
        if (waiting.length > 0) {
          const total = new ShareSum();
          total.addAll(scheduled);
          total.addAll(pending);
          if (pendingUnknown || total.compare(needed) >= 0) {
            const have = scheduled.floor();
            ctx.report({
              document: doc,
              path: waiting[waiting.length - 1]!.pointer,
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
        const last = given[given.length - 1];
        ctx.report({
          document: doc,
          ...(last === undefined ? { path: '/sessions', part: 'key' as const } : { path: last.pointer }),
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
        if (selfAndAncestors(entry).slice(1).some((e) => direct.has(e))) continue;
        visit(entry);
      }
    }
  },
});

const NONE: readonly Allocation[] = Object.freeze([]);

/** The modules the offering's sessions name, cancelled ones included, in document order. */
function namedModules(view: OfferingView): ModuleNode[] {
  const out: ModuleNode[] = [];
  for (let iInfo = 0; iInfo < view.sessions.length; iInfo++) {
    const info = view.sessions[iInfo]!;
    for (let iA = 0; iA < info.allocations.length; iA++) {
      const a = info.allocations[iA]!;
      const entry = moduleOf(view, a);
      if (entry) out.push(entry);
    }
  }
  return out;
}

/**
 * The standalone modules an offering books: for each named module the
 * innermost `standalone` module around it (itself included), leaving out
 * those inside another booked one. Undefined when some named module lies
 * in no standalone module: then the offering runs the program as a whole.
 */
function bookedModules(named: Iterable<ModuleNode>): ModuleNode[] | undefined {
  const booked = new Set<ModuleNode>();
  // Sessions name the same modules over and over: each module's standalone one is looked up once.
  const seen = new Set<ModuleNode>();
  for (const entry of named) {
    if (seen.has(entry)) continue;
    seen.add(entry);
    const standalone = selfAndAncestors(entry).find((e) => e.module.standalone === true);
    if (!standalone) return undefined;
    booked.add(standalone);
  }
  return [...booked]
    .filter((e) => !selfAndAncestors(e).slice(1).some((a) => booked.has(a)))
    .sort((a, b) => a.order - b.order);
}
