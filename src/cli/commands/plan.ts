import { resolve } from 'node:path';
import type { Locale } from '../../core/locale.js';
import type { Program } from '../../model/program.js';
import { agendaFromTopics, plan, type PlanConstraints } from '../../schedule/index.js';
import { choiceOption, formatHelp, integerOption, parseCommandArgs, stringList, stringOption, type CommandSpec, type OptionValues } from '../args.js';
import type { CliContext } from '../context.js';
import { readProgram } from '../documents.js';
import { CliError, cliPhrase, cliText } from '../errors.js';
import { parseBlackout, parseDateOption, parseState, parseTimeZoneOption, parseWeekdays, parseWindowOption } from '../values.js';
import { writeFileAtomic } from '../write-file.js';
import { colorFlag, csvHeaderOption, localeOption, outputFormat, reportOnStderr, separatorOption, UID_DOMAIN_OPTION, uidDomainFlag } from './common.js';
import { OFFERING_FORMATS, renderOffering, stampTime } from './render.js';
import { hasErrors } from '../../core/diagnostic.js';
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
  usage: 'curricula plan <program file> [options]',
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
    distribute: { type: 'string', value: 'pack|spread', description: 'distributeOption' },
    'include-optional': { type: 'boolean', description: 'includeOptionalOption' },
    'no-split': { type: 'boolean', description: 'noSplitOption' },
    profile: { type: 'string', value: 'ID', description: 'planProfileOption' },
    agenda: { type: 'string', value: 'as-is|from-topics', description: 'planAgendaOption' },
    format: { type: 'string', short: 'f', value: OFFERING_FORMATS.join('|'), description: 'outputFormatOption' },
    out: { type: 'string', short: 'o', value: 'FILE', description: 'outOption' },
    separator: { type: 'string', value: ',|;', description: 'separatorOption' },
    bom: { type: 'boolean', description: 'bomOption' },
    'csv-formulas': { type: 'boolean', description: 'csvFormulasOption' },
    'csv-header': { type: 'string', value: 'labels|keys', description: 'csvHeaderOption' },
    locale: { type: 'string', value: 'en|de', description: 'outputLocaleOption' },
    ...UID_DOMAIN_OPTION,
    ...VALIDATION_OPTIONS,
  },
  positionals: { min: 1, max: 1, name: 'programFile' },
};

function count(values: OptionValues, name: string, min: number): number | undefined {
  const v = stringOption(values, name);
  return v === undefined ? undefined : integerOption(`--${name}`, v, min);
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
  const perWeek = count(values, 'max-days-per-week', 1);
  if (perWeek !== undefined) {
    if (perWeek > 7) throw new CliError('weekTooLong', { value: String(perWeek) });
    c.maxDaysPerWeek = perWeek;
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
  if (s('distribute') !== undefined) c.distribute = choiceOption('--distribute', s('distribute')!, ['pack', 'spread'] as const);
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
  const separator = separatorOption(values);
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
  const result = plan(program, constraints);
  // Plan findings carry pointers into the program (or into the constraints, which fall back to its start).
  const planned = result.diagnostics.map((d) => ({ ...d, ...parsed.sourceMap.locate(d.path), file: d.file ?? file }));
  const invalid = planned.filter((d) => d.code === 'plan/invalid-constraint' && d.severity === 'error');
  if (!result.ok && invalid.length > 0) {
    // Bad flag values are usage errors, even when only plan() can tell.
    throw new CliError('detail', { detail: invalid.map((d) => d.message + (d.hint ? ` (${d.hint})` : '')).join('; ') });
  }
  reportOnStderr(ctx, [file], [...findings, ...planned], messages, color);
  if (!result.ok || result.offering === undefined) return 1;
  // The agenda of each session from its modules' topics, for the timetable of an application (as `timetable --agenda from-topics`).
  const offering = agenda === 'from-topics' ? agendaFromTopics(result.offering, program).offering : result.offering;
  const output = renderOffering(format, offering, program, {
    locale,
    explanation: result.explanation,
    separator,
    bom: values.bom === true ? true : undefined,
    escapeFormulas: values['csv-formulas'] === true ? false : undefined,
    csvHeader: csvHeaderOption(values),
    now: stampTime(ctx.env),
    uidDomain: uidDomainFlag(values, settings.loaded?.config.uidDomain),
  });
  const out = stringOption(values, 'out');
  if (out !== undefined) writeFileAtomic(resolve(ctx.cwd, out), output, { display: out });
  else ctx.stdout.write(output);
  return 0;
}
