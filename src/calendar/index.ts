export {
  WEEKDAYS,
  addDays,
  compareDates,
  daysBetween,
  fromDayNumber,
  parseWeekday,
  toDayNumber,
  weekStart,
  weekdayOf,
  type Weekday,
} from './calendar-day.js';
export { holidayRegions, holidaysBetween, isHoliday, type Holiday, type HolidayPlace } from './holidays.js';
export {
  DEFAULT_WEEKDAYS,
  classifyDay,
  nextAllowedDay,
  type Blackout,
  type ClosedReason,
  type DayRules,
  type DayVerdict,
} from './allowed-day.js';
export { localInstant } from './local-time.js';
export { elapsedTeachingMinutes, TeachingClock } from './elapsed-time.js';
