import { checkArguments } from '../core/arguments.js';
import { CurriculaUsageError } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import { moduleTree } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import type { Person } from '../model/party.js';
import type { Program } from '../model/program.js';
import type { Session } from '../model/session.js';
import { formatClock, parseTimeWindow } from '../model/time-window.js';
import { sessionLabel, sessionModuleId, sessionWindow, teachingMinutes } from '../export/session-facts.js';
import { h, page, type Markup } from './html.js';
import { documentLocale, pageText, type PageText } from './text.js';
import { SHEET_CSS } from './theme.js';

/**
 * Options of {@link toSignInSheet}.
 *
 * @example
 * ```ts
 * import type { SignInSheetOptions } from 'curricula/pages';
 * const options: SignInSheetOptions = { rows: 20, locale: 'de' };
 * ```
 */
export interface SignInSheetOptions {
  /** Language; default: German when the offering (else the program) is written in German. */
  locale?: Locale;
  /** Lines for participants on each sheet, 1 to 30; default: the program's `participants.max`, else 15. */
  rows?: number;
}

/** Height left for the table of signatures on an A4 page (mm), after the head and the confirmation. */
const TABLE_MM = 150;
const MAX_ROWS = 30;
const DEFAULT_ROWS = 15;

function window(session: Session, text: PageText): string {
  const w = sessionWindow(session);
  return w === undefined ? '' : text.t('pages.common', 'timeWindow', { start: formatClock(w.start), end: formatClock(w.end) });
}

function breaks(session: Session, text: PageText): string {
  return (session.breaks ?? [])
    .map((b) => parseTimeWindow(b))
    .filter((b) => b !== undefined && b.end > b.start)
    .map((b) => text.t('pages.common', 'timeWindow', { start: formatClock(b!.start), end: formatClock(b!.end) }))
    .join(', ');
}

function personText(p: Person): string {
  const extra = [p.task, p.role, p.organisation].filter((x) => x !== undefined && x !== '');
  return extra.length === 0 ? p.name : `${p.name} (${extra.join(', ')})`;
}

/**
 * Sign-in sheets (Teilnahmelisten, Anwesenheitslisten) for an offering, as
 * funded and recognised courses must keep them: one A4 page per scheduled
 * session with a date, with the program and course, the session's date and
 * weekday, time and breaks, place, modules, facilitators and its teaching
 * units (in the program's unit when it counts in UE or LE, else in UE, with
 * clock hours beside), numbered lines for participants' names,
 * organisations and signatures, and a line for the facilitator's
 * confirmation. Print CSS makes each session one page; cancelled sessions
 * and those still to be agreed get no sheet, which a note on screen (not
 * printed) says.
 *
 * @example
 * ```ts
 * import { toSignInSheet } from 'curricula/pages';
 * const html = toSignInSheet(offering, program, { rows: 18 });
 * ```
 */
export function toSignInSheet(offering: Offering, program?: Program, options: SignInSheetOptions = {}): string {
  checkArguments('toSignInSheet', [['offering', offering, 'offering'], ['program', program, 'program?'], ['options', options, 'options']]);
  const rows = options.rows ?? Math.min(MAX_ROWS, program?.participants?.max ?? DEFAULT_ROWS);
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) throw new CurriculaUsageError(`toSignInSheet: rows must be a whole number from 1 to ${MAX_ROWS}, got ${String(options.rows)}`);
  const text = pageText(options.locale ?? documentLocale(offering, program));
  const t = text.t;
  const titles = new Map(program === undefined ? [] : [...moduleTree(program).byId].map(([id, node]) => [id, node.module.title]));
  const unit = program?.unit === 'LE' ? 'LE' : 'UE';
  const all = offering.sessions.map((session, index) => ({ session, index }));
  const sheets = all.filter((s): s is { session: Session & { date: string }; index: number } => s.session.status === 'scheduled' && s.session.date !== undefined);
  const cancelled = all.filter((s) => s.session.status === 'cancelled').map((s) => sessionLabel(s.session, s.index));
  const undated = all.filter((s) => s.session.status === 'to-be-agreed' || (s.session.status === 'scheduled' && s.session.date === undefined)).map((s) => sessionLabel(s.session, s.index));
  const programTitle = program?.title ?? offering.program;
  const courseTitle = offering.title ?? programTitle;
  const rowMm = Math.max(6, Math.min(11, Math.floor((TABLE_MM / (rows + 1)) * 10) / 10));

  const sheet = ({ session }: { session: Session & { date: string } }, k: number): Markup => {
    const minutes = teachingMinutes(session, offering.timeZone);
    const facilitators = session.facilitators ?? offering.facilitators ?? [];
    const modules = (session.modules ?? []).map((m) => titles.get(sessionModuleId(m)) ?? sessionModuleId(m));
    const facts: [string, string][] = [
      [t('pages.sheet', 'date'), text.day(session.date)],
      [t('pages.sheet', 'time'), window(session, text)],
      [t('pages.sheet', 'breaks'), breaks(session, text)],
      [t('pages.sheet', 'location'), session.location ?? offering.location ?? ''],
      [t('pages.sheet', 'modules'), [session.title, ...modules].filter((x) => x !== undefined).join(', ')],
      [t('pages.sheet', 'facilitators'), facilitators.map(personText).join('; ')],
      [
        t('pages.sheet', 'teaching'),
        minutes === undefined ? '' : t('pages.common', 'totalWithClock', { total: { minutes, unit }, clock: { minutes, unit: 'h' } }),
      ],
    ];
    return h(
      'section',
      { class: 'sheet', 'data-session': session.date, style: `--row-print: ${rowMm}mm` },
      h(
        'div',
        { class: 'sheet-head' },
        h('h1', null, t('pages.sheet', 'kind')),
        h('p', { class: 'counter' }, t('pages.sheet', 'sessionOf', { number: k + 1, count: sheets.length })),
      ),
      h('h2', null, courseTitle === programTitle ? programTitle : `${courseTitle} · ${programTitle}`),
      h(
        'table',
        { class: 'session-facts' },
        h('tbody', null, facts.filter(([, value]) => value !== '').map(([label, value]) => h('tr', null, h('th', { scope: 'row' }, label), h('td', null, value)))),
      ),
      h(
        'table',
        { class: 'signatures' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, t('pages.sheet', 'number')),
            h('th', { scope: 'col' }, t('pages.sheet', 'name')),
            h('th', { scope: 'col' }, t('pages.sheet', 'organisation')),
            h('th', { scope: 'col' }, t('pages.sheet', 'signature')),
          ),
        ),
        h(
          'tbody',
          null,
          Array.from({ length: rows }, (_, r) => h('tr', null, h('td', { class: 'num' }, String(r + 1)), h('td'), h('td'), h('td'))),
        ),
      ),
      h(
        'div',
        { class: 'confirm' },
        h('p', null, t('pages.sheet', 'confirm')),
        h('div', null, h('p', { class: 'line' }, t('pages.sheet', 'placeDate')), h('p', { class: 'line' }, t('pages.sheet', 'facilitatorSignature'))),
      ),
    );
  };

  const notes = [
    cancelled.length === 0 ? null : h('p', null, t('pages.sheet', 'leftOutCancelled', { labels: cancelled })),
    undated.length === 0 ? null : h('p', null, t('pages.sheet', 'leftOutUndated', { labels: undated })),
  ].filter((n) => n !== null);
  const body = h(
    'main',
    null,
    sheets.length === 0 ? h('p', { class: 'notice' }, t('pages.sheet', 'noSessions')) : null,
    notes.length === 0 ? null : h('div', { class: 'notice screen-only' }, notes),
    sheets.map(sheet),
  );
  return page({ lang: text.locale, title: `${t('pages.sheet', 'kind')}: ${courseTitle}`, css: SHEET_CSS, body });
}
