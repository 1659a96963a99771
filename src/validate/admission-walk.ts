import type { Admission } from '../model/admission.js';
import type { Program } from '../model/program.js';
import type { RuleScope } from './types.js';

/** Visits every node of an admission expression with its JSON pointer. */
export function walkAdmission(
  admission: Admission | undefined,
  pointer: string,
  visit: (node: Admission, pointer: string) => void,
): void {
  if (admission === undefined || admission === null) return;
  visit(admission, pointer);
  if (typeof admission !== 'object') return;
  // Written out rather than as a list of [key, list] pairs: three rules walk every program's admission.
  if ('team' in admission) walkList(admission.team, `${pointer}/team`, visit);
  if ('allOf' in admission) walkList(admission.allOf, `${pointer}/allOf`, visit);
  if ('anyOf' in admission) walkList(admission.anyOf, `${pointer}/anyOf`, visit);
}

function walkList(list: unknown, base: string, visit: (node: Admission, pointer: string) => void): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) walkAdmission(list[i] as Admission, `${base}/${i}`, visit);
}

/** What `completed: id` in `program` names. */
export type CompletedTarget =
  | { kind: 'program' }
  | { kind: 'self' }
  | { kind: 'part'; what: 'module' | 'track' | 'target group' | 'activity' }
  | { kind: 'offering'; program: string }
  | { kind: 'unknown' };

/** Classifies a `completed` reference, so refs/unresolved and admission/completed never both report one mistake. */
export function completedTarget(ctx: RuleScope, program: Program, id: string): CompletedTarget {
  if (id === program.id) return { kind: 'self' };
  if (ctx.programs.has(id)) return { kind: 'program' };
  if (ctx.tree(program).byId.has(id)) return { kind: 'part', what: 'module' };
  if (program.tracks?.some((t) => t.id === id)) return { kind: 'part', what: 'track' };
  if (program.targetGroups?.some((t) => t.id === id)) return { kind: 'part', what: 'target group' };
  if (program.activities?.some((t) => t.id === id)) return { kind: 'part', what: 'activity' };
  const offering = ctx.offerings.find((o) => o.value.id === id);
  if (offering) return { kind: 'offering', program: offering.value.program };
  return { kind: 'unknown' };
}
