export {
  WEEKDAYS,
  WEEKDAY_NAMES,
  addDays,
  compareDates,
  daysBetween,
  fromDayNumber,
  parseWeekday,
  toDayNumber,
  weekStart,
  weekdayOf,
  weekdayOfDayNumber,
  weekdaySpellings,
  type Weekday,
} from './calendar-day.js';
export { holidayRegions, holidaysBetween, isHoliday, HolidayCalendar, type Holiday, type HolidayPlace } from './holidays.js';
export {
  DEFAULT_WEEKDAYS,
  DayClassifier,
  classifyDay,
  nextAllowedDay,
  type Blackout,
  type ClosedReason,
  type DayRules,
  type DayVerdict,
} from './allowed-day.js';
export { localInstant } from './local-time.js';
