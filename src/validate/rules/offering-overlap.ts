import { defineRule } from '../define-rule.js';
import { sessionLabel } from '../labels.js';
import type { SessionInfo } from '../offering-analysis.js';
import { offeringViews } from '../offering-context.js';

/** Two sessions of one offering (not cancelled) do not overlap in time. */
export const offeringOverlap = defineRule({
  meta: {
    id: 'offering/overlap',
    severity: 'error',
    description: 'Sessions of one offering that are not cancelled do not overlap in time.',
    docs: {
      why: 'Participants cannot be in two sessions at once; an overlap is nearly always a copied session whose date or time was not changed.',
      invalid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - { date: 2027-01-29, time: "09:30-12:30", modules: [einstieg] }
  - { date: 2027-01-29, time: "12:00-16:30", modules: [planung] }
`,
      valid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - { date: 2027-01-29, time: "09:30-12:30", modules: [einstieg] }
  - { date: 2027-01-29, time: "13:30-16:30", modules: [planung] }
`,
    },
  },
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const timed = view.active
        .filter((s) => s.day !== undefined && s.window !== undefined && s.window.end > s.window.start)
        .sort((a, b) => a.day! - b.day! || a.window!.start - b.window!.start || a.index - b.index);
      let reach: SessionInfo | undefined;
      for (const info of timed) {
        if (reach && reach.day === info.day && info.window!.start < reach.window!.end) {
          const other = sessionLabel(reach);
          ctx.report({
            document: view.doc,
            path: `${info.pointer}/time`,
            message: {
              en: `This session overlaps ${other.en} (${reach.session.time})`,
              de: `Dieser Termin überschneidet sich mit ${other.de} (${reach.session.time})`,
            },
          });
        }
        if (!reach || reach.day !== info.day || info.window!.end > reach.window!.end) reach = info;
      }
    }
  },
});
