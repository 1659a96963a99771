import type { Phrase } from '../core/diagnostic.js';
import type { ConstraintDefault } from './constraints.js';
import { phrase } from './texts.js';

/**
 * A default the plan used, in words (`plan.default` in the catalogs): "daily
 * window 09:30-16:30", "at most 8 units a day", "layout consecutive". The
 * Markdown export lists them under "Why these dates", the command prints
 * them after a plan; both word them here, so they read the same.
 *
 * @example
 * ```ts
 * import { formatMessage } from 'curricula';
 * const p = defaultPhrase({ option: 'window', value: '09:30-16:30' });
 * formatMessage('en', p.ns!, p.id, p.data); // 'daily window 09:30-16:30'
 * ```
 */
export function defaultPhrase(d: ConstraintDefault): Phrase {
  const text = Array.isArray(d.value) ? '' : String(d.value);
  const list = Array.isArray(d.value) ? [...(d.value as readonly string[])] : [text];
  switch (d.option) {
    case 'id':
      return phrase('plan.default', 'id', { value: text });
    case 'timeZone':
      return phrase('plan.default', 'timeZone', { value: text });
    case 'weekdays':
      return phrase('plan.default', 'weekdays', { value: list });
    case 'window':
      return phrase('plan.default', 'window', { value: text });
    case 'breaks':
      return list.length === 0 ? phrase('plan.default', 'noBreaks', {}) : phrase('plan.default', 'breaks', { value: list });
    case 'unitMinutes':
      return phrase('plan.default', 'unitMinutes', { value: text });
    case 'maxUnitsPerDay':
      return phrase('plan.default', 'maxUnitsPerDay', { value: text });
    case 'splitModules':
      return phrase('plan.default', d.value === false ? 'oneDayModules' : 'splitModules', {});
    case 'includeOptional':
      return phrase('plan.default', d.value === true ? 'includeOptional' : 'optionalLeftOut', {});
    case 'layout':
      return phrase('plan.default', d.value === 'spread' ? 'layoutSpread' : 'layoutConsecutive', {});
    default: {
      const unknown: never = d.option;
      return unknown;
    }
  }
}

/**
 * The layout the dates of a plan follow, in words (`plan.explanation`).
 *
 * @example
 * ```ts
 * layoutPhrase('spread'); // { ns: 'plan.explanation', id: 'layoutSpread', data: {} }
 * ```
 */
export function layoutPhrase(layout: 'consecutive' | 'spread'): Phrase {
  return phrase('plan.explanation', layout === 'spread' ? 'layoutSpread' : 'layoutConsecutive', {});
}
