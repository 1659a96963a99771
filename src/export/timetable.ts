import { checkArguments } from '../core/arguments.js';
import type { Phrase } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import { formatDuration, type TimeUnit } from '../duration/index.js';
import type { DeliveryMode } from '../model/delivery-mode.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import { formatClock, type TimeWindow } from '../model/time-window.js';
import type { RecognitionVerdict } from '../validate/recognition-verdict.js';
import { field } from './csv.js';
import { labels, text } from './labels.js';
import { headingText, markdownBlockText, markdownCell } from './markdown.js';
import { readableDate, weekdayName } from './session-facts.js';
import { timetableOf, type Timetable, type TimetableContentOptions, type TimetableSession } from './timetable-model.js';

/**
 * Options of {@link toTimetable}: what goes in (see
 * {@link TimetableContentOptions}: language, agenda from topics,
 * recognitions), the format, and for CSV how it is written.
 *
 * @example
 * ```ts
 * import type { TimetableOptions } from 'curricula';
 * const forTheOffice: TimetableOptions = { format: 'md', agenda: 'from-topics' };
 * const forExcel: TimetableOptions = { format: 'csv', separator: ';', bom: true };
 * ```
 */
export interface TimetableOptions extends TimetableContentOptions {
  /** `md` (default) or `csv`; the HTML page is `toTimetablePage` in `curricula/pages`. */
  format?: 'md' | 'csv';
  /** CSV: field separator (default `,`; `;` for German Excel). */
  separator?: ',' | ';';
  /** CSV: start with a byte order mark (default false). */
  bom?: boolean;
  /** CSV: prefix text cells that would start a formula with `'` (default true; see `CsvOptions`). */
  escapeFormulas?: boolean;
}

/**
 * The columns of the timetable's CSV, in order: one row per agenda item or
 * break (`kind` `teaching` or `break`), or per module of a session without
 * an agenda (`kind` `module`, the session's window on its first row).
 *
 * @example
 * ```ts
 * import { TIMETABLE_CSV_COLUMNS } from 'curricula';
 * TIMETABLE_CSV_COLUMNS[0]; // 'day'
 * ```
 */
export const TIMETABLE_CSV_COLUMNS = ['day', 'date', 'weekday', 'start', 'end', 'kind', 'title', 'module', 'topic', 'minutes', 'units', 'mode', 'location', 'generated'] as const;

type CsvColumn = (typeof TIMETABLE_CSV_COLUMNS)[number];
const NUMERIC: ReadonlySet<CsvColumn> = new Set<CsvColumn>(['day', 'minutes']);

/**
 * The timetable of an offering for a recognition application
 * (Ablaufplan): recognition offices (Niedersachsen, Berlin, Hamburg) ask
 * for the course broken down by day with exact times and units. One
 * section per day with its agenda items and their times, the breaks, the
 * place and the teaching time of the day (in UE, or LE for programs in LE,
 * with clock hours beside), the total, and for every recognition the
 * offering or its program claims (and every one in `profiles`) the
 * verdict of the recognition rules: qualifies or not, with the findings.
 * German unless `locale` says otherwise. With `agenda: 'from-topics'`
 * sessions without an agenda get one made from their modules' topics, and
 * the timetable says so. `format: 'csv'` gives a row per item instead
 * (RFC 4180, see {@link TIMETABLE_CSV_COLUMNS}); the HTML page is
 * `toTimetablePage` in `curricula/pages`.
 *
 * @example
 * ```ts
 * import { toTimetable } from 'curricula';
 * const md = toTimetable(offering, program, { agenda: 'from-topics' });
 * const csv = toTimetable(offering, program, { format: 'csv', separator: ';', bom: true });
 * ```
 */
export function toTimetable(offering: Offering, program?: Program, options: TimetableOptions = {}): string {
  checkArguments('toTimetable', [['offering', offering, 'offering'], ['program', program, 'program?'], ['options', options, 'options']]);
  const timetable = timetableOf(offering, program, options);
  return options.format === 'csv' ? timetableCsv(timetable, options) : timetableMarkdown(timetable);
}

/** A clock window as "09:30–11:00". */
function span(w: { start: number; end: number }): string {
  return `${formatClock(w.start)}–${formatClock(w.end)}`;
}

/** Teaching time in the timetable's unit with clock hours beside. */
export function withClock(locale: Locale, minutes: number, unit: TimeUnit): string {
  return text(locale, 'export.timetable', 'withClock', { total: { minutes, unit }, clock: { minutes, unit: 'h' } });
}

const MODE_IDS = { 'in-person': 'modeInPerson', online: 'modeOnline', phone: 'modePhone', hybrid: 'modeHybrid' } as const;

/** A delivery mode in words. */
export function modeText(locale: Locale, mode: DeliveryMode): string {
  return labels('export.timetable', locale)[MODE_IDS[mode]];
}

/** A recognition's verdict in one line, and its findings (message and hint). */
export function verdictLines(locale: Locale, v: RecognitionVerdict): { line: string; findings: string[] } {
  const number = v.number === undefined ? '' : text(locale, 'export.timetable', 'number', { number: v.number });
  const findings = v.findings.map((d) => (d.hint ? `${d.message} (${d.hint})` : d.message));
  if (v.name === undefined || v.validFrom === undefined) return { line: text(locale, 'export.timetable', 'unknownProfile', { id: v.profile }), findings };
  const data = { name: v.name, id: v.profile, number, from: v.validFrom, law: v.law ?? '' };
  return { line: text(locale, 'export.timetable', v.qualifies ? 'qualifies' : 'fails', data), findings };
}

/** "5 days" / "5 Tage". */
export function daysPhrase(n: number): Phrase {
  return { ns: 'plan.count', id: n === 1 ? 'day' : 'days', data: { n } };
}

/** "3 sessions" in the case the notes need. */
export function sessionsPhrase(n: number, dative: boolean): Phrase {
  return { ns: 'plan.count', id: n === 1 ? 'session' : dative ? 'sessionsDative' : 'sessions', data: { n } };
}

/** The facts of a session in one line: time, breaks, place, mode, teaching time. */
function sessionFacts(t: Timetable, s: TimetableSession): string {
  const l = labels('export.timetable', t.locale);
  const parts: string[] = [];
  if (s.window !== undefined) parts.push(span(s.window));
  parts.push(`${l.breaks}: ${s.breaks.length === 0 ? l.none : s.breaks.map(span).join(', ')}`);
  if (s.location !== undefined) parts.push(`${l.location}: ${s.location}`);
  if (s.mode !== undefined) parts.push(modeText(t.locale, s.mode));
  if (s.minutes !== undefined) parts.push(`${l.teaching}: ${withClock(t.locale, s.minutes, t.unit)}`);
  return parts.join(' · ');
}

/** The rows of a session's table: its agenda and breaks, else its modules with their time. */
function sessionRows(t: Timetable, s: TimetableSession): string[][] {
  const l = labels('export.timetable', t.locale);
  const units = (minutes: number | undefined) => (minutes === undefined || minutes === 0 ? '' : formatDuration(minutes, { unit: t.unit, locale: t.locale }));
  if (s.items.some((i) => i.kind === 'teaching')) {
    return s.items.map((i) =>
      i.kind === 'break'
        ? [span(i), l.break, '', '']
        : [span(i), [i.title ?? '', i.topic === i.title ? undefined : i.topic, i.mode === undefined ? undefined : `(${modeText(t.locale, i.mode)})`].filter((x) => x !== undefined && x !== '').join(' '), i.module ?? '', units(i.minutes)],
    );
  }
  const rows = s.modules.map((m, k) => [k === 0 && s.window !== undefined ? span(s.window) : '', k === 0 && s.title !== undefined ? s.title : '', m.title, units(m.minutes)]);
  if (rows.length === 0) rows.push([s.window === undefined ? '' : span(s.window), s.title ?? '', '', units(s.minutes)]);
  return rows;
}

/** The facts at the head of a timetable (program, offering, provider, place, period, teaching time), in both its forms. */
export function timetableFacts(t: Timetable): [string, string | undefined][] {
  const l = labels('export.timetable', t.locale);
  const say = (id: Parameters<typeof text>[2], data: Parameters<typeof text>[3] = {}) => text(t.locale, 'export.timetable', id, data);
  return [
    [l.program, t.program],
    [l.offering, t.offering],
    [l.provider, t.provider],
    [l.location, t.location],
    [
      l.period,
      t.days.length === 0
        ? undefined
        : say('periodValue', { from: readableDate(t.days[0]!.date, t.locale), to: readableDate(t.days[t.days.length - 1]!.date, t.locale), days: daysPhrase(t.days.length) }),
    ],
    [l.teaching, withClock(t.locale, t.minutes, t.unit)],
  ];
}

function timetableMarkdown(t: Timetable): string {
  const l = labels('export.timetable', t.locale);
  const say = (id: Parameters<typeof text>[2], data: Parameters<typeof text>[3] = {}) => text(t.locale, 'export.timetable', id, data);
  const out: string[] = [`# ${headingText(`${l.kind}: ${t.title}`)}`, ''];
  const facts = timetableFacts(t);
  for (const [label, value] of facts) if (value !== undefined && value !== '') out.push(`- **${markdownCell(label)}:** ${markdownCell(value)}`);
  out.push('');
  if (t.verdicts.length > 0) {
    out.push(`## ${headingText(l.recognition)}`, '');
    for (const v of t.verdicts) {
      const { line, findings } = verdictLines(t.locale, v);
      out.push(`- ${markdownBlockText(line)}`);
      for (const f of findings) out.push(`  - ${markdownBlockText(f)}`);
    }
    out.push('');
  }
  if (t.generated > 0) out.push(`> ${markdownCell(say('generated', { sessions: sessionsPhrase(t.generated, true) }))}`, '');
  if (t.withoutAgenda > 0) out.push(`> ${markdownCell(say('withoutAgenda', { sessions: sessionsPhrase(t.withoutAgenda, false) }))}`, '');
  if (t.days.length === 0) out.push(markdownBlockText(l.noDays), '');
  for (const day of t.days) {
    out.push(`## ${headingText(say('day', { number: day.number, date: readableDate(day.date, t.locale) }))}`, '');
    for (const s of day.sessions) {
      out.push(markdownBlockText(sessionFacts(t, s)), '');
      out.push(`| ${l.time} | ${l.content} | ${l.module} | ${l.units} |`, '| --- | --- | --- | --- |');
      for (const row of sessionRows(t, s)) out.push(`| ${row.map((c) => (c === '' ? ' ' : markdownCell(c))).join(' | ')} |`);
      out.push('');
    }
    if (day.sessions.length > 1) out.push(`**${markdownCell(say('dayTotal', { number: day.number, time: { ns: 'export.timetable', id: 'withClock', data: { total: { minutes: day.minutes, unit: t.unit }, clock: { minutes: day.minutes, unit: 'h' } } } }))}**`, '');
  }
  out.push(`## ${headingText(l.total)}`, '');
  out.push(markdownBlockText(say('totalValue', { days: daysPhrase(t.days.length), time: { ns: 'export.timetable', id: 'withClock', data: { total: { minutes: t.minutes, unit: t.unit }, clock: { minutes: t.minutes, unit: 'h' } } } })), '');
  if (t.cancelled.length > 0) out.push(markdownBlockText(say('cancelled', { labels: t.cancelled })), '');
  if (t.undated.length > 0) out.push(markdownBlockText(say('undated', { labels: t.undated })), '');
  return out.join('\n').replace(/\n+$/, '\n');
}

function timetableCsv(t: Timetable, options: TimetableOptions): string {
  const separator = options.separator ?? ',';
  const escape = options.escapeFormulas ?? true;
  const lines: string[] = [TIMETABLE_CSV_COLUMNS.map((c) => field(c, separator, false)).join(separator) + '\r\n'];
  const units = (minutes: number | undefined) => (minutes === undefined || minutes === 0 ? '' : formatDuration(minutes, { unit: t.unit, locale: t.locale }));
  const row = (values: Record<CsvColumn, string>) =>
    lines.push(TIMETABLE_CSV_COLUMNS.map((c) => field(values[c], separator, escape && !NUMERIC.has(c))).join(separator) + '\r\n');
  for (const day of t.days) {
    const base = { day: String(day.number), date: day.date, weekday: weekdayName(day.date, t.locale) };
    for (const s of day.sessions) {
      const common = { location: s.location ?? '', generated: s.generated ? 'true' : '' };
      if (s.items.some((i) => i.kind === 'teaching')) {
        for (const i of s.items) {
          row({
            ...base,
            ...common,
            start: formatClock(i.start),
            end: formatClock(i.end),
            kind: i.kind,
            title: i.title ?? '',
            module: i.module ?? '',
            topic: i.topic ?? '',
            minutes: i.kind === 'break' ? '' : String(i.minutes),
            units: units(i.minutes),
            mode: i.mode ?? s.mode ?? '',
          });
        }
        continue;
      }
      const first: TimeWindow | undefined = s.window;
      s.modules.forEach((m, k) => {
        row({
          ...base,
          ...common,
          start: k === 0 && first !== undefined ? formatClock(first.start) : '',
          end: k === 0 && first !== undefined ? formatClock(first.end) : '',
          kind: 'module',
          title: s.title ?? '',
          module: m.title,
          topic: '',
          minutes: m.minutes === undefined ? '' : String(m.minutes),
          units: units(m.minutes),
          mode: s.mode ?? '',
        });
      });
      for (const b of s.breaks) {
        row({ ...base, ...common, start: formatClock(b.start), end: formatClock(b.end), kind: 'break', title: '', module: '', topic: '', minutes: '', units: '', mode: '' });
      }
    }
  }
  return (options.bom ? '\uFEFF' : '') + lines.join('');
}
