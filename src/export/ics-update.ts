import { checkArguments } from '../core/arguments.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import type { Session } from '../model/session.js';
import { sessionIds } from '../model/session-id.js';
import {
  calendarHead,
  checkZone,
  eventLines,
  FIXED_STAMP,
  organizer,
  uidDomain,
  uidOf,
  utcStamp,
  zoneOf,
  zoneYears,
  type IcsOptions,
} from './ics.js';
import { vtimezoneForYears } from './vtimezone.js';
import { defaultLocale, isDated, modulesById } from './session-facts.js';

/**
 * Options of {@link icsUpdate}.
 *
 * @example
 * ```ts
 * import type { IcsUpdateOptions } from 'curricula';
 * const options: IcsUpdateOptions = { now: new Date(), published: { 'kurs-2027/s03@curricula': 2 } };
 * ```
 */
export interface IcsUpdateOptions extends Pick<IcsOptions, 'organizer' | 'locale' | 'uidDomain'> {
  /** The DTSTAMP of every event (default: now): an update must look newer than what it updates. */
  now?: Date;
  /**
   * The SEQUENCE each event was last published with, by UID (read from the
   * calendar files sent out so far, e.g. with `curricula diff --published`).
   * Without it, the `sequence` of the earlier version's sessions (0 when
   * absent) is taken as what calendars hold.
   */
  published?: Readonly<Record<string, number>>;
}

/**
 * One iTIP cancellation: a `METHOD:CANCEL` calendar with the one event of
 * one UID (RFC 5546 allows one UID per message).
 *
 * @example
 * ```ts
 * import type { IcsCancellation } from 'curricula';
 * const c: IcsCancellation = { uid: 'kurs-2027/s03@curricula', sessionId: 's03', text: 'BEGIN:VCALENDAR…' };
 * ```
 */
export interface IcsCancellation {
  uid: string;
  sessionId: string;
  text: string;
}

/**
 * What a calendar needs to go from one version of an offering to the next
 * ({@link icsUpdate}).
 *
 * @example
 * ```ts
 * import type { IcsUpdate } from 'curricula';
 * const nothing: IcsUpdate = { publish: undefined, cancels: [], sequences: {}, needsOrganizer: false };
 * ```
 */
export interface IcsUpdate {
  /**
   * A `METHOD:PUBLISH` calendar with every event that is new or changed,
   * and every one that is cancelled or gone as `STATUS:CANCELLED` (for
   * clients that import a calendar rather than process iTIP messages);
   * undefined when no event changed.
   */
  publish: string | undefined;
  /** One `METHOD:CANCEL` message per event that is cancelled or gone. */
  cancels: IcsCancellation[];
  /** The highest SEQUENCE written for each event in the update, by UID: what to pass as `published` next time. */
  sequences: Record<string, number>;
  /**
   * True when events are cancelled but no ORGANIZER e-mail is known (the
   * `organizer` option, or a contact e-mail of the offering or its
   * provider): RFC 5546 has no CANCEL without one, so `cancels` is empty
   * and the cancellations are only in `publish`.
   */
  needsOrganizer: boolean;
}

/** A dated session as its calendar event: UID, session id and what it carries. */
interface EventOf {
  uid: string;
  sessionId: string;
  session: Session & { date: string };
}

function events(offering: Offering, domain: string): Map<string, EventOf> {
  const ids = sessionIds(offering.sessions);
  const out = new Map<string, EventOf>();
  offering.sessions.forEach((session, index) => {
    if (!isDated(session)) return;
    const uid = uidOf(offering, ids[index]!, domain);
    out.set(uid, { uid, sessionId: ids[index]!, session });
  });
  return out;
}

/**
 * The calendar update between two versions of an offering, event by event
 * as calendars keep them: by UID (`<offering>/<session id>@<domain>`, see
 * {@link sessionUid}). An event whose content changed (date, time,
 * location, summary, description, status) is written again with its
 * SEQUENCE raised above what calendars hold (the `published` sequences,
 * else the earlier version's `sequence`), so clients replace it rather
 * than add a second one; a new event is added; an event that is cancelled
 * or gone gets a `METHOD:CANCEL` message of its own (one UID per iTIP
 * message, RFC 5546), with an ORGANIZER, and is in the `publish` calendar
 * as `STATUS:CANCELLED` too; the CANCEL's SEQUENCE is one above that
 * copy's, so a client that gets both ends with the cancellation whichever
 * comes first. Unchanged events are left out. DTSTAMP is
 * `now` (default: the current time). Applying `publish` and then each of
 * `cancels` to a calendar that holds the earlier version leaves exactly
 * what {@link toIcs} writes for the later one (cancelled events removed
 * or marked cancelled); tests/export/ics-update.test.ts applies them to a
 * calendar store as clients do.
 *
 * A session of the later version that gets the UID of another (an id-less
 * session whose position changed, see `offering/session-ids`) is simply
 * that UID's new content: the calendar ends right, the notice of
 * {@link diff} says what happened to whom.
 *
 * @example
 * ```ts
 * import { icsUpdate } from 'curricula';
 * const { publish, cancels } = icsUpdate(before, after, program, { now: new Date() });
 * // publish: 'BEGIN:VCALENDAR … METHOD:PUBLISH … SEQUENCE:1 …'; cancels[0].text: '… METHOD:CANCEL …'
 * ```
 */
export function icsUpdate(before: Offering, after: Offering, program?: Program, options: IcsUpdateOptions = {}): IcsUpdate {
  checkArguments('icsUpdate', [['before', before, 'offering'], ['after', after, 'offering'], ['program', program, 'program?'], ['options', options, 'options']]);
  checkZone(before, 'icsUpdate');
  checkZone(after, 'icsUpdate');
  const locale = options.locale ?? defaultLocale(after, program);
  const stamp = utcStamp(options.now ?? new Date());
  const org = organizer(after, options.organizer) ?? organizer(before, options.organizer);
  const modules = modulesById(program);
  const was = events(before, uidDomain(before, options.uidDomain));
  const is = events(after, uidDomain(after, options.uidDomain));
  const published = options.published ?? {};
  const held = (uid: string): number | undefined => {
    const own = was.get(uid)?.session.sequence ?? (was.has(uid) ? 0 : undefined);
    const sent = Object.prototype.hasOwnProperty.call(published, uid) ? published[uid] : undefined;
    return own === undefined ? sent : sent === undefined ? own : Math.max(own, sent);
  };
  // Content compared as written, without what an update changes anyway.
  const content = (offering: Offering, e: EventOf, cancelled: boolean): string =>
    eventLines(e.session, offering, program, modules, locale, org, { uid: e.uid, stamp: FIXED_STAMP, sequence: 0, cancelled }).join('\n');

  const out: { offering: Offering; event: EventOf; sequence: number; cancelled: boolean }[] = [];
  const gone: { offering: Offering; event: EventOf; sequence: number }[] = [];
  for (const e of is.values()) {
    const cancelled = e.session.status === 'cancelled';
    const old = was.get(e.uid);
    const previous = held(e.uid);
    if (old !== undefined && content(before, old, old.session.status === 'cancelled') === content(after, e, cancelled)) continue;
    const sequence = Math.max(previous === undefined ? 0 : previous + 1, e.session.sequence ?? 0);
    out.push({ offering: after, event: e, sequence, cancelled });
    // A cancellation message for an event calendars hold as taking place.
    if (cancelled && previous !== undefined && old?.session.status !== 'cancelled') gone.push({ offering: after, event: e, sequence });
  }
  for (const e of was.values()) {
    if (is.has(e.uid)) continue;
    const sequence = (held(e.uid) ?? 0) + 1;
    out.push({ offering: before, event: e, sequence, cancelled: true });
    gone.push({ offering: before, event: e, sequence });
  }

  const sequences: Record<string, number> = {};
  for (const { event, sequence } of out) sequences[event.uid] = sequence;
  const calendar = (method: 'PUBLISH' | 'CANCEL', items: readonly { offering: Offering; event: EventOf; sequence: number }[]): string => {
    const years = zoneYears(after, items.map((i) => ({ session: i.event.session })), stamp);
    const lines = calendarHead(after, program, method, '', years);
    // An event of the earlier version in another zone (the offering moved zones) needs that zone described too.
    if (items.some((i) => zoneOf(i.offering) !== zoneOf(after))) lines.push(...vtimezoneForYears(zoneOf(before), years));
    for (const { offering, event, sequence } of items) {
      const cancelled = method === 'CANCEL' || out.find((o) => o.event === event)!.cancelled;
      lines.push(...eventLines(event.session, offering, program, modules, locale, org, { uid: event.uid, stamp, sequence, cancelled }));
    }
    lines.push('END:VCALENDAR');
    return lines.join('\r\n') + '\r\n';
  };
  const publish = out.length === 0 ? undefined : calendar('PUBLISH', out);
  // One above the PUBLISH copy of the same change: a client that gets both applies the cancellation, in either order.
  const cancels = org === undefined ? [] : gone.map((g) => {
    sequences[g.event.uid] = g.sequence + 1;
    return { uid: g.event.uid, sessionId: g.event.sessionId, text: calendar('CANCEL', [{ ...g, sequence: g.sequence + 1 }]) };
  });
  return { publish, cancels, sequences, needsOrganizer: gone.length > 0 && org === undefined };
}
