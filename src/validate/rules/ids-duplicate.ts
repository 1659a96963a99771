import type { Phrase } from '../../core/diagnostic.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import type { RuleContext, RuleDocument } from '../types.js';

interface Place {
  document: RuleDocument;
  path: string;
}

/**
 * Ids must be unique where they are looked up: module ids (at every depth)
 * within a program, target groups, tracks, activities, session ids within
 * an offering; program ids and offering ids across the document set.
 */
export const idsDuplicate = defineRule({
  meta: builtinMeta('ids/duplicate'),
  check(ctx) {
    const programIds = new Map<string, Place>();
    const offeringIds = new Map<string, Place>();
    for (const doc of ctx.documents) {
      const value = doc.value;
      const seen = value.kind === 'program' ? programIds : offeringIds;
      const first = seen.get(value.id);
      const what = value.kind === 'program' ? PROGRAM : OFFERING;
      if (first) report(ctx, { document: doc, path: '/id' }, first, value.id, what);
      else seen.set(value.id, { document: doc, path: '/id' });

      if (value.kind === 'program') {
        // The tree keeps the first module of each id: any other module is a duplicate of it.
        const index = ctx.tree(value);
        for (const entry of index.modules) {
          const first = index.byId.get(entry.module.id);
          if (first === undefined || first === entry) continue;
          report(ctx, { document: doc, path: `${entry.pointer}/id` }, { document: doc, path: `${first.pointer}/id` }, entry.module.id, MODULE);
        }
        checkList(ctx, doc, 'targetGroups', value.targetGroups, TARGET_GROUP);
        checkList(ctx, doc, 'tracks', value.tracks, TRACK);
        checkList(ctx, doc, 'activities', value.activities, ACTIVITY);
      } else {
        const sessions = value.sessions;
        if (!mayRepeat(sessions)) continue;
        // By index, the place spelt out only for a duplicate: 100,000 sessions made 100,000 places no one read.
        const ids = new Map<string, number>();
        const place = (i: number): Place => ({ document: doc, path: `/sessions/${i}/id` });
        for (let i = 0; i < sessions.length; i++) {
          const id = sessions[i]!.id;
          if (typeof id !== 'string') continue;
          const first = ids.get(id);
          if (first !== undefined) report(ctx, place(i), place(first), id, SESSION);
          else ids.set(id, i);
        }
      }
    }
  },
});

/**
 * Whether some session id occurs twice: sorted, equal ids lie side by
 * side. A sort of the ids is about three times faster than a map of
 * 100,000 of them, and the usual answer is no; when it is yes, the map
 * finds each duplicate and its first occurrence in document order.
 */
function mayRepeat(sessions: readonly { id?: string | undefined }[]): boolean {
  const ids: string[] = [];
  for (let i = 0; i < sessions.length; i++) {
    const id = sessions[i]!.id;
    if (typeof id === 'string') ids.push(id);
  }
  if (ids.length < 2) return false;
  ids.sort();
  for (let i = 1; i < ids.length; i++) if (ids[i] === ids[i - 1]) return true;
  return false;
}

const entity = (id: string): Phrase => ({ ns: 'validate.entity', id });
const PROGRAM = entity('program');
const OFFERING = entity('offering');
const MODULE = entity('module');
const TARGET_GROUP = entity('targetGroup');
const TRACK = entity('track');
const ACTIVITY = entity('activity');
const SESSION = entity('session');

function checkList(
  ctx: RuleContext<'ids/duplicate'>,
  doc: RuleDocument,
  key: string,
  list: readonly { id: string }[] | undefined,
  what: Phrase,
): void {
  if (list === undefined || list.length < 2) return;
  // By index, as for sessions: the place is spelt out only for a duplicate, not for every item of every program.
  const ids = new Map<string, number>();
  const place = (i: number): Place => ({ document: doc, path: `/${key}/${i}/id` });
  for (let i = 0; i < list.length; i++) {
    const id = list[i]!.id;
    const first = ids.get(id);
    if (first !== undefined) report(ctx, place(i), place(first), id, what);
    else ids.set(id, i);
  }
}

function report(ctx: RuleContext<'ids/duplicate'>, place: Place, first: Place, id: string, what: Phrase): void {
  const at = first.document.sourceMap.locate(first.path);
  if (first.document === place.document) {
    ctx.report({ document: place.document, path: place.path, messageId: 'duplicate', hintId: 'ownId', data: { what, id, line: at.line } });
  } else {
    ctx.report({
      document: place.document,
      path: place.path,
      messageId: 'duplicateElsewhere',
      hintId: 'ownId',
      data: { what, id, file: first.document.file, line: at.line, column: at.column },
    });
  }
}
