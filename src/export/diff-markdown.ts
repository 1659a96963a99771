import { checkArguments } from '../core/arguments.js';
import type { MessageData } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import type { Session } from '../model/session.js';
import { diff, type SessionChange } from './diff.js';
import { text } from './labels.js';
import { markdownCell } from './markdown.js';
import { stripControls } from './plain-text.js';
import { defaultLocale, modulesById, type ModulesById, moduleTitle, programTitle, sessionModuleId, sessionWindow } from './session-facts.js';

/**
 * Options of {@link diffToMarkdown}.
 *
 * @example
 * ```ts
 * import type { DiffMarkdownOptions } from 'curricula';
 * const options: DiffMarkdownOptions = { locale: 'en' };
 * ```
 */
export interface DiffMarkdownOptions {
  /** Language of the notice; defaults to the documents' language, German otherwise. */
  locale?: Locale;
}

/**
 * User text inside a sentence of the notice: Markdown made inert, one line.
 * Control characters are dropped, as the CSV and Markdown exports drop
 * them (the message would otherwise show them as `\u001b` text), and a
 * tab is a space: inside a sentence it is one.
 */
function inert(value: string): string {
  return markdownCell(stripControls(value).replace(/\t/g, ' '));
}

function say(locale: Locale, id: string, data: MessageData): string {
  return text(locale, 'export.diff', id, data);
}

/** The window of a session as written (`09:30-16:30`), when it has a valid one. */
function windowOf(session: Session): string | undefined {
  return sessionWindow(session) === undefined ? undefined : session.time;
}

function fieldWords(change: SessionChange, locale: Locale): string[] {
  return change.fields.map((f) => text(locale, 'export.diffField', f));
}

/** The sentences of one change; none for an added session that only replaces another (said with that one). */
function sentences(change: SessionChange, all: readonly SessionChange[], after: Offering, modules: ModulesById, locale: Locale): string[] {
  const before = change.before?.session;
  const now = change.after?.session;
  switch (change.kind) {
    case 'added': {
      if (change.replaces !== undefined) return [];
      if (now!.date === undefined || now!.status === 'to-be-agreed') return [say(locale, 'addedOpen', {})];
      const time = windowOf(now!);
      return [time ? say(locale, 'added', { date: now!.date, time }) : say(locale, 'addedAllDay', { date: now!.date })];
    }
    case 'removed':
    case 'cancelled': {
      const gone = before!;
      if (gone.date === undefined || gone.status === 'to-be-agreed') return [say(locale, 'droppedOpen', {})];
      if (change.replacement !== undefined) {
        const replacement = all.find((c) => c.kind === 'added' && c.replaces === change.before!.id)?.after?.session;
        if (replacement?.date === undefined || replacement.status === 'to-be-agreed') return [say(locale, 'replacedOpen', { before: gone.date })];
        const time = windowOf(replacement);
        return [
          time
            ? say(locale, 'replaced', { before: gone.date, after: replacement.date, time })
            : say(locale, 'replacedAllDay', { before: gone.date, after: replacement.date }),
        ];
      }
      const reason = change.kind === 'cancelled' ? now!.reason : undefined;
      return [reason ? say(locale, 'cancelledReason', { date: gone.date, reason: inert(reason) }) : say(locale, 'cancelled', { date: gone.date })];
    }
    case 'reinstated': {
      const time = windowOf(now!);
      return [time ? say(locale, 'reinstated', { date: now!.date!, time }) : say(locale, 'reinstatedAllDay', { date: now!.date! })];
    }
    case 'moved': {
      const time = windowOf(now!);
      const rest = otherSentences(change, after, modules, locale, ['date', 'time', 'breaks']);
      if (before!.date === now!.date) {
        return [say(locale, 'retimed', { date: now!.date!, time: time ?? now!.time ?? '', old: windowOf(before!) ?? before!.time ?? '' }), ...rest];
      }
      return [
        time ? say(locale, 'replaced', { before: before!.date!, after: now!.date!, time }) : say(locale, 'replacedAllDay', { before: before!.date!, after: now!.date! }),
        ...rest,
      ];
    }
    case 'changed': {
      if (before!.status === 'to-be-agreed' && now!.status !== 'to-be-agreed' && now!.date !== undefined) {
        const time = windowOf(now!);
        return [time ? say(locale, 'agreed', { date: now!.date, time }) : say(locale, 'agreedAllDay', { date: now!.date })];
      }
      if (now!.date === undefined || now!.status === 'to-be-agreed') return [say(locale, 'openChanged', { fields: fieldWords(change, locale) })];
      return otherSentences(change, after, modules, locale, []);
    }
  }
}

/** Sentences for the fields of a change other than `skip`: location, facilitators and modules each their own, the rest together. */
function otherSentences(change: SessionChange, after: Offering, modules: ModulesById, locale: Locale, skip: readonly string[]): string[] {
  const now = change.after!.session;
  const date = now.date!;
  const out: string[] = [];
  const rest: SessionChange['fields'] = [];
  for (const field of change.fields) {
    if (skip.includes(field)) continue;
    if (field === 'location' && (now.location ?? after.location) !== undefined) {
      out.push(say(locale, 'location', { date, location: inert((now.location ?? after.location)!) }));
    } else if (field === 'facilitators' && (now.facilitators ?? after.facilitators ?? []).length > 0) {
      out.push(say(locale, 'facilitators', { date, names: (now.facilitators ?? after.facilitators)!.map((p) => inert(p.name)) }));
    } else if (field === 'modules' && (now.modules ?? []).length > 0) {
      out.push(say(locale, 'modules', { date, modules: now.modules!.map((m) => inert(moduleTitle(sessionModuleId(m), modules))) }));
    } else rest.push(field);
  }
  if (rest.length > 0) out.push(say(locale, 'other', { date, fields: fieldWords({ ...change, fields: rest }, locale) }));
  return out;
}

/**
 * The changes between two versions of an offering ({@link diff}) as a
 * notice for participants, in Markdown and in the documents' language: a
 * heading and one sentence per change, in date order ("Der Termin am Fr,
 * 26.03.2027 entfällt; Ersatztermin Mo, 12.04.2027, 09:30–16:30 Uhr."). A
 * moved session and a cancelled one with a replacement read alike. User
 * text (places, names, reasons) is made inert, and the page has no raw
 * HTML.
 *
 * @example
 * ```ts
 * import { diffToMarkdown } from 'curricula';
 * diffToMarkdown(before, after, program);
 * // '# Änderungen: Ehrenamtliches Engagement …\n\n- Der Termin am Fr, 26.03.2027 entfällt; Ersatztermin Mo, 12.04.2027, 09:30–16:30 Uhr.\n'
 * ```
 */
export function diffToMarkdown(before: Offering, after: Offering, program?: Program, options: DiffMarkdownOptions = {}): string {
  checkArguments('diffToMarkdown', [['before', before, 'offering'], ['after', after, 'offering'], ['program', program, 'program?'], ['options', options, 'options']]);
  const locale = options.locale ?? defaultLocale(after, program);
  const modules = modulesById(program);
  const d = diff(before, after);
  const title = inert(after.title ?? programTitle(after, program));
  const lines = [`# ${text(locale, 'export.diff', 'title', { title })}`, ''];
  const items = d.changes.flatMap((c) => sentences(c, d.changes, after, modules, locale));
  if (items.length === 0) lines.push(text(locale, 'export.diff', 'none'));
  else for (const item of items) lines.push(`- ${item}`);
  return lines.join('\n') + '\n';
}
