import type { Program } from '../../model/program.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import type { ModuleNode } from '../../model/module-tree.js';
import type { RuleDocument, RuleScope } from '../types.js';

/**
 * `requires` must not loop: a module requiring itself, or a chain that
 * comes back to where it started. Each cycle is reported once, at the
 * first of its modules in document order, with the whole path.
 */
export const prerequisitesCycle = defineRule({
  meta: builtinMeta('prerequisites/cycle'),
  check(ctx) {
    for (const doc of ctx.programDocuments) findCycles(ctx, doc, (path, entry, requiresIndex) => {
      const chain = path.map((e) => e.module.id).join(' → ');
      const self = path.length === 2;
      const where = { document: doc, path: `${entry.pointer}/requires/${requiresIndex}`, hintId: 'removeOne' } as const;
      if (self) ctx.report({ ...where, messageId: 'requiresItself', data: { module: entry.module.id, chain } });
      else ctx.report({ ...where, messageId: 'cycle', data: { chain } });
    });
  },
});

// Shared by every module without requirements; never written to.
const NO_EDGES: number[] = Object.freeze([]) as unknown as number[];

/** Tarjan's strongly connected components (iterative, over array indexes), then one shortest cycle per component. */
function findCycles(
  ctx: RuleScope,
  doc: RuleDocument<Program>,
  onCycle: (path: ModuleNode[], entry: ModuleNode, requiresIndex: number) => void,
): void {
  const index = ctx.tree(doc.value);
  // Most programs have no requirement that resolves at all: then there is no graph to build.
  if (!index.modules.some((e) => e.module.requires?.some((id) => index.byId.has(id)))) return;
  const nodes = index.modules.filter((e) => index.byId.get(e.module.id) === e);
  // A node's place in `nodes`, by the module's document order: an array, not a Map, because a
  // large program has thousands of modules and this runs on every validation.
  const position = new Int32Array(index.modules.length);
  for (let i = 0; i < nodes.length; i++) position[nodes[i]!.order] = i;
  const edges: number[][] = nodes.map((node) => {
    const requires = node.module.requires;
    if (requires === undefined || requires.length === 0) return NO_EDGES;
    const targets: number[] = [];
    for (let r = 0; r < requires.length; r++) {
      const target = index.byId.get(requires[r]!);
      if (!target) continue;
      const t = position[target.order]!;
      if (!targets.includes(t)) targets.push(t);
    }
    return targets;
  });

  const n = nodes.length;
  if (isAcyclic(edges)) return;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const work: number[] = [];
  const cursor = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    work.push(root);
    while (work.length > 0) {
      const node = work[work.length - 1]!;
      const next = edges[node]![cursor[node]!];
      if (next !== undefined) {
        cursor[node]!++;
        if (order[next] === -1) {
          order[next] = low[next] = counter++;
          stack.push(next);
          onStack[next] = 1;
          work.push(next);
        } else if (onStack[next]) {
          low[node] = Math.min(low[node]!, order[next]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[node]!);
      if (low[node] === order[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        components.push(component);
      }
    }
  }

  for (const component of components) {
    const start = component.reduce((a, b) => (b < a ? b : a));
    const selfLoop = edges[start]!.includes(start);
    if (component.length === 1 && !selfLoop) continue;
    const path = selfLoop ? [start, start] : shortestCycle(start, new Set(component), edges);
    const entry = nodes[start]!;
    const requiresIndex = (entry.module.requires ?? []).indexOf(nodes[path[1]!]!.module.id);
    onCycle(
      path.map((i) => nodes[i]!),
      entry,
      Math.max(0, requiresIndex),
    );
  }
}

/**
 * Kahn's algorithm: true when the graph has no cycle, the usual case. It
 * needs two small arrays, where Tarjan's algorithm, run only for a graph
 * with a cycle, builds a component for every module.
 */
function isAcyclic(edges: readonly number[][]): boolean {
  const n = edges.length;
  const incoming = new Int32Array(n);
  // Index loops: this runs once per validation, rarely long enough for the optimiser to remove
  // the iterator objects `for … of` would allocate for every module.
  for (let i = 0; i < n; i++) {
    const targets = edges[i]!;
    for (let j = 0; j < targets.length; j++) incoming[targets[j]!]!++;
  }
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (incoming[i] === 0) queue[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const targets = edges[queue[head]!]!;
    for (let j = 0; j < targets.length; j++) if (--incoming[targets[j]!]! === 0) queue[tail++] = targets[j]!;
  }
  return tail === n;
}

function shortestCycle(start: number, members: ReadonlySet<number>, edges: readonly number[][]): number[] {
  const previous = new Map<number, number>();
  const queue: number[] = [start];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    for (const next of edges[node]!) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let m: number | undefined = node; m !== undefined && m !== start; m = previous.get(m)) path.splice(1, 0, m);
        path.push(start);
        return path;
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}
