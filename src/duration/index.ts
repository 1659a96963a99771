export type { Amount } from './amount.js';
export {
  DEFAULT_CREDIT_HOURS,
  creditsToMinutes,
  formatCredits,
  parseCredits,
  workloadPerCredit,
  type CreditsMessageId,
  type CreditsParseResult,
} from './credits.js';
export { formatDuration, type FormatDurationOptions } from './format-duration.js';
export { minutesOf, parseDuration, writtenUnit, type DurationFailureReason, type DurationMessageId, type DurationParseResult } from './parse-duration.js';
export { MINUTES_PER_UNIT, TIME_UNITS, type TimeUnit } from './time-unit.js';
