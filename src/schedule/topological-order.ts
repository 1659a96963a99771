import { checkArguments } from '../core/arguments.js';
import type { Program } from '../model/program.js';
import { plannedModules, type ModuleSelection, type PlannedModule } from './planned-modules.js';

/**
 * Requirement edges between planned modules by index: `before[i]` lists the
 * modules that must be finished before module `i` starts. A requirement
 * naming a module that contains others stands for all of them; unknown or
 * unplanned ids are ignored (the validator reports them).
 */
export function requirementEdges(modules: readonly PlannedModule[]): number[][] {
  // Most modules require nothing: they share one empty list (never changed by callers), and
  // without any requirement the index by id is not built at all.
  const none: number[] = [];
  if (modules.every((m) => m.requires.length === 0)) return modules.map(() => none);
  const byId = new Map<string, number[]>();
  const add = (id: string, i: number): void => {
    const list = byId.get(id);
    if (list === undefined) byId.set(id, [i]);
    else list.push(i);
  };
  modules.forEach((m, i) => {
    add(m.id, i);
    for (const a of m.ancestors) add(a, i);
  });
  return modules.map((m, i) => {
    if (m.requires.length === 0) return none;
    const set = new Set<number>();
    for (const id of m.requires) for (const j of byId.get(id) ?? []) if (j !== i) set.add(j);
    return [...set].sort((a, b) => a - b);
  });
}

/**
 * Kahn's algorithm with a binary heap on document position, so among
 * modules free to go, the one written first goes first: O((n + e) log n).
 * Returns the order and the modules left in cycles (empty when none).
 */
export function orderIndices(count: number, before: readonly (readonly number[])[]): { order: number[]; cyclic: number[] } {
  // Without requirements the heap would give document order back, one sift at a time.
  if (before.every((list) => list.length === 0)) {
    const order = new Array<number>(count);
    for (let i = 0; i < count; i++) order[i] = i;
    return { order, cyclic: [] };
  }
  const indegree = new Array<number>(count).fill(0);
  // Lists of followers only for modules that have some.
  const after: (number[] | undefined)[] = new Array<number[] | undefined>(count).fill(undefined);
  before.forEach((list, i) => {
    for (const j of list) {
      indegree[i]!++;
      (after[j] ??= []).push(i);
    }
  });
  const heap: number[] = [];
  const push = (v: number): void => {
    heap.push(v);
    let k = heap.length - 1;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (heap[p]! <= v) break;
      heap[k] = heap[p]!;
      k = p;
    }
    heap[k] = v;
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        if (l >= heap.length) break;
        const r = l + 1;
        const c = r < heap.length && heap[r]! < heap[l]! ? r : l;
        if (heap[c]! >= last) break;
        heap[k] = heap[c]!;
        k = c;
      }
      heap[k] = last;
    }
    return top;
  };
  for (let i = 0; i < count; i++) if (indegree[i] === 0) push(i);
  const order: number[] = [];
  while (heap.length > 0) {
    const i = pop();
    order.push(i);
    const followers = after[i];
    if (followers !== undefined) for (const k of followers) if (--indegree[k]! === 0) push(k);
  }
  const cyclic: number[] = [];
  for (let i = 0; i < count; i++) if (indegree[i]! > 0) cyclic.push(i);
  return { order, cyclic };
}

/**
 * The order in which a program's modules can be taught: every module after
 * the modules it `requires`, and otherwise in document order (stable).
 * Lists the planned modules (see `plannedModules`); modules caught in a
 * `requires` cycle are returned in `cycle` instead, in document order.
 *
 * @example
 * ```ts
 * import { topologicalOrder } from 'curricula';
 * const { order, cycle } = topologicalOrder(program);
 * // order: ['einstieg', 'planung', …]; cycle: []
 * ```
 */
export function topologicalOrder(program: Program, selection: ModuleSelection = {}): { order: string[]; cycle: string[] } {
  checkArguments('topologicalOrder', [['program', program, 'program'], ['selection', selection, 'options']]);
  const { modules } = plannedModules(program, selection);
  const { order, cyclic } = orderIndices(modules.length, requirementEdges(modules));
  return { order: order.map((i) => modules[i]!.id), cycle: cyclic.map((i) => modules[i]!.id) };
}
