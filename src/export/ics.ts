import { checkArguments, describeValue } from '../core/arguments.js';
import { CurriculaUsageError } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import { formatDuration } from '../duration/index.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import type { Session } from '../model/session.js';
import { canonicalTimeZone, isTimeZone } from '../model/time-zone.js';
import { positionalSessionId, sessionIds } from '../model/session-id.js';
import { topicTitle } from '../model/topic.js';
import { cleanIcsText, escapeIcsText, icsLine } from './ics-text.js';
import {
  dateOf,
  defaultLocale,
  displayUnit,
  isDated,
  moduleShares,
  modulesById,
  type ModulesById,
  moduleTitle,
  programTitle,
  readableDate,
  sessionModuleId,
  sessionWindow,
} from './session-facts.js';
import { vtimezoneForYears } from './vtimezone.js';
import { requireProgram } from './require-program.js';
import { labels } from './labels.js';

/**
 * Options of {@link toIcs}.
 *
 * @example
 * ```ts
 * import type { IcsOptions } from 'curricula';
 * const options: IcsOptions = { method: 'CANCEL', organizer: { email: 'kurse@example.org', name: 'Kursbüro' }, now: new Date('2027-01-10T08:00:00Z') };
 * ```
 */
export interface IcsOptions {
  /**
   * `PUBLISH` (default): every dated session, cancelled ones with
   * `STATUS:CANCELLED`. `CANCEL`: only the cancelled sessions, for clients
   * that remove events only on an iTIP cancellation (RFC 5546).
   *
   * RFC 5546 allows `METHOD:CANCEL` only with at least one event and an
   * ORGANIZER. When the offering has no cancelled dated session, or no
   * organizer e-mail is known (see {@link IcsOptions.organizer}), the same
   * cancelled sessions are written under `METHOD:PUBLISH` instead: still a
   * valid calendar whose events carry `STATUS:CANCELLED`, which clients that
   * import or subscribe apply by UID. Check for `METHOD:CANCEL` in the
   * result before sending it as an iTIP message.
   */
  method?: 'PUBLISH' | 'CANCEL';
  /**
   * The ORGANIZER of every event. Without it the offering's contact is used,
   * else its provider's contact; with none of them having an e-mail, events
   * have no ORGANIZER (fine for `PUBLISH`, see {@link IcsOptions.method} for
   * `CANCEL`).
   */
  organizer?: { email: string; name?: string };
  /**
   * The DTSTAMP of every event. Without it, a `PUBLISH` calendar has the
   * fixed DTSTAMP `19700101T000000Z`, so the same input always gives the
   * same bytes (pass the current time when publishing); a `CANCEL` has the
   * current time, since a cancellation must look newer than what it
   * cancels.
   */
  now?: Date;
  /** Language of the descriptions; defaults to the offering's (or program's) language, German otherwise. */
  locale?: Locale;
  /**
   * The right-hand side of every UID. Without it, the host of the
   * provider's `url` (`https://www.vhs-stuttgart.de/kurse` gives
   * `www.vhs-stuttgart.de`), else `curricula`. Set it once and keep it:
   * events with another domain are other events to a calendar.
   */
  uidDomain?: string;
}

export const FIXED_STAMP = '19700101T000000Z';

/** The offering's zone as the IANA database writes it (`europe/berlin` is `Europe/Berlin`): clients match a TZID as written. */
export function zoneOf(offering: Offering): string {
  return canonicalTimeZone(offering.timeZone) ?? offering.timeZone;
}


function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function utcStamp(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new CurriculaUsageError('toIcs: options.now is an invalid Date');
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** `YYYYMMDD` of a date `days` after `date`. */
function icsDate(date: string, days = 0): string {
  const d = dateOf(date);
  d.setUTCDate(d.getUTCDate() + days);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/** Local DATE-TIME for minutes since midnight on `date`; 24:00 is the next day's 00:00. */
function icsLocal(date: string, minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  return `${icsDate(date, days)}T${pad(Math.floor(rest / 60))}${pad(rest % 60)}00`;
}

/** The UID domain when nothing names one. */
const DEFAULT_UID_DOMAIN = 'curricula';

/**
 * The right-hand side of an offering's UIDs: the one given, else the host
 * of its provider's `url`, else `curricula`.
 *
 * @example
 * ```ts
 * import { uidDomain } from 'curricula';
 * uidDomain({ ...offering, provider: { name: 'VHS', url: 'https://www.vhs-stuttgart.de/kurse' } }); // 'www.vhs-stuttgart.de'
 * uidDomain(offering, 'kurse.example.org');                                                      // 'kurse.example.org'
 * ```
 */
export function uidDomain(offering: Offering, given?: string): string {
  checkArguments('uidDomain', [['offering', offering, 'record'], ['given', given, 'text?']]);
  const own = given?.trim();
  if (own) return own;
  const url = offering.provider?.url?.trim();
  if (url) {
    try {
      const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`).hostname.toLowerCase();
      if (/^[a-z0-9.-]+$/.test(host) && host.includes('.')) return host;
    } catch {
      // Not a URL: the default domain.
    }
  }
  return DEFAULT_UID_DOMAIN;
}

/**
 * The UID of a session's event: `<offering id>/<session id>@<domain>`,
 * never the date, so moving a session updates the same event. A session
 * without an id has the id of its position (`s01`, `s02`, …; see
 * {@link sessionIds}), which moves when a session is inserted before it:
 * give sessions ids (`curricula fix --add-session-ids` writes exactly
 * these). The domain is {@link uidDomain}'s.
 *
 * @example
 * ```ts
 * import { sessionUid } from 'curricula';
 * sessionUid(offering, { id: 'auftakt', date: '2027-01-29', status: 'scheduled' }, 0); // 'ehrenamt-2027/auftakt@curricula'
 * sessionUid(offering, { date: '2027-02-05', status: 'scheduled' }, 1);               // 'ehrenamt-2027/s02@curricula'
 * ```
 */
export function sessionUid(offering: Offering, session: Session, index: number, domain?: string): string {
  checkArguments('sessionUid', [['offering', offering, 'offering'], ['session', session, 'record'], ['index', index, 'number'], ['domain', domain, 'text?']]);
  const id = session.id ?? sessionIds(offering.sessions)[index] ?? positionalSessionId(index);
  return uidOf(offering, id, uidDomain(offering, domain));
}

/** `<offering>/<session>@<domain>`. */
export function uidOf(offering: Offering, sessionId: string, domain: string): string {
  return `${offering.id}/${sessionId}@${domain}`;
}

function eventSummary(session: Session, offering: Offering, program: Program | undefined, modules: ModulesById): string {
  const head = programTitle(offering, program);
  const what = session.title ?? (session.modules ?? []).map((m) => moduleTitle(sessionModuleId(m), modules)).join(', ');
  return what ? `${head}: ${what}` : head;
}

function eventDescription(session: Session, offering: Offering, program: Program | undefined, modules: ModulesById, locale: Locale): string {
  const l = labels('export.ics', locale);
  const unit = displayUnit(offering, program);
  const lines: string[] = [];
  if (session.status === 'cancelled') lines.push(l.cancelled);
  if (session.reason) lines.push(`${l.reason}: ${session.reason}`);
  const shares = moduleShares(session, offering);
  if (shares.length > 0) {
    lines.push(`${l.modules}:`);
    for (const share of shares) {
      const time = share.minutes === undefined ? '' : ` (${formatDuration(share.minutes, { unit, locale })})`;
      lines.push(`- ${moduleTitle(share.id, modules)}${time}`);
      for (const topic of modules.get(share.id)?.topics ?? []) lines.push(`  - ${topicTitle(topic)}`);
    }
  }
  const people = session.facilitators ?? offering.facilitators ?? [];
  if (people.length > 0) {
    const names = people.map((p) => [p.name, p.role, p.organisation].filter(Boolean).join(', '));
    lines.push(`${l.facilitators}: ${names.join('; ')}`);
  }
  if (session.mode) lines.push(`${l.mode}: ${session.mode}`);
  if (session.note) lines.push(`${l.note}: ${session.note}`);
  return lines.join('\n');
}

function calendarDescription(offering: Offering, modules: ModulesById, locale: Locale): string {
  const l = labels('export.ics', locale);
  const parts: string[] = [];
  if (offering.description) parts.push(offering.description);
  const ids = sessionIds(offering.sessions);
  const open = offering.sessions.map((s, i) => ({ s, i })).filter(({ s }) => !isDated(s));
  if (open.length > 0) {
    const lines = [`${l.toBeAgreed}:`];
    for (const { s, i } of open) {
      const what = s.title ?? (s.modules ?? []).map((m) => moduleTitle(sessionModuleId(m), modules)).join(', ');
      const when = s.date ? readableDate(s.date, locale) : l.undated;
      const extra = [what, s.time, s.note].filter((x) => x !== undefined && x !== '').join(', ');
      lines.push(`- ${ids[i]} (${when})${extra ? `: ${extra}` : ''}`);
    }
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}

export function organizer(offering: Offering, given: IcsOptions['organizer']): string | undefined {
  const own = offering.contact?.email ? offering.contact : undefined;
  const provider = offering.provider;
  const email = (given?.email || undefined) ?? own?.email ?? provider?.contact?.email;
  const address = email?.replace(/[\s"]/g, '');
  if (!address) return undefined;
  const name = given?.email ? given.name : own ? own.name : (provider?.contact?.name ?? provider?.name);
  return icsLine('ORGANIZER', `mailto:${address}`, name ? { CN: name } : undefined);
}

/**
 * The years the VTIMEZONE covers: those of the timed events; without any,
 * every date the offering names, so the zone is still described; as a last
 * resort the stamp's year. RFC 5545 needs one component in every calendar,
 * and the VTIMEZONE is that component when there is no event. Only these
 * years, not every year between the first and the last: an offering with
 * sessions in 1900 and 2200 describes its zone for four years.
 */
export function zoneYears(offering: Offering, events: readonly { session: Session & { date: string } }[], stamp: string): Set<number> {
  const yearOf = (date: string): number => Number(date.slice(0, 4));
  const timed = new Set<number>();
  for (const e of events) if (sessionWindow(e.session)) timed.add(yearOf(e.session.date));
  if (timed.size > 0) return timed;
  const named = new Set<number>();
  for (const d of [offering.start, offering.end, ...offering.sessions.map((s) => s.date)]) if (typeof d === 'string') named.add(yearOf(d));
  return named.size > 0 ? named : new Set([yearOf(stamp)]);
}

/** A TEXT property, or nothing when the text is empty once cleaned (an empty LOCATION says nothing). */
function optionalText(name: string, text: string | undefined): string[] {
  return text !== undefined && cleanIcsText(text) !== '' ? [icsLine(name, escapeIcsText(text))] : [];
}

/** What an event is written with besides its session: its UID, stamp, sequence and whether it is cancelled. */
export interface EventWriting {
  uid: string;
  stamp: string;
  sequence: number;
  cancelled: boolean;
}

/** The VEVENT of a dated session. */
export function eventLines(
  session: Session & { date: string },
  offering: Offering,
  program: Program | undefined,
  modules: ModulesById,
  locale: Locale,
  org: string | undefined,
  writing: EventWriting,
): string[] {
  const lines = ['BEGIN:VEVENT'];
  lines.push(icsLine('UID', escapeIcsText(writing.uid)));
  lines.push(icsLine('DTSTAMP', writing.stamp));
  lines.push(icsLine('SEQUENCE', String(writing.sequence)));
  const w = sessionWindow(session);
  if (w) {
    const tz = { TZID: zoneOf(offering) };
    lines.push(icsLine('DTSTART', icsLocal(session.date, w.start), tz));
    lines.push(icsLine('DTEND', icsLocal(session.date, w.end), tz));
  } else {
    lines.push(icsLine('DTSTART', icsDate(session.date), { VALUE: 'DATE' }));
    lines.push(icsLine('DTEND', icsDate(session.date, 1), { VALUE: 'DATE' }));
  }
  const shown = writing.cancelled && session.status !== 'cancelled' ? { ...session, status: 'cancelled' as const } : session;
  lines.push(icsLine('SUMMARY', escapeIcsText(eventSummary(shown, offering, program, modules))));
  lines.push(...optionalText('DESCRIPTION', eventDescription(shown, offering, program, modules, locale)));
  lines.push(...optionalText('LOCATION', session.location ?? offering.location));
  lines.push(icsLine('STATUS', writing.cancelled ? 'CANCELLED' : 'CONFIRMED'));
  if (org) lines.push(org);
  if (offering.url) lines.push(icsLine('URL', offering.url.replace(/[\s"]/g, '')));
  lines.push('END:VEVENT');
  return lines;
}

/** The lines a calendar starts with, up to and including its VTIMEZONE. */
export function calendarHead(
  offering: Offering,
  program: Program | undefined,
  method: 'PUBLISH' | 'CANCEL',
  description: string,
  years: Iterable<number>,
): string[] {
  const name = offering.title ?? programTitle(offering, program);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//curricula//curricula//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    icsLine('NAME', escapeIcsText(name)),
    icsLine('X-WR-CALNAME', escapeIcsText(name)),
    icsLine('X-WR-TIMEZONE', escapeIcsText(zoneOf(offering))),
  ];
  lines.push(...optionalText('DESCRIPTION', description), ...optionalText('X-WR-CALDESC', description));
  for (const line of vtimezoneForYears(zoneOf(offering), years)) lines.push(line);
  return lines;
}

/**
 * Writes an offering's sessions as an iCalendar file (RFC 5545), CRLF line
 * endings, lines folded at 75 octets without splitting UTF-8 characters.
 *
 * - One VEVENT per dated session; no RRULE or EXDATE, which clients handle
 *   inconsistently.
 * - Times are local to the offering's zone with `TZID` on every DTSTART and
 *   DTEND, and the file carries that zone's VTIMEZONE; never floating
 *   times, which Outlook shifts or rejects. A session without `time` becomes
 *   an all-day event (`VALUE=DATE`).
 * - UIDs are `<offering id>/<session id>@<domain>` (see {@link sessionUid}:
 *   a session without an id has the id of its position, `s01`, …): they do
 *   not depend on the date, so a moved session updates the same event.
 * - SEQUENCE is the session's `sequence`, written as it is (0 when absent).
 *   It is how a change is signalled: clients replace an event only by one
 *   with a higher SEQUENCE. {@link icsUpdate} (`curricula diff --format
 *   ics`) writes the changes between two versions of an offering with their
 *   SEQUENCE raised; this function writes what it is given.
 * - Cancelled sessions keep their UID and get `STATUS:CANCELLED`; with
 *   `method: 'CANCEL'` only they are written, under `METHOD:CANCEL` when
 *   that is a valid iTIP message (SEQUENCE one above the session's, DTSTAMP
 *   now unless `now` is given), else under `METHOD:PUBLISH` (see
 *   {@link IcsOptions.method}). A CANCEL with several sessions carries
 *   several UIDs, which RFC 5546 does not allow in one iTIP message: send
 *   each of {@link icsUpdate}'s `cancels` instead.
 * - Sessions still to be agreed are no events; they are listed in the
 *   calendar's DESCRIPTION (and X-WR-CALDESC).
 * - SUMMARY is "<program title>: <session title or module titles>",
 *   DESCRIPTION the modules with their share of time and topics,
 *   facilitators, format and note; LOCATION the session's location, else the
 *   offering's. ORGANIZER is {@link IcsOptions.organizer}, else the contact
 *   e-mail of the offering or its provider, else absent.
 * - The file always carries the VTIMEZONE of the offering's zone, so it is a
 *   valid calendar (RFC 5545 needs at least one component) even when no
 *   session is an event yet, e.g. when all are still to be agreed.
 *
 * Deterministic: the same input gives the same bytes (see
 * {@link IcsOptions.now} for DTSTAMP).
 *
 * @example
 * ```ts
 * import { toIcs } from 'curricula';
 * const ics = toIcs(offering, program, { now: new Date() });
 * // BEGIN:VCALENDAR … DTSTART;TZID=Europe/Berlin:20270129T093000 …
 * ```
 */
export function toIcs(offering: Offering, program: Program, options: IcsOptions = {}): string {
  requireProgram('toIcs', program);
  checkArguments('toIcs', [['offering', offering, 'offering'], ['program', program, 'program'], ['options', options, 'options']]);
  checkZone(offering, 'toIcs');
  const requested = options.method ?? 'PUBLISH';
  const locale = options.locale ?? defaultLocale(offering, program);
  // A cancellation must look newer than the event it cancels: never the fixed stamp of 1970.
  const stamp = options.now ? utcStamp(options.now) : requested === 'CANCEL' ? utcStamp(new Date()) : FIXED_STAMP;
  const domain = uidDomain(offering, options.uidDomain);
  const org = organizer(offering, options.organizer);
  const ids = sessionIds(offering.sessions);
  const events = offering.sessions
    .map((session, index) => ({ session, index }))
    .filter((e): e is { session: Session & { date: string }; index: number } => isDated(e.session))
    .filter((e) => requested === 'PUBLISH' || e.session.status === 'cancelled');
  // RFC 5546 §3.2.5: a CANCEL needs an event and an ORGANIZER; otherwise PUBLISH keeps the file valid.
  const method = requested === 'CANCEL' && events.length > 0 && org !== undefined ? 'CANCEL' : 'PUBLISH';

  const modules = modulesById(program);
  const description = requested === 'PUBLISH' ? calendarDescription(offering, modules, locale) : '';
  const lines = calendarHead(offering, program, method, description, zoneYears(offering, events, stamp));
  for (const { session, index } of events) {
    const sequence = (session.sequence ?? 0) + (method === 'CANCEL' ? 1 : 0);
    const writing = { uid: uidOf(offering, ids[index]!, domain), stamp, sequence, cancelled: session.status === 'cancelled' };
    for (const line of eventLines(session, offering, program, modules, locale, org, writing)) lines.push(line);
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}

/** Rejects an offering whose zone the runtime does not know: it was not parsed. */
export function checkZone(offering: Offering, caller: string): void {
  if (!isTimeZone(offering.timeZone)) {
    throw new CurriculaUsageError(`${caller}: unknown time zone ${describeValue(offering.timeZone)}; parse the offering first`);
  }
}
