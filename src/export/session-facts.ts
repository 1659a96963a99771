import type { Phrase } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import { text } from './labels.js';
import { amountMinutes } from '../model/amount-minutes.js';
import type { Module } from '../model/module.js';
import { moduleTree } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import type { Session } from '../model/session.js';
import { parseTimeWindow, windowTeachingMinutes, type TimeWindow } from '../model/time-window.js';
import { elapsedTeachingMinutes } from '../calendar/elapsed-time.js';

/**
 * Facts about sessions that every export needs in the same way: teaching
 * time, module titles, how a session's time is shared between its modules,
 * and labels. Kept in one place so ICS, CSV and Markdown never disagree.
 */

/** Modules by id, as {@link modulesById} gives them. */
export type ModulesById = ReadonlyMap<string, Module>;

/** Every module of a program by id, nested ones included (first one wins on a duplicate id), from its module tree. */
export function modulesById(program: Program | undefined): ModulesById {
  const out = new Map<string, Module>();
  if (program !== undefined) for (const [id, node] of moduleTree(program).byId) out.set(id, node.module);
  return out;
}

/** The module id a session entry refers to. */
export function sessionModuleId(entry: NonNullable<Session['modules']>[number]): string {
  return typeof entry === 'string' ? entry : entry.module;
}

/** The session's local window, when it has a valid one. */
export function sessionWindow(session: Session): TimeWindow | undefined {
  const w = session.time === undefined ? undefined : parseTimeWindow(session.time);
  return w && w.end > w.start ? w : undefined;
}

/**
 * Teaching time in minutes (window minus breaks) as validation counts it:
 * the time that really passes in `timeZone`, so a session across a clock
 * change (01:00–04:00 on 2027-03-28 in Europe/Berlin) holds 120 minutes in
 * every export, not the 180 its clock times suggest; undefined without a
 * window.
 */
export function teachingMinutes(session: Session, timeZone: string): number | undefined {
  const window = sessionWindow(session);
  if (window === undefined) return undefined;
  const breaks: TimeWindow[] = [];
  for (const text of session.breaks ?? []) {
    const b = parseTimeWindow(text);
    if (b !== undefined && b.end > b.start) breaks.push(b);
  }
  return session.date === undefined ? windowTeachingMinutes(window, breaks) : elapsedTeachingMinutes(session.date, window, breaks, timeZone).real;
}

/** A module's share of one session. */
export interface ModuleShare {
  id: string;
  /** Whole minutes; undefined when the session has no window and the entry no hours. */
  minutes: number | undefined;
}

/**
 * Splits a session's teaching time ({@link teachingMinutes} in the offering's
 * time zone) between its modules: `{ module, hours }` entries take their
 * hours (in the offering's `unit`), plain ids share the rest equally.
 * Minutes stay whole: the remainder of an uneven split goes one minute each
 * to the first plain ids, so the shares add up exactly.
 */
export function moduleShares(session: Session, offering: Pick<Offering, 'unit' | 'timeZone'>): ModuleShare[] {
  const unit = offering.unit;
  const entries = session.modules ?? [];
  const total = teachingMinutes(session, offering.timeZone);
  const claimed = entries.map((e) => (typeof e === 'string' ? undefined : amountMinutes(e.hours, unit)));
  const plain = entries.filter((e) => typeof e === 'string').length;
  const rest = total === undefined ? undefined : Math.max(0, total - claimed.reduce<number>((s, m) => s + (m ?? 0), 0));
  let plainSeen = 0;
  return entries.map((e, i) => {
    if (typeof e !== 'string') return { id: e.module, minutes: claimed[i] };
    if (rest === undefined) return { id: e, minutes: undefined };
    const base = Math.floor(rest / plain);
    const extra = plainSeen < rest - base * plain ? 1 : 0;
    plainSeen++;
    return { id: e, minutes: base + extra };
  });
}

/** The title of a module, or its id when the program does not know it. */
export function moduleTitle(id: string, modules: ModulesById): string {
  return modules.get(id)?.title ?? id;
}

/** The locale of an export when the caller does not say: the documents' language, German by default. */
export function defaultLocale(offering: Offering, program: Program | undefined): Locale {
  const language = offering.language ?? program?.language ?? 'de';
  return language.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** The unit hours are shown in: the program's, else the offering's. */
export function displayUnit(offering: Offering, program: Program | undefined): Offering['unit'] {
  return program?.unit ?? offering.unit;
}

/** The name a session goes by in lists: its id, else its 1-based position as `#3`. */
export function sessionLabel(session: Session, index: number): string {
  return session.id ?? `#${index + 1}`;
}

/** The title of the program the offering runs, with sensible fallbacks. */
export function programTitle(offering: Offering, program: Program | undefined): string {
  return program?.title ?? offering.title ?? offering.program;
}

/** Days since the epoch for a `YYYY-MM-DD` date, as a UTC Date. */
export function dateOf(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The weekday of a date, as the `calendar.weekdayShort` messages name it (getUTCDay order). */
const DAY_IDS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function weekdayPhrase(date: string): Phrase {
  return { ns: 'calendar.weekdayShort', id: DAY_IDS[dateOf(date).getUTCDay()]! };
}

/** Short weekday name of a date: "Fr" (de), "Fri" (en). */
export function weekdayName(date: string, locale: Locale): string {
  return text(locale, 'calendar.weekdayShort', weekdayPhrase(date).id);
}

/** A date as people read it: "Fr, 29.01.2027" (de) or "Fri, 2027-01-29" (en). */
export function readableDate(date: string, locale: Locale): string {
  return text(locale, 'export.date', 'weekdayDate', { weekday: weekdayPhrase(date), date });
}

const STATUS_IDS = { scheduled: 'scheduled', cancelled: 'cancelled', 'to-be-agreed': 'toBeAgreed' } as const;

/** Session status in words. */
export function statusText(status: Session['status'], locale: Locale): string {
  return text(locale, 'export.status', STATUS_IDS[status]);
}

/** True when a session belongs in a calendar: it has a date and is not still to be agreed. */
export function isDated(session: Session): session is Session & { date: string } {
  return session.status !== 'to-be-agreed' && session.date !== undefined;
}
