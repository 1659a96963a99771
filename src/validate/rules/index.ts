import type { AnyRule } from '../types.js';
import { admissionCompleted } from './admission-completed.js';
import { admissionTeamSize } from './admission-team-size.js';
import { creditsWorkload } from './credits-workload.js';
import { hoursNested } from './hours-nested.js';
import { hoursTopics } from './hours-topics.js';
import { hoursTotal } from './hours-total.js';
import { hoursTrack } from './hours-track.js';
import { idsDuplicate } from './ids-duplicate.js';
import { offeringAgenda } from './offering-agenda.js';
import { recognitionProfile } from './recognition-profile.js';
import { recognitionInForce } from './recognition-in-force.js';
import { recognitionDays } from './recognition-days.js';
import { recognitionConsecutive } from './recognition-consecutive.js';
import { recognitionBlocks } from './recognition-blocks.js';
import { recognitionTotal } from './recognition-total.js';
import { recognitionPerDay } from './recognition-per-day.js';
import { recognitionBeforeTime } from './recognition-before-time.js';
import { recognitionInPerson } from './recognition-in-person.js';
import { recognitionParticipants } from './recognition-participants.js';
import { recognitionAdmission } from './recognition-admission.js';
import { recognitionCertificate } from './recognition-certificate.js';
import { recognitionSeminarDays } from './recognition-seminar-days.js';
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
  recognitionProfile,
  recognitionInForce,
  recognitionDays,
  recognitionConsecutive,
  recognitionBlocks,
  recognitionTotal,
  recognitionPerDay,
  recognitionBeforeTime,
  recognitionInPerson,
  recognitionParticipants,
  recognitionAdmission,
  recognitionCertificate,
  recognitionSeminarDays,
]);

/**
 * The built-in rules that look at nothing but offerings (the `offering/`
 * area; each check is one loop over `offeringViews`): validate() skips them
 * for a set without offerings, such as a single program file, instead of
 * building their contexts to loop over nothing.
 */
export const offeringOnlyRules: ReadonlySet<AnyRule> = new Set(builtinRules.filter((rule) => rule.meta.id.startsWith('offering/')));

/**
 * The built-in rules that look at nothing but recognition claims (the
 * `recognition/` area; each check loops over `recognitionClaims`):
 * validate() skips them for a set in which no document claims a
 * recognition and the options name no profile, as it skips
 * {@link offeringOnlyRules} without offerings.
 */
export const recognitionOnlyRules: ReadonlySet<AnyRule> = new Set(builtinRules.filter((rule) => rule.meta.id.startsWith('recognition/')));
