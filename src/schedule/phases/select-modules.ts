import { hasErrors } from '../../core/diagnostic.js';
import { finding } from '../../messages/finding.js';
import type { ModuleTree } from '../../model/module-tree.js';
import type { NormalizedConstraints } from '../constraints.js';
import { passed, planDiagnostic, stopped, type PhaseResult } from '../phase.js';
import { collectModules, type PlannedModule } from '../planned-modules.js';

/** What {@link selectModules} reads. */
export interface SelectModulesInput {
  /** The program's module tree (built once per program: exact minutes, pointers, caps, tracks). */
  tree: ModuleTree;
  constraints: NormalizedConstraints;
}

/**
 * Phase 2, select modules: the modules the plan schedules, read from the
 * program's module tree, in document order with their exact minutes, caps
 * and requirements: a track's modules
 * only (`track`), optional ones only when asked (`includeOptional`), a
 * module given in days only as that share of the plan's day. Warns about
 * modules without usable hours; fails on an unknown track, on a program
 * with tracks when no track is named (its modules together would be every
 * track's at once), or when nothing is left to plan.
 */
export function selectModules({ tree, constraints: c }: SelectModulesInput): PhaseResult<PlannedModule[]> {
  const program = tree.program;
  const tracks = program.tracks ?? [];
  if (c.track === undefined && tracks.length > 0) {
    const ids = tracks.map((t) => t.id);
    const f = finding('plan/invalid-constraint', 'trackNeeded', { program: program.id, tracks: ids, first: ids[0]! }, 'chooseTrack');
    return stopped([planDiagnostic(f, '/track', c.locale)]);
  }
  const selection = collectModules(
    tree,
    { track: c.track, includeOptional: c.includeOptional, minutesPerDay: c.dayCapacity, unitMinutes: c.unitMinutes },
    c.locale,
    true,
  );
  if (hasErrors(selection.diagnostics)) return stopped(selection.diagnostics);
  if (selection.modules.length > 0) return passed(selection.modules, selection.diagnostics);
  const f =
    program.moduleCount !== undefined
      ? finding('plan/no-modules', 'noneListed', { program: program.id, count: program.moduleCount }, 'listModules')
      : finding('plan/no-modules', 'none', { program: program.id }, 'listModules');
  return stopped([...selection.diagnostics, planDiagnostic(f, '/modules', c.locale)]);
}
