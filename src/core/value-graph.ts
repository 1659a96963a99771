import { toPointer } from './json-pointer.js';

/**
 * What walking a value given in code found (Objektgraph): an object that
 * contains itself (`cycle`: where it was met again, and where it is), or
 * nesting deeper than allowed (`deep`: the first place too deep).
 *
 * @example
 * ```ts
 * const found: GraphProblem = { kind: 'cycle', pointer: '/modules/0/modules/0', first: '/modules/0' };
 * ```
 */
export type GraphProblem = { kind: 'cycle'; pointer: string; first: string } | { kind: 'deep'; pointer: string };

/**
 * Walks a value once, without recursion, and tells whether some object in
 * it contains itself or it nests deeper than `maxDepth`. A document read
 * from text can do neither (the loader reports alias cycles and depth),
 * but one built in code can: a module whose `modules` list holds its own
 * parent sent every walk of the tree into an endless loop until the heap
 * died. The same object at two places that do not contain each other (a
 * YAML alias, a shared constant) is fine. Linear in the value's size.
 *
 * @example
 * ```ts
 * import { graphProblem } from './value-graph.js';
 * const m: { id: string; modules: unknown[] } = { id: 'a', modules: [] };
 * m.modules.push(m);
 * graphProblem({ modules: [m] }, 256); // { kind: 'cycle', pointer: '/modules/0/modules/0', first: '/modules/0' }
 * ```
 */
export function graphProblem(value: unknown, maxDepth: number): GraphProblem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  // The objects on the path from the root to the one being walked, with their segments.
  const onPath = new Map<object, number>();
  const path: (string | number)[] = [];
  const done = new Set<object>();
  type Frame = { node: object; keys: string[]; next: number };
  const stack: Frame[] = [];
  const enter = (node: object): void => {
    onPath.set(node, stack.length);
    stack.push({ node, keys: Object.keys(node), next: 0 });
  };
  enter(value);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.keys.length) {
      stack.pop();
      onPath.delete(frame.node);
      done.add(frame.node);
      path.pop();
      continue;
    }
    const key = frame.keys[frame.next++]!;
    const child = (frame.node as Record<string, unknown>)[key];
    if (typeof child !== 'object' || child === null || done.has(child)) continue;
    const segment = Array.isArray(frame.node) ? Number(key) : key;
    const depth = onPath.get(child);
    if (depth !== undefined) return { kind: 'cycle', pointer: toPointer([...path, segment]), first: toPointer(path.slice(0, depth)) };
    if (stack.length >= maxDepth) return { kind: 'deep', pointer: toPointer([...path, segment]) };
    path.push(segment);
    enter(child);
  }
  return undefined;
}
