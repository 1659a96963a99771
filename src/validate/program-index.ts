import { parseDuration, TIME_UNITS, type TimeUnit } from '../duration/index.js';
import type { Module } from '../model/module.js';
import type { Program } from '../model/program.js';

/** A module with where it sits; internal to the validator. */
export interface IndexedModule {
  module: Module;
  pointer: string;
  parent: IndexedModule | undefined;
  children: IndexedModule[];
  /** Position in depth-first document order. */
  order: number;
  /** Optional itself or through an ancestor. */
  optional: boolean;
  /** Declared hours in exact minutes; undefined when absent or not a valid duration. */
  declaredMinutes: number | undefined;
}

/** Module lookup for one program, built once per validation. */
export interface ProgramIndex {
  program: Program;
  /** Depth first, document order. */
  modules: IndexedModule[];
  /** First module of each id (later duplicates are reported by ids/duplicate). */
  byId: Map<string, IndexedModule>;
  /** Exact minutes a module needs: declared hours, else the sum of its required nested modules. */
  requiredMinutes(entry: IndexedModule): number | undefined;
  /** The exact sum of {@link requiredMinutes} over `entries`, or undefined when any is unknown. */
  sumRequiredMinutes(entries: readonly IndexedModule[]): number | undefined;
}

const cache = new WeakMap<Program, ProgramIndex>();
const NO_CHILDREN = Object.freeze([]) as unknown as IndexedModule[];

/** Minutes of an amount, or undefined when it does not parse (already reported as duration/invalid). */
export function minutesOrUndefined(amount: number | string | undefined, unit: TimeUnit): number | undefined {
  // A unit the schema let through is always valid; the guard keeps validate() from throwing regardless.
  if (amount === undefined || !TIME_UNITS.includes(unit)) return undefined;
  // parseDuration remembers its results, so the same "2 2/3" in a thousand modules is parsed once.
  const parsed = parseDuration(amount, unit);
  return parsed.ok ? parsed.minutes : undefined;
}

/** Indexes a program's modules (cached per program object). */
export function indexProgram(program: Program): ProgramIndex {
  let index = cache.get(program);
  if (index) return index;
  const modules: IndexedModule[] = [];
  const byId = new Map<string, IndexedModule>();
  const walk = (list: readonly Module[] | undefined, base: string, parent: IndexedModule | undefined): IndexedModule[] => {
    // Most modules have no nested ones: they share one empty list (nothing ever adds to it).
    if (!Array.isArray(list) || list.length === 0) return NO_CHILDREN;
    const out: IndexedModule[] = [];
    for (let i = 0; i < list.length; i++) {
      const module = list[i]!;
      const pointer = `${base}/${i}`;
      const entry: IndexedModule = {
        module,
        pointer,
        parent,
        children: NO_CHILDREN,
        order: modules.length,
        optional: module.optional === true || (parent?.optional ?? false),
        declaredMinutes: minutesOrUndefined(module.hours, program.unit),
      };
      modules.push(entry);
      if (!byId.has(module.id)) byId.set(module.id, entry);
      entry.children = walk(module.modules, `${pointer}/modules`, entry);
      out.push(entry);
    }
    return out;
  };
  walk(program.modules, '/modules', undefined);
  const memo = new Map<IndexedModule, number | undefined>();
  const sumRequiredMinutes = (entries: readonly IndexedModule[]): number | undefined => {
    let sum = 0;
    for (const entry of entries) {
      const minutes = requiredMinutes(entry);
      if (minutes === undefined) return undefined;
      sum += minutes;
    }
    return sum;
  };
  const requiredMinutes = (entry: IndexedModule): number | undefined => {
    if (memo.has(entry)) return memo.get(entry);
    let minutes = entry.declaredMinutes;
    if (minutes === undefined) {
      const required = entry.children.filter((c) => c.module.optional !== true);
      if (required.length > 0) minutes = sumRequiredMinutes(required);
    }
    memo.set(entry, minutes);
    return minutes;
  };
  index = { program, modules, byId, requiredMinutes, sumRequiredMinutes };
  cache.set(program, index);
  return index;
}

/** The ids of a program's modules an offering of `trackId` must cover, or undefined when unknown. */
export function trackScope(index: ProgramIndex, trackId: string | undefined): Set<IndexedModule> | undefined {
  const required = new Set<IndexedModule>();
  const addSubtree = (entry: IndexedModule): void => {
    if (entry.module.optional === true) return;
    required.add(entry);
    for (const child of entry.children) addSubtree(child);
  };
  if (trackId === undefined) {
    for (const entry of index.modules) if (entry.parent === undefined) addSubtree(entry);
    return required;
  }
  const track = index.program.tracks?.find((t) => t.id === trackId);
  if (!track) return undefined;
  if (track.modules === undefined) {
    for (const entry of index.modules) if (entry.parent === undefined) addSubtree(entry);
    return required;
  }
  for (const id of track.modules) {
    const entry = index.byId.get(id);
    if (entry) addSubtree(entry);
  }
  return required;
}
