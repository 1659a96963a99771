import type { Bilingual } from '../core/locale.js';
import type { TimeUnit } from '../duration/index.js';
import type { RuleScope } from './types.js';

/**
 * Two figures in the document's unit; when formatting makes them look
 * equal (a rounded fraction), minutes are added so the message never says
 * "declared 3 h, modules add up to 3 h".
 */
export function figures(ctx: RuleScope, a: number, b: number, unit: TimeUnit): [string, string] {
  let x = ctx.formatMinutes(a, unit);
  let y = ctx.formatMinutes(b, unit);
  if (x === y && a !== b) {
    x += ` (${ctx.formatMinutes(a, 'min')})`;
    y += ` (${ctx.formatMinutes(b, 'min')})`;
  }
  return [x, y];
}

/** "1 UE more than declared" / "2 h less …" for hints. */
export function difference(ctx: RuleScope, declared: number, actual: number, unit: TimeUnit): Bilingual {
  const diff = ctx.formatMinutes(Math.abs(actual - declared), unit);
  return actual > declared
    ? { en: `${diff} more than declared`, de: `${diff} mehr als angegeben` }
    : { en: `${diff} less than declared`, de: `${diff} weniger als angegeben` };
}
