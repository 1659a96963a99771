import { parseDuration, TIME_UNITS, type TimeUnit } from '../duration/index.js';
import type { Module } from '../model/module.js';
import type { Program } from '../model/program.js';
import { callMemo } from './call-memo.js';

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
  /** The exact sum over a module's required nested modules; undefined when it has none or any is unknown. */
  nestedMinutes(entry: IndexedModule): number | undefined;
}

const NO_CHILDREN = Object.freeze([]) as unknown as IndexedModule[];

/** Minutes of an amount, or undefined when it does not parse (already reported as duration/invalid). */
export function minutesOrUndefined(amount: number | string | undefined, unit: TimeUnit): number | undefined {
  // A unit the schema let through is always valid; the guard keeps validate() from throwing regardless.
  if (amount === undefined || !TIME_UNITS.includes(unit)) return undefined;
  // parseDuration remembers its results, so the same "2 2/3" in a thousand modules is parsed once.
  const parsed = parseDuration(amount, unit);
  return parsed.ok ? parsed.minutes : undefined;
}

/** Not yet computed, in {@link Entry}'s memo of required minutes. */
const UNCOMPUTED = -2;
/** Computed, and unknown (some hours are missing or invalid). */
const UNKNOWN = -1;

/**
 * An indexed module. A class rather than an object literal, and the JSON
 * pointer derived on demand (rules need it only to report): a 1 MB program
 * has thousands of modules, and what the index allocates while the whole
 * document is alive is what makes garbage collection expensive.
 */
class Entry implements IndexedModule {
  children: IndexedModule[] = NO_CHILDREN;
  /** Required minutes, memoised: UNCOMPUTED, UNKNOWN or the minutes. */
  memo = UNCOMPUTED;
  constructor(
    readonly module: Module,
    readonly parent: Entry | undefined,
    /** Index in the parent's (or the program's) `modules` list. */
    readonly position: number,
    readonly order: number,
    readonly optional: boolean,
    readonly declaredMinutes: number | undefined,
  ) {}

  get pointer(): string {
    return `${this.parent === undefined ? '' : this.parent.pointer}/modules/${this.position}`;
  }
}

/** Exact minutes a module needs: declared hours, else the sum of its required nested modules. */
function requiredMinutes(entry: Entry): number | undefined {
  if (entry.memo === UNCOMPUTED) entry.memo = (entry.declaredMinutes ?? nestedMinutes(entry)) ?? UNKNOWN;
  return entry.memo === UNKNOWN ? undefined : entry.memo;
}

function nestedMinutes(entry: IndexedModule): number | undefined {
  let sum = 0;
  let any = false;
  for (let i = 0; i < entry.children.length; i++) {
    const child = entry.children[i] as Entry;
    if (child.module.optional === true) continue;
    any = true;
    const minutes = requiredMinutes(child);
    if (minutes === undefined) return undefined;
    sum += minutes;
  }
  return any ? sum : undefined;
}

function sumRequiredMinutes(entries: readonly IndexedModule[]): number | undefined {
  let sum = 0;
  for (const entry of entries) {
    const minutes = requiredMinutes(entry as Entry);
    if (minutes === undefined) return undefined;
    sum += minutes;
  }
  return sum;
}

/** Indexes a program's modules (once per program in a validation call). */
export const indexProgram: (program: Program) => ProgramIndex = callMemo(buildIndex);

function buildIndex(program: Program): ProgramIndex {
  const modules: IndexedModule[] = [];
  const byId = new Map<string, IndexedModule>();
  const walk = (list: readonly Module[] | undefined, parent: Entry | undefined): IndexedModule[] => {
    // Most modules have no nested ones: they share one empty list (nothing ever adds to it).
    if (!Array.isArray(list) || list.length === 0) return NO_CHILDREN;
    const out: IndexedModule[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const module = list[i]!;
      const optional = module.optional === true || (parent?.optional ?? false);
      const entry = new Entry(module, parent, i, modules.length, optional, minutesOrUndefined(module.hours, program.unit));
      modules.push(entry);
      if (!byId.has(module.id)) byId.set(module.id, entry);
      entry.children = walk(module.modules, entry);
      out[i] = entry;
    }
    return out;
  };
  walk(program.modules, undefined);
  return { program, modules, byId, requiredMinutes: (entry) => requiredMinutes(entry as Entry), sumRequiredMinutes, nestedMinutes };
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

/**
 * The outermost required modules of a track (undefined for an unknown
 * track): what {@link trackScope} holds whose parent it does not hold,
 * found without building the scope, which for a large program is a set of
 * thousands of entries. A track that lists no modules takes the program's
 * top-level required modules. Otherwise a root is a listed module, kept
 * (not optional), whose parent is not in the scope; a module is in the
 * scope when it is kept and listed, or kept with its parent in the scope.
 */
export function trackRoots(index: ProgramIndex, trackId: string): IndexedModule[] | undefined {
  const track = index.program.tracks?.find((t) => t.id === trackId);
  if (track === undefined) return undefined;
  if (track.modules === undefined) return index.modules.filter((e) => e.parent === undefined && e.module.optional !== true);
  const listed = new Set<IndexedModule>();
  for (const id of track.modules) {
    const entry = index.byId.get(id);
    if (entry) listed.add(entry);
  }
  const inScope = (e: IndexedModule): boolean =>
    e.module.optional !== true && (listed.has(e) || (e.parent !== undefined && inScope(e.parent)));
  return [...listed].filter((e) => inScope(e) && (e.parent === undefined || !inScope(e.parent)));
}
