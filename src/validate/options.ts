import * as z from 'zod';
import { START_OF_TEXT, type Diagnostic, type Phrase } from '../core/diagnostic.js';
import { isLocale, type Locale } from '../core/locale.js';
import { DEFAULT_CREDIT_HOURS } from '../duration/index.js';
import { diagnosticOf, finding, type Finding } from '../messages/index.js';
import { creditHoursSchema } from '../model/credit-hours.js';
import { federalStateGuess, federalStateSchema } from '../model/federal-state.js';
import { localeSchema } from '../model/locale.js';
import { schemaProblems, type SchemaProblem } from '../model/schema-issues.js';
import { customProfileSchema, type CustomProfile } from '../recognition/profile.js';
import { profileIds, resolveProfile } from '../recognition/resolve.js';
import type { AnyRule, ResolvedValidateOptions } from './types.js';

/**
 * How a rule is configured: its severity, or `off`. `warn` and `warning`
 * mean the same (ESLint spells it `warn`).
 *
 * @example
 * ```ts
 * import { ruleSettingSchema } from 'curricula';
 * ruleSettingSchema.safeParse('warn').success; // true
 * ```
 */
export const ruleSettingSchema = z.enum(['error', 'warn', 'warning', 'info', 'off']);

/**
 * How a rule is configured (see {@link ruleSettingSchema}).
 *
 * @example
 * ```ts
 * import type { RuleSetting } from 'curricula';
 * const setting: RuleSetting = 'warn';
 * ```
 */
export type RuleSetting = z.output<typeof ruleSettingSchema>;

/**
 * Severity per rule id or area (`'hours/total': 'warn'`, `hours: 'off'`,
 * `'offering/*': 'info'`): the `rules` of `validate()`'s options and of the
 * config file.
 *
 * @example
 * ```ts
 * import { rulesSchema } from 'curricula';
 * rulesSchema.safeParse({ 'hours/total': 'loud' }).success; // false
 * ```
 */
export const rulesSchema = z.record(z.string(), ruleSettingSchema);

/**
 * Rule settings for some files only, ESLint's `overrides`: `files` are
 * glob patterns (`*`, `?`, `**`) matched against each document's `file`
 * (its name as parsed, with forward slashes), or exact file names; the
 * `rules` of every matching override are applied over `rules`, in order.
 * For JSON files, whose text has no comments, and whole folders.
 *
 * @example
 * ```ts
 * import { overrideSchema } from 'curricula';
 * overrideSchema.parse({ files: 'kurse/2027/*.yaml', rules: { 'offering/holiday': 'off' } });
 * ```
 */
export const overrideSchema = z.strictObject({
  files: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  rules: rulesSchema,
});

/**
 * The options of {@link validate} as a schema: the one check of what an
 * app passes in, whose problems are `config/invalid-setting` diagnostics at
 * a JSON pointer into the options (file `<options>`). Unknown keys are
 * left alone, as apps pass their own settings objects through.
 *
 * @example
 * ```ts
 * import { validateOptionsSchema } from 'curricula';
 * validateOptionsSchema.safeParse({ state: 'by' }).success; // false
 * ```
 */
export const validateOptionsSchema = z.object({
  rules: rulesSchema.readonly().optional(),
  overrides: z.array(overrideSchema).readonly().optional(),
  reportUnusedDisableDirectives: ruleSettingSchema.optional(),
  keepSuppressed: z.boolean().optional(),
  locale: localeSchema.optional(),
  creditHours: creditHoursSchema.readonly().optional(),
  state: federalStateSchema.optional(),
  profiles: z.array(z.string()).readonly().optional(),
  customProfiles: z.array(customProfileSchema).readonly().optional(),
  extraRules: z.array(z.custom<AnyRule>()).readonly().optional(),
});

/**
 * Options of {@link validate}.
 *
 * - `rules`: severity per rule id (`'hours/total': 'warn'`), or per area
 *   (`hours: 'off'` switches off every `hours/…` rule); the exact id wins
 *   over the area. Codes of the loader and the schema (`syntax`,
 *   `schema/unknown-key`, `duration/invalid`, …) are configured the same
 *   way; the planner's, the options' and internal codes are not.
 * - `locale`: language of the messages (`en` default, `de`). When given,
 *   the load and schema findings of the parse results are rendered in it
 *   too, whatever language they were parsed with.
 * - `creditHours`: clock hours of workload per ECTS credit (default 25 to 30).
 * - `state`: federal state for holiday checks when an offering names none.
 * - `profiles`: recognition profiles to check every program and offering
 *   against, besides the ones they claim ("would it qualify?"), e.g.
 *   `['bildungsurlaub/NI']`.
 * - `customProfiles`: recognition profiles of your own (the config file's
 *   `profiles`); they may `extends` a built-in one.
 * - `extraRules`: your own rules, run after the built-in ones.
 * - `overrides`: rule settings for some files only (see {@link overrideSchema}).
 * - `reportUnusedDisableDirectives`: report inline disable directives that
 *   disable nothing (`directive/unused`), as `warn` or `error`; off by default.
 * - `keepSuppressed`: also return the findings inline directives disabled,
 *   each with its `suppressions` (for SARIF); by default they are left out.
 *
 * The type is the input of {@link validateOptionsSchema}.
 *
 * @example
 * ```ts
 * import { validate } from 'curricula';
 * validate(results, { locale: 'de', rules: { 'credits/workload': 'off', schema: 'warn' }, state: 'BW' });
 * validate(results, { profiles: ['bildungsurlaub/NI'] }); // would the offerings qualify in Lower Saxony?
 * ```
 */
export type ValidateOptions = z.input<typeof validateOptionsSchema>;

/**
 * The `file` of diagnostics about the options themselves
 * (`config/unknown-rule`, `config/invalid-setting`), which belong to no
 * document.
 *
 * @example
 * ```ts
 * import { OPTIONS_FILE, validate } from 'curricula';
 * const configProblems = validate(results, options).filter((d) => d.file === OPTIONS_FILE);
 * ```
 */
export const OPTIONS_FILE = '<options>';

/**
 * The options with defaults put in for what is missing or cannot be used,
 * and a `config/invalid-setting` diagnostic for each setting that cannot:
 * a typo such as `state: 'by'` must not switch the holiday checks off
 * unseen. Each message names what is used instead.
 */
export function checkOptions(options: ValidateOptions, locale: Locale): { resolved: ResolvedValidateOptions; diagnostics: Diagnostic[] } {
  const raw: unknown = options;
  const given = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  // validate() runs per document in many apps, mostly with no settings at all: nothing to check then,
  // and nothing to build (the set, lists and closure below were about 5% of what validating a small program allocated).
  if (raw === given && !hasSettings(given)) return { resolved: defaultOptions(), diagnostics: [] };
  const parsed = validateOptionsSchema.safeParse(raw);
  const problems = parsed.success ? [] : schemaProblems(validateOptionsSchema, parsed.error.issues, raw);
  const invalid = new Set(problems.map((p) => p.path.split('/')[1] ?? ''));
  const usable = <T>(key: string, value: T): T | undefined => (invalid.has(key) ? undefined : value);
  const hours = usable('creditHours', given.creditHours as ResolvedValidateOptions['creditHours'] | undefined);
  // A custom profile the schema rejects is left out alone; the others still count.
  const customProfiles = Array.isArray(given.customProfiles)
    ? (given.customProfiles as unknown[]).filter((p): p is CustomProfile => customProfileSchema.safeParse(p).success)
    : [];
  const out = problems.map((p) => diagnosticOf(settingFinding(p, given), { path: p.path, range: START_OF_TEXT, file: OPTIONS_FILE }, locale));
  const profiles: string[] = [];
  if (Array.isArray(given.profiles)) {
    (given.profiles as unknown[]).forEach((id, i) => {
      if (typeof id !== 'string') return;
      const problem = profileProblem(id, customProfiles);
      if (problem === undefined) profiles.push(id);
      else out.push(diagnosticOf(problem, { path: `/profiles/${i}`, range: START_OF_TEXT, file: OPTIONS_FILE }, locale));
    });
  }
  const resolved: ResolvedValidateOptions = {
    locale: isLocale(usable('locale', given.locale)) ? (given.locale as Locale) : 'en',
    creditHours: hours === undefined ? DEFAULT_CREDIT_HOURS : { min: hours.min, max: hours.max },
    // A state given by name (`Bayern`) or with its country (`DE-BY`) is used as its code.
    state: usable('state', stateCode(given.state)),
    profiles,
    customProfiles,
  };
  return { resolved, diagnostics: out };
}

/** What options without any setting resolve to: English, the default credit hours, no state, no profiles. */
function defaultOptions(): ResolvedValidateOptions {
  return { locale: 'en', creditHours: DEFAULT_CREDIT_HOURS, state: undefined, profiles: [], customProfiles: [] };
}

const SETTINGS = Object.keys(validateOptionsSchema.shape).filter((key) => key !== 'extraRules');

/** Whether options give any setting the schema checks (`extraRules` is the programmer's, checked where it is used). */
function hasSettings(options: Readonly<Record<string, unknown>>): boolean {
  for (const key of SETTINGS) if (options[key] !== undefined) return true;
  return false;
}

function stateCode(value: unknown): ResolvedValidateOptions['state'] {
  // Mostly not given: zod would build (and format) a union's issues only for them to be dropped.
  if (value === undefined) return undefined;
  const parsed = federalStateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The date that picks a profile's latest version when a document has no dates. */
const LATEST = '9999-12-31';

/** Why a profile id cannot be used (unknown, extending itself, incomplete), or undefined when it can. */
function profileProblem(id: string, customProfiles: readonly CustomProfile[]): Finding | undefined {
  const resolved = resolveProfile(id, LATEST, customProfiles);
  if (resolved.ok) return undefined;
  if (resolved.reason === 'unknown') {
    const known = profileIds(customProfiles);
    return resolved.suggestion === undefined
      ? finding('config/invalid-setting', 'profile', { value: id, known })
      : finding('config/invalid-setting', 'profile', { value: id, known, suggestion: resolved.suggestion }, 'didYouMean');
  }
  if (resolved.reason === 'cycle') return finding('config/invalid-setting', 'profileCycle', { value: id, cycle: resolved.cycle.join(' → ') });
  return finding('config/invalid-setting', 'profileIncomplete', { value: id, missing: [...resolved.missing] });
}

/** A schema problem of the options as a `config/invalid-setting` finding that names what is used instead. */
function settingFinding(p: SchemaProblem, given: Readonly<Record<string, unknown>>): Finding {
  const segments = p.path.split('/').slice(1);
  const setting = segments[0] ?? '';
  const problem: Phrase = { ns: p.code, id: p.messageId, data: p.data };
  const hint: Phrase | undefined = p.hintId === undefined ? undefined : { ns: p.code, id: p.hintId, data: p.data };
  const with_ = (messageId: string, data: Finding['data']): Finding => {
    if (setting === 'state' && typeof given.state === 'string') {
      // `by` or `DE-BW`: the code it means, which a plain did-you-mean would not find.
      const suggestion = federalStateGuess(given.state);
      if (suggestion !== undefined) return { code: 'config/invalid-setting', messageId, data: { ...data, suggestion }, hintId: 'didYouMean' };
    }
    return hint === undefined
      ? { code: 'config/invalid-setting', messageId, data }
      : { code: 'config/invalid-setting', messageId, data: { ...data, hint }, hintId: 'problemHint' };
  };
  switch (setting) {
    case 'rules':
      return with_('rule', { key: (segments[1] ?? '').replace(/~1/g, '/').replace(/~0/g, '~'), problem });
    case 'customProfiles':
      if (segments.length > 1) return with_('customProfile', { index: Number(segments[1]), problem });
      return with_('setting', { setting, problem });
    case 'state':
    case 'creditHours':
    case 'locale':
      return with_(setting, { problem });
    default:
      return with_('setting', { setting, problem });
  }
}
