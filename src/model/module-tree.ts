import { checkArguments, describeValue } from '../core/arguments.js';
import { CurriculaUsageError } from '../core/errors.js';
import { parseDuration, TIME_UNITS, type Amount, type TimeUnit } from '../duration/index.js';
import type { Module } from './module.js';
import type { Program } from './program.js';
import type { Track } from './track.js';
import { Scope, requiredSubtrees, type TrackScope } from './track-scope.js';

/**
 * A module with its place in the program's module tree (Modulbaum): what
 * {@link listModules} lists. Every {@link ModuleNode} is one.
 *
 * @example
 * ```ts
 * import { listModules, type ModuleEntry } from 'curricula';
 * const entries: ModuleEntry[] = listModules(program);
 * entries[0].pointer; // '/modules/0'
 * ```
 */
export interface ModuleEntry {
  module: Module;
  /** JSON pointer to the module in its document, e.g. `/modules/0/modules/1`. */
  pointer: string;
  parent: ModuleEntry | undefined;
  /** 0 for a top-level module. */
  depth: number;
  /** True when the module or any module it sits in is optional. */
  optional: boolean;
}

/**
 * One module of a {@link ModuleTree} (Knoten im Modulbaum): the module with
 * where it sits and its budget, read once. Amounts are exact minutes in the
 * program's unit; an amount that does not parse counts as unknown
 * (`undefined`): the parser reports it as `duration/invalid`.
 *
 * @example
 * ```ts
 * import { moduleTree, type ModuleNode } from 'curricula';
 * const node: ModuleNode | undefined = moduleTree(program).byId.get('einstieg');
 * node?.pointer; // '/modules/0'
 * node?.minutes; // 720 (16 UE)
 * ```
 */
export interface ModuleNode extends ModuleEntry {
  readonly module: Module;
  /** JSON pointer to the module, e.g. `/modules/0/modules/1` (spelt out when read). */
  readonly pointer: string;
  /** The module it sits in; undefined for a top-level module. */
  readonly parent: ModuleNode | undefined;
  /** The modules it sits in, outermost first (a new list on each read). */
  readonly ancestors: readonly ModuleNode[];
  /** Its nested modules, in document order. */
  readonly children: readonly ModuleNode[];
  /** Its position in the `modules` list it is an item of (its parent's, or the program's). */
  readonly index: number;
  /** 0 for a top-level module. */
  readonly depth: number;
  /** Its position in document order (depth first): its index in {@link ModuleTree.modules}. */
  readonly order: number;
  /** The document order after its last descendant: its subtree is `modules.slice(order, end)`. */
  readonly end: number;
  /** True when the module or any module it sits in is optional. */
  readonly optional: boolean;
  /** Its own `hours` in minutes; undefined when it gives none or they do not parse. */
  readonly declaredMinutes: number | undefined;
  /**
   * The minutes it stands for: its `hours` when it gives them, else the sum
   * of its required nested modules' minutes; undefined when unknown (hours
   * that do not parse, no hours and no required nested modules, or a
   * nested module whose minutes are unknown). Optional nested modules do
   * not count.
   */
  readonly minutes: number | undefined;
  /** The sum of its required nested modules' {@link minutes}; undefined when it has none or any is unknown. */
  readonly nestedMinutes: number | undefined;
  /** Its own `maxPerSession` in minutes; undefined when it gives none or it does not parse. */
  readonly ownCap: number | undefined;
  /**
   * The cap that binds it in one session: the tightest `maxPerSession` of
   * the module and the modules it sits in. A cap of 0 caps nothing here
   * (the planner ignores it).
   */
  readonly cap: number | undefined;
  /** `days` of a module that gives no `hours` (its budget is that share of a day); undefined otherwise. */
  readonly days: number | undefined;
  /**
   * Minutes of its topic at `index` of `topics`; undefined when that topic
   * gives no hours or they do not parse. (A method, not a list: the
   * validator asks for every topic of every module of a large program.)
   */
  topicMinutes(index: number): number | undefined;
  /** Ids of the program's tracks that include it (see {@link TrackScope.includes}), in the order of `tracks`. */
  readonly tracks: readonly string[];
}

/**
 * What {@link moduleTree} reads of a program: its modules and, when
 * present, its unit (default `UE`, as in documents), its `hours` and its
 * tracks. A parsed {@link Program} is one.
 *
 * @example
 * ```ts
 * import { moduleTree, type ModuleTreeSource } from 'curricula';
 * const source: ModuleTreeSource = { unit: 'h', modules: [{ id: 'a', title: 'A', hours: 2 }] };
 * moduleTree(source).modules[0]?.minutes; // 120
 * ```
 */
export interface ModuleTreeSource {
  readonly modules: readonly Module[];
  readonly unit?: TimeUnit | undefined;
  readonly hours?: Amount | undefined;
  readonly tracks?: readonly Track[] | undefined;
}

/**
 * A program's module tree (Modulbaum), built once by {@link moduleTree}:
 * every module, nested ones included, with its place, its budget and its
 * tracks. The validator's rules, the planner and the exports all read it,
 * so a module's minutes, optional flag or cap mean the same everywhere.
 *
 * @example
 * ```ts
 * import { moduleTree } from 'curricula';
 * const tree = moduleTree(program);
 * for (const node of tree.modules) console.log('  '.repeat(node.depth) + node.module.title, node.minutes);
 * tree.declaredMinutes === tree.nestedMinutes; // the declared total adds up
 * ```
 */
export interface ModuleTree<P extends ModuleTreeSource = Program> {
  readonly program: P;
  /** Every module, nested ones included, depth first in document order. */
  readonly modules: readonly ModuleNode[];
  /** The program's own `modules`, in document order. */
  readonly topLevel: readonly ModuleNode[];
  /** The first module of each id (later ones are duplicates, which `ids/duplicate` reports). */
  readonly byId: ReadonlyMap<string, ModuleNode>;
  /** The program's `hours` in minutes; undefined when it gives none or they do not parse. */
  readonly declaredMinutes: number | undefined;
  /** The sum of its required top-level modules' minutes; undefined when there are none or any is unknown. */
  readonly nestedMinutes: number | undefined;
  /** One scope per entry of the program's `tracks`, in that order. */
  readonly tracks: readonly TrackScope[];
  /** The first track with this id, or undefined. */
  track(id: string): TrackScope | undefined;
  /**
   * The required modules an offering of a track delivers (the program as a
   * whole without a track), in the order the track lists them, each
   * followed by what is required inside it; undefined for an unknown track.
   */
  scope(trackId: string | undefined): ReadonlySet<ModuleNode> | undefined;
  /** The exact sum of the nodes' {@link ModuleNode.minutes}, or undefined when any is unknown. */
  sumMinutes(nodes: readonly ModuleNode[]): number | undefined;
}

/** Not yet computed, in a node's memo of its minutes. */
const UNCOMPUTED = -2;
/** Computed, and unknown. */
const UNKNOWN = -1;

// Most modules have no nested ones: they share one empty list (nothing ever adds to it).
const NO_CHILDREN: readonly ModuleNode[] = Object.freeze([]);

/**
 * A node. A class rather than an object literal, few fields, and the JSON
 * pointer, depth, caps and tracks derived on demand: a 1 MB program has
 * thousands of modules, the tree lives while the whole document does, and
 * what it allocates is what makes garbage collection expensive.
 */
class Node implements ModuleNode {
  declare readonly tree: Tree<ModuleTreeSource>;
  declare readonly module: Module;
  declare readonly parent: Node | undefined;
  declare readonly index: number;
  declare readonly order: number;
  declare readonly optional: boolean;
  declare children: readonly ModuleNode[];
  /** Minutes, memoised: UNCOMPUTED, UNKNOWN or the minutes. */
  declare memo: number;

  constructor(tree: Tree<ModuleTreeSource>, module: Module, parent: Node | undefined, index: number, order: number) {
    this.tree = tree;
    this.module = module;
    this.parent = parent;
    this.index = index;
    this.order = order;
    this.optional = module.optional === true || (parent !== undefined && parent.optional);
    this.children = NO_CHILDREN;
    this.memo = UNCOMPUTED;
  }

  get pointer(): string {
    // Up the chain rather than through the parent's getter: deep nesting cannot overflow the stack.
    let pointer = '';
    for (let n: Node | undefined = this; n !== undefined; n = n.parent) pointer = `/modules/${n.index}${pointer}`;
    return pointer;
  }

  get depth(): number {
    let depth = 0;
    for (let p = this.parent; p !== undefined; p = p.parent) depth++;
    return depth;
  }

  get ancestors(): readonly ModuleNode[] {
    const out: ModuleNode[] = [];
    for (let p = this.parent; p !== undefined; p = p.parent) out.push(p);
    return out.reverse();
  }

  get end(): number {
    let last: ModuleNode = this;
    while (last.children.length > 0) last = last.children[last.children.length - 1]!;
    return last.order + 1;
  }

  get minutes(): number | undefined {
    if (this.memo === UNCOMPUTED) {
      // Most modules are leaves: no walk for them.
      if (this.children.length === 0) this.memo = this.tree.minutesOf(this.module.hours) ?? UNKNOWN;
      else computeMinutes(this);
    }
    return this.memo === UNKNOWN ? undefined : this.memo;
  }

  // Its minutes are its hours when it gives them: one memo holds both.
  get declaredMinutes(): number | undefined {
    return this.module.hours === undefined ? undefined : this.minutes;
  }

  get nestedMinutes(): number | undefined {
    return nestedMinutes(this.children);
  }

  get ownCap(): number | undefined {
    const cap = this.module.maxPerSession;
    return cap === undefined ? undefined : this.tree.minutesOf(cap);
  }

  get cap(): number | undefined {
    let tightest: number | undefined;
    for (let n: Node | undefined = this; n !== undefined; n = n.parent) {
      const cap = n.ownCap;
      if (cap !== undefined && cap > 0 && (tightest === undefined || cap < tightest)) tightest = cap;
    }
    return tightest;
  }

  get days(): number | undefined {
    return this.module.hours === undefined ? this.module.days : undefined;
  }

  topicMinutes(index: number): number | undefined {
    const topic = this.module.topics?.[index];
    return typeof topic === 'object' && topic !== null ? this.tree.minutesOf(topic.hours) : undefined;
  }

  get tracks(): readonly string[] {
    return this.tree.tracks.filter((t) => t.includes(this)).map((t) => t.track.id);
  }
}

/** The sum over the required ones of `children`; undefined when there are none or any is unknown. */
function nestedMinutes(children: readonly ModuleNode[]): number | undefined {
  return sumMinutes(children, true);
}

/**
 * The exact sum of the nodes' minutes, undefined when any is unknown; with
 * `requiredOnly`, over the required ones, and undefined when there are none.
 */
function sumMinutes(nodes: readonly ModuleNode[], requiredOnly: boolean): number | undefined {
  let sum = 0;
  let any = !requiredOnly;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (requiredOnly && node.module.optional === true) continue;
    any = true;
    const minutes = node.minutes;
    if (minutes === undefined) return undefined;
    sum += minutes;
  }
  return any ? sum : undefined;
}

/**
 * Fills the memo of `node` and of every node below it that has none yet,
 * last in document order first, so each node's nested modules are known
 * before the node: no recursion, however deep the nesting.
 */
function computeMinutes(node: Node): void {
  const nodes = node.tree.modules as readonly Node[];
  for (let k = node.end - 1; k >= node.order; k--) {
    const n = nodes[k]!;
    if (n.memo !== UNCOMPUTED) continue;
    const hours = n.module.hours;
    const minutes = hours !== undefined ? n.tree.minutesOf(hours) : nestedMinutes(n.children);
    n.memo = minutes ?? UNKNOWN;
  }
}

class Tree<P extends ModuleTreeSource> implements ModuleTree<P> {
  modules: Node[] = NO_CHILDREN as Node[];
  topLevel: readonly ModuleNode[] = NO_CHILDREN;
  readonly declaredMinutes: number | undefined;
  /** The unit amounts are read in; undefined when the program's is none (then every amount is unknown). */
  private readonly unit: TimeUnit | undefined;
  #byId: Map<string, ModuleNode> | undefined;
  #tracks: readonly TrackScope[] | undefined;
  #wholeProgram: ReadonlySet<ModuleNode> | undefined;

  constructor(readonly program: P) {
    const unit = program.unit ?? 'UE';
    this.unit = TIME_UNITS.includes(unit) ? unit : undefined;
    this.declaredMinutes = this.minutesOf(program.hours);
  }

  /** Minutes of an amount in the program's unit; undefined when absent or it does not parse. */
  minutesOf(amount: Amount | undefined): number | undefined {
    if (amount === undefined || this.unit === undefined) return undefined;
    // parseDuration remembers its results, so the same "2 2/3" in a thousand modules is parsed once.
    const parsed = parseDuration(amount, this.unit);
    return parsed.ok ? parsed.minutes : undefined;
  }

  get byId(): ReadonlyMap<string, ModuleNode> {
    if (this.#byId === undefined) {
      const byId = new Map<string, ModuleNode>();
      const nodes = this.modules;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        const id = node.module.id;
        if (!byId.has(id)) byId.set(id, node);
      }
      this.#byId = byId;
    }
    return this.#byId;
  }

  get nestedMinutes(): number | undefined {
    return nestedMinutes(this.topLevel);
  }

  get tracks(): readonly TrackScope[] {
    if (this.#tracks === undefined) {
      const tracks = this.program.tracks;
      this.#tracks = Array.isArray(tracks) ? tracks.map((track) => new Scope(this, track, this.minutesOf(track.hours))) : [];
    }
    return this.#tracks;
  }

  track(id: string): TrackScope | undefined {
    return this.tracks.find((t) => t.track.id === id);
  }

  scope(trackId: string | undefined): ReadonlySet<ModuleNode> | undefined {
    if (trackId !== undefined) return this.track(trackId)?.modules;
    return (this.#wholeProgram ??= requiredSubtrees(this.topLevel));
  }

  sumMinutes(nodes: readonly ModuleNode[]): number | undefined {
    return sumMinutes(nodes, false);
  }
}

/** One list of modules being walked: its parent's children made so far, and the next item. */
interface Level {
  list: readonly Module[];
  parent: Node | undefined;
  /** The parent's `children`; undefined for the program's own modules. */
  out: ModuleNode[] | undefined;
  next: number;
}

/**
 * Builds a program's module tree: every module, nested ones included, with
 * its JSON pointer, parent, depth, document order, optional flag, exact
 * minutes (declared, or the sum of its required nested modules), caps and
 * tracks, and lookup by id. The walk is iterative, so deep nesting cannot
 * overflow the stack, and every amount is read once. Build it once and
 * pass it on: inside a rule, `ctx.tree(program)` gives the one tree of the
 * validation.
 *
 * Throws {@link CurriculaUsageError} when the modules are not a tree: a
 * module that contains itself or a module it sits in (a cyclic object
 * graph built in code; parsed documents never are). A module object that
 * occurs in two places (a YAML alias) is two nodes.
 *
 * @example
 * ```ts
 * import { moduleTree, formatDuration } from 'curricula';
 * const tree = moduleTree(program);
 * const einstieg = tree.byId.get('einstieg');
 * if (einstieg?.minutes !== undefined) console.log(einstieg.pointer, formatDuration(einstieg.minutes, { unit: program.unit }));
 * tree.track('koordination')?.roots.map((node) => node.module.id); // the track's outermost required modules
 * ```
 */
export function moduleTree<P extends ModuleTreeSource>(program: P): ModuleTree<P> {
  checkArguments('moduleTree', [['program', program, 'record']]);
  const tree = new Tree(program);
  const top = program.modules;
  if (!Array.isArray(top) || top.length === 0) return tree;
  // Room for the top-level modules up front (all a flat program has): a long list grown by push leaves garbage.
  const modules = new Array<Node>(top.length);
  let count = 0;
  const stack: Level[] = [{ list: top, parent: undefined, out: undefined, next: 0 }];
  while (stack.length > 0) {
    const level = stack[stack.length - 1]!;
    if (level.next >= level.list.length) {
      stack.pop();
      continue;
    }
    const i = level.next++;
    const module = level.list[i]!;
    const parent = level.parent;
    // A module that sits above itself would make the walk endless. Programs are a few levels deep,
    // so comparing with each module above costs next to nothing (quadratic only in depth).
    for (let p = parent; p !== undefined; p = p.parent) if (p.module === module) throw cycleError(parent!, p, module, i);
    const node = new Node(tree, module, parent, i, count);
    if (count < modules.length) modules[count] = node;
    else modules.push(node);
    count++;
    if (level.out !== undefined) level.out[i] = node;
    const nested = module.modules;
    if (Array.isArray(nested) && nested.length > 0) {
      const children = new Array<ModuleNode>(nested.length);
      node.children = children;
      stack.push({ list: nested, parent: node, out: children, next: 0 });
    }
  }
  tree.modules = modules;
  // A flat program's modules are its top-level ones: one list serves as both.
  tree.topLevel = count === top.length ? modules : modules.filter((node) => node.parent === undefined);
  return tree;
}

/** The error for `module`, about to become item `index` of `parent`'s modules while it already is `above`. */
function cycleError(parent: Node, above: Node, module: Module, index: number): CurriculaUsageError {
  return new CurriculaUsageError(`The modules are not a tree: module ${describeValue(module.id)} at ${parent.pointer}/modules/${index} is the module at ${above.pointer}, which contains it`);
}

/**
 * Every module of a program, nested ones included, depth first in document
 * order, each with its JSON pointer, parent, depth and optional flag: the
 * nodes of {@link moduleTree} as plain objects. Iterative, so absurdly deep
 * nesting cannot overflow the stack.
 *
 * @example
 * ```ts
 * import { listModules } from 'curricula';
 * const ids = listModules(program).map((e) => e.module.id);
 * ```
 */
export function listModules(program: Pick<Program, 'modules'>): ModuleEntry[] {
  checkArguments('listModules', [['program', program, 'program']]);
  // Plain objects, as before the tree: a caller may spread, compare or change them.
  const nodes = moduleTree(program).modules;
  const out = new Array<ModuleEntry>(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const parent = node.parent === undefined ? undefined : out[node.parent.order]!;
    out[i] = {
      module: node.module,
      pointer: `${parent === undefined ? '' : parent.pointer}/modules/${node.index}`,
      parent,
      depth: parent === undefined ? 0 : parent.depth + 1,
      optional: node.optional,
    };
  }
  return out;
}

/**
 * The exact minutes a module stands for: its declared `hours` when it
 * gives them, otherwise the sum of its required nested modules, otherwise
 * `undefined` (unknown). Amounts that do not parse are reported by the
 * parser as `duration/invalid`; here they just count as unknown. The same
 * as {@link ModuleNode.minutes}; with a whole program at hand, build its
 * {@link moduleTree} once instead of calling this per module.
 *
 * @example
 * ```ts
 * import { effectiveMinutes } from 'curricula';
 * effectiveMinutes({ id: 'a', title: 'A', hours: '2 2/3' }, 'UE'); // 120
 * ```
 */
export function effectiveMinutes(module: Module, unit: TimeUnit): number | undefined {
  checkArguments('effectiveMinutes', [['module', module, 'record']]);
  // As parseDuration does: a unit that is none is the caller's mistake, not an unknown amount.
  if (!TIME_UNITS.includes(unit)) throw new CurriculaUsageError(`effectiveMinutes: unknown unit ${describeValue(unit)}`);
  return moduleTree({ modules: [module], unit }).modules[0]!.minutes;
}
