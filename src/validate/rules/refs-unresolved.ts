import { didYouMean } from '../../core/did-you-mean.js';
import type { Phrase } from '../../core/diagnostic.js';
import type { Offering } from '../../model/offering.js';
import type { Program } from '../../model/program.js';
import { completedTarget, walkAdmission } from '../admission-walk.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import type { RuleContext, RuleDocument } from '../types.js';

/**
 * References resolve: `requires`, target groups of modules and tracks,
 * track modules, a module's `program`, admission `completed`, an offering's
 * `program` and `track`, and the modules its sessions name. A reference to
 * a program that is not in the document set is only `info` when the set
 * holds no other program to choose from (a single file validated alone).
 */
export const refsUnresolved = defineRule({
  meta: builtinMeta('refs/unresolved'),
  check(ctx) {
    for (const doc of ctx.documents) {
      if (doc.value.kind === 'program') checkProgram(ctx, doc as RuleDocument<Program>);
      else checkOffering(ctx, doc as RuleDocument<Offering>);
    }
  },
});

const MODULE: Phrase = { ns: 'validate.entity', id: 'module' };
const TARGET_GROUP: Phrase = { ns: 'validate.entity', id: 'targetGroup' };
const TRACK: Phrase = { ns: 'validate.entity', id: 'track' };
const PROGRAM: Phrase = { ns: 'validate.entity', id: 'program' };

function checkProgram(ctx: RuleContext<'refs/unresolved'>, doc: RuleDocument<Program>): void {
  const program = doc.value;
  const index = ctx.tree(program);
  // Candidate lists only matter for a did-you-mean, so they are built when a reference fails:
  // listing every other program for each of 1,000 programs made the check quadratic.
  const moduleIds = once(() => [...index.byId.keys()]);
  const groupIds = once(() => (program.targetGroups ?? []).map((g) => g.id));
  const groups = new Set<string>();
  for (const group of program.targetGroups ?? []) groups.add(group.id);
  const otherPrograms = once(() => [...ctx.programs.keys()].filter((id) => id !== program.id));

  for (const entry of index.modules) {
    const m = entry.module;
    const requires = m.requires;
    if (requires !== undefined) {
      for (let i = 0; i < requires.length; i++) {
        const id = requires[i]!;
        if (!index.byId.has(id)) unresolved(ctx, doc, `${entry.pointer}/requires/${i}`, id, MODULE, moduleIds);
      }
    }
    const targetGroups = m.targetGroups;
    if (targetGroups !== undefined) {
      for (let i = 0; i < targetGroups.length; i++) {
        const id = targetGroups[i]!;
        if (!groups.has(id)) unresolved(ctx, doc, `${entry.pointer}/targetGroups/${i}`, id, TARGET_GROUP, groupIds);
      }
    }
    if (typeof m.program === 'string' && !ctx.programs.has(m.program)) {
      unresolvedProgram(ctx, doc, `${entry.pointer}/program`, m.program, otherPrograms);
    }
  }
  program.tracks?.forEach((track, t) => {
    track.modules?.forEach((id, i) => {
      if (!index.byId.has(id)) unresolved(ctx, doc, `/tracks/${t}/modules/${i}`, id, MODULE, moduleIds);
    });
    track.targetGroups?.forEach((id, i) => {
      if (!groups.has(id)) unresolved(ctx, doc, `/tracks/${t}/targetGroups/${i}`, id, TARGET_GROUP, groupIds);
    });
  });
  walkAdmission(program.admission, '/admission', (node, pointer) => {
    if (typeof node === 'object' && 'completed' in node && typeof node.completed === 'string') {
      // Ids of the program's own parts and of offerings are admission/completed's to report.
      if (completedTarget(ctx, program, node.completed).kind === 'unknown') {
        unresolvedProgram(ctx, doc, `${pointer}/completed`, node.completed, otherPrograms);
      }
    }
  });
}

function checkOffering(ctx: RuleContext<'refs/unresolved'>, doc: RuleDocument<Offering>): void {
  const offering = doc.value;
  const programDoc = ctx.programs.get(offering.program);
  if (!programDoc) {
    unresolvedProgram(ctx, doc, '/program', offering.program, () => [...ctx.programs.keys()]);
    return;
  }
  const program = programDoc.value;
  const index = ctx.tree(program);
  if (typeof offering.track === 'string' && !program.tracks?.some((t) => t.id === offering.track)) {
    unresolved(ctx, doc, '/track', offering.track, TRACK, () => (program.tracks ?? []).map((t) => t.id), program.id);
  }
  // A program that only says "in 11 modules" cannot tell which module ids exist.
  if (index.modules.length === 0) return;
  const moduleIds = once(() => [...index.byId.keys()]);
  // Loops, not forEach: a closure per session of 100,000.
  const sessions = offering.sessions;
  for (let s = 0; s < sessions.length; s++) {
    const modules = sessions[s]!.modules;
    if (modules === undefined) continue;
    for (let i = 0; i < modules.length; i++) {
      const entry = modules[i]!;
      const id = typeof entry === 'string' ? entry : entry.module;
      if (index.byId.has(id)) continue;
      const path = typeof entry === 'string' ? `/sessions/${s}/modules/${i}` : `/sessions/${s}/modules/${i}/module`;
      unresolved(ctx, doc, path, id, MODULE, moduleIds, program.id);
    }
  }
}

/** A list computed on first use, then kept (a document with many bad references builds it once). */
function once(build: () => readonly string[]): () => readonly string[] {
  let list: readonly string[] | undefined;
  return () => (list ??= build());
}

function unresolved(
  ctx: RuleContext<'refs/unresolved'>,
  doc: RuleDocument,
  path: string,
  id: string,
  what: Phrase,
  candidateList: () => readonly string[],
  programId?: string,
): void {
  const candidates = candidateList();
  const guess = didYouMean(id, candidates);
  const where = { document: doc, path };
  const hint =
    guess !== undefined
      ? ({ hintId: 'didYouMean', data: { suggestion: guess } } as const)
      : candidates.length > 0 && candidates.length <= 8
        ? ({ hintId: 'known', data: { ids: candidates } } as const)
        : undefined;
  if (programId !== undefined) {
    const data = { what, id, program: programId };
    if (hint === undefined) ctx.report({ ...where, messageId: 'unknownInProgram', data });
    else if (hint.hintId === 'didYouMean') ctx.report({ ...where, messageId: 'unknownInProgram', hintId: hint.hintId, data: { ...data, ...hint.data } });
    else ctx.report({ ...where, messageId: 'unknownInProgram', hintId: hint.hintId, data: { ...data, ...hint.data } });
    return;
  }
  if (hint === undefined) ctx.report({ ...where, messageId: 'unknown', data: { what, id } });
  else if (hint.hintId === 'didYouMean') ctx.report({ ...where, messageId: 'unknown', hintId: hint.hintId, data: { what, id, ...hint.data } });
  else ctx.report({ ...where, messageId: 'unknown', hintId: hint.hintId, data: { what, id, ...hint.data } });
}

function unresolvedProgram(
  ctx: RuleContext<'refs/unresolved'>,
  doc: RuleDocument,
  path: string,
  id: string,
  candidateList: () => readonly string[],
): void {
  const candidates = candidateList();
  if (candidates.length > 0) {
    unresolved(ctx, doc, path, id, PROGRAM, () => candidates);
    return;
  }
  // Validated alone, the program may well live in a file that is not part of this run.
  ctx.report({ document: doc, path, severity: 'info', messageId: 'programNotValidated', hintId: 'validateTogether', data: { id } });
}
