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
      const missing = sessions.map((s, i) => ({ s, i })).filter(({ s }) => s.id === undefined && s.date !== undefined && s.status !== 'to-be-agreed');
      if (missing.length === 0) continue;
      const where = { document: view.doc, path: '/sessions', part: 'key' as const };
      if (missing.length === 1) {
        const id = sessionIds(sessions)[missing[0]!.i]!;
        ctx.report({ ...where, messageId: 'missingOne', hintId: 'addIds', data: { total: sessions.length, id } });
      } else {
        ctx.report({ ...where, messageId: 'missing', hintId: 'addIds', data: { count: missing.length, total: sessions.length } });
      }
    }
  },
});
