import { checkArguments } from '../core/arguments.js';
import type { Phrase } from '../core/diagnostic.js';
import type { Bilingual, Locale } from '../core/locale.js';
import type { MessageNamespace } from '../messages/index.js';
import { labels, text } from './labels.js';
import { stripControls } from './plain-text.js';
import { formatDuration } from '../duration/index.js';
import { moduleTree, type ModuleTree } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import type { Session } from '../model/session.js';
import { formatClock } from '../model/time-window.js';
import type { ConstraintDefault } from '../schedule/constraints.js';
import { defaultPhrase, layoutPhrase } from '../schedule/defaults-text.js';
import { requireProgram } from './require-program.js';
import {
  defaultLocale,
  displayUnit,
  isDated,
  moduleShares,
  modulesById,
  moduleTitle,
  programTitle,
  readableDate,
  sessionLabel,
  sessionModuleId,
  sessionWindow,
  statusText,
  teachingMinutes,
} from './session-facts.js';

/**
 * The part of the scheduler's explanation the Markdown export reads: a
 * summary, the layout of the dates, the defaults used, notes, why each date
 * was chosen, why other dates were skipped. Texts are
 * phrases of the message catalogs (rendered in the page's language), plain
 * text, or text in both languages; `detail` is preferred over `reason` (a
 * code such as `holiday`). Structural, so the planner's `PlanExplanation`
 * fits as it is.
 *
 * @example
 * ```ts
 * import type { ScheduleExplanation } from 'curricula';
 * const why: ScheduleExplanation = {
 *   chosen: [{ date: '2027-01-29', modules: ['einstieg'], reason: 'start', detail: 'first allowed day' }],
 *   skipped: [{ date: '2027-05-01', reason: 'holiday', detail: { ns: 'calendar.day', id: 'publicHoliday', data: { names: [{ name: 'Tag der Arbeit', nameEn: 'Labour Day' }] } } }],
 * };
 * ```
 */
export interface ScheduleExplanation {
  summary?: Bilingual | Phrase | string;
  layout?: 'consecutive' | 'spread';
  defaults?: readonly ConstraintDefault[];
  notes?: readonly (Bilingual | Phrase | string)[];
  /** For a plan made for a recognition: what it was planned by ("planned for Bildungsurlaub in Hessen: …"). */
  recognition?: { detail?: Bilingual | Phrase | string };
  chosen?: readonly { date?: string; modules?: readonly string[]; reason?: Bilingual | Phrase | string; detail?: Bilingual | Phrase | string }[];
  skipped?: readonly { date?: string; reason?: string; detail?: Bilingual | Phrase | string }[];
}

/**
 * Options of {@link toMarkdown}.
 *
 * @example
 * ```ts
 * import type { MarkdownOptions } from 'curricula';
 * const options: MarkdownOptions = { locale: 'en' };
 * ```
 */
export interface MarkdownOptions {
  /** The planner's explanation; adds a "Why these dates" section. */
  explanation?: ScheduleExplanation;
  /** Language of headings and dates; defaults to the documents' language, German otherwise. */
  locale?: Locale;
}


/**
 * Makes text safe inside a table cell or a list item: backslash and the
 * inline markup characters are escaped, `|` as `\|` (the GFM table rule),
 * `&`, `<` and `>` as entities, and each line break (with the blanks around
 * it, blank lines included) becomes ` · `, so the result is always one
 * line. Not `<br>`: that is raw HTML, which renderers with HTML off (and
 * sanitising ones) show as the text `<br>`; a middle dot separates lines
 * as on a letterhead ("Hauptstr. 28 · 70563 Stuttgart"), in every
 * renderer. Surrounding white space is dropped first, so the text never
 * starts with a separator or an indent.
 */
export function markdownCell(text: string): string {
  return text
    .trim()
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_LINE_BREAK, ' · ');
}

/** A line break with the blanks around it (a run of blank lines is one break). */
const MARKDOWN_LINE_BREAK = /[ \t]*(?:\r\n?|\n)\s*/g;

/**
 * Escaped user text that stands at the start of a line (a paragraph or a
 * list item), where CommonMark reads some beginnings as a block: `# ` a
 * heading, `- `, `+ `, `1. ` or `1) ` a list item, `---` a thematic break,
 * `===` a setext underline. {@link markdownCell} already makes the rest
 * inert (`>`, `<`, fences, `*`, `_` and `|` are escaped, an indent is
 * trimmed) and leaves one line, so only that beginning needs a backslash
 * more. Text that merely starts with such a character (`#6`, `+49 711`,
 * `2027`) stays as it is.
 */
export function markdownBlockText(text: string): string {
  return markdownCell(text)
    .replace(/^(?:#{1,6}|[-+])(?=[ \t]|$)|^-(?=(?:[ \t]*-){2,}[ \t]*$)|^=(?==*[ \t]*$)/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
}

/**
 * Escaped text for an ATX heading: a trailing run of `#` after a space
 * would be taken as the closing sequence and vanish, so it is escaped.
 */
export function headingText(text: string): string {
  return markdownCell(text).replace(/(^|[ \t])(#+)$/, '$1\\$2');
}

/** Escaped text that starts a list item (see {@link markdownBlockText}). */
const itemText = markdownBlockText;

/**
 * An explanation's text in the page's language: a phrase of the catalogs
 * (`calendar.day`, `plan.explanation`), text already in one language, or,
 * from explanations that do not give phrases yet, text in both.
 */
function say(value: Bilingual | Phrase | string | undefined, locale: Locale): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if ('id' in value) return value.ns === undefined ? value.id : text(locale, value.ns as MessageNamespace, value.id, value.data ?? {});
  return value[locale];
}

/** "8 scheduled, 1 cancelled, 2 to be agreed": the parts that are not zero after the first. */
function counts(locale: Locale, scheduled: number, cancelled: number, open: number): string {
  const parts = [text(locale, 'export.markdown', 'scheduledCount', { count: scheduled })];
  if (cancelled) parts.push(text(locale, 'export.markdown', 'cancelledCount', { count: cancelled }));
  if (open) parts.push(text(locale, 'export.markdown', 'toBeAgreedCount', { count: open }));
  return parts.join(', ');
}

/** Appends a GFM table to `out`; row by row, because a spread of one row per session would overflow the call stack. */
function pushTable(out: string[], head: readonly string[], rows: readonly (readonly string[])[]): void {
  out.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
  for (const r of rows) out.push(`| ${r.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`);
  out.push('');
}

function sessionTime(session: Session, locale: Locale): string {
  const w = sessionWindow(session);
  return w ? `${formatClock(w.start)}–${formatClock(w.end)}` : session.date ? labels('export.markdown', locale).allDay : '';
}

/**
 * Writes an offering as a Markdown page (GitHub flavoured): title, the
 * offering's facts, a session table (date with weekday, time, modules,
 * teaching time in the program's unit, status), a module overview (hours
 * in the program's unit, time planned in scheduled sessions, the sessions
 * covering each module; when sessions still to be agreed name modules, the
 * time that still depends on them, as validate counts it: they do not
 * count as planned), the sessions still to be agreed and, given the
 * planner's explanation, the layout, defaults, notes and why these dates
 * were chosen. Cell text is escaped
 * (`|`, markup characters, line breaks as ` · `).
 *
 * @example
 * ```ts
 * import { plan, toMarkdown } from 'curricula';
 * const result = plan(program, { start: '2027-01-29', weekdays: ['fri'] });
 * if (result.offering) console.log(toMarkdown(result.offering, program, { explanation: result.explanation, locale: 'de' }));
 * // # Ehrenamtliches Engagement … | Fr, 29.01.2027 | 09:30–16:30 | Einstieg in die Netzwerkarbeit | 8 UE | geplant |
 * ```
 */
export function toMarkdown(offering: Offering, program: Program, options: MarkdownOptions = {}): string {
  requireProgram('toMarkdown', program);
  checkArguments('toMarkdown', [['offering', offering, 'offering'], ['program', program, 'program'], ['options', options, 'options']]);
  const locale = options.locale ?? defaultLocale(offering, program);
  const l = labels('export.markdown', locale);
  const unit = displayUnit(offering, program);
  const tree = program === undefined ? undefined : moduleTree(program);
  const modules = modulesById(program);
  const duration = (minutes: number): string => formatDuration(minutes, { unit, locale });
  const out: string[] = [];

  out.push(`# ${headingText(programTitle(offering, program))}`, '');
  // An empty line would merge nothing but leave a stray blank; blank texts are skipped.
  const paragraph = (text: string | undefined): void => {
    const escaped = text === undefined ? '' : markdownBlockText(text);
    if (escaped !== '') out.push(escaped, '');
  };
  if (offering.title !== programTitle(offering, program)) paragraph(offering.title);
  paragraph(offering.description);

  const dated = offering.sessions.map((s, i) => ({ s, i })).filter(({ s }) => isDated(s));
  const scheduled = dated.filter(({ s }) => s.status === 'scheduled');
  const open = offering.sessions.map((s, i) => ({ s, i })).filter(({ s }) => !isDated(s));
  const cancelled = dated.length - scheduled.length;
  const dates = dated.map(({ s }) => s.date!).sort();
  const total = scheduled.reduce((sum, { s }) => sum + (teachingMinutes(s, offering.timeZone) ?? 0), 0);

  // Values are Markdown already: user text escaped, ids as code.
  const code = (id: string): string => `\`${id.replace(/`/g, '')}\``;
  const trackText = (id: string): string => {
    const title = program?.tracks?.find((t) => t.id === id)?.title;
    return title ? `${markdownCell(title)}, ${code(id)}` : code(id);
  };
  const facts: [string, string | undefined][] = [
    [l.offering, code(offering.id)],
    [l.program, code(offering.program) + (offering.track ? ` (${trackText(offering.track)})` : '')],
    [l.provider, offering.provider?.name === undefined ? undefined : markdownCell(offering.provider.name)],
    [l.location, offering.location === undefined ? undefined : markdownCell(offering.location)],
    [l.timeZone, markdownCell(offering.timeZone)],
    [
      l.period,
      dates.length === 0
        ? undefined
        : dates[0] === dates[dates.length - 1]
          ? readableDate(dates[0]!, locale)
          : `${readableDate(dates[0]!, locale)} – ${readableDate(dates[dates.length - 1]!, locale)}`,
    ],
    [l.sessions, counts(locale, scheduled.length, cancelled, open.length)],
    [l.teaching, scheduled.some(({ s }) => sessionWindow(s)) ? markdownCell(duration(total)) : undefined],
  ];
  if (tree?.declaredMinutes !== undefined) facts.push([`${l.hours} (${l.program})`, markdownCell(duration(tree.declaredMinutes))]);
  for (const [label, value] of facts) if (value !== undefined) out.push(`- **${label}:** ${value}`);
  out.push('');

  out.push(`## ${l.sessions}`, '');
  if (dated.length === 0) out.push(`_${l.none}_`, '');
  else {
    const rows = dated.map(({ s, i }) => {
      const minutes = teachingMinutes(s, offering.timeZone);
      const what = [
        ...(s.title ? [s.title] : []),
        ...(s.modules ?? []).map((m) => moduleTitle(sessionModuleId(m), modules)),
      ].join('\n');
      const status = statusText(s.status, locale) + (s.reason ? ` (${s.reason})` : '');
      return [
        markdownCell(sessionLabel(s, i)),
        markdownCell(readableDate(s.date!, locale)),
        markdownCell(sessionTime(s, locale)),
        markdownCell(what),
        minutes === undefined ? '' : markdownCell(duration(minutes)),
        markdownCell(status),
      ];
    });
    pushTable(out, [l.session, l.date, l.time, l.modules, l.teaching, l.status], rows);
  }

  // Module overview: every module of the program (or, without one, every module the sessions name).
  const planned = new Map<string, number>();
  // Sets keep the session order and stay linear when one module has thousands of sessions.
  const coveredBy = new Map<string, Set<string>>();
  for (const { s, i } of dated) {
    for (const share of moduleShares(s, offering)) {
      const labels = coveredBy.get(share.id) ?? new Set<string>();
      labels.add(sessionLabel(s, i));
      coveredBy.set(share.id, labels);
      if (s.status === 'scheduled' && share.minutes !== undefined) {
        planned.set(share.id, (planned.get(share.id) ?? 0) + share.minutes);
      }
    }
  }
  // Sessions still to be agreed do not count as planned time; a module they name shows what still depends
  // on them (its hours less what scheduled sessions give it), the figure validate's offering/coverage warns with.
  const waiting = new Set<string>();
  for (const { s } of open) if (s.status === 'to-be-agreed') for (const m of s.modules ?? []) waiting.add(sessionModuleId(m));
  const overview: string[][] = [];
  // A module is covered by the sessions of its own and of its nested modules, in session order.
  const order = new Map(dated.map(({ s, i }) => [sessionLabel(s, i), i]));
  if (tree) {
    const { planned: plannedIn, sessions: sessionsOf, waiting: waitingIn } = moduleTotals(tree, planned, coveredBy, order, waiting);
    for (const node of tree.modules) {
      const declared = node.minutes;
      const depth = node.depth;
      const indent = depth > 0 ? `${'\u00a0\u00a0'.repeat(depth)}↳ ` : '';
      const row = [
        indent + markdownCell(node.module.title),
        declared === undefined ? '' : markdownCell(duration(declared)),
        markdownCell(duration(plannedIn[node.order]!)),
        markdownCell(sessionsOf[node.order]!.join(', ')),
      ];
      if (waiting.size > 0) {
        const open = waitingIn[node.order] && declared !== undefined && declared > plannedIn[node.order]! ? declared - plannedIn[node.order]! : 0;
        row.splice(3, 0, open > 0 ? markdownCell(duration(open)) : '');
      }
      overview.push(row);
    }
  }
  const known = new Set(modules.keys());
  for (const [id, labels] of coveredBy) {
    if (known.has(id)) continue;
    const row = [markdownCell(id), '', markdownCell(duration(planned.get(id) ?? 0)), markdownCell([...labels].join(', '))];
    if (waiting.size > 0) row.splice(3, 0, '');
    overview.push(row);
  }
  if (overview.length > 0) {
    out.push(`## ${l.moduleOverview}`, '');
    pushTable(out, waiting.size > 0 ? [l.module, l.hours, l.planned, l.toBeAgreedTime, l.sessions] : [l.module, l.hours, l.planned, l.sessions], overview);
  }

  if (open.length > 0) {
    out.push(`## ${l.toBeAgreed}`, '');
    for (const { s, i } of open) {
      const what = [
        ...(s.title ? [s.title] : []),
        ...(s.modules ?? []).map((m) => moduleTitle(sessionModuleId(m), modules)),
      ].join(', ');
      const extra = [what, s.date ? readableDate(s.date, locale) : '', s.time ?? '', s.note ?? '']
        .filter((x) => x !== '')
        .join('; ');
      out.push(`- ${itemText(sessionLabel(s, i))}${extra ? `: ${markdownCell(extra)}` : ''}`);
    }
    out.push('');
  }

  const why = options.explanation;
  const notes = why?.notes ?? [];
  const defaults = why?.defaults ?? [];
  if (why && ((why.chosen?.length ?? 0) > 0 || (why.skipped?.length ?? 0) > 0 || notes.length > 0 || defaults.length > 0)) {
    out.push(`## ${l.why}`, '');
    const summary = say(why.summary, locale);
    paragraph(summary);
    paragraph(say(why.recognition?.detail, locale));
    // How the dates lie and what the plan assumed for what was not asked: a reader checks these first.
    const facts: string[] = [];
    if (why.layout !== undefined) facts.push(`- **${l.layout}:** ${markdownCell(say(layoutPhrase(why.layout), locale))}`);
    if (defaults.length > 0) facts.push(`- **${l.defaults}:** ${markdownCell(defaults.map((d) => say(defaultPhrase(d), locale)).join('; '))}`);
    if (facts.length > 0) out.push(...facts, '');
    if (notes.length > 0) {
      out.push(`### ${l.notes}`, '');
      for (const note of notes) out.push(`- ${itemText(say(note, locale))}`);
      out.push('');
    }
    if (why.chosen && why.chosen.length > 0) {
      out.push(`### ${l.chosen}`, '');
      for (const c of why.chosen) {
        const when = c.date ? readableDate(c.date, locale) : '';
        const what = (c.modules ?? []).map((id) => moduleTitle(id, modules)).join(', ');
        const head = [when, what].filter((x) => x !== '').join(' — ');
        const reason = say(c.detail, locale) || say(c.reason, locale);
        out.push(`- ${itemText(head)}${reason ? `: ${markdownCell(reason)}` : ''}`);
      }
      out.push('');
    }
    // Days that are simply not teaching days would drown the interesting ones: count them.
    const skipped = why.skipped ?? [];
    const offDays = skipped.filter((s) => s.reason === 'weekday').length;
    const listed = skipped.filter((s) => s.reason !== 'weekday');
    if (listed.length > 0 || offDays > 0) {
      out.push(`### ${l.skipped}`, '');
      // A run of dates skipped for the same reason in the same words (days left free by a spread over years)
      // is one line from its first to its last date: the page grows with what there is to say, not with the period.
      // A run stops at a date that holds a session.
      const sessionDates = [...(why.chosen ?? []).map((c) => c.date), ...offering.sessions.map((x) => x.date)]
        .filter((d): d is string => d !== undefined)
        .sort();
      let next = 0;
      for (let i = 0; i < listed.length; ) {
        const s = listed[i]!;
        const detail = say(s.detail, locale) || s.reason || '';
        while (s.date !== undefined && next < sessionDates.length && sessionDates[next]! <= s.date) next++;
        const bound = s.date === undefined ? undefined : sessionDates[next];
        let j = i + 1;
        while (
          j < listed.length &&
          s.date !== undefined &&
          listed[j]!.date !== undefined &&
          listed[j]!.date! > listed[j - 1]!.date! &&
          (bound === undefined || listed[j]!.date! < bound) &&
          listed[j]!.reason === s.reason &&
          (say(listed[j]!.detail, locale) || listed[j]!.reason || '') === detail
        )
          j++;
        const last = listed[j - 1]!;
        const when = s.date ? readableDate(s.date, locale) : '';
        const until = j - i > 1 && last.date ? readableDate(last.date, locale) : '';
        out.push(`- ${itemText(until === '' ? when : `${when} – ${until}`)}${detail ? `: ${markdownCell(detail)}` : ''}`);
        i = j;
      }
      if (offDays > 0) out.push(`- ${offDays === 1 ? l.offDay : text(locale, 'export.markdown', 'offDays', { count: offDays })}`);
      out.push('');
    }
  }

  // One line break at the end (a loop: `/\n+$/` retries every run of blank lines from each one). NUL,
  // BEL, ESC … from any user text are dropped, as in the ICS export: the page is often printed to a terminal.
  const page = out.join('\n');
  let end = page.length;
  while (end > 0 && page.charCodeAt(end - 1) === 10) end--;
  return stripControls(`${page.slice(0, end)}\n`);
}

/**
 * What each module of the tree got, its nested modules included: planned
 * minutes, the labels of the sessions that name it or a part of it, in
 * session order, and whether a session still to be agreed names it or a
 * part of it. Indexed by document order; filled from the last module
 * back, so each module's nested ones are done before it (no recursion).
 */
function moduleTotals(
  tree: ModuleTree,
  planned: ReadonlyMap<string, number>,
  coveredBy: ReadonlyMap<string, ReadonlySet<string>>,
  order: ReadonlyMap<string, number>,
  waitingIds: ReadonlySet<string>,
): { planned: number[]; sessions: string[][]; waiting: boolean[] } {
  const nodes = tree.modules;
  const minutes = new Array<number>(nodes.length);
  const sessions = new Array<string[]>(nodes.length);
  const waiting = new Array<boolean>(nodes.length);
  for (let k = nodes.length - 1; k >= 0; k--) {
    const node = nodes[k]!;
    const id = node.module.id;
    let sum = 0;
    let waits = waitingIds.has(id);
    const all = new Set(coveredBy.get(id) ?? []);
    for (const child of node.children) {
      sum += minutes[child.order]!;
      waits ||= waiting[child.order]!;
      for (const label of sessions[child.order]!) all.add(label);
    }
    minutes[k] = (planned.get(id) ?? 0) + sum;
    sessions[k] = [...all].sort((a, b) => order.get(a)! - order.get(b)!);
    waiting[k] = waits;
  }
  return { planned: minutes, sessions, waiting };
}
