import type { Diagnostic } from '../core/diagnostic.js';
import { didYouMean } from '../core/did-you-mean.js';
import type { Locale } from '../core/locale.js';
import { parseDuration } from '../duration/index.js';
import type { Module } from '../model/module.js';
import { effectiveMinutes } from '../model/module-tree.js';
import type { Program } from '../model/program.js';
import { planDiagnostic } from './plan-diagnostic.js';

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
}

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
  /** `maxPerSession` in minutes, when the module caps a session. */
  maxPerSession: number | undefined;
  /** `sessions` as a range, when the module says how many sessions it takes. */
  sessions: { min: number; max: number } | undefined;
  /** Ids this module requires, its own and those of the modules it sits in. */
  requires: string[];
  /** Ids of the modules it sits in, outermost first. */
  ancestors: string[];
}

interface Frame {
  module: Module;
  pointer: string;
  requires: string[];
  ancestors: string[];
  /** True when the module itself or a module around it is listed by the track (or there is no track list). */
  listed: boolean;
  optional: boolean;
}

function hasListedDescendant(module: Module, listed: ReadonlySet<string>): boolean {
  const stack = [...(module.modules ?? [])];
  while (stack.length > 0) {
    const m = stack.pop()!;
    if (listed.has(m.id)) return true;
    stack.push(...(m.modules ?? []));
  }
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
  const diagnostics: Diagnostic[] = [];
  let listed: ReadonlySet<string> | undefined;
  if (selection.track !== undefined) {
    const tracks = program.tracks ?? [];
    const track = tracks.find((t) => t.id === selection.track);
    if (track === undefined) {
      const guess = didYouMean(selection.track, tracks.map((t) => t.id));
      diagnostics.push(
        planDiagnostic(
          'plan/invalid-constraint',
          'error',
          '/track',
          {
            en: `Program ${program.id} has no track ${JSON.stringify(selection.track)}`,
            de: `Programm ${program.id} hat keinen Zweig ${JSON.stringify(selection.track)}`,
          },
          locale,
          guess !== undefined
            ? { en: `Did you mean '${guess}'?`, de: `Meinten Sie „${guess}“?` }
            : {
                en: `Tracks: ${tracks.map((t) => t.id).join(', ') || 'none'}`,
                de: `Zweige: ${tracks.map((t) => t.id).join(', ') || 'keine'}`,
              },
        ),
      );
      return { modules: [], diagnostics };
    }
    if (track.modules !== undefined) listed = new Set(track.modules);
  }

  const out: PlannedModule[] = [];
  const unit = program.unit;
  // Iterative depth-first walk in document order (pushed in reverse).
  const stack: Frame[] = [];
  const pushChildren = (modules: readonly Module[] | undefined, base: string, parent: Frame | undefined): void => {
    const list = modules ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const module = list[i]!;
      stack.push({
        module,
        pointer: `${base}/${i}`,
        requires: [...(parent?.requires ?? []), ...(module.requires ?? [])],
        ancestors: parent === undefined ? [] : [...parent.ancestors, parent.module.id],
        listed: listed === undefined || parent?.listed === true || listed.has(module.id),
        optional: module.optional === true || parent?.optional === true,
      });
    }
  };
  pushChildren(program.modules, '/modules', undefined);
  let position = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { module } = frame;
    if (!frame.listed) {
      if (listed !== undefined && hasListedDescendant(module, listed)) {
        pushChildren(module.modules, `${frame.pointer}/modules`, frame);
      }
      continue;
    }
    const explicitlyListed = listed?.has(module.id) === true;
    if (frame.optional && selection.includeOptional !== true && !explicitlyListed) continue;
    const children = (module.modules ?? []).filter(
      (m) => selection.includeOptional === true || m.optional !== true || listed?.has(m.id) === true,
    );
    if (children.length > 0 && children.every((m) => effectiveMinutes(m, unit) !== undefined)) {
      pushChildren(module.modules, `${frame.pointer}/modules`, frame);
      continue;
    }
    const minutes = effectiveMinutes(module, unit);
    if (minutes === undefined) {
      diagnostics.push(
        planDiagnostic(
          'plan/module-skipped',
          'warning',
          frame.pointer,
          {
            en: `Module ${module.id} has no usable hours and is not planned`,
            de: `Modul ${module.id} hat keinen verwendbaren Stundenumfang und wird nicht geplant`,
          },
          locale,
          { en: 'Give it hours, e.g. hours: 8', de: 'Geben Sie einen Umfang an, z. B. hours: 8' },
        ),
      );
      continue;
    }
    if (minutes === 0) continue;
    let maxPerSession: number | undefined;
    if (module.maxPerSession !== undefined) {
      const parsed = parseDuration(module.maxPerSession, unit);
      if (parsed.ok && parsed.minutes > 0) maxPerSession = parsed.minutes;
    }
    const s = module.sessions;
    out.push({
      id: module.id,
      title: module.title,
      pointer: frame.pointer,
      position: position++,
      minutes,
      maxPerSession,
      sessions: s === undefined ? undefined : typeof s === 'number' ? { min: s, max: s } : { min: s.min, max: s.max },
      requires: frame.requires,
      ancestors: frame.ancestors,
    });
  }
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
  return plannedModules(program, selection).modules.map((m) => ({ id: m.id, title: m.title, minutes: m.minutes }));
}
