import { checkArguments } from '../core/arguments.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { didYouMean } from '../core/did-you-mean.js';
import type { Locale } from '../core/locale.js';
import type { Module } from '../model/module.js';
import { moduleTree, type ModuleNode, type ModuleTree } from '../model/module-tree.js';
import type { Program } from '../model/program.js';
import { finding } from '../messages/finding.js';
import { planDiagnostic } from './phase.js';

/**
 * Which modules of a program to plan: a track's modules only, and whether
 * optional modules count.
 *
 * @example
 * ```ts
 * import type { ModuleSelection } from 'curricula';
 * const selection: ModuleSelection = { track: 'koordination', includeOptional: true };
 * ```
 */
export interface ModuleSelection {
  track?: string | undefined;
  includeOptional?: boolean | undefined;
  /**
   * What one day of a module's `days` stands for when it gives no `hours`
   * (a "half-day" workshop), in minutes. Default 360, the default window
   * 09:30-16:30 minus the lunch break (8 UE); a plan uses its own day
   * (window minus breaks, at most `maxUnitsPerDay` units).
   */
  minutesPerDay?: number | undefined;
  /**
   * The teaching unit a share of a day is rounded down to, in minutes
   * (default 45): half of a 5 UE day is 2 UE, not 2½, so it neither leaves
   * a stray fraction nor spills a minute of the next module onto another day.
   */
  unitMinutes?: number | undefined;
}

/** The length of a day for modules given in `days` only: the default window minus the lunch break. */
const DEFAULT_MINUTES_PER_DAY = 360;
const DEFAULT_UNIT_MINUTES = 45;

/**
 * A module around a planned module that caps what one session gives all of
 * its planned modules together: its JSON pointer (which tells apart modules
 * sharing an id) and its `maxPerSession` in minutes.
 */
type CappedAncestor = { pointer: string; minutes: number };

/**
 * A module as the planner sees it: one that gets sessions of its own.
 * Nested modules are planned through their leaves; a parent is planned as a
 * whole only when some child has no hours.
 *
 * @example
 * ```ts
 * import { plannedModules } from 'curricula';
 * const [first] = plannedModules(program).modules;
 * first?.minutes; // 720 (16 UE)
 * ```
 */
export interface PlannedModule {
  id: string;
  title: string;
  /** JSON pointer into the program. */
  pointer: string;
  /** Position in document order (depth first), for stable ordering. */
  position: number;
  minutes: number;
  /**
   * `maxPerSession` in minutes, when the module or a module it sits in
   * caps a session: the tightest of them.
   */
  maxPerSession: number | undefined;
  /** `sessions` as a range, when the module says how many sessions it takes. */
  sessions: { min: number; max: number } | undefined;
  /** Ids this module requires, its own and those of the modules it sits in. */
  requires: string[];
  /** Ids of the modules it sits in, outermost first. */
  ancestors: string[];
  /**
   * `days` of a module without `hours`, whose budget is that share of the
   * plan's day (so a longer day gives it more time, not more room).
   */
  days?: number | undefined;
  /**
   * The modules it sits in that cap a session, outermost first: a session
   * gives all their planned modules together at most that much, as the
   * validator counts it.
   */
  cappedAncestors?: readonly { pointer: string; minutes: number }[] | undefined;
}

/** Where a planned module sits, and what few modules have: a cap, a number of sessions, requirements, enclosing modules. */
interface Particulars {
  prefix: string;
  index: number;
  maxPerSession: number | undefined;
  sessions: { min: number; max: number } | undefined;
  requires: string[];
  ancestors: string[];
  cappedAncestors: readonly CappedAncestor[];
}

const TOP_LEVEL = '/modules/';

/**
 * A planned module as the planner keeps it while it plans: its module, its
 * minutes, its position, and either its index among the top-level modules
 * (most modules of a large program) or its particulars. The rest is read
 * from the module, and the pointer is spelled out only when a diagnostic
 * asks for it. A plan holds one per module until the sessions are built,
 * so for large programs their size is what the garbage collector copies.
 */
class PlannerModule implements PlannedModule {
  readonly #module: Module;
  readonly #position: number;
  readonly #where: number | Particulars;
  readonly minutes: number;

  constructor(module: Module, position: number, minutes: number, where: number | Particulars) {
    this.#module = module;
    this.#position = position;
    this.minutes = minutes;
    this.#where = where;
  }

  get id(): string {
    return this.#module.id;
  }

  get title(): string {
    return this.#module.title;
  }

  get pointer(): string {
    const where = this.#where;
    return typeof where === 'number' ? TOP_LEVEL + where : where.prefix + where.index;
  }

  get position(): number {
    return this.#position;
  }

  get maxPerSession(): number | undefined {
    return typeof this.#where === 'number' ? undefined : this.#where.maxPerSession;
  }

  get sessions(): { min: number; max: number } | undefined {
    return typeof this.#where === 'number' ? undefined : this.#where.sessions;
  }

  get requires(): string[] {
    return typeof this.#where === 'number' ? (NONE as string[]) : this.#where.requires;
  }

  get ancestors(): string[] {
    return typeof this.#where === 'number' ? (NONE as string[]) : this.#where.ancestors;
  }

  get days(): number | undefined {
    return this.#module.hours === undefined ? this.#module.days : undefined;
  }

  get cappedAncestors(): readonly CappedAncestor[] {
    return typeof this.#where === 'number' ? NO_CAPS : this.#where.cappedAncestors;
  }
}

interface Level {
  nodes: readonly ModuleNode[];
  /** Pointer to the list with a trailing slash, e.g. `/modules/3/modules/`. */
  prefix: string;
  parent: Frame | undefined;
  /** The next module of the list to visit. */
  index: number;
}

interface Frame {
  node: ModuleNode;
  pointer: string;
  requires: string[];
  ancestors: string[];
  /** True when the module itself or a module around it is listed by the track (or there is no track list). */
  listed: boolean;
  optional: boolean;
  /** The module and modules around it that cap a session, outermost first. */
  caps: readonly CappedAncestor[];
}

/** `inherited` followed by `own`, reusing either list when the other is empty (never changed afterwards). */
function joined(inherited: readonly string[] | undefined, own: readonly string[] | undefined): string[] {
  if (own === undefined || own.length === 0) return (inherited ?? NONE) as string[];
  if (inherited === undefined || inherited.length === 0) return own as string[];
  return [...inherited, ...own];
}

function hasListedDescendant(node: ModuleNode, nodes: readonly ModuleNode[], listed: ReadonlySet<string>): boolean {
  for (let k = node.order + 1; k < node.end; k++) if (listed.has(nodes[k]!.module.id)) return true;
  return false;
}

/**
 * The modules a plan schedules, in document order, with exact minutes,
 * caps and requirements; and diagnostics for modules left out (no usable
 * hours) or an unknown track. Optional modules (or modules inside optional
 * ones) are left out unless `includeOptional`, or a track names them.
 *
 * @example
 * ```ts
 * import { plannedModules } from 'curricula';
 * const { modules } = plannedModules(program, { track: 'management' });
 * modules.map((m) => m.id); // ['einstieg', 'planung', …]
 * ```
 */
export function plannedModules(
  program: Program,
  selection: ModuleSelection = {},
  locale: Locale = 'en',
): { modules: PlannedModule[]; diagnostics: Diagnostic[] } {
  checkArguments('plannedModules', [['program', program, 'program'], ['selection', selection, 'options']]);
  return collectModules(moduleTree(program), selection, locale, false);
}

const NONE: readonly string[] = Object.freeze([]);
const NO_CAPS: readonly CappedAncestor[] = Object.freeze([]);
const NO_NODES: readonly ModuleNode[] = Object.freeze([]);

/**
 * {@link plannedModules} from a program's module tree, for the planner's
 * phase that selects modules. With `shareLists`, `requires` and
 * `ancestors` may be one shared empty list or the program's own `requires`
 * list instead of a copy per module: the planner only reads them, and a
 * large program would otherwise copy two lists per module.
 */
export function collectModules(
  tree: ModuleTree,
  selection: ModuleSelection,
  locale: Locale,
  shareLists: boolean,
): { modules: PlannedModule[]; diagnostics: Diagnostic[] } {
  const program = tree.program;
  const diagnostics: Diagnostic[] = [];
  let listed: ReadonlySet<string> | undefined;
  if (selection.track !== undefined) {
    const tracks = program.tracks ?? [];
    const track = tracks.find((t) => t.id === selection.track);
    if (track === undefined) {
      const guess = didYouMean(selection.track, tracks.map((t) => t.id));
      const tracksData = { program: program.id, track: selection.track };
      const f =
        selection.track === 'all'
          ? finding('plan/invalid-constraint', 'trackAll', tracksData)
          : guess !== undefined
          ? finding('plan/invalid-constraint', 'unknownTrack', { ...tracksData, suggestion: guess }, 'didYouMean')
          : tracks.length > 0
            ? finding('plan/invalid-constraint', 'unknownTrack', { ...tracksData, tracks: tracks.map((t) => t.id) }, 'tracks')
            : finding('plan/invalid-constraint', 'unknownTrack', tracksData, 'noTracks');
      diagnostics.push(planDiagnostic(f, '/track', locale));
      return { modules: [], diagnostics };
    }
    if (track.modules !== undefined) listed = new Set(track.modules);
  }

  // Room for the top-level modules up front (all a flat program has); a long list grown by push leaves garbage.
  const out = new Array<PlannedModule>(tree.topLevel.length);
  let count = 0;
  const perDay = selection.minutesPerDay ?? DEFAULT_MINUTES_PER_DAY;
  const unitLength = selection.unitMinutes !== undefined && selection.unitMinutes > 0 ? selection.unitMinutes : DEFAULT_UNIT_MINUTES;
  // "Half a day (at most 3 hours)": whole units of the plan's day, and never more than the module's sessions may hold.
  const daysBudget = (m: Module, days: number, cap: number | undefined): number => {
    // At least one unit: half of a one-unit day still is a module to plan, not nothing.
    const whole = Math.max(Math.floor((days * perDay) / unitLength) * unitLength, Math.min(unitLength, perDay));
    // A cap bounds the budget only with a number of sessions ("half a day, one session of at most 3 hours");
    // without one the module simply takes more sessions.
    const s = m.sessions;
    if (cap === undefined || s === undefined) return whole;
    return Math.min(whole, cap * (typeof s === 'number' ? s : s.max));
  };
  const ownCapOf = (node: ModuleNode): number | undefined => {
    const cap = node.ownCap;
    return cap !== undefined && cap > 0 ? cap : undefined;
  };
  // The tree's minutes, and for a module the source gives in days only ("half a day, at most
  // 3 hours") that share of the plan's day.
  const moduleMinutes = (node: ModuleNode): number | undefined => {
    const known = node.minutes;
    const m = node.module;
    if (known !== undefined || m.hours !== undefined) return known;
    let sum = 0;
    let any = false;
    for (const child of node.children) {
      if (child.module.optional === true) continue;
      any = true;
      const minutes = moduleMinutes(child);
      if (minutes === undefined) return m.days === undefined ? undefined : daysBudget(m, m.days, ownCapOf(node));
      sum += minutes;
    }
    if (any) return sum;
    return m.days === undefined ? undefined : daysBudget(m, m.days, ownCapOf(node));
  };
  // Iterative depth-first walk in document order: a stack of sibling lists
  // with the position reached in each. A module's frame is an object only
  // when its children are visited: large programs are mostly leaves.
  const stack: Level[] = [{ nodes: tree.topLevel, prefix: TOP_LEVEL, parent: undefined, index: 0 }];
  const descend = (frame: Frame): void => {
    stack.push({ nodes: frame.node.children, prefix: `${frame.pointer}/modules/`, parent: frame, index: 0 });
  };
  let position = 0;
  while (stack.length > 0) {
    const level = stack[stack.length - 1]!;
    if (level.index >= level.nodes.length) {
      stack.pop();
      continue;
    }
    const i = level.index++;
    const node = level.nodes[i]!;
    const module = node.module;
    const parent = level.parent;
    const requires = shareLists ? joined(parent?.requires, module.requires) : [...(parent?.requires ?? []), ...(module.requires ?? [])];
    const ancestors = parent === undefined ? (shareLists ? (NONE as string[]) : []) : [...parent.ancestors, parent.node.module.id];
    const isListed = listed === undefined || parent?.listed === true || listed.has(module.id);
    const optional = node.optional;
    const ownCap = ownCapOf(node);
    const inherited = parent?.caps ?? NO_CAPS;
    const caps = ownCap === undefined ? inherited : [...inherited, { pointer: level.prefix + i, minutes: ownCap }];
    if (!isListed) {
      if (listed !== undefined && hasListedDescendant(node, tree.modules, listed)) {
        descend({ node, pointer: level.prefix + i, requires, ancestors, listed: isListed, optional, caps });
      }
      continue;
    }
    const explicitlyListed = listed?.has(module.id) === true;
    if (optional && selection.includeOptional !== true && !explicitlyListed) continue;
    const children =
      node.children.length === 0
        ? NO_NODES
        : node.children.filter((c) => selection.includeOptional === true || c.module.optional !== true || listed?.has(c.module.id) === true);
    if (children.length > 0 && children.every((c) => moduleMinutes(c) !== undefined)) {
      descend({ node, pointer: level.prefix + i, requires, ancestors, listed: isListed, optional, caps });
      continue;
    }
    // The tightest cap binds the module, and a cap around it (not just its own) can bound a budget in days.
    let maxPerSession: number | undefined;
    for (const cap of caps) if (maxPerSession === undefined || cap.minutes < maxPerSession) maxPerSession = cap.minutes;
    let minutes = moduleMinutes(node);
    if (minutes !== undefined && module.hours === undefined && module.days !== undefined && maxPerSession !== undefined && maxPerSession !== ownCap) {
      minutes = Math.min(minutes, daysBudget(module, module.days, maxPerSession));
    }
    if (minutes === undefined) {
      diagnostics.push(planDiagnostic(finding('plan/module-skipped', 'noHours', { module: module.id }, 'giveHours'), level.prefix + i, locale));
      continue;
    }
    if (minutes === 0) continue;
    // The validator holds every session to each cap along the chain, so the tightest one binds this module;
    // caps of the modules around it also bind its siblings together (cappedAncestors).
    const cappedAncestors = inherited;
    const s = module.sessions;
    const sessions = s === undefined ? undefined : typeof s === 'number' ? { min: s, max: s } : { min: s.min, max: s.max };
    const plain = parent === undefined && maxPerSession === undefined && sessions === undefined && requires.length === 0;
    if (shareLists) {
      const where = plain ? i : { prefix: level.prefix, index: i, maxPerSession, sessions, requires, ancestors, cappedAncestors };
      out[count++] = new PlannerModule(module, position++, minutes, where);
    } else {
      const pointer = level.prefix + i;
      out[count++] = {
        id: module.id,
        title: module.title,
        pointer,
        position: position++,
        minutes,
        maxPerSession,
        sessions,
        requires,
        ancestors,
        cappedAncestors: [...cappedAncestors],
      };
    }
  }
  out.length = count;
  return { modules: out, diagnostics };
}

/**
 * The total minutes a plan has to schedule for a program (or a track):
 * the sum over {@link plannedModules}.
 *
 * @example
 * ```ts
 * import { totalMinutes, formatDuration } from 'curricula';
 * formatDuration(totalMinutes(program)); // '160 UE'
 * ```
 */
export function totalMinutes(program: Program, selection: ModuleSelection = {}): number {
  checkArguments('totalMinutes', [['program', program, 'program'], ['selection', selection, 'options']]);
  let sum = 0;
  for (const m of plannedModules(program, selection).modules) sum += m.minutes;
  return sum;
}

/**
 * Minutes per planned module, in document order: what scripts print as
 * "hours per module".
 *
 * @example
 * ```ts
 * import { moduleMinutes } from 'curricula';
 * moduleMinutes(program); // [{ id: 'einstieg', title: 'Einstieg in die Netzwerkarbeit', minutes: 720 }, …]
 * ```
 */
export function moduleMinutes(
  program: Program,
  selection: ModuleSelection = {},
): { id: string; title: string; minutes: number }[] {
  checkArguments('moduleMinutes', [['program', program, 'program'], ['selection', selection, 'options']]);
  return plannedModules(program, selection).modules.map((m) => ({ id: m.id, title: m.title, minutes: m.minutes }));
}
