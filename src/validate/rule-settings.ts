import type { Severity } from '../core/diagnostic.js';
import type { RuleSetting } from './options.js';

/** What a configured setting does: drop the diagnostic, or give it this severity. */
export type EffectiveSetting = Severity | 'off';

const SETTINGS: Readonly<Record<string, EffectiveSetting>> = {
  error: 'error',
  warn: 'warning',
  warning: 'warning',
  info: 'info',
  off: 'off',
};

/** Reads a user's setting; undefined when it is not one of the known words. */
function normalizeSetting(setting: unknown): EffectiveSetting | undefined {
  return typeof setting === 'string' && Object.hasOwn(SETTINGS, setting) ? SETTINGS[setting] : undefined;
}

/**
 * The user's setting for a code: the exact code wins, then its area (the
 * part before the first `/`, alone or as `area/*`).
 */
export function settingFor(
  rules: Readonly<Record<string, RuleSetting>> | undefined,
  code: string,
): EffectiveSetting | undefined {
  if (!rules) return undefined;
  if (Object.hasOwn(rules, code)) return normalizeSetting(rules[code]);
  const slash = code.indexOf('/');
  if (slash > 0) {
    const area = code.slice(0, slash);
    if (Object.hasOwn(rules, `${area}/*`)) return normalizeSetting(rules[`${area}/*`]);
    if (Object.hasOwn(rules, area)) return normalizeSetting(rules[area]);
  }
  return undefined;
}
