import type { DurationValue } from '../core/diagnostic.js';
import type { TimeUnit } from '../duration/index.js';
import type { RuleScope } from './types.js';

/**
 * The data of a "declared … but … add up to …" message: both figures in the
 * document's unit, and in minutes for when formatting makes them look
 * equal (a rounded fraction), so the message never says "declared 3 h,
 * modules add up to 3 h"; `minutes` says which message to use. `hintId`
 * says whether the sum is more or less than declared.
 */
export function sumFigures(
  ctx: RuleScope,
  declared: number,
  sum: number,
  unit: TimeUnit,
): {
  minutes: boolean;
  hintId: 'more' | 'less';
  data: { declared: DurationValue; sum: DurationValue; declaredMinutes: DurationValue; sumMinutes: DurationValue; difference: DurationValue };
} {
  return {
    minutes: ctx.formatMinutes(declared, unit) === ctx.formatMinutes(sum, unit),
    hintId: sum > declared ? 'more' : 'less',
    data: {
      declared: { minutes: declared, unit },
      sum: { minutes: sum, unit },
      declaredMinutes: { minutes: declared, unit: 'min' },
      sumMinutes: { minutes: sum, unit: 'min' },
      difference: { minutes: Math.abs(sum - declared), unit },
    },
  };
}
