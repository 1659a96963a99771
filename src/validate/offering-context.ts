import type { ModuleNode, ModuleTree } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import { analyzeSessions, type Allocations, type SessionInfo } from './offering-analysis.js';
import type { RuleScope, RuleDocument } from './types.js';

/** An offering with its resolved program and the modules its sessions name. */
export interface OfferingView {
  doc: RuleDocument<Offering>;
  offering: Offering;
  program: RuleDocument<Program> | undefined;
  /** The program's module tree. */
  index: ModuleTree | undefined;
  sessions: readonly SessionInfo[];
  /** The `modules` entries of all sessions, by index: session `info`'s are `allocations.first[info.index]` up to `first[info.index + 1]`. */
  allocations: Allocations;
  /** Sessions that take place or are planned (not cancelled): the same array as `sessions` when none is cancelled. */
  active: readonly SessionInfo[];
  /** Active sessions with a date (a day number): the same array as `active` when all have one. Shared: never sort it in place. */
  dated: readonly SessionInfo[];
  /** Whether some module of the program has `maxPerSession`, or `sessions`: rules about a setting no module uses skip the sessions. */
  sets: { maxPerSession: boolean; sessions: boolean };
}

/**
 * Every offering of the set with what the offering rules share, built once
 * per validate() call (memoised on its context): a dozen offering rules then
 * resolve programs and filter sessions once per call instead of once each.
 */
export function offeringViews(ctx: RuleScope): OfferingView[] {
  // A set of programs only (the common case) needs no lookup at all.
  if (ctx.offerings.length === 0) return [];
  return ctx.memo(buildViews, ctx);
}

function buildViews(ctx: RuleScope): OfferingView[] {
  return ctx.offerings.map((doc): OfferingView => {
    const program = ctx.programs.get(doc.value.program);
    const index = program ? ctx.tree(program.value) : undefined;
    const { sessions, allocations } = analyzeSessions(doc.value, index);
    const modules = index?.modules ?? [];
    // Shared, not filtered per rule: three rules each built a copy of 100,000 sessions.
    const active = sessions.some((s) => s.session.status === 'cancelled') ? sessions.filter((s) => s.session.status !== 'cancelled') : sessions;
    const dated = active.every((s) => s.day !== undefined) ? active : active.filter((s) => s.day !== undefined);
    return {
      doc,
      offering: doc.value,
      program,
      index,
      sessions,
      allocations,
      active,
      dated,
      sets: {
        maxPerSession: modules.some((e) => e.module.maxPerSession !== undefined),
        sessions: modules.some((e) => e.module.sessions !== undefined),
      },
    };
  });
}

/** The entry itself and its ancestors, innermost first. */
export function selfAndAncestors(entry: ModuleNode): ModuleNode[] {
  const out: ModuleNode[] = [];
  for (let e: ModuleNode | undefined = entry; e; e = e.parent) out.push(e);
  return out;
}
