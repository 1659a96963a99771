import { globMatcher, isGlob, normalizePattern } from '../core/glob.js';
import { codeArea } from '../messages/index.js';
import { overrideSchema, type RuleSetting } from './options.js';
import { settingFor, type EffectiveSetting } from './rule-settings.js';

type Rules = Readonly<Record<string, RuleSetting>>;

/** One usable override: who it is for, and its rules. */
interface Override {
  matches: (file: string) => boolean;
  rules: Rules;
}

/**
 * The rule settings of each file of a validate() call: `rules`, with the
 * `rules` of every override whose `files` match the file's name laid over
 * them in order (ESLint's `overrides`). A pattern without wildcards names
 * a file, or a folder with everything below it; one with `*`, `?` or `**`
 * is matched as a glob. Overrides the options schema rejects are left out
 * (checkOptions reports them).
 *
 * @example
 * ```ts
 * const settings = new FileSettings({ 'offering/holiday': 'warn' }, [{ files: 'kurse/2027/*.yaml', rules: { 'offering/holiday': 'off' } }]);
 * settings.setting('kurse/2027/ostern.yaml', 'offering/holiday'); // 'off'
 * settings.setting('kurse/2026/herbst.yaml', 'offering/holiday'); // 'warning'
 * ```
 */
export class FileSettings {
  private readonly overrides: Override[];
  /** Made on first use: a call without overrides (most) never needs it. */
  private byFile: Map<string, Rules | undefined> | undefined;

  constructor(
    private readonly base: Rules | undefined,
    overrides: unknown,
  ) {
    this.overrides = [];
    if (!Array.isArray(overrides)) return;
    for (const raw of overrides) {
      const parsed = overrideSchema.safeParse(raw);
      if (!parsed.success) continue;
      const patterns = typeof parsed.data.files === 'string' ? [parsed.data.files] : parsed.data.files;
      const matchers = patterns.map(fileMatcher);
      this.overrides.push({ matches: (file) => matchers.some((m) => m(file)), rules: parsed.data.rules });
    }
  }

  /** Whether any override is given: without one, every file has the same settings. */
  get uniform(): boolean {
    return this.overrides.length === 0;
  }

  /** The settings of a file: `rules` with its overrides laid over them. */
  rulesFor(file: string): Rules | undefined {
    if (this.overrides.length === 0) return this.base;
    const byFile = (this.byFile ??= new Map());
    if (byFile.has(file)) return byFile.get(file);
    const name = file.replace(/\\/g, '/');
    let rules = this.base;
    for (const override of this.overrides) {
      // Laid over key by key, the more general key dropped: `offering: off` in an override wins over `offering/holiday: warn` in the base.
      if (override.matches(name)) rules = layer(rules, override.rules);
    }
    byFile.set(file, rules);
    return rules;
  }

  /** What the settings of a file say about a code (see settingFor). */
  setting(file: string, code: string): EffectiveSetting | undefined {
    return settingFor(this.rulesFor(file), code);
  }

  /** Whether a code is off for every file: then its rule need not run at all. */
  offEverywhere(code: string): boolean {
    if (settingFor(this.base, code) !== 'off') return false;
    return this.overrides.every((o) => {
      const s = settingFor(o.rules, code);
      return s === undefined || s === 'off';
    });
  }
}

/**
 * `over` laid on `under`, key by key; an area key of `over` (`offering`,
 * `offering/*`) replaces everything `under` says within that area, so an
 * override's `offering: off` is not undone by the base's
 * `offering/holiday: warn` (the exact code would win otherwise).
 */
function layer(under: Rules | undefined, over: Rules): Rules {
  const areas = new Set(
    Object.keys(over)
      .filter((key) => !key.includes('/') || key.endsWith('/*'))
      .map((key) => key.replace(/\/\*$/, '')),
  );
  const out: Record<string, RuleSetting> = {};
  for (const [key, value] of Object.entries(under ?? {})) {
    if (!areas.has(codeArea(key.replace(/\/\*$/, '')))) out[key] = value;
  }
  return { ...out, ...over };
}

function fileMatcher(pattern: string): (file: string) => boolean {
  const normalized = normalizePattern(pattern.replace(/\\/g, '/'));
  // A file's own name matches itself even when it holds a wildcard character.
  if (isGlob(normalized)) {
    const glob = globMatcher(normalized);
    return (file) => file === normalized || glob(file);
  }
  const folder = normalized.replace(/\/+$/, '');
  return (file) => file === folder || file.startsWith(`${folder}/`) || normalizePattern(file) === folder || normalizePattern(file).startsWith(`${folder}/`);
}
