import type { AnyRule } from '../types.js';
import { recognitionRules } from './recognition.js';
import { admissionCompleted } from './admission-completed.js';
import { admissionTeamSize } from './admission-team-size.js';
import { creditsWorkload } from './credits-workload.js';
import { hoursNested } from './hours-nested.js';
import { hoursTopics } from './hours-topics.js';
import { hoursTotal } from './hours-total.js';
import { hoursTrack } from './hours-track.js';
import { idsDuplicate } from './ids-duplicate.js';
import { offeringAgenda } from './offering-agenda.js';
import { offeringBreakOutside } from './offering-break-outside.js';
import { offeringCoverage } from './offering-coverage.js';
import { offeringHoliday } from './offering-holiday.js';
import { offeringOrder } from './offering-order.js';
import { offeringOutlierDate } from './offering-outlier-date.js';
import { offeringOverbooked } from './offering-overbooked.js';
import { offeringOverlap } from './offering-overlap.js';
import { offeringRegion } from './offering-region.js';
import { offeringSessionCap } from './offering-session-cap.js';
import { offeringSessionCount } from './offering-session-count.js';
import { offeringTimeWindow } from './offering-time-window.js';
import { offeringToBeAgreed } from './offering-to-be-agreed.js';
import { offeringSessionIds } from './offering-session-ids.js';
import { prerequisitesCycle } from './prerequisites-cycle.js';
import { prerequisitesOptional } from './prerequisites-optional.js';
import { refsUnresolved } from './refs-unresolved.js';

/**
 * Every built-in rule: the checks of meaning that run on the documents the
 * schema accepted, in the order of the code registry. The codes of
 * loading, the schema and the document set are not rules that run; they
 * are declared in `DIAGNOSTIC_CODES` with these rules' codes, and
 * docs/rules.md, SARIF and `rules` settings know them from there.
 *
 * @example
 * ```ts
 * import { builtinRules } from 'curricula';
 * for (const { meta } of builtinRules) console.log(meta.id, meta.severity, meta.description);
 * ```
 */
export const builtinRules: readonly AnyRule[] = Object.freeze([
  idsDuplicate,
  refsUnresolved,
  prerequisitesCycle,
  prerequisitesOptional,
  hoursTotal,
  hoursTrack,
  hoursNested,
  hoursTopics,
  creditsWorkload,
  offeringCoverage,
  offeringSessionCount,
  offeringOverbooked,
  offeringSessionCap,
  offeringOrder,
  offeringOverlap,
  offeringBreakOutside,
  offeringTimeWindow,
  offeringToBeAgreed,
  offeringSessionIds,
  offeringOutlierDate,
  offeringHoliday,
  offeringRegion,
  admissionTeamSize,
  admissionCompleted,
  offeringAgenda,
  // The recognition rules come last, as in the registry. Joined with concat, not a spread: a spread may run an
  // iterator, so bundlers would keep this list, and every rule, in an app that never validates.
].concat(recognitionRules));
