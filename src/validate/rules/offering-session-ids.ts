import { sessionIds } from '../../model/session-id.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import { offeringViews } from '../offering-context.js';

/**
 * Dated sessions without an id (Termine ohne Kennung): their calendar
 * events are known by their position, so an inserted session takes over
 * the event of the one after it. Information, not a problem: the calendar
 * is right until the order changes.
 */
export const offeringSessionIds = defineRule({
  meta: builtinMeta('offering/session-ids'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const sessions = view.offering.sessions;
      // Sessions that are (or were) calendar events: those with a date that are not still to be agreed.
      // Counted, not collected: a pair per session of 100,000 for a list that is usually empty.
      let missing = 0;
      let first = -1;
      for (let i = 0; i < sessions.length; i++) {
        const s = sessions[i]!;
        if (s.id !== undefined || s.date === undefined || s.status === 'to-be-agreed') continue;
        if (missing++ === 0) first = i;
      }
      if (missing === 0) continue;
      const where = { document: view.doc, path: '/sessions', part: 'key' as const };
      if (missing === 1) {
        const id = sessionIds(sessions)[first]!;
        ctx.report({ ...where, messageId: 'missingOne', hintId: 'addIds', data: { total: sessions.length, id } });
      } else {
        ctx.report({ ...where, messageId: 'missing', hintId: 'addIds', data: { count: missing, total: sessions.length } });
      }
    }
  },
});
