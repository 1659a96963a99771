/**
 * curricula: modular curricula as data. Programs of modules and topics
 * with exact hour budgets, checked like code and turned into dated
 * schedules.
 *
 * This file is the whole public API; everything else is internal.
 *
 * @packageDocumentation
 */

// core
export type { Diagnostic, DurationValue, LocalizedName, MessageData, MessageValue, Phrase, Severity, SourceRange, Suppression } from './core/diagnostic.js';
export { compareDiagnostics, hasErrors, sortDiagnostics, START_OF_TEXT } from './core/diagnostic.js';
export { didYouMean } from './core/did-you-mean.js';
export { CurriculaDependencyError, CurriculaUsageError } from './core/errors.js';
export { FEDERAL_STATE_NAMES } from './core/federal-state-names.js';
export { isDateInRange, MAX_AMOUNT_MINUTES, MAX_DATE, MAX_DAYS, MIN_DATE } from './core/limits.js';
export { fromPointer, parentPointer, toPointer } from './core/json-pointer.js';
export type { Bilingual, Locale } from './core/locale.js';
export { isLocale, pick } from './core/locale.js';

// messages
export type {
  CodeInfo,
  CodeStage,
  DiagnosticCode,
  Finding,
  MessageCatalog,
  MessageDataOf,
  MessageId,
  MessageNamespace,
  PagesCatalog,
  PagesTranslation,
  PlaceholderFormat,
  PlaceholderTypes,
  TextData,
  Translation,
} from './messages/index.js';
export {
  codeArea,
  describeCode,
  DIAGNOSTIC_CODES,
  diagnosticOf,
  finding,
  formatMessage,
  isDiagnosticCode,
  renderDiagnostic,
  renderFinding,
} from './messages/index.js';

// model
export type { Activity, CountRange } from './model/activity.js';
export { activitySchema, countRangeSchema } from './model/activity.js';
export type { Admission, OutsideCertificate } from './model/admission.js';
export { admissionSchema } from './model/admission.js';
export { amountSchema } from './model/amount.js';
export { calendarDateSchema, isCalendarDate } from './model/calendar-date.js';
export type { CreditHours } from './model/credit-hours.js';
export { creditHoursSchema } from './model/credit-hours.js';
export type { DeliveryMode } from './model/delivery-mode.js';
export { deliveryModeSchema } from './model/delivery-mode.js';
export type { FederalState } from './model/federal-state.js';
export { FEDERAL_STATES, federalStateGuess, federalStateSchema, isFederalState } from './model/federal-state.js';
export type { Identifier } from './model/identifier.js';
export { identifierSchema } from './model/identifier.js';
export { jsonSchema } from './model/json-schema.js';
export { localeSchema } from './model/locale.js';
export type { Module } from './model/module.js';
export { moduleSchema } from './model/module.js';
export type { ModuleEntry, ModuleNode, ModuleTree, ModuleTreeSource } from './model/module-tree.js';
export { effectiveMinutes, listModules, moduleTree } from './model/module-tree.js';
export type { Offering, OfferingInput } from './model/offering.js';
export { offeringSchema } from './model/offering.js';
export type { Contact, Person, Provider } from './model/party.js';
export { contactSchema, personSchema, providerSchema } from './model/party.js';
export type { CurriculumDocument, ParseFailure, ParseOptions, ParseResult, ParseSuccess } from './model/parse.js';
export { parseDocument, parseOffering, parseProgram, parseValue } from './model/parse.js';
export type { Program, ProgramInput } from './model/program.js';
export { programSchema, timeUnitSchema } from './model/program.js';
export type { AgendaItem, Session, SessionModule, SessionStatus } from './model/session.js';
export { agendaItemSchema, sessionModuleSchema, sessionSchema, sessionStatusSchema } from './model/session.js';
export type { RecognitionClaim } from './model/recognition-claim.js';
export { recognitionClaimSchema } from './model/recognition-claim.js';
export type { TargetGroup } from './model/target-group.js';
export { targetGroupSchema } from './model/target-group.js';
export type { Certificate, Cost, Outcome, Participants, Renewal } from './model/terms.js';
export { certificateSchema, costSchema, creditsSchema, outcomeSchema, participantsSchema, renewalSchema } from './model/terms.js';
export type { TimeWindow } from './model/time-window.js';
export { formatClock, formatTimeWindow, parseTimeWindow, timeWindowSchema, windowTeachingMinutes } from './model/time-window.js';
export { canonicalTimeZone, DEFAULT_TIME_ZONE, isTimeZone, timeZoneSchema } from './model/time-zone.js';
export type { Topic } from './model/topic.js';
export { topicSchema, topicTitle } from './model/topic.js';
export type { Track } from './model/track.js';
export { trackSchema } from './model/track.js';
export { uidDomainSchema } from './model/uid-domain.js';
export { positionalSessionId, sessionIds } from './model/session-id.js';
export type { TrackScope } from './model/track-scope.js';

// duration
export type {
  Amount,
  CreditsMessageId,
  CreditsParseResult,
  DurationFailureReason,
  DurationMessageId,
  DurationParseResult,
  FormatDurationOptions,
  TimeUnit,
} from './duration/index.js';
export {
  creditsToMinutes,
  DEFAULT_CREDIT_HOURS,
  formatCredits,
  formatDuration,
  MINUTES_PER_UNIT,
  minutesOf,
  parseCredits,
  parseDuration,
  TIME_UNITS,
  workloadPerCredit,
} from './duration/index.js';

// load
export type { Directive, DirectiveKind, LoadFailure, LoadOptions, LoadResult, LoadSuccess, SourceFormat, SourceMap } from './load/index.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, detectFormat, load, parseDirective, scanDirectives } from './load/index.js';

// calendar
export type { Blackout, ClosedReason, DayRules, DayVerdict, Holiday, HolidayPlace, Weekday } from './calendar/index.js';
export {
  addDays,
  classifyDay,
  compareDates,
  daysBetween,
  DEFAULT_WEEKDAYS,
  holidayRegions,
  holidaysBetween,
  isHoliday,
  nextAllowedDay,
  parseWeekday,
  weekdayOf,
  WEEKDAYS,
} from './calendar/index.js';

// recognition
export type {
  ConstraintOf,
  CourseDay,
  CourseDays,
  CourseSession,
  CustomProfile,
  ProfileConstraint,
  ProfileConstraintKind,
  ProfileResolution,
  RecognitionProfile,
} from './recognition/index.js';
export {
  builtinProfiles,
  courseDays,
  customProfileSchema,
  minutesBefore,
  profileCheckSchema,
  profileConstraintSchema,
  profileIds,
  profileInForce,
  profileJsonSchema,
  profileSourceSchema,
  recognitionProfileSchema,
  resolveProfile,
} from './recognition/index.js';

// validate
export type {
  AnyRule,
  ReportData,
  ReportDescriptor,
  ResolvedValidateOptions,
  Rule,
  RuleContext,
  RuleDocs,
  RuleDocument,
  RuleMessageData,
  RuleMessageId,
  RuleMessages,
  RuleMeta,
  RuleScope,
  RuleSetting,
  RecognitionVerdict,
  RecognitionVerdictOptions,
  ValidateInput,
  ValidateOptions,
} from './validate/index.js';
export {
  builtinMeta,
  builtinRules,
  defineRule,
  OPTIONS_FILE,
  overrideSchema,
  recognitionVerdicts,
  renderRulesMarkdown,
  rulesSchema,
  ruleSettingSchema,
  validate,
  validateOptionsSchema,
} from './validate/index.js';

// schedule
export type {
  ChoiceReason,
  ChosenDate,
  ConstraintDefault,
  ModuleSelection,
  PlanConstraints,
  PlanDiagnosticCode,
  PlanExplanation,
  GeneratedAgenda,
  PlannedModule,
  PlanRecognition,
  PlanResult,
  SkippedDate,
  SkipReason,
  TrackPlan,
  TrackPlans,
} from './schedule/index.js';
export {
  agendaFromTopics,
  DEFAULT_BREAKS,
  DEFAULT_WINDOW,
  defaultOfferingId,
  moduleMinutes,
  plan,
  planConstraintsSchema,
  plannedModules,
  planTracks,
  sessionTeachingMinutes,
  sessionTeachingUnits,
  topologicalOrder,
  totalMinutes,
} from './schedule/index.js';

// export
export type {
  CsvOptions,
  DiffMarkdownOptions,
  DocumentOptions,
  IcsCancellation,
  IcsOptions,
  IcsUpdate,
  IcsUpdateOptions,
  MarkdownOptions,
  OfferingDiff,
  ScheduleExplanation,
  SessionChange,
  SessionChangeKind,
  SessionField,
  SessionVersion,
  TimetableContentOptions,
  TimetableOptions,
} from './export/index.js';
export {
  CSV_COLUMNS,
  diff,
  diffToMarkdown,
  icsUpdate,
  sessionUid,
  TIMETABLE_CSV_COLUMNS,
  toCsv,
  toIcs,
  toJson,
  toMarkdown,
  toTimetable,
  toYaml,
  uidDomain,
} from './export/index.js';
