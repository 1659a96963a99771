import { checkArguments } from '../core/arguments.js';
/**
 * The id `plan()` gives an offering when the constraints name none: the
 * program id and the requested start, `ehrenamt-netzwerk-2027-03-01`
 * (with only an end, `ehrenamt-netzwerk-until-2027-06-30`). One per cohort
 * (two runs of a program in one year differ), and stable under
 * re-planning: the same request gives the same id whichever dates the plan
 * then finds, so calendar events keep their UIDs. Never a year alone,
 * which two cohorts of one year share. The program id is shortened when
 * the whole would pass the 200 characters an identifier may have.
 *
 * @example
 * ```ts
 * import { defaultOfferingId } from 'curricula';
 * defaultOfferingId('ehrenamt-netzwerk', '2027-03-01');              // 'ehrenamt-netzwerk-2027-03-01'
 * defaultOfferingId('ehrenamt-netzwerk', undefined, '2027-06-30');   // 'ehrenamt-netzwerk-until-2027-06-30'
 * ```
 */
export function defaultOfferingId(programId: string, start: string | undefined, end?: string): string {
  checkArguments('defaultOfferingId', [['programId', programId, 'text'], ['start', start, 'text?'], ['end', end, 'text?']]);
  const suffix = start !== undefined ? `-${start}` : end !== undefined ? `-until-${end}` : '';
  return `${programId.slice(0, 200 - suffix.length)}${suffix}`;
}
