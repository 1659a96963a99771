import { parseDuration, TIME_UNITS, type Amount, type TimeUnit } from '../duration/index.js';

/**
 * The exact minutes of an amount read in `unit`, or undefined when there is
 * none or it does not parse (the parser has reported it as
 * `duration/invalid`). Never throws: a unit that is not one counts as
 * unknown too. Amounts of a program are read by its module tree (the same
 * way); this is for amounts elsewhere (an offering's `{ module, hours }`
 * entries).
 */
export function amountMinutes(amount: Amount | undefined, unit: TimeUnit): number | undefined {
  if (amount === undefined || !TIME_UNITS.includes(unit)) return undefined;
  // parseDuration remembers its results, so the same "2 2/3" in a thousand modules is parsed once.
  const parsed = parseDuration(amount, unit);
  return parsed.ok ? parsed.minutes : undefined;
}
