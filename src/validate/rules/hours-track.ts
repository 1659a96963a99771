import { builtinMeta, defineRule } from '../define-rule.js';
import { sumFigures } from '../hours-text.js';

/** A track's declared `hours` equal the exact sum of the required modules it includes. */
export const hoursTrack = defineRule({
  meta: builtinMeta('hours/track'),
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      const program = doc.value;
      const index = ctx.tree(program);
      program.tracks?.forEach((track, t) => {
        const declared = index.tracks[t]!.declaredMinutes;
        if (declared === undefined) return;
        // Only the outermost modules of the track count; nested ones are inside their parent's hours.
        const roots = index.track(track.id)?.roots;
        if (!roots || roots.length === 0) return;
        if (track.modules?.some((id) => !index.byId.has(id))) return;
        const sum = index.sumMinutes(roots);
        if (sum === undefined || sum === declared) return;
        const figures = sumFigures(ctx, declared, sum, program.unit, track.hours);
        ctx.report({
          document: doc,
          path: `/tracks/${t}/hours`,
          messageId: figures.minutes ? 'mismatchMinutes' : 'mismatch',
          hintId: figures.hintId,
          data: { ...figures.data, track: track.id },
        });
      });
    }
  },
});
