import { checkArguments } from '../core/arguments.js';
import type { Offering } from '../model/offering.js';
import type { Session } from '../model/session.js';
import { sessionIds } from '../model/session-id.js';
import { parseTimeWindow } from '../model/time-window.js';

/**
 * What happened to a session between two versions of an offering:
 * - `added`: only the later version has it;
 * - `removed`: only the earlier one has it (it is gone from the list);
 * - `cancelled`: it is now `status: cancelled`;
 * - `reinstated`: it was cancelled and takes place again;
 * - `moved`: its date or time changed (other fields may have too);
 * - `changed`: something else changed: location, facilitators, modules,
 *   title, breaks, format, agenda, note, or a date agreed for a session
 *   that was still to be agreed (`status`).
 *
 * @example
 * ```ts
 * import type { SessionChangeKind } from 'curricula';
 * const kind: SessionChangeKind = 'moved';
 * ```
 */
export type SessionChangeKind = 'added' | 'removed' | 'cancelled' | 'reinstated' | 'moved' | 'changed';

/**
 * A part of a session that can change. `location` and `facilitators` are
 * the ones that apply (the session's own, else the offering's), so a new
 * default location of the offering changes every session that has none.
 *
 * @example
 * ```ts
 * import type { SessionField } from 'curricula';
 * const field: SessionField = 'location';
 * ```
 */
export type SessionField = 'date' | 'time' | 'breaks' | 'status' | 'location' | 'facilitators' | 'modules' | 'title' | 'mode' | 'agenda' | 'note';

const FIELDS: readonly SessionField[] = ['date', 'time', 'breaks', 'status', 'location', 'facilitators', 'modules', 'title', 'mode', 'agenda', 'note'];

/**
 * One session in one version: its id (its own, or the one of its position
 * when it has none, as calendars know it), whether that id is its own, its
 * position and the session as written.
 *
 * @example
 * ```ts
 * import type { SessionVersion } from 'curricula';
 * const v: SessionVersion = { id: 's03', ownId: true, index: 2, session: { id: 's03', date: '2027-03-26', status: 'scheduled' } };
 * ```
 */
export interface SessionVersion {
  id: string;
  ownId: boolean;
  index: number;
  session: Session;
}

/**
 * A change of one session: its kind, the session before and after (one of
 * them is missing for `added` and `removed`), the fields that differ, and
 * for a cancelled or removed session the added session that covers the
 * same modules (`replacement`, Ersatztermin), which then names it in
 * `replaces`.
 *
 * @example
 * ```ts
 * import type { SessionChange } from 'curricula';
 * const c: SessionChange = { kind: 'cancelled', fields: ['status'], replacement: 's07' };
 * ```
 */
export interface SessionChange {
  kind: SessionChangeKind;
  before?: SessionVersion;
  after?: SessionVersion;
  fields: SessionField[];
  /** For `cancelled` and `removed`: the id of the added session that takes its place. */
  replacement?: string;
  /** For `added`: the id of the cancelled or removed session it replaces. */
  replaces?: string;
}

/**
 * The changes between two versions of an offering ({@link diff}).
 *
 * - `matchedBy`: `id` when every session has an id of its own in both
 *   versions and sessions were matched by them; `date-and-modules` when
 *   some have none and were matched by date and modules, so one of them
 *   that moved shows as removed and added (the count is `withoutIds`).
 * - `offeringChanged`: the offering ids differ, so every calendar event
 *   of the earlier version is another event than the later one's.
 *
 * @example
 * ```ts
 * import { diff } from 'curricula';
 * const d = diff(before, after);
 * d.changes.filter((c) => c.kind === 'cancelled').length;
 * ```
 */
export interface OfferingDiff {
  before: { id: string };
  after: { id: string };
  offeringChanged: boolean;
  matchedBy: 'id' | 'date-and-modules';
  /** Sessions (of both versions) without an id of their own. */
  withoutIds: number;
  changes: SessionChange[];
  /** Sessions found in both versions with nothing changed. */
  unchanged: number;
}

function versions(offering: Offering): SessionVersion[] {
  const ids = sessionIds(offering.sessions);
  return offering.sessions.map((session, index) => ({ id: ids[index]!, ownId: session.id !== undefined, index, session }));
}

function moduleKey(session: Session): string {
  return JSON.stringify((session.modules ?? []).map((m) => (typeof m === 'string' ? m : m.module)).sort());
}

/** A time window compared by its minutes, so `09:30-16:30` and `09:30 – 16:30` are the same. */
function windowKey(text: string | undefined): string {
  if (text === undefined) return '';
  const w = parseTimeWindow(text);
  return w === undefined ? text : `${w.start}-${w.end}`;
}

function valueOf(field: SessionField, session: Session, offering: Offering): string {
  switch (field) {
    case 'date':
      return session.date ?? '';
    case 'time':
      return windowKey(session.time);
    case 'breaks':
      return JSON.stringify((session.breaks ?? []).map(windowKey));
    case 'status':
      return session.status;
    case 'location':
      return session.location ?? offering.location ?? '';
    case 'facilitators':
      return JSON.stringify(session.facilitators ?? offering.facilitators ?? []);
    case 'modules':
      return JSON.stringify(session.modules ?? []);
    case 'title':
      return session.title ?? '';
    case 'mode':
      return session.mode ?? '';
    case 'agenda':
      return JSON.stringify(session.agenda ?? []);
    case 'note':
      return session.note ?? '';
  }
}

/** The date a change is ordered by: when it happens (after) or happened (before). */
function dateOfChange(c: SessionChange): string {
  const own = c.kind === 'removed' || c.kind === 'cancelled' ? (c.before ?? c.after) : (c.after ?? c.before);
  return own?.session.date ?? '\uffff';
}

function classify(before: SessionVersion, after: SessionVersion, b: Offering, a: Offering): SessionChange | undefined {
  const fields = FIELDS.filter((f) => valueOf(f, before.session, b) !== valueOf(f, after.session, a));
  if (fields.length === 0) return undefined;
  const was = before.session.status;
  const is = after.session.status;
  let kind: SessionChangeKind;
  if (is === 'cancelled' && was !== 'cancelled') kind = 'cancelled';
  else if (was === 'cancelled' && is !== 'cancelled') kind = 'reinstated';
  else if ((fields.includes('date') || fields.includes('time')) && was !== 'to-be-agreed') kind = 'moved';
  else kind = 'changed';
  return { kind, before, after, fields };
}

/**
 * What changed between two versions of an offering, session by session:
 * added, removed, cancelled, reinstated, moved (date or time) and changed
 * (location, facilitators, modules, …), in date order. Sessions are
 * matched by their ids; those without an id of their own (in either
 * version) are matched by date and modules instead, which `matchedBy`
 * says: such a session that moved cannot be told from one removed and
 * another added. A cancelled or removed session and an added one covering
 * the same modules are paired as the session and its replacement.
 *
 * The result is data; {@link diffToMarkdown} writes it as a notice for
 * participants and {@link icsUpdate} as the calendar update.
 *
 * @example
 * ```ts
 * import { diff } from 'curricula';
 * const d = diff(before, { ...before, sessions: before.sessions.map((s) => (s.id === 's03' ? { ...s, status: 'cancelled' as const } : s)) });
 * d.changes; // [{ kind: 'cancelled', before: { id: 's03', … }, after: { id: 's03', … }, fields: ['status'] }]
 * ```
 */
export function diff(before: Offering, after: Offering): OfferingDiff {
  checkArguments('diff', [['before', before, 'offering'], ['after', after, 'offering']]);
  const b = versions(before);
  const a = versions(after);
  const matched = new Map<SessionVersion, SessionVersion>();
  const taken = new Set<SessionVersion>();
  const byOwnId = new Map(a.filter((v) => v.ownId).map((v) => [v.id, v]));
  for (const v of b) {
    const w = v.ownId ? byOwnId.get(v.id) : undefined;
    if (w !== undefined) {
      matched.set(v, w);
      taken.add(w);
    }
  }
  // Sessions without an id of their own: by date and modules, in order.
  for (const v of b) {
    if (matched.has(v)) continue;
    const w = a.find((x) => !taken.has(x) && (!v.ownId || !x.ownId) && x.session.date === v.session.date && moduleKey(x.session) === moduleKey(v.session));
    if (w !== undefined) {
      matched.set(v, w);
      taken.add(w);
    }
  }
  const changes: SessionChange[] = [];
  let unchanged = 0;
  for (const v of b) {
    const w = matched.get(v);
    if (w === undefined) {
      changes.push({ kind: 'removed', before: v, fields: [] });
      continue;
    }
    const change = classify(v, w, before, after);
    if (change === undefined) unchanged++;
    else changes.push(change);
  }
  for (const w of a) if (!taken.has(w)) changes.push({ kind: 'added', after: w, fields: [] });

  // A cancelled or removed session and an added one with the same modules: the replacement (Ersatztermin).
  const added = changes.filter((c) => c.kind === 'added');
  for (const c of changes) {
    if (c.kind !== 'cancelled' && c.kind !== 'removed') continue;
    const gone = (c.before ?? c.after)!.session;
    if ((gone.modules ?? []).length === 0) continue;
    const by = added.find((x) => x.replaces === undefined && moduleKey(x.after!.session) === moduleKey(gone) && x.after!.session.status !== 'cancelled');
    if (by !== undefined) {
      c.replacement = by.after!.id;
      by.replaces = (c.before ?? c.after)!.id;
    }
  }
  changes.sort((x, y) => (dateOfChange(x) < dateOfChange(y) ? -1 : dateOfChange(x) > dateOfChange(y) ? 1 : 0));
  const withoutIds = b.filter((v) => !v.ownId).length + a.filter((v) => !v.ownId).length;
  return {
    before: { id: before.id },
    after: { id: after.id },
    offeringChanged: before.id !== after.id,
    matchedBy: withoutIds > 0 ? 'date-and-modules' : 'id',
    withoutIds,
    changes,
    unchanged,
  };
}
