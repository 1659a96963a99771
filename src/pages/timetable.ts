import { checkArguments } from '../core/arguments.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import { formatDuration } from '../duration/index.js';
import { formatClock } from '../model/time-window.js';
import { labels, text } from '../export/labels.js';
import { readableDate } from '../export/session-facts.js';
import { daysPhrase, modeText, sessionsPhrase, timetableFacts, verdictLines, withClock } from '../export/timetable.js';
import { timetableOf, type Timetable, type TimetableContentOptions, type TimetableSession } from '../export/timetable-model.js';
import { h, page, type Markup } from './html.js';
import { TIMETABLE_CSS } from './theme.js';

/**
 * Options of {@link toTimetablePage}: those of the timetable's content
 * (language, German by default; `agenda: 'from-topics'`; `profiles` to give
 * a verdict on besides the claimed ones).
 *
 * @example
 * ```ts
 * import type { TimetablePageOptions } from 'curricula/pages';
 * const options: TimetablePageOptions = { agenda: 'from-topics' };
 * ```
 */
export type TimetablePageOptions = TimetableContentOptions;

function span(w: { start: number; end: number }): string {
  return `${formatClock(w.start)}–${formatClock(w.end)}`;
}

/**
 * The timetable of an offering for a recognition application as a page
 * (Ablaufplan, HTML): what `toTimetable` writes as Markdown, with a table
 * per day (time, content, module, teaching time; breaks in italics), the
 * verdict on each claimed recognition, and print styles for A4. German
 * unless `locale` says otherwise.
 *
 * @example
 * ```ts
 * import { toTimetablePage } from 'curricula/pages';
 * const html = toTimetablePage(offering, program, { agenda: 'from-topics' });
 * ```
 */
export function toTimetablePage(offering: Offering, program?: Program, options: TimetablePageOptions = {}): string {
  checkArguments('toTimetablePage', [['offering', offering, 'offering'], ['program', program, 'program?'], ['options', options, 'options']]);
  const t = timetableOf(offering, program, options);
  const l = labels('export.timetable', t.locale);
  const say = (id: Parameters<typeof text>[2], data: Parameters<typeof text>[3] = {}) => text(t.locale, 'export.timetable', id, data);
  const facts = timetableFacts(t);
  const body = h(
    'main',
    null,
    h('p', { class: 'kind' }, l.kind),
    h('h1', null, t.title),
    h(
      'dl',
      { class: 'facts' },
      facts.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [h('dt', null, k), h('dd', null, v)]),
    ),
    verdicts(t),
    t.generated > 0 ? h('p', { class: 'notice' }, say('generated', { sessions: sessionsPhrase(t.generated, true) })) : null,
    t.withoutAgenda > 0 ? h('p', { class: 'notice' }, say('withoutAgenda', { sessions: sessionsPhrase(t.withoutAgenda, false) })) : null,
    t.days.length === 0 ? h('p', null, l.noDays) : null,
    t.days.map((day) =>
      h(
        'section',
        { class: 'day', 'data-date': day.date },
        h('h2', null, say('day', { number: day.number, date: readableDate(day.date, t.locale) })),
        day.sessions.map((s) => sessionTable(t, s)),
        day.sessions.length > 1 ? h('p', null, h('strong', null, `${l.teaching}: ${withClock(t.locale, day.minutes, t.unit)}`)) : null,
      ),
    ),
    h('h2', null, l.total),
    h('p', null, say('totalValue', { days: daysPhrase(t.days.length), time: { ns: 'export.timetable', id: 'withClock', data: { total: { minutes: t.minutes, unit: t.unit }, clock: { minutes: t.minutes, unit: 'h' } } } })),
    t.cancelled.length > 0 ? h('p', null, say('cancelled', { labels: t.cancelled })) : null,
    t.undated.length > 0 ? h('p', null, say('undated', { labels: t.undated })) : null,
  );
  return page({ lang: t.locale, title: `${l.kind}: ${t.title}`, css: TIMETABLE_CSS, body });
}

function verdicts(t: Timetable): Markup | null {
  if (t.verdicts.length === 0) return null;
  const l = labels('export.timetable', t.locale);
  return h(
    'section',
    { class: 'recognition' },
    h('h2', null, l.recognition),
    h(
      'ul',
      { class: 'verdicts' },
      t.verdicts.map((v) => {
        const { line, findings } = verdictLines(t.locale, v);
        return h('li', null, h('span', { class: v.qualifies ? 'qualifies' : 'fails' }, line), findings.length > 0 ? h('ul', null, findings.map((f) => h('li', null, f))) : null);
      }),
    ),
  );
}

function sessionTable(t: Timetable, s: TimetableSession): Markup[] {
  const l = labels('export.timetable', t.locale);
  const units = (minutes: number | undefined) => (minutes === undefined || minutes === 0 ? '' : formatDuration(minutes, { unit: t.unit, locale: t.locale }));
  const facts: string[] = [];
  if (s.window !== undefined) facts.push(span(s.window));
  facts.push(`${l.breaks}: ${s.breaks.length === 0 ? l.none : s.breaks.map(span).join(', ')}`);
  if (s.location !== undefined) facts.push(`${l.location}: ${s.location}`);
  if (s.mode !== undefined) facts.push(modeText(t.locale, s.mode));
  if (s.minutes !== undefined) facts.push(`${l.teaching}: ${withClock(t.locale, s.minutes, t.unit)}`);
  const hasAgenda = s.items.some((i) => i.kind === 'teaching');
  const rows = hasAgenda
    ? s.items.map((i) =>
        i.kind === 'break'
          ? h('tr', { class: 'break' }, h('td', { class: 'time' }, span(i)), h('td', null, l.break), h('td'), h('td', { class: 'num' }))
          : h(
              'tr',
              null,
              h('td', { class: 'time' }, span(i)),
              h('td', null, [i.title ?? '', i.topic === i.title ? undefined : i.topic, i.mode === undefined ? undefined : `(${modeText(t.locale, i.mode)})`].filter((x) => x !== undefined && x !== '').join(' ')),
              h('td', null, i.module ?? ''),
              h('td', { class: 'num' }, units(i.minutes)),
            ),
      )
    : s.modules.map((m, k) =>
        h('tr', null, h('td', { class: 'time' }, k === 0 && s.window !== undefined ? span(s.window) : ''), h('td', null, k === 0 ? (s.title ?? '') : ''), h('td', null, m.title), h('td', { class: 'num' }, units(m.minutes))),
      );
  return [
    h('p', { class: 'session-facts' }, facts.join(' · ')),
    h(
      'table',
      null,
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, l.time), h('th', { scope: 'col' }, l.content), h('th', { scope: 'col' }, l.module), h('th', { scope: 'col', class: 'num' }, l.units))),
      h('tbody', null, rows),
    ),
  ];
}
