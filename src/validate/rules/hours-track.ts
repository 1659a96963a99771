import { defineRule } from '../define-rule.js';
import { difference, figures } from '../hours-text.js';
import { indexProgram, minutesOrUndefined, type IndexedModule, type ProgramIndex } from '../program-index.js';

/** A track's declared `hours` equal the exact sum of the required modules it includes. */
export const hoursTrack = defineRule({
  meta: {
    id: 'hours/track',
    severity: 'error',
    description: 'A track\'s declared `hours` equal the exact sum of the required modules it includes.',
  },
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      const program = doc.value;
      const index = indexProgram(program);
      program.tracks?.forEach((track, t) => {
        const declared = minutesOrUndefined(track.hours, program.unit);
        if (declared === undefined) return;
        // Only the outermost modules of the track count; nested ones are inside their parent's hours.
        const roots = trackRoots(index, track.id);
        if (!roots || roots.length === 0) return;
        if (track.modules?.some((id) => !index.byId.has(id))) return;
        const sum = index.sumRequiredMinutes(roots);
        if (sum === undefined || sum === declared) return;
        const [d, s] = figures(ctx, declared, sum, program.unit);
        ctx.report({
          document: doc,
          path: `/tracks/${t}/hours`,
          message: {
            en: `Track "${track.id}" declares ${d}, but its required modules add up to ${s}`,
            de: `Zweig „${track.id}“ gibt ${d} an, seine Pflichtmodule ergeben zusammen ${s}`,
          },
          hint: difference(ctx, declared, sum, program.unit),
        });
      });
    }
  },
});

/**
 * The outermost required modules of a track (undefined for an unknown
 * track): what `trackScope` holds whose parent it does not hold,
 * found without building the scope, which for a large program is a set of
 * thousands of entries. A track that lists no modules takes the program's
 * top-level required modules. Otherwise a root is a listed module, kept
 * (not optional), whose parent is not in the scope; a module is in the
 * scope when it is kept and listed, or kept with its parent in the scope.
 */
function trackRoots(index: ProgramIndex, trackId: string): IndexedModule[] | undefined {
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
