import type { ModuleNode, ModuleTree, ModuleTreeSource } from './module-tree.js';
import type { Track } from './track.js';

/**
 * A track (Zweig) of a program as the module tree sees it: which modules
 * it includes, its outermost required modules and its declared hours. A
 * track that lists no `modules` includes the whole program. A module is in
 * a track's scope when it is required (neither it nor any module between
 * it and the listed one is optional) and it, or a module it sits in, is
 * listed; a listed id counts for the first module of that id.
 *
 * @example
 * ```ts
 * import { moduleTree, type TrackScope } from 'curricula';
 * const scope: TrackScope | undefined = moduleTree(program).track('koordination');
 * scope?.roots.map((node) => node.module.id); // ['einstieg', 'praxis']
 * scope?.includes(moduleTree(program).byId.get('praxis')!); // true
 * scope?.declaredMinutes; // 4800 (80 h)
 * ```
 */
export interface TrackScope {
  readonly track: Track;
  /** The track's `hours` in minutes; undefined when it gives none or they do not parse. */
  readonly declaredMinutes: number | undefined;
  /**
   * Its outermost required modules: those of its scope whose parent is not
   * in it. Their minutes add up to what the track takes.
   */
  readonly roots: readonly ModuleNode[];
  /** Its whole scope (built on first read): each root's required subtree, in list order. */
  readonly modules: ReadonlySet<ModuleNode>;
  /** Whether the module is in its scope (decided without building the whole scope). */
  includes(node: ModuleNode): boolean;
}

/**
 * The required subtrees of `starts`, in order, each depth first: a module
 * is left out with everything inside it when it is itself optional. Built
 * with an explicit stack, so deep nesting cannot overflow the call stack.
 */
export function requiredSubtrees(starts: Iterable<ModuleNode>): Set<ModuleNode> {
  const out = new Set<ModuleNode>();
  const stack: ModuleNode[] = [];
  for (const start of starts) {
    stack.push(start);
    while (stack.length > 0) {
      const node = stack.pop()!;
      // A module already in the set brought its whole required subtree with it.
      if (node.module.optional === true || out.has(node)) continue;
      out.add(node);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}

/** A track's scope; the whole scope is built on first use. */
export class Scope implements TrackScope {
  declare readonly track: Track;
  declare readonly declaredMinutes: number | undefined;
  declare private readonly tree: ModuleTree<ModuleTreeSource>;
  /**
   * The modules its `modules` list names (the first of each id; ids no
   * module has are left out), in list order without repeats; undefined
   * for a track that lists none (it includes the whole program).
   */
  declare private readonly listed: ReadonlySet<ModuleNode> | undefined;
  #modules: ReadonlySet<ModuleNode> | undefined;

  constructor(tree: ModuleTree<ModuleTreeSource>, track: Track, declaredMinutes: number | undefined) {
    this.tree = tree;
    this.track = track;
    this.declaredMinutes = declaredMinutes;
    let listed: Set<ModuleNode> | undefined;
    if (track.modules !== undefined) {
      listed = new Set();
      for (const id of track.modules) {
        const node = tree.byId.get(id);
        if (node !== undefined) listed.add(node);
      }
    }
    this.listed = listed;
  }

  /**
   * Found without building the scope, which for a large program is a set
   * of thousands of modules: a root is a listed module in the scope whose
   * parent is not in it (a top-level required module for a track that
   * lists none).
   */
  get roots(): readonly ModuleNode[] {
    const listed = this.listed;
    if (listed === undefined) return this.tree.topLevel.filter((node) => node.module.optional !== true);
    return [...listed].filter((node) => this.includes(node) && (node.parent === undefined || !this.includes(node.parent)));
  }

  get modules(): ReadonlySet<ModuleNode> {
    const listed = this.listed;
    return (this.#modules ??= listed === undefined ? this.tree.scope(undefined)! : requiredSubtrees(listed));
  }

  includes(node: ModuleNode): boolean {
    const listed = this.listed;
    if (listed === undefined) return !node.optional;
    // Up from the module: in scope when a listed module is reached before an optional one.
    for (let n: ModuleNode | undefined = node; n !== undefined; n = n.parent) {
      if (n.module.optional === true) return false;
      if (listed.has(n)) return true;
    }
    return false;
  }
}
