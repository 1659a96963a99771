import { finding } from '../../messages/finding.js';
import type { Locale } from '../../core/locale.js';
import { passed, planDiagnostic, stopped, type PhaseResult } from '../phase.js';
import type { PlannedModule } from '../planned-modules.js';
import { orderIndices, requirementEdges } from '../topological-order.js';

/** Modules in teaching order with what each must wait for. */
export interface TeachingOrder {
  /** The planned modules, every module after those it requires, otherwise in document order. */
  modules: PlannedModule[];
  /** `before[i]`: indices (in teaching order, ascending) of the modules that must finish before module i starts. */
  before: number[][];
}

/**
 * Phase 3, order: puts the selected modules in teaching order (`requires`
 * first, otherwise stable by document position); fails with `plan/cycle`
 * when modules require each other in a circle.
 */
export function orderModules(modules: PlannedModule[], locale: Locale): PhaseResult<TeachingOrder> {
  const edges = requirementEdges(modules);
  // Without requirements there is no cycle and the teaching order is the document order.
  if (!edges.some((list) => list.length > 0)) return passed({ modules, before: edges });
  const { order, cyclic } = orderIndices(modules.length, edges);
  if (cyclic.length > 0) {
    const f = finding('plan/cycle', 'circle', { modules: cyclic.map((i) => modules[i]!.id) }, 'removeRequires');
    return stopped([planDiagnostic(f, modules[cyclic[0]!]!.pointer + '/requires', locale)]);
  }
  // In document order nothing needs renumbering.
  if (order.every((original, position) => original === position)) return passed({ modules, before: edges });
  const rank = new Array<number>(order.length);
  order.forEach((original, position) => {
    rank[original] = position;
  });
  return passed({
    modules: order.map((i) => modules[i]!),
    // Modules without requirements share their (empty) list; nothing changes it.
    before: order.map((original) => {
      const list = edges[original]!;
      return list.length === 0 ? list : list.map((j) => rank[j]!).sort((a, b) => a - b);
    }),
  });
}
