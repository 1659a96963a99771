import { parseArgs } from 'node:util';
import { didYouMean } from '../core/did-you-mean.js';
import type { MessageData } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import { cliEn } from './catalog/en.js';
import type { CliMessageId } from './catalog/types.js';
import { CliError, cliText } from './errors.js';

/**
 * One option of a command, as `util.parseArgs` wants it plus help text.
 *
 * @example
 * ```ts
 * const quiet: OptionSpec = { type: 'boolean', short: 'q', description: 'quietOption' };
 * ```
 */
interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /**
   * Shown in `--help`, e.g. `N`, `FILE` or `stylish|json`: choices and
   * examples as they are typed, the words for a value that another
   * language says differently (the `cli.metavar` messages: `FILE`, `DATE`,
   * `FOLDER`) in the help's language (`DATEI`).
   */
  value?: string;
  /** What it does, in `--help`: an id of the `cli.help` messages. */
  description: CliMessageId<'cli.help'>;
}

/**
 * A command's options and positional arguments.
 *
 * @example
 * ```ts
 * const spec: CommandSpec = { name: 'schema', summary: 'schemaSummary', usage: 'schemaUsage', options: {}, positionals: { min: 1, max: 1, name: 'kind' } };
 * ```
 */
export interface CommandSpec {
  name: string;
  /** One line on what the command does: an id of the `cli.help` messages. */
  summary: CliMessageId<'cli.help'>;
  /** The command line's form: an id of the `cli.help` messages (`<Programmdatei> [Optionen]` in German). */
  usage: CliMessageId<'cli.help'>;
  /** Longer help text after the usage line: an id of the `cli.help` messages. */
  details?: CliMessageId<'cli.help'>;
  options: Record<string, OptionSpec>;
  /** How many positional arguments, and what they are (an id of the `cli.positional` messages, for the error that one is missing). */
  positionals: { min: number; max: number; name: CliMessageId<'cli.positional'> };
  /**
   * Options the command no longer has, each with what replaced it (syntax,
   * the same in every language): an old script gets a usage error that says
   * what to write instead, not only "unknown option".
   */
  replaced?: Record<string, string>;
}

/**
 * Option values as parsed (strings, booleans or lists of strings).
 *
 * @example
 * ```ts
 * const values: OptionValues = { format: ['json'], quiet: true };
 * ```
 */
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * The parsed command line of one command.
 *
 * @example
 * ```ts
 * const { values, positionals, ordered } = parseCommandArgs(spec, process.argv.slice(3));
 * ```
 */
export interface ParsedArgs {
  values: OptionValues;
  positionals: string[];
  /** Options in the order given, for options whose order matters (`--format X --output F`). */
  ordered: { name: string; value: string | undefined }[];
}

/**
 * Options every command understands.
 *
 * @example
 * ```ts
 * Object.keys(COMMON_OPTIONS); // ['help', 'debug', 'color', 'no-color']
 * ```
 */
const COMMON_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', description: 'helpOption' },
  debug: { type: 'boolean', description: 'debugOption' },
  color: { type: 'boolean', description: 'colorOption' },
  'no-color': { type: 'boolean', description: 'noColorOption' },
};

function oneLineMessage(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/**
 * `--max-warnings -1`: parseArgs takes `-1` for an option and gives up as
 * "ambiguous". A negative number after an option that takes a value is its
 * value, so it is joined to it (`--max-warnings=-1`, `-o-1`).
 */
function joinNegativeValues(argv: readonly string[], options: Record<string, OptionSpec>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    if (next !== undefined && /^-\d+(?:[.,]\d+)?$/.test(next)) {
      const long = /^--([^=]+)$/.exec(arg);
      const short = /^-([^-])$/.exec(arg);
      const spec = long ? options[long[1]!] : short ? Object.values(options).find((o) => o.short === short[1]) : undefined;
      if (spec?.type === 'string') {
        out.push(long ? `${arg}=${next}` : `${arg}${next}`);
        i++;
        continue;
      }
    }
    out.push(arg);
  }
  return out;
}

/**
 * Parses a command's arguments with Node's own `util.parseArgs`. Unknown
 * options and missing values become a {@link CliError} (exit 2) with a
 * did-you-mean suggestion, so a typo never runs a command half-configured.
 *
 * @example
 * ```ts
 * import { parseCommandArgs } from './args.js';
 * const { values } = parseCommandArgs(spec, ['--format', 'json', 'a.yaml']);
 * ```
 */
export function parseCommandArgs(spec: CommandSpec, rawArgv: readonly string[]): ParsedArgs {
  const options = { ...COMMON_OPTIONS, ...spec.options };
  const config: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {};
  for (const [name, o] of Object.entries(options)) {
    config[name] = { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.short ? { short: o.short } : {}) };
  }
  const argv = joinNegativeValues(rawArgv, options);
  // A lenient first pass finds unknown options, so the message can suggest the right one.
  const loose = parseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true });
  const ordered: ParsedArgs['ordered'] = [];
  for (const token of loose.tokens ?? []) {
    if (token.kind !== 'option') continue;
    const known = options[token.name];
    if (!known) {
      const flag = token.rawName;
      const replacement = spec.replaced?.[token.name];
      if (replacement !== undefined) throw new CliError('replacedOption', { flag, command: spec.name, replacement });
      const suggestion = didYouMean(token.name, Object.keys(options));
      if (suggestion) throw new CliError('unknownOptionGuess', { flag, command: spec.name, suggestion: `--${suggestion}` });
      throw new CliError('unknownOption', { flag, command: spec.name, help: `curricula ${spec.name} --help` });
    }
    if (known.type === 'string' && token.value === undefined) {
      if (known.value) throw new CliError('needsValueOf', { flag: token.rawName, value: known.value });
      throw new CliError('needsValue', { flag: token.rawName });
    }
    // `--out ""` (an unset shell variable) names no file: writing to the folder's own path is never meant.
    if (known.type === 'string' && known.value === 'FILE' && token.value?.trim() === '') {
      throw new CliError('emptyFileName', { flag: token.rawName });
    }
    if (known.type === 'boolean' && token.value !== undefined) {
      throw new CliError('takesNoValue', { flag: token.rawName });
    }
    ordered.push({ name: token.name, value: token.value });
  }
  let strict;
  try {
    strict = parseArgs({ args: [...argv], options: config, strict: true, allowPositionals: true });
  } catch (error) {
    // Node's message spans lines (the problem, then how to fix it); the run prints one line.
    throw new CliError('arguments', { detail: error instanceof Error ? oneLineMessage(error.message) : String(error) });
  }
  const values = strict.values as OptionValues;
  if (values.help) return { values, positionals: strict.positionals, ordered };
  const { min, max } = spec.positionals;
  if (strict.positionals.length < min) {
    throw new CliError('needsArgument', {
      command: `curricula ${spec.name}`,
      what: { ns: 'cli.positional', id: spec.positionals.name },
      usage: { ns: 'cli.help', id: spec.usage },
    });
  }
  if (strict.positionals.length > max) {
    throw new CliError('unexpectedArgument', { argument: strict.positionals[max]!, command: spec.name, usage: { ns: 'cli.help', id: spec.usage } });
  }
  return { values, positionals: strict.positionals, ordered };
}

/**
 * An option's value as `--help` shows it: the words that stand for a value
 * (`FILE`, `DATE[..DATE]`) in the language, everything else (choices such
 * as `stylish|json`, examples such as `BW`) as typed.
 */
function valueInLanguage(value: string, locale: Locale): string {
  return value.replace(/\b[A-Z]+\b/g, (word) => (Object.hasOwn(cliEn['cli.metavar'], word) ? cliText(locale, { ns: 'cli.metavar', id: word }) : word));
}

/**
 * The help text of a command in a language: usage, details and its
 * options in two aligned columns.
 *
 * @example
 * ```ts
 * import { formatHelp } from './args.js';
 * process.stdout.write(formatHelp(validateSpec, 'de'));
 * ```
 */
export function formatHelp(spec: CommandSpec, locale: Locale = 'en'): string {
  const help = (id: string, data?: MessageData): string => cliText(locale, { ns: 'cli.help', id, ...(data ? { data } : {}) });
  const options = { ...spec.options, ...COMMON_OPTIONS };
  const rows = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${valueInLanguage(o.value, locale)}` : ''}`;
    return [flag, o.multiple ? help('repeatable', { description: help(o.description) }) : help(o.description)] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  const lines = [help('usage', { usage: help(spec.usage) }), '', help(spec.summary)];
  if (spec.details) lines.push('', help(spec.details));
  lines.push('', help('options'));
  for (const [flag, text] of rows) lines.push(`  ${flag.padEnd(width)}${text}`);
  return lines.join('\n') + '\n';
}

/**
 * The last value of a string option (repeated single-value options: the last one wins).
 *
 * @example
 * ```ts
 * stringOption({ locale: 'de' }, 'locale'); // 'de'
 * ```
 */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  if (Array.isArray(v)) {
    const last = v[v.length - 1];
    return typeof last === 'string' ? last : undefined;
  }
  return typeof v === 'string' ? v : undefined;
}

/**
 * All values of a repeatable string option.
 *
 * @example
 * ```ts
 * stringList({ rule: ['a=off', 'b=warn'] }, 'rule'); // ['a=off', 'b=warn']
 * ```
 */
export function stringList(values: OptionValues, name: string): string[] {
  const v = values[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
}

/**
 * Checks an option's value against a fixed set and says which one was
 * probably meant.
 *
 * @example
 * ```ts
 * import { choiceOption } from './args.js';
 * choiceOption('--to', 'ics', ['ics', 'csv'] as const); // 'ics'
 * ```
 */
export function choiceOption<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  const suggestion = didYouMean(value, choices);
  if (suggestion) throw new CliError('invalidChoiceGuess', { value, flag, choices, suggestion });
  throw new CliError('invalidChoice', { value, flag, choices });
}

/**
 * Reads a whole number option (`--max-warnings 0`) from `min` to `max`
 * (by default the largest number counted exactly). A number beyond `max`
 * (`--max-ue-per-day 99999999999999999999`) is a usage error that names
 * the bound, never a value passed on to fail somewhere deeper.
 *
 * @example
 * ```ts
 * import { integerOption } from './args.js';
 * integerOption('--max-warnings', '10', 0); // 10
 * integerOption('--max-ue-per-day', '99999', 1, 1440); // throws: at most 1,440
 * ```
 */
export function integerOption(flag: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const text = value.trim();
  if (!/^\d+$/.test(text) || Number(text) < min) {
    throw new CliError('invalidInteger', { value, flag, min });
  }
  // Digits only, so a long text is a large number: compare without rounding (1e20 is not 99999999999999999999).
  const digits = text.replace(/^0+(?=\d)/, '');
  if (digits.length > String(max).length || Number(digits) > max) throw new CliError('integerTooLarge', { value, flag, min, max });
  return Number(digits);
}

/**
 * `--locale de` or `--locale=de` anywhere on the command line (the last one
 * wins), else English: the language of errors found before the options are
 * read.
 *
 * @example
 * ```ts
 * localeFromArgv(['validate', '--locale', 'de']); // 'de'
 * ```
 */
export function localeFromArgv(argv: readonly string[]): Locale {
  let locale: Locale = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    if (value === 'de' || value === 'en') locale = value;
  }
  return locale;
}
