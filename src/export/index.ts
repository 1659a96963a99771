export { sessionUid, toIcs, uidDomain, type IcsOptions } from './ics.js';
export { toCsv, CSV_COLUMNS, type CsvOptions } from './csv.js';
export { toMarkdown, type MarkdownOptions, type ScheduleExplanation } from './markdown.js';
export { toYaml, toJson, type DocumentOptions } from './document.js';
