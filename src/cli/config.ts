import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type * as z from 'zod';
import { START_OF_TEXT, type Diagnostic, type Phrase } from '../core/diagnostic.js';
import { DEFAULT_MAX_BYTES, load } from '../load/index.js';
import { diagnosticOf, finding } from '../messages/index.js';
import { checkValue } from '../model/check-value.js';
import { ruleSettingSchema, type RuleSetting } from '../validate/options.js';
import type { CustomProfile } from '../recognition/profile.js';
import { configSchema } from './config-schema.js';
import { CliError, describeFsError } from './errors.js';
import { readLimited } from './read-file.js';

/**
 * Rule settings as the CLI accepts them (`--rule code=warn`, config `rules:`).
 *
 * @example
 * ```ts
 * const setting: CliRuleSetting = 'warn';
 * ```
 */
export type CliRuleSetting = RuleSetting;

/**
 * The settings of a `curricula.config.{json,yaml}` file, as its schema
 * ({@link configSchema}) reads them.
 *
 * @example
 * ```ts
 * const config: CliConfig = { rules: { 'hours/total': 'warn' }, locale: 'de', maxWarnings: 0 };
 * ```
 */
export type CliConfig = Omit<z.output<typeof configSchema>, 'profiles'> & { profiles?: CustomProfile[] };

/**
 * A config file as read: its settings and where it is.
 *
 * @example
 * ```ts
 * const loaded: LoadedConfig | undefined = loadConfig(undefined, process.cwd());
 * ```
 */
export interface LoadedConfig {
  file: string;
  config: CliConfig;
}

/**
 * Names looked for, in this order, in each folder from the working folder up.
 *
 * @example
 * ```ts
 * CONFIG_NAMES[0]; // 'curricula.config.json'
 * ```
 */
const CONFIG_NAMES = ['curricula.config.json', 'curricula.config.yaml', 'curricula.config.yml'] as const;

/**
 * Finds the nearest config file from a folder upward, or undefined.
 *
 * @example
 * ```ts
 * import { findConfig } from './config.js';
 * findConfig(process.cwd()); // '/repo/curricula.config.yaml'
 * ```
 */
export function findConfig(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // Not here; keep looking upward.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Checks a rule setting (`off`, `warn`, `warning`, `info`, `error`).
 *
 * @example
 * ```ts
 * import { isRuleSetting } from './config.js';
 * isRuleSetting('warn'); // true
 * ```
 */
export function isRuleSetting(value: unknown): value is CliRuleSetting {
  return ruleSettingSchema.safeParse(value).success;
}

/**
 * Reads and checks a config (JSON or YAML text) with the package's `load`
 * and {@link configSchema}, through the same path as a document's schema
 * problems. Any problem is a {@link CliError} (exit 2) naming the file,
 * line and column, in the run's language: a broken config must never be
 * half-applied.
 *
 * @example
 * ```ts
 * import { parseConfig } from './config.js';
 * parseConfig('rules:\n  hours/total: warn\nlocale: de\n', 'curricula.config.yaml');
 * // { rules: { 'hours/total': 'warn' }, locale: 'de' }
 * ```
 */
export function parseConfig(text: string, file: string): CliConfig {
  // An empty config file means "no settings", not a broken one.
  if (text.replace(/^\uFEFF/, '').trim() === '') return {};
  const loaded = load(text, { filename: file, format: /\.json$/i.test(file) ? 'json' : 'yaml' });
  const firstError = loaded.diagnostics.find((d) => d.severity === 'error');
  if (firstError) throw configError(file, firstError);
  const value = loaded.value;
  if (value === null || value === undefined) return {};
  const checked = checkValue(configSchema, value, { file, sourceMap: loaded.sourceMap, text: loaded.text, format: loaded.format });
  const problem = checked.diagnostics[0];
  if (problem !== undefined || checked.value === undefined) throw configError(file, problem);
  // Custom profiles go to validate() as written (its customProfiles take the schema's input).
  const { profiles: _parsed, ...config } = checked.value;
  const profiles = (value as { profiles?: CustomProfile[] }).profiles;
  return profiles === undefined ? config : { ...config, profiles };
}

/** The first problem of a config as the run's error, its message rendered in the run's language when it is printed. */
function configError(file: string, d: Diagnostic | undefined): CliError {
  const error = configErrorOf(file, d);
  // The reports written on a usage error show the problem where it is, in the config file.
  if (d !== undefined) error.diagnostic = { ...d, file };
  return error;
}

function configErrorOf(file: string, d: Diagnostic | undefined): CliError {
  if (d === undefined) return new CliError('invalidConfig', { file, line: 1, column: 1, problem: { ns: 'cli', id: 'detail', data: { detail: '' } } });
  const problem: Phrase = { ns: d.code, id: d.messageId, data: d.data };
  const where = { file, line: d.line, column: d.column, problem };
  if (d.hintId === undefined) return new CliError('invalidConfig', where);
  return new CliError('invalidConfigHint', { ...where, hint: { ns: d.code, id: d.hintId, data: d.data } });
}

/**
 * The config to use: the file given with `--config`, else the nearest
 * `curricula.config.{json,yaml}` upward from the working folder, else none.
 * An unreadable or invalid config is a {@link CliError} (exit 2).
 *
 * @example
 * ```ts
 * import { loadConfig } from './config.js';
 * loadConfig(undefined, process.cwd()); // { file: '…/curricula.config.yaml', config: { … } } or undefined
 * ```
 */
export function loadConfig(explicit: string | undefined, cwd: string): LoadedConfig | undefined {
  const file = explicit !== undefined ? resolve(cwd, explicit) : findConfig(cwd);
  if (file === undefined) return undefined;
  const shown = explicit ?? file;
  let read;
  try {
    // A config is read like a document: never past the size limit (`--config /dev/zero` ends).
    read = readLimited(file, DEFAULT_MAX_BYTES);
  } catch (error) {
    throw new CliError('cannotReadConfig', { file: shown, reason: describeFsError(error) });
  }
  if (!read.ok) {
    const f =
      read.size === undefined
        ? finding('limit/size', 'tooLargeStream', { limit: DEFAULT_MAX_BYTES })
        : finding('limit/size', 'tooLarge', { limit: DEFAULT_MAX_BYTES, size: read.size });
    throw configError(shown, diagnosticOf(f, { path: '', range: START_OF_TEXT, file: shown }, 'en'));
  }
  return { file: shown, config: parseConfig(read.bytes.toString('utf8'), shown) };
}
