import { checkArguments } from '../core/arguments.js';
import { holidaysBetween, type Holiday } from '../calendar/index.js';
import type { Locale } from '../core/locale.js';
import { moduleTree } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import type { Session } from '../model/session.js';
import { formatClock } from '../model/time-window.js';
import { sessionModuleId, sessionWindow } from '../export/session-facts.js';
import { h, page, type Markup } from './html.js';
import { documentLocale, pageText, type PageText } from './text.js';
import { CALENDAR_CSS } from './theme.js';

/**
 * Options of {@link toCalendar}.
 *
 * @example
 * ```ts
 * import type { CalendarOptions } from 'curricula/pages';
 * const options: CalendarOptions = { locale: 'en' };
 * ```
 */
export interface CalendarOptions {
  /** Language; default: German when the offering (else the program) is written in German. */
  locale?: Locale;
}

const MONTH_IDS = ['month1', 'month2', 'month3', 'month4', 'month5', 'month6', 'month7', 'month8', 'month9', 'month10', 'month11', 'month12'] as const;
/** Monday first, as German calendars are. */
const WEEK = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07'] as const;

interface DaySession {
  session: Session & { date: string };
  number: number;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 for Monday … 6 for Sunday. */
function mondayIndex(y: number, m: number, d: number): number {
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

function sessionTime(session: Session, text: PageText): string {
  const w = sessionWindow(session);
  return w === undefined ? '' : text.t('pages.common', 'timeWindow', { start: formatClock(w.start), end: formatClock(w.end) });
}

/**
 * A calendar view of an offering (Terminkalender): a month grid for every
 * month from its first to its last dated session, Monday first, with each
 * session day marked and numbered (T1, T2, …), cancelled sessions struck
 * through, sessions still to be agreed that already have a date hatched,
 * and the public holidays of the offering's federal state (and region;
 * Germany's nationwide ones without a state) named. A legend, the list of
 * sessions and the sessions still without a date follow. Self-contained
 * HTML; prints on A4 landscape, three months across.
 *
 * @example
 * ```ts
 * import { plan } from 'curricula';
 * import { toCalendar } from 'curricula/pages';
 * const result = plan(program, { start: '2027-01-04', state: 'BW' });
 * const html = toCalendar(result.offering!, program);
 * ```
 */
export function toCalendar(offering: Offering, program?: Program, options: CalendarOptions = {}): string {
  checkArguments('toCalendar', [['offering', offering, 'offering'], ['program', program, 'program?'], ['options', options, 'options']]);
  const text = pageText(options.locale ?? documentLocale(offering, program));
  const t = text.t;
  const titles = new Map(program === undefined ? [] : [...moduleTree(program).byId].map(([id, node]) => [id, node.module.title]));
  const numbered = offering.sessions.map((session, index) => ({ session, index, number: index + 1 }));
  const dated = numbered.filter((s): s is { session: Session & { date: string }; index: number; number: number } => s.session.date !== undefined);
  const undated = numbered.filter((s) => s.session.date === undefined);
  const byDate = new Map<string, DaySession[]>();
  for (const { session, number } of dated) byDate.set(session.date, [...(byDate.get(session.date) ?? []), { session, number }]);
  const dates = [...byDate.keys()].sort();
  const title = offering.title ?? program?.title ?? offering.program;

  const months: Markup[] = [];
  let holidays: Holiday[] = [];
  if (dates.length > 0) {
    const first = dates[0]!;
    const last = dates[dates.length - 1]!;
    const fromY = Number(first.slice(0, 4));
    const fromM = Number(first.slice(5, 7));
    const toY = Number(last.slice(0, 4));
    const toM = Number(last.slice(5, 7));
    holidays = holidaysBetween(iso(fromY, fromM, 1), iso(toY, toM, daysInMonth(toY, toM)), { state: offering.state, region: offering.state === undefined ? undefined : offering.region });
    const holidaysOn = new Map<string, Holiday[]>();
    for (const day of holidays) holidaysOn.set(day.date, [...(holidaysOn.get(day.date) ?? []), day]);
    for (let y = fromY, m = fromM; y < toY || (y === toY && m <= toM); m === 12 ? ((m = 1), y++) : m++) {
      months.push(monthTable(y, m, byDate, holidaysOn, text));
    }
  }

  const sessionRows = dated.map(({ session, number }) =>
    h(
      'tr',
      { class: session.status },
      h('td', null, t('pages.calendar', 'sessionMark', { number })),
      h('th', { scope: 'row' }, session.status === 'cancelled' ? h('del', null, text.day(session.date)) : text.day(session.date)),
      h('td', null, sessionTime(session, text)),
      h('td', null, [session.title ?? null, (session.modules ?? []).map((m) => titles.get(sessionModuleId(m)) ?? sessionModuleId(m)).join(', ')].filter((x) => x !== null && x !== '').join(': ')),
      h('td', null, text.status(session.status), session.reason === undefined ? null : ` (${session.reason})`),
    ),
  );

  const body = h(
    'main',
    null,
    h('p', { class: 'muted' }, t('pages.calendar', 'kind')),
    h('h1', null, title),
    offering.location === undefined ? null : h('p', null, offering.location),
    dates.length === 0 ? h('p', null, t('pages.calendar', 'noSessions')) : h('div', { class: 'months' }, months),
    h(
      'section',
      { class: 'legend-section' },
      h('h2', null, t('pages.calendar', 'legend')),
      h(
        'ul',
        { class: 'legend' },
        h('li', null, h('span', { class: 'swatch session', 'aria-hidden': 'true' }), t('pages.calendar', 'legendSession')),
        h('li', null, h('span', { class: 'swatch cancelled', 'aria-hidden': 'true' }), t('pages.calendar', 'legendCancelled')),
        h('li', null, h('span', { class: 'swatch to-be-agreed', 'aria-hidden': 'true' }), t('pages.calendar', 'legendToBeAgreed')),
        h('li', null, h('span', { class: 'swatch holiday', 'aria-hidden': 'true' }), t('pages.calendar', 'legendHoliday')),
      ),
      holidays.length === 0
        ? null
        : h(
            'p',
            null,
            offering.state === undefined ? t('pages.calendar', 'holidaysGermany') : t('pages.calendar', 'holidaysIn', { state: offering.state }),
            ': ',
            holidays.map((day) => `${t('pages.calendar', 'dayLabel', { date: day.date })} ${text.holiday(day)}`).join('; '),
          ),
    ),
    dated.length === 0
      ? null
      : h(
          'section',
          { class: 'sessions' },
          h('h2', null, t('pages.calendar', 'sessions')),
          h(
            'table',
            null,
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', { scope: 'col' }, t('pages.calendar', 'number')),
                h('th', { scope: 'col' }, t('pages.calendar', 'date')),
                h('th', { scope: 'col' }, t('pages.calendar', 'time')),
                h('th', { scope: 'col' }, t('pages.calendar', 'modules')),
                h('th', { scope: 'col' }, t('pages.calendar', 'status')),
              ),
            ),
            h('tbody', null, sessionRows),
          ),
        ),
    undated.length === 0
      ? null
      : h(
          'section',
          { class: 'undated' },
          h('h2', null, t('pages.calendar', 'undated')),
          h(
            'ul',
            null,
            undated.map(({ session, number }) =>
              h(
                'li',
                null,
                `${t('pages.calendar', 'sessionMark', { number })}: `,
                [session.title, (session.modules ?? []).map((m) => titles.get(sessionModuleId(m)) ?? sessionModuleId(m)).join(', '), session.note]
                  .filter((x) => x !== undefined && x !== '')
                  .join('; ') || text.status(session.status),
              ),
            ),
          ),
        ),
  );
  return page({ lang: text.locale, title: `${t('pages.calendar', 'kind')}: ${title}`, css: CALENDAR_CSS, body });
}

function monthTable(y: number, m: number, byDate: ReadonlyMap<string, DaySession[]>, holidaysOn: ReadonlyMap<string, Holiday[]>, text: PageText): Markup {
  const t = text.t;
  const caption = t('pages.calendar', 'monthYear', { month: t('pages.calendar', MONTH_IDS[m - 1]!), year: String(y) });
  const cells: Markup[] = [];
  const lead = mondayIndex(y, m, 1);
  for (let k = 0; k < lead; k++) cells.push(h('td', { class: 'outside' }));
  const count = daysInMonth(y, m);
  for (let d = 1; d <= count; d++) {
    const date = iso(y, m, d);
    const sessions = byDate.get(date) ?? [];
    const holidays = holidaysOn.get(date) ?? [];
    const status = sessions.some((s) => s.session.status === 'scheduled')
      ? 'session'
      : sessions.some((s) => s.session.status === 'to-be-agreed')
        ? 'to-be-agreed'
        : sessions.length > 0
          ? 'cancelled'
          : undefined;
    const classes = [status, holidays.length > 0 ? 'holiday' : undefined].filter((c) => c !== undefined).join(' ');
    const names = holidays.map(text.holiday).join(', ');
    const marks = sessions.map((s) => t('pages.calendar', 'sessionMark', { number: s.number })).join(' ');
    cells.push(
      h(
        'td',
        { class: classes === '' ? undefined : classes, 'data-date': date, 'data-status': status, title: names === '' ? undefined : names },
        h('span', { class: 'day' }, status === 'cancelled' ? h('del', null, String(d)) : String(d)),
        marks === '' ? null : h('span', { class: 'mark' }, status === 'cancelled' ? h('del', null, marks) : marks),
        names === '' ? null : h('span', { class: 'holiday-name' }, names),
      ),
    );
  }
  while (cells.length % 7 !== 0) cells.push(h('td', { class: 'outside' }));
  const rows: Markup[] = [];
  for (let k = 0; k < cells.length; k += 7) rows.push(h('tr', null, cells.slice(k, k + 7)));
  return h(
    'section',
    { class: 'month', 'data-month': iso(y, m, 1).slice(0, 7) },
    h(
      'table',
      null,
      h('caption', null, caption),
      h('thead', null, h('tr', null, WEEK.map((day) => h('th', { scope: 'col' }, text.weekday(day))))),
      h('tbody', null, rows),
    ),
  );
}
