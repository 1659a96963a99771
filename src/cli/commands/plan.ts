import { basename, dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Locale } from '../../core/locale.js';
import { MAX_DAYS } from '../../core/limits.js';
import type { Offering } from '../../model/offering.js';
import type { Program } from '../../model/program.js';
import { defaultPhrase } from '../../schedule/defaults-text.js';
import { agendaFromTopics, plan, planTracks, type PlanConstraints, type PlanExplanation } from '../../schedule/index.js';
import { choiceOption, formatHelp, integerOption, parseCommandArgs, stringList, stringOption, type CommandSpec, type OptionValues } from '../args.js';
import type { CliContext } from '../context.js';
import { readProgram } from '../documents.js';
import { CliError, cliPhrase, cliText } from '../errors.js';
import { parseBlackout, parseDateOption, parseState, parseTimeZoneOption, parseWeekdays, parseWindowOption } from '../values.js';
import { writeFileAtomic } from '../write-file.js';
import { colorFlag, CSV_OPTIONS, localeOption, outputFormat, reportOnStderr, separatorOption, UID_DOMAIN_OPTION } from './common.js';
import { flagRenderOptions, OFFERING_FORMATS, renderOffering } from './render.js';
import { hasErrors } from '../../core/diagnostic.js';
import { renderDiagnostic } from '../../messages/finding.js';
import { validate } from '../../validate/index.js';
import { validationSettings, VALIDATION_OPTIONS, withoutOptionDiagnostics } from '../validation-settings.js';

/**
 * The options of `curricula plan`.
 *
 * @example
 * ```ts
 * process.stdout.write(formatHelp(planSpec));
 * ```
 */
export const planSpec: CommandSpec = {
  name: 'plan',
  summary: 'planSummary',
  usage: 'planUsage',
  details: 'planDetails',
  options: {
    track: { type: 'string', value: 'ID', description: 'trackOption' },
    id: { type: 'string', value: 'ID', description: 'idOption' },
    start: { type: 'string', value: 'DATE', description: 'startOption' },
    end: { type: 'string', value: 'DATE', description: 'endOption' },
    state: { type: 'string', value: 'BW', description: 'skipStateOption' },
    region: { type: 'string', value: 'CODE', description: 'regionOption' },
    tz: { type: 'string', value: 'ZONE', description: 'tzOption' },
    weekdays: { type: 'string', value: 'mon-fri', description: 'weekdaysOption' },
    window: { type: 'string', value: '09:30-16:30', description: 'windowOption' },
    break: { type: 'string', multiple: true, value: '12:30-13:30', description: 'breakOption' },
    'max-ue-per-day': { type: 'string', value: 'N', description: 'maxUnitsOption' },
    'unit-minutes': { type: 'string', value: 'N', description: 'unitMinutesOption' },
    'max-days-per-week': { type: 'string', value: 'N', description: 'maxDaysOption' },
    'min-gap-days': { type: 'string', value: 'N', description: 'minGapOption' },
    'max-gap-days': { type: 'string', value: 'N', description: 'maxGapOption' },
    'block-days': { type: 'string', value: 'N', description: 'blockDaysOption' },
    'block-count': { type: 'string', value: 'N', description: 'blockCountOption' },
    blackout: { type: 'string', multiple: true, value: 'DATE[..DATE]', description: 'blackoutOption' },
    holiday: { type: 'string', multiple: true, value: 'DATE[=NAME]', description: 'holidayOption' },
    layout: { type: 'string', value: 'consecutive|spread', description: 'layoutOption' },
    'include-optional': { type: 'boolean', description: 'includeOptionalOption' },
    'no-split': { type: 'boolean', description: 'noSplitOption' },
    profile: { type: 'string', value: 'ID', description: 'planProfileOption' },
    agenda: { type: 'string', value: 'as-is|from-topics', description: 'planAgendaOption' },
    format: { type: 'string', short: 'f', value: OFFERING_FORMATS.join('|'), description: 'outputFormatOption' },
    out: { type: 'string', short: 'o', value: 'FILE', description: 'outOption' },
    ...CSV_OPTIONS,
    locale: { type: 'string', value: 'en|de', description: 'outputLocaleOption' },
    ...UID_DOMAIN_OPTION,
    ...VALIDATION_OPTIONS,
  },
  positionals: { min: 1, max: 1, name: 'programFile' },
  // distribute pack|spread became layout consecutive|spread (issue 12): spread is only used when asked for.
  replaced: { distribute: '--layout consecutive|spread' },
};

/**
 * The largest value each count flag takes: what a day or the planning
 * horizon can hold (a day has 1,440 minutes, so no more units of at
 * least a minute; a week has 7 days), so an absurd number is a usage
 * error naming the bound rather than a plan that runs away.
 */
const COUNT_MAX: Readonly<Record<string, number>> = {
  'max-ue-per-day': 1440,
  'unit-minutes': 1440,
  'max-days-per-week': 7,
  'min-gap-days': MAX_DAYS,
  'max-gap-days': MAX_DAYS,
  'block-days': MAX_DAYS,
  'block-count': MAX_DAYS,
};

function count(values: OptionValues, name: string, min: number): number | undefined {
  const v = stringOption(values, name);
  return v === undefined ? undefined : integerOption(`--${name}`, v, min, COUNT_MAX[name]);
}

/**
 * Turns `plan`'s flags into plan() constraints, one to one. Malformed
 * values are usage errors (exit 2) before any planning.
 *
 * @example
 * ```ts
 * import { constraintsFromFlags } from './plan.js';
 * constraintsFromFlags({ start: '2027-01-04', weekdays: 'fri-sat', 'max-ue-per-day': '8' });
 * // { start: '2027-01-04', weekdays: ['fri', 'sat'], maxUnitsPerDay: 8 }
 * ```
 */
export function constraintsFromFlags(values: OptionValues, locale?: Locale): PlanConstraints {
  const c: PlanConstraints = {};
  const s = (name: string) => stringOption(values, name);
  if (s('id') !== undefined) c.id = s('id');
  if (s('track') !== undefined) c.track = s('track');
  if (s('start') !== undefined) c.start = parseDateOption('--start', s('start')!);
  if (s('end') !== undefined) c.end = parseDateOption('--end', s('end')!);
  if (c.start !== undefined && c.end !== undefined && c.end < c.start) throw new CliError('endBeforeStart', { end: c.end, start: c.start });
  if (s('tz') !== undefined) c.timeZone = parseTimeZoneOption(s('tz')!);
  if (s('state') !== undefined) c.state = parseState(s('state')!);
  if (s('region') !== undefined) c.region = s('region');
  if (s('weekdays') !== undefined) c.weekdays = parseWeekdays(s('weekdays')!);
  if (s('window') !== undefined) c.window = parseWindowOption('--window', s('window')!);
  const breaks = stringList(values, 'break');
  if (breaks.length > 0) c.breaks = breaks.some((b) => b.trim().toLowerCase() === 'none') ? [] : breaks.map((b) => parseWindowOption('--break', b));
  const units = count(values, 'max-ue-per-day', 1);
  if (units !== undefined) c.maxUnitsPerDay = units;
  const unitMinutes = count(values, 'unit-minutes', 1);
  if (unitMinutes !== undefined) c.unitMinutes = unitMinutes;
  const perWeek = stringOption(values, 'max-days-per-week');
  if (perWeek !== undefined) {
    const days = integerOption('--max-days-per-week', perWeek, 1);
    if (days > 7) throw new CliError('weekTooLong', { value: perWeek });
    c.maxDaysPerWeek = days;
  }
  const minGap = count(values, 'min-gap-days', 1);
  if (minGap !== undefined) c.minGapDays = minGap;
  const maxGap = count(values, 'max-gap-days', 1);
  if (maxGap !== undefined) c.maxGapDays = maxGap;
  const blockDays = count(values, 'block-days', 1);
  const blockCount = count(values, 'block-count', 1);
  if (blockCount !== undefined && blockDays === undefined) throw new CliError('blockCountAlone', {});
  if (blockDays !== undefined) c.blocks = { days: blockDays, ...(blockCount !== undefined ? { count: blockCount } : {}) };
  const blackouts = stringList(values, 'blackout').map(parseBlackout);
  if (blackouts.length > 0) c.blackouts = blackouts;
  const holidays = stringList(values, 'holiday').map((h) => {
    const eq = h.indexOf('=');
    const date = parseDateOption('--holiday', eq < 0 ? h : h.slice(0, eq));
    return { date, name: eq < 0 ? cliText(locale ?? 'en', cliPhrase('holiday', {})) : h.slice(eq + 1).trim() };
  });
  if (holidays.length > 0) c.extraHolidays = holidays;
  if (s('layout') !== undefined) c.layout = choiceOption('--layout', s('layout')!, ['consecutive', 'spread'] as const);
  if (values['include-optional']) c.includeOptional = true;
  if (values['no-split']) c.splitModules = false;
  if (s('profile') !== undefined) c.profile = s('profile');
  if (locale !== undefined) c.locale = locale;
  return c;
}

/**
 * `curricula plan`: reads a program, plans its sessions under the given
 * constraints and writes the offering (YAML, JSON, ICS, CSV or Markdown).
 *
 * @example
 * ```ts
 * import { runPlan } from './plan.js';
 * await runPlan(['program.yaml', '--start', '2027-01-04', '--state', 'BW', '--format', 'md'], ctx);
 * ```
 */
export async function runPlan(argv: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(planSpec, argv);
  if (values.help) {
    ctx.stdout.write(formatHelp(planSpec, localeOption(values) ?? 'en'));
    return 0;
  }
  const settings = validationSettings(values, ctx.cwd);
  ctx.locale = settings.locale;
  // Output follows --locale only; without it the documents' language is used.
  const locale = localeOption(values);
  const messages = settings.locale;
  const format = outputFormat(values, 'format');
  // A bad --separator is a usage error before any file is read.
  separatorOption(values);
  const constraints = constraintsFromFlags(values, settings.explicitLocale);
  const agendaFlag = stringOption(values, 'agenda');
  const agenda = agendaFlag === undefined ? 'as-is' : choiceOption('--agenda', agendaFlag, ['as-is', 'from-topics'] as const);
  // The config's state holds for planning as for validating: a plan must not put a session on a day validate warns about.
  if (constraints.state === undefined && settings.options.state !== undefined) constraints.state = settings.options.state;
  // Profiles of one's own (the config's) may be planned for, as they are validated against.
  if (constraints.profile !== undefined && settings.options.customProfiles !== undefined) constraints.customProfiles = settings.options.customProfiles;
  const file = positionals[0]!;
  const parsed = readProgram(file, ctx.cwd, settings.explicitLocale, settings.maxBytes);
  const color = colorFlag(values);
  // The same checks as `validate`: a program it rejects is never planned.
  const findings = withoutOptionDiagnostics(validate(parsed, settings.optionsFor([file])), [file], settings, ctx).filter((d) => d.severity !== 'info');
  if (hasErrors(findings) || !parsed.ok || parsed.value === undefined) {
    reportOnStderr(ctx, [file], findings.length > 0 ? findings : parsed.diagnostics, messages, color);
    return 1;
  }
  const program: Program = parsed.value;
  const out = stringOption(values, 'out');
  const eachTrack = constraints.track === ALL_TRACKS && !(program.tracks ?? []).some((t) => t.id === ALL_TRACKS);
  // Several offerings cannot share stdout as one document: each goes to a file of its own.
  if (eachTrack && out === undefined && (program.tracks ?? []).length > 0) throw new CliError('trackAllNeedsOut', {});
  const { track: _all, ...shared } = constraints;
  const all = eachTrack ? planTracks(program, shared) : undefined;
  const results = all !== undefined ? all.plans.map((p) => ({ track: p.track as string | undefined, result: p.result })) : [{ track: undefined, result: plan(program, constraints) }];
  // Plan findings carry pointers into the program (or into the constraints, which fall back to its start).
  const located = (d: Diagnostic) => ({ ...d, ...parsed.sourceMap.locate(d.path), file: d.file ?? file });
  // Under --track all each track's findings say which track they are about: the tracks' figures may read alike.
  const trackOf = new WeakMap<Diagnostic, string>();
  const planned = [
    ...(all?.diagnostics ?? []).map(located),
    ...results.flatMap((r) =>
      r.result.diagnostics.map((d) => {
        const at = located(d);
        if (r.track !== undefined) trackOf.set(at, r.track);
        return at;
      }),
    ),
  ];
  const renderFinding = (d: Diagnostic, locale: Locale): Diagnostic => {
    const r = renderDiagnostic(d, locale);
    const track = trackOf.get(d);
    return track === undefined ? r : { ...r, message: cliText(locale, cliPhrase('forTrack', { track, text: r.message })) };
  };
  const invalid = planned.filter((d) => d.code === 'plan/invalid-constraint' && d.severity === 'error');
  if (invalid.length > 0) {
    // Bad flag values are usage errors, even when only plan() can tell; the flag is named when it is one.
    throw new CliError('detail', { detail: [...new Set(invalid.map((d) => constraintProblem(d, messages)))].join('; ') });
  }
  reportOnStderr(ctx, [file], [...findings, ...planned], messages, color, renderFinding);
  if ((all !== undefined && !all.ok) || results.some((r) => !r.result.ok || r.result.offering === undefined)) return 1;
  const render = (offering: Offering, explanation: PlanExplanation): string =>
    renderOffering(format, offering, program, { ...flagRenderOptions(values, ctx.env, settings.loaded?.config.uidDomain, locale), explanation });
  // The agenda of each session from its modules' topics, for the timetable of an application (as `timetable --agenda from-topics`).
  const withAgenda = (offering: Offering): Offering => (agenda === 'from-topics' ? agendaFromTopics(offering, program).offering : offering);
  // Everything is rendered before anything is written: a failure leaves every file as it was.
  const outputs = results.map(({ track, result }) => ({ track, explanation: result.explanation, text: render(withAgenda(result.offering!), result.explanation) }));
  for (const { track, text } of outputs) {
    if (out === undefined) ctx.stdout.write(text);
    else {
      const target = track === undefined ? out : trackFile(out, track);
      writeFileAtomic(resolve(ctx.cwd, target), text, { display: target });
    }
  }
  // What the plan assumed and what it did that the flags do not show: on stderr, so stdout stays the document.
  for (const { track, explanation } of outputs) ctx.stderr.write(planNotes(explanation, track, messages));
  return 0;
}

/** `--track all`: plan each track as an offering of its own (unless the program has a track of that id). */
const ALL_TRACKS = 'all';

/**
 * The file of one track's offering under `--track all`: the track id added
 * to the name before its first dot (`kurs-2027.offering.yaml` gives
 * `kurs-2027-management.offering.yaml`), so the extension still says the
 * format.
 *
 * @example
 * ```ts
 * trackFile('out/kurs.offering.yaml', 'management'); // 'out/kurs-management.offering.yaml'
 * ```
 */
export function trackFile(out: string, track: string): string {
  const name = basename(out);
  const dot = name.indexOf('.', 1);
  const named = dot < 0 ? `${name}-${track}` : `${name.slice(0, dot)}-${track}${name.slice(dot)}`;
  return name === out ? named : join(dirname(out), named);
}

/** The flag each constraint comes from, to name it in a usage error. */
const FLAG_OF: Readonly<Record<string, string>> = {
  id: '--id',
  track: '--track',
  start: '--start',
  end: '--end',
  timeZone: '--tz',
  weekdays: '--weekdays',
  window: '--window',
  breaks: '--break',
  unitMinutes: '--unit-minutes',
  maxUnitsPerDay: '--max-ue-per-day',
  maxDaysPerWeek: '--max-days-per-week',
  minGapDays: '--min-gap-days',
  maxGapDays: '--max-gap-days',
  blocks: '--block-days',
  blackouts: '--blackout',
  state: '--state',
  region: '--region',
  extraHolidays: '--holiday',
  layout: '--layout',
  profile: '--profile',
};

/** A constraint problem as one line of a usage error: the flag it concerns, the message and its hint. */
function constraintProblem(d: Diagnostic, locale: Locale): string {
  const text = d.message + (d.hint ? ` (${d.hint})` : '');
  const flag = FLAG_OF[(d.path ?? '').split('/')[1] ?? ''];
  return flag === undefined ? text : cliText(locale, cliPhrase('flagDetail', { flag, detail: text }));
}

/** The plan's notes and the defaults it used, as lines for stderr (prefixed with the track under --track all). */
function planNotes(explanation: PlanExplanation, track: string | undefined, locale: Locale): string {
  const lines = explanation.notes.map((note) => cliText(locale, cliPhrase('planNote', { note: note[locale] })));
  if (explanation.defaults.length > 0) lines.push(cliText(locale, cliPhrase('planDefaults', { defaults: explanation.defaults.map(defaultPhrase) })));
  return lines.map((line) => (track === undefined ? line : cliText(locale, cliPhrase('forTrack', { track, text: line }))) + '\n').join('');
}
