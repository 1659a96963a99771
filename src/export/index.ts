export { sessionUid, toIcs, uidDomain, type IcsOptions } from './ics.js';
export { toCsv, CSV_COLUMNS, type CsvOptions } from './csv.js';
export { toMarkdown, type MarkdownOptions, type ScheduleExplanation } from './markdown.js';
export { toYaml, toJson, type DocumentOptions } from './document.js';
export { toTimetable, TIMETABLE_CSV_COLUMNS, type TimetableOptions } from './timetable.js';
export type { TimetableContentOptions } from './timetable-model.js';
export { diff, type OfferingDiff, type SessionChange, type SessionChangeKind, type SessionField, type SessionVersion } from './diff.js';
export { diffToMarkdown, type DiffMarkdownOptions } from './diff-markdown.js';
export { icsUpdate, type IcsCancellation, type IcsUpdate, type IcsUpdateOptions } from './ics-update.js';
