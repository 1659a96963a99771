import { MINUTES_PER_UNIT, type TimeUnit } from '../duration/index.js';

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * Minutes as an exact amount in `unit`, the way documents write one: "8",
 * "2 2/3" (never a rounded decimal), so that `parseDuration(text, unit)`
 * gives the minutes back exactly.
 *
 * @example
 * ```ts
 * import { exactAmount } from 'curricula';
 * exactAmount(360, 'UE'); // '8'
 * exactAmount(120, 'UE'); // '2 2/3'
 * exactAmount(90, 'h');   // '1 1/2'
 * ```
 */
export function exactAmount(minutes: number, unit: TimeUnit): string {
  const per = MINUTES_PER_UNIT[unit];
  const whole = Math.floor(minutes / per);
  const rest = minutes - whole * per;
  if (rest === 0) return String(whole);
  const g = gcd(rest, per);
  const fraction = `${rest / g}/${per / g}`;
  return whole === 0 ? fraction : `${whole} ${fraction}`;
}
