import { parseDuration, type TimeUnit } from '../duration/index.js';
import type { Module } from './module.js';
import type { Program } from './program.js';

/**
 * A module with its place in the program's module tree (Modulbaum).
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
 * Every module of a program, nested ones included, depth first in document
 * order. Iterative, so absurdly deep nesting cannot overflow the stack.
 *
 * @example
 * ```ts
 * import { listModules } from 'curricula';
 * const ids = listModules(program).map((e) => e.module.id);
 * ```
 */
export function listModules(program: Pick<Program, 'modules'>): ModuleEntry[] {
  const out: ModuleEntry[] = [];
  const stack: { modules: readonly Module[]; base: string; parent: ModuleEntry | undefined; index: number }[] = [
    { modules: program.modules, base: '/modules', parent: undefined, index: 0 },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.modules.length) {
      stack.pop();
      continue;
    }
    const index = frame.index++;
    const module = frame.modules[index]!;
    const entry: ModuleEntry = {
      module,
      pointer: `${frame.base}/${index}`,
      parent: frame.parent,
      depth: frame.parent === undefined ? 0 : frame.parent.depth + 1,
      optional: module.optional === true || frame.parent?.optional === true,
    };
    out.push(entry);
    if (module.modules !== undefined && module.modules.length > 0) {
      stack.push({ modules: module.modules, base: `${entry.pointer}/modules`, parent: entry, index: 0 });
    }
  }
  return out;
}

/**
 * The exact minutes a module stands for: its declared `hours` when they
 * parse, otherwise the sum of its required nested modules, otherwise
 * `undefined` (unknown). Amounts that do not parse are reported by the
 * parser as `duration/invalid`; here they just count as unknown.
 *
 * @example
 * ```ts
 * import { effectiveMinutes } from 'curricula';
 * effectiveMinutes({ id: 'a', title: 'A', hours: '2 2/3' }, 'UE'); // 120
 * ```
 */
export function effectiveMinutes(module: Module, unit: TimeUnit): number | undefined {
  if (module.hours !== undefined) {
    const parsed = parseDuration(module.hours, unit);
    return parsed.ok ? parsed.minutes : undefined;
  }
  const children = module.modules?.filter((m) => m.optional !== true) ?? [];
  if (children.length === 0) return undefined;
  let sum = 0;
  for (const child of children) {
    const minutes = effectiveMinutes(child, unit);
    if (minutes === undefined) return undefined;
    sum += minutes;
  }
  return sum;
}
