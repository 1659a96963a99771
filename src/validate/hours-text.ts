import type { DurationValue } from '../core/diagnostic.js';
import { writtenUnit, type Amount, type TimeUnit } from '../duration/index.js';
import type { RuleScope } from './types.js';

/**
 * The data of a "declared … but … add up to …" message: both figures in the
 * document's unit, and in minutes for when formatting makes them look
 * equal (a rounded fraction), so the message never says "declared 3 h,
 * modules add up to 3 h"; `minutes` says which message to use. `hintId`
 * says whether the sum is more or less than declared. Given the declared
 * amount as written, a declared figure written in another unit is shown in
 * that one too.
 */
export function sumFigures(
  ctx: RuleScope,
  declared: number,
  sum: number,
  unit: TimeUnit,
  declaredAs?: Amount,
): {
  minutes: boolean;
  hintId: 'more' | 'less';
  data: { declared: DurationValue; sum: DurationValue; declaredMinutes: DurationValue; sumMinutes: DurationValue; difference: DurationValue };
} {
  return {
    minutes: ctx.formatMinutes(declared, unit) === ctx.formatMinutes(sum, unit),
    hintId: sum > declared ? 'more' : 'less',
    data: {
      // As the author wrote it, when that is another unit: "declares 20 UE (15 h)".
      declared: withWrittenUnit({ minutes: declared, unit }, declaredAs),
      sum: { minutes: sum, unit },
      declaredMinutes: { minutes: declared, unit: 'min' },
      sumMinutes: { minutes: sum, unit: 'min' },
      difference: { minutes: Math.abs(sum - declared), unit },
    },
  };
}

/**
 * A figure with the unit its amount was written in, when that differs
 * from the unit it is shown in: `hours: "20 UE"` in a program counted in h
 * reads "20 UE (15 h)" in messages.
 *
 * @example
 * ```ts
 * withWrittenUnit({ minutes: 900, unit: 'h' }, '20 UE'); // { minutes: 900, unit: 'h', written: 'UE' }
 * ```
 */
export function withWrittenUnit(value: DurationValue, amount: Amount | undefined): DurationValue {
  const written = writtenUnit(amount);
  return written === undefined || written === value.unit ? value : { ...value, written };
}
