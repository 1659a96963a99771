import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { didYouMean } from '../core/did-you-mean.js';
import type { Locale } from '../core/locale.js';
import { load } from '../load/index.js';
import { FEDERAL_STATES, type FederalState } from '../model/federal-state.js';
import { customProfileSchema, type CustomProfile } from '../recognition/profile.js';
import { CliError, describeFsError } from './errors.js';

/**
 * Rule settings as the CLI accepts them (`--rule code=warn`, config `rules:`).
 *
 * @example
 * ```ts
 * const setting: CliRuleSetting = 'warn';
 * ```
 */
export type CliRuleSetting = 'error' | 'warn' | 'warning' | 'info' | 'off';

/**
 * The settings of a `curricula.config.{json,yaml}` file.
 *
 * @example
 * ```ts
 * const config: CliConfig = { rules: { 'hours/total': 'warn' }, locale: 'de', maxWarnings: 0 };
 * ```
 */
export interface CliConfig {
  rules?: Record<string, CliRuleSetting>;
  locale?: Locale;
  maxWarnings?: number;
  creditHours?: { min: number; max: number };
  state?: FederalState;
  /** Recognition profiles of your own; each may `extends` a built-in one. */
  profiles?: CustomProfile[];
}

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

const SETTINGS: readonly CliRuleSetting[] = ['error', 'warn', 'warning', 'info', 'off'];
const KEYS = ['$schema', 'rules', 'locale', 'maxWarnings', 'creditHours', 'state', 'profiles'];

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
  return typeof value === 'string' && (SETTINGS as readonly string[]).includes(value);
}

/**
 * Reads and checks a config (JSON or YAML text). Any problem is a
 * {@link CliError} (exit 2) naming the file, line and column: a broken
 * config must never be half-applied.
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
  const fail = (pointer: string, message: string, part: 'key' | 'value' = 'value'): never => {
    const at = loaded.sourceMap.locate(pointer, part);
    throw new CliError(`Invalid config ${file}:${at.line}:${at.column}: ${message}`);
  };
  const firstError = loaded.diagnostics.find((d) => d.severity === 'error');
  if (firstError) throw new CliError(`Invalid config ${file}:${firstError.line}:${firstError.column}: ${firstError.message}`);
  const value = loaded.value;
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return fail('', 'the config is a mapping of settings');
  const raw = value as Record<string, unknown>;
  const config: CliConfig = {};
  for (const key of Object.keys(raw)) {
    if (!KEYS.includes(key)) {
      const guess = didYouMean(key, KEYS);
      fail(`/${key}`, `unknown setting '${key}'${guess ? `; did you mean '${guess}'?` : ` (known: ${KEYS.slice(1).join(', ')})`}`, 'key');
    }
  }
  if (raw.rules !== undefined) {
    if (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules)) fail('/rules', 'rules is a mapping of rule id to off, warn or error');
    const rules: Record<string, CliRuleSetting> = {};
    for (const [id, setting] of Object.entries(raw.rules as Record<string, unknown>)) {
      const pointer = `/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!isRuleSetting(setting)) fail(pointer, `rule '${id}' is set to ${JSON.stringify(setting)}; use off, warn or error`);
      rules[id] = setting as CliRuleSetting;
    }
    config.rules = rules;
  }
  if (raw.locale !== undefined) {
    if (raw.locale !== 'en' && raw.locale !== 'de') fail('/locale', `locale is "en" or "de", not ${JSON.stringify(raw.locale)}`);
    config.locale = raw.locale as Locale;
  }
  if (raw.maxWarnings !== undefined) {
    if (!Number.isInteger(raw.maxWarnings) || (raw.maxWarnings as number) < 0) fail('/maxWarnings', 'maxWarnings is a whole number of at least 0');
    config.maxWarnings = raw.maxWarnings as number;
  }
  if (raw.creditHours !== undefined) {
    const h = raw.creditHours as { min?: unknown; max?: unknown } | null;
    const ok = typeof h === 'object' && h !== null && typeof h.min === 'number' && typeof h.max === 'number' && h.min > 0 && h.min <= h.max;
    if (!ok) fail('/creditHours', 'creditHours is { min, max } in clock hours per credit, e.g. { min: 25, max: 30 }');
    config.creditHours = { min: h!.min as number, max: h!.max as number };
  }
  if (raw.state !== undefined) {
    if (typeof raw.state !== 'string' || !(FEDERAL_STATES as readonly string[]).includes(raw.state)) {
      const guess = typeof raw.state === 'string' ? didYouMean(raw.state, FEDERAL_STATES) : undefined;
      fail('/state', `state is a federal state code (${FEDERAL_STATES.join(', ')})${guess ? `; did you mean '${guess}'?` : ''}`);
    }
    config.state = raw.state as FederalState;
  }
  if (raw.profiles !== undefined) {
    if (!Array.isArray(raw.profiles)) fail('/profiles', 'profiles is a list of recognition profiles, e.g. [{ id: haus/HE, extends: bildungsurlaub/HE }]');
    config.profiles = (raw.profiles as unknown[]).map((entry, i) => {
      const parsed = customProfileSchema.safeParse(entry);
      if (parsed.success) return entry as CustomProfile;
      const issue = parsed.error.issues[0]!;
      const path = issue.path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1'));
      return fail(['', 'profiles', String(i), ...path].join('/'), `profile ${i + 1}: ${issue.path.join('.') || 'the profile'}: ${issue.message}`);
    });
  }
  return config;
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
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read config ${shown}: ${describeFsError(error)}`);
  }
  return { file: shown, config: parseConfig(text, shown) };
}
