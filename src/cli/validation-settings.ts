import type { Diagnostic } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import type { FederalState } from '../model/federal-state.js';
import { OPTIONS_FILE, type ValidateOptions } from '../validate/index.js';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { globMatcher, isGlob, normalizePattern } from '../core/glob.js';
import { choiceOption, integerOption, stringList, stringOption, type OptionValues } from './args.js';
import { isRuleSetting, loadConfig, type CliRuleSetting, type LoadedConfig } from './config.js';
import type { CliContext } from './context.js';
import { CliError, cliPhrase, cliText } from './errors.js';
import { parseState } from './values.js';

/**
 * What a command validates with: the config file found (if any), the
 * message language and the options for `validate()`. `validate`, `plan` and
 * `export` share it, so a program passes or fails the same way everywhere
 * (Prüfeinstellungen).
 *
 * @example
 * ```ts
 * const { locale, options }: ValidationSettings = validationSettings(values, ctx.cwd);
 * ```
 */
export interface ValidationSettings {
  loaded: LoadedConfig | undefined;
  locale: Locale;
  /** The language asked for by --locale or the config, if any (else documents choose). */
  explicitLocale: Locale | undefined;
  options: ValidateOptions;
  /** The size limit of one document (`--max-bytes`, the config's `maxBytes`), when one is set. */
  maxBytes: number | undefined;
  /**
   * The options for validating these files: `options`, with the config's
   * `overrides` for the files they match (their patterns are relative to the
   * config file's folder).
   */
  optionsFor(files: readonly string[]): ValidateOptions;
}

/**
 * The options of commands that validate: `--rule`, `--config`, `--no-config`
 * and `--state` (for holiday checks). Spread into a command's options.
 *
 * @example
 * ```ts
 * const spec = { ...rest, options: { ...VALIDATION_OPTIONS, format: {...} } };
 * ```
 */
export const VALIDATION_OPTIONS = {
  rule: { type: 'string', multiple: true, value: 'CODE=off|warn|error', description: 'ruleOption' },
  config: { type: 'string', short: 'c', value: 'FILE', description: 'configOption' },
  'no-config': { type: 'boolean', description: 'noConfigOption' },
  'max-bytes': { type: 'string', value: 'N', description: 'maxBytesOption' },
} as const;

/**
 * `--profile ID` (repeatable): check every document against a recognition
 * profile it does not claim (`validate`). `plan` has a `--profile` of its
 * own (one profile to plan for), which the program is validated against
 * too.
 *
 * @example
 * ```ts
 * const spec = { ...rest, options: { ...VALIDATION_OPTIONS, ...PROFILE_OPTION } };
 * ```
 */
export const PROFILE_OPTION = {
  profile: { type: 'string', multiple: true, value: 'ID', description: 'profileOption' },
} as const;

/**
 * Reads `--rule code=setting` values.
 *
 * @example
 * ```ts
 * import { parseRuleFlags } from './validation-settings.js';
 * parseRuleFlags(['hours/total=warn']); // { 'hours/total': 'warn' }
 * ```
 */
export function parseRuleFlags(flags: readonly string[]): Record<string, CliRuleSetting> {
  const rules: Record<string, CliRuleSetting> = {};
  for (const flag of flags) {
    const eq = flag.lastIndexOf('=');
    const id = flag.slice(0, eq).trim();
    const setting = flag.slice(eq + 1).trim();
    if (eq <= 0 || id === '') throw new CliError('ruleFlagForm', { flag });
    if (!isRuleSetting(setting)) throw new CliError('ruleFlagSetting', { flag });
    rules[id] = setting;
  }
  return rules;
}

/**
 * Gathers the config file, `--locale`, `--state`, `--rule` and
 * `--max-bytes` into the settings `validate()` runs with. Flags win over
 * the config.
 *
 * @example
 * ```ts
 * import { validationSettings } from './validation-settings.js';
 * validationSettings({ rule: ['hours/total=warn'], 'no-config': true }, process.cwd()).options.rules; // { 'hours/total': 'warn' }
 * ```
 */
export function validationSettings(values: OptionValues, cwd: string): ValidationSettings {
  const loaded = values['no-config'] ? undefined : loadConfig(stringOption(values, 'config'), cwd);
  const config = loaded?.config ?? {};
  const localeFlag = stringOption(values, 'locale');
  const explicitLocale: Locale | undefined = localeFlag !== undefined ? choiceOption('--locale', localeFlag, ['en', 'de'] as const) : config.locale;
  const stateFlag = stringOption(values, 'state');
  const state = stateFlag !== undefined ? parseState(stateFlag) : config.state;
  const rules = { ...config.rules, ...parseRuleFlags(stringList(values, 'rule')) };
  const locale = explicitLocale ?? 'en';
  const profiles = stringList(values, 'profile');
  const maxFlag = stringOption(values, 'max-bytes');
  const maxBytes = maxFlag !== undefined ? integerOption('--max-bytes', maxFlag, 1) : config.maxBytes;
  const options: ValidateOptions = {
    // English is validate()'s default; passing it would only cost a check of the options.
    ...(explicitLocale !== undefined ? { locale: explicitLocale } : {}),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
    ...(config.creditHours ? { creditHours: config.creditHours } : {}),
    ...(state ? { state: state as FederalState } : {}),
    ...(profiles.length > 0 ? { profiles } : {}),
    ...(config.profiles ? { customProfiles: config.profiles } : {}),
  };
  const overrides = config.overrides ?? [];
  const base = loaded === undefined ? cwd : dirname(resolve(cwd, loaded.file));
  return {
    loaded,
    locale,
    explicitLocale,
    options,
    maxBytes,
    optionsFor(files) {
      if (overrides.length === 0) return options;
      return { ...options, overrides: overrides.map((o) => ({ files: matchingFiles(files, o.files, base, cwd), rules: o.rules })).filter((o) => o.files.length > 0) };
    },
  };
}

/**
 * The files (as given) an override's patterns match, each pattern relative
 * to the config file's folder: a glob, a file, or a folder with everything
 * below it. Passed to `validate()` as exact names, so it matches files the
 * way the config meant, wherever the command runs.
 *
 * @example
 * ```ts
 * matchingFiles(['kurse/2027/a.json', 'b.yaml'], 'kurse/2027', '/repo', '/repo'); // ['kurse/2027/a.json']
 * ```
 */
function matchingFiles(files: readonly string[], patterns: string | readonly string[], base: string, cwd: string): string[] {
  const list = typeof patterns === 'string' ? [patterns] : patterns;
  const matchers = list.map((pattern) => {
    const normalized = normalizePattern(pattern).replace(/\/+$/, '');
    if (isGlob(normalized)) return globMatcher(normalized);
    return (rel: string) => rel === normalized || rel.startsWith(`${normalized}/`);
  });
  return files.filter((file) => {
    const rel = relative(base, resolve(cwd, file)).split(sep).join('/');
    if (rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return false;
    return matchers.some((m) => m(rel));
  });
}

/**
 * Takes the findings about the options themselves (an unknown rule in the
 * config or `--rule`) out of a validation result: they belong to the call,
 * not to a document. Warnings are printed as one line; an error ends the
 * run (exit 2), its one line printed by the caller of the command. Returns the document findings.
 *
 * @example
 * ```ts
 * import { withoutOptionDiagnostics } from './validation-settings.js';
 * const findings = withoutOptionDiagnostics(validate(results, settings.options), files, settings, ctx);
 * ```
 */
export function withoutOptionDiagnostics(
  diagnostics: readonly Diagnostic[],
  files: readonly string[],
  settings: ValidationSettings,
  ctx: CliContext,
): Diagnostic[] {
  const known = new Set(files);
  const rest: Diagnostic[] = [];
  const locale = settings.locale;
  for (const d of diagnostics) {
    if (d.file === OPTIONS_FILE && !known.has(d.file)) {
      const severity = { ns: 'cli.severity', id: d.severity };
      const line = cliText(
        locale,
        d.hint ? cliPhrase('settingProblemHint', { severity, message: d.message, hint: d.hint }) : cliPhrase('settingProblem', { severity, message: d.message }),
      );
      const flag = d.path.startsWith('/profiles') ? '--profile' : '--rule';
      const where = settings.loaded ? cliPhrase('inConfigOrFlag', { text: line, file: settings.loaded.file, flag }) : cliPhrase('inFlag', { text: line, flag });
      // An error is a usage error: one line, printed by whoever catches it (not twice).
      if (d.severity === 'error') throw new CliError('detail', { detail: cliText(locale, where) });
      ctx.stderr.write(`curricula: ${cliText(locale, where)}\n`);
      continue;
    }
    rest.push(d);
  }
  return rest;
}
