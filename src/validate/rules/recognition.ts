import type { AnyRule } from '../types.js';
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

/**
 * The built-in rules of the `recognition/` area, in the order of the code
 * registry (the end of `builtinRules`): all that recognitionVerdicts()
 * runs, so the planner and the timetable, which ask it, do not bring every
 * other rule into an app's bundle.
 *
 * @example
 * ```ts
 * recognitionRules.map((r) => r.meta.id); // ['recognition/profile', 'recognition/in-force', …]
 * ```
 */
export const recognitionRules: readonly AnyRule[] = Object.freeze([
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
