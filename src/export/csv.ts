import { checkArguments } from '../core/arguments.js';
import type { Locale } from '../core/locale.js';
import { formatDuration } from '../duration/index.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import { formatClock } from '../model/time-window.js';
import { stripControls } from './plain-text.js';
import { labels } from './labels.js';
import { requireProgram } from './require-program.js';
import {
  defaultLocale,
  displayUnit,
  modulesById,
  moduleTitle,
  sessionLabel,
  sessionModuleId,
  sessionWindow,
  statusText,
  teachingMinutes,
  weekdayName,
} from './session-facts.js';

/**
 * Options of {@link toCsv}.
 *
 * @example
 * ```ts
 * import type { CsvOptions } from 'curricula';
 * const forGermanExcel: CsvOptions = { separator: ';', bom: true };
 * const trustedInput: CsvOptions = { escapeFormulas: false }; // '+49 711 123456' stays as written
 * ```
 */
export interface CsvOptions {
  /** Field separator; `;` is what German Excel expects (default `,`). */
  separator?: ',' | ';';
  /** Start with a UTF-8 byte order mark so Excel reads umlauts as UTF-8 (default false). */
  bom?: boolean;
  /** Language of the header, the status values and the weekday and teaching-time columns; defaults to the documents' language. */
  locale?: Locale;
  /**
   * The header row and status values: `labels` (default) in the language
   * of `locale` (`Datum`, `abgesagt` in German), for people; `keys` the
   * stable {@link CSV_COLUMNS} and status values (`date`, `cancelled`),
   * the same in every language, for scripts.
   *
   * @defaultValue 'labels'
   */
  header?: 'labels' | 'keys';
  /**
   * Protection against CSV injection (default `true`): a text cell that
   * starts with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe, so
   * Excel, LibreOffice and Google Sheets show it as text instead of running
   * it as a formula (OWASP "CSV Injection"). This covers everything that
   * comes from the documents (titles, notes, locations, names, ids); the
   * numbers the exporter writes itself (`teaching_minutes`, `sequence`) are
   * never prefixed and stay numbers, and its dates, times and durations
   * never start with one of those characters.
   *
   * The price: text such as a phone number `+49 711 123456` or a note
   * `-2 Plätze` is written as `'+49 711 123456` and `'-2 Plätze` (as OWASP
   * recommends). Excel takes the apostrophe as a "this is text" mark; other
   * spreadsheets and CSV readers may show it. Pass `false` only when the
   * file never reaches a spreadsheet or every input is trusted.
   *
   * @defaultValue true
   */
  escapeFormulas?: boolean;
}

/**
 * The columns of {@link toCsv}, in order, as keys: the header row with
 * `header: 'keys'` (the default header gives them in words of the output
 * language). Module columns list ids and titles separated by " | ", in the
 * session's order.
 *
 * @example
 * ```ts
 * import { CSV_COLUMNS } from 'curricula';
 * CSV_COLUMNS[0]; // 'offering'
 * ```
 */
export const CSV_COLUMNS = [
  'offering',
  'session',
  'status',
  'date',
  'weekday',
  'start',
  'end',
  'breaks',
  'teaching_minutes',
  'teaching_time',
  'modules',
  'module_titles',
  'title',
  'mode',
  'location',
  'facilitators',
  'sequence',
  'reason',
  'note',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

/**
 * Columns that hold numbers the exporter formats itself: a number cannot
 * carry a formula, and prefixing one would turn it into text.
 */
const NUMERIC_COLUMNS: ReadonlySet<Column> = new Set<Column>(['teaching_minutes', 'sequence']);

/** The characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes a field when it holds the separator, a quote or a line break (RFC 4180 §2.6–2.7). */
export function field(value: string, separator: string, escapeFormula: boolean): string {
  const text = escapeFormula && FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes one row per session (RFC 4180: CRLF after every record, fields
 * quoted when needed, quotes doubled), with a header row of the column
 * names in the output language (`header: 'keys'`: {@link CSV_COLUMNS} and
 * the status values as keys, for scripts). Sessions keep their document order; sessions still to
 * be agreed are rows too, with empty date columns. Line breaks inside a cell
 * are kept as written (inside quotes).
 *
 * For German Excel use `{ separator: ';', bom: true }`: Excel then splits
 * the columns and reads umlauts correctly.
 *
 * Text cells that a spreadsheet would run as a formula (`=…`, `+…`, `-…`,
 * `@…`) get a leading apostrophe unless `escapeFormulas: false` is passed;
 * see {@link CsvOptions.escapeFormulas}.
 *
 * @example
 * ```ts
 * import { toCsv } from 'curricula';
 * const csv = toCsv(offering, program, { separator: ';', bom: true });
 * // '\uFEFFDurchführung;Termin;Status;Datum;…\r\nehrenamt-2027;#1;geplant;2027-01-29;Fr;09:30;16:30;…'
 * toCsv(offering, program, { header: 'keys' }); // 'offering,session,status,date,…\r\nehrenamt-2027,#1,scheduled,2027-01-29,…'
 * ```
 */
export function toCsv(offering: Offering, program: Program, options: CsvOptions = {}): string {
  requireProgram('toCsv', program);
  checkArguments('toCsv', [['offering', offering, 'offering'], ['program', program, 'program'], ['options', options, 'options']]);
  const separator = options.separator ?? ',';
  const locale = options.locale ?? defaultLocale(offering, program);
  const unit = displayUnit(offering, program);
  const modules = modulesById(program);
  const escapeFormulas = options.escapeFormulas ?? true;
  const keys = options.header === 'keys';
  const words = keys ? undefined : labels('export.csv', locale);
  const header = CSV_COLUMNS.map((c) => field(words === undefined ? c : words[c], separator, false)).join(separator) + '\r\n';
  const lines: string[] = [header];
  offering.sessions.forEach((s, i) => {
    const w = sessionWindow(s);
    const minutes = teachingMinutes(s, offering.timeZone);
    const ids = (s.modules ?? []).map(sessionModuleId);
    const people = s.facilitators ?? offering.facilitators ?? [];
    const row: Record<Column, string> = {
      offering: offering.id,
      session: sessionLabel(s, i),
      status: keys ? s.status : statusText(s.status, locale),
      date: s.date ?? '',
      weekday: s.date ? weekdayName(s.date, locale) : '',
      start: w ? formatClock(w.start) : '',
      end: w ? formatClock(w.end) : '',
      breaks: (s.breaks ?? []).join(' '),
      teaching_minutes: minutes === undefined ? '' : String(minutes),
      teaching_time: minutes === undefined ? '' : formatDuration(minutes, { unit, locale }),
      modules: ids.join(' | '),
      module_titles: ids.map((id) => moduleTitle(id, modules)).join(' | '),
      title: s.title ?? '',
      mode: s.mode ?? '',
      location: s.location ?? offering.location ?? '',
      facilitators: people.map((p) => p.name).join(' | '),
      sequence: s.sequence === undefined ? '' : String(s.sequence),
      reason: s.reason ?? '',
      note: s.note ?? '',
    };
    lines.push(CSV_COLUMNS.map((c) => field(row[c], separator, escapeFormulas && !NUMERIC_COLUMNS.has(c))).join(separator) + '\r\n');
  });
  // NUL, BEL, ESC … from any cell are dropped, as in the ICS export.
  return (options.bom ? '\uFEFF' : '') + stripControls(lines.join(''));
}
